/**
 * The reader's names on saved pages, for a person to read (a helper, not part of the eval): each Arabic article's entities
 * with their type, mention count and first two mentions in context (the mention in ⟦…⟧), as the reader would highlight
 * them. Session 44's helpers read its output on batches x to ah and listed the errors the rules then fixed
 * (docs/history.md, Names).
 *
 *   npx tsx scripts/_names-on-pages.ts [--text] OUT.txt data/extract-pages/ar-s44i-* …
 *
 * --text also writes each article's text after its names, with every mention in ⟦…⟧, so that a reader can see the
 * names the reader missed as well as the ones it found.
 *
 * Each DIR holds a page as data/extract-pages does (source.html and meta.json); pages not in Arabic, or not articles, are
 * skipped.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { loadPage } from '../src/cli/load-page.ts'
import { analyzeArticle } from '../src/engine/index.ts'
import { extractArticle } from '../src/engine/page.ts'

/** Characters of context shown before and after a mention. */
const BEFORE = 45
const AFTER = 35

const args = process.argv.slice(2)
const withText = args.includes('--text')
const [out, ...dirs] = args.filter((arg) => arg !== '--text')
if (!out || !dirs.length) {
  console.error('usage: npx tsx scripts/_names-on-pages.ts OUT.txt DIR…')
  process.exit(2)
}
/** The text with each mention in ⟦…⟧. */
function marked(text: string, mentions: readonly { start: number; end: number }[]): string {
  let at = 0
  let result = ''
  for (const { start, end } of [...mentions].sort((a, b) => a.start - b.start)) {
    if (start < at) continue
    result += `${text.slice(at, start)}⟦${text.slice(start, end)}⟧`
    at = end
  }
  return result + text.slice(at)
}

const lines: string[] = []
for (const dir of dirs) {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { lang?: string; url?: string; site?: string }
  if (meta.lang !== 'ar' || !existsSync(join(dir, 'source.html'))) continue
  const result = extractArticle(await loadPage(join(dir, 'source.html'), meta.url), { url: meta.url })
  if (!result.isArticle) continue
  const doc = await analyzeArticle(result.doc)
  const flat = (text: string) => text.replace(/\s+/gu, ' ')
  lines.push('', `=== ${basename(dir)} (${meta.site ?? ''})`)
  for (const entity of doc.entities ?? []) {
    const contexts = entity.mentions.slice(0, 2).map(({ start, end }) =>
      `${flat(doc.text.slice(Math.max(0, start - BEFORE), start))}⟦${doc.text.slice(start, end)}⟧${flat(doc.text.slice(end, end + AFTER))}`)
    lines.push(`${entity.type}\t${entity.name}\t×${entity.mentions.length}\t${contexts.join('  ||  ')}`)
  }
  if (withText) lines.push('--- text', marked(doc.text, (doc.entities ?? []).flatMap((entity) => entity.mentions)))
}
writeFileSync(out, `${lines.join('\n')}\n`)
console.log(`${dirs.length} pages read, ${lines.length} lines written to ${out}`)
