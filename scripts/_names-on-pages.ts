/**
 * The reader's names on saved pages, for a person to read (a helper, not part of the eval): each Arabic article's entities
 * with their type, mention count and first two mentions in context (the mention in ⟦…⟧), as the reader would highlight
 * them. Session 44's helpers read its output on batches x to ah and listed the errors the rules then fixed
 * (docs/history.md, Names).
 *
 *   npx tsx scripts/_names-on-pages.ts OUT.txt data/extract-pages/ar-s44i-* …
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

const [out, ...dirs] = process.argv.slice(2)
if (!out || !dirs.length) {
  console.error('usage: npx tsx scripts/_names-on-pages.ts OUT.txt DIR…')
  process.exit(2)
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
}
writeFileSync(out, `${lines.join('\n')}\n`)
console.log(`${dirs.length} pages read, ${lines.length} lines written to ${out}`)
