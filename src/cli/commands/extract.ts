/**
 * `qari extract --json [--url URL] FILE.html`: the extraction result as one JSON object (DESIGN.md §5).
 * A page without an article is not an error: it prints {isArticle: false, reason, …} and exits 0.
 */
import { readFile } from 'node:fs/promises'
import type { CliCommand } from '../io.ts'
import { decodeHtml, parseHtml } from '../parse-html.ts'
import { extractArticle } from '../../engine/components/extract-article.ts'

const USAGE = 'usage: qari extract --json [--url URL] FILE.html'

export const extractCommand: CliCommand = async (args, io) => {
  let url: string | undefined
  let file: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--json') continue
    if (arg === '--url') url = args[++i]
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length)
    else if (arg.startsWith('-')) {
      io.err(`unknown option ${arg}\n${USAGE}\n`)
      return 2
    } else file = arg
  }
  if (!file) {
    io.err(`${USAGE}\n`)
    return 2
  }
  let html: string
  try {
    // Saved pages are decoded as UTF-8 whatever they declare (parse-html.ts says why).
    html = decodeHtml(await readFile(file))
  } catch (error) {
    io.err(`cannot read ${file}: ${(error as Error).message}\n`)
    return 1
  }
  const result = extractArticle(parseHtml(html, url), { url })
  if (!result.isArticle) {
    const { reason, lang, dir, title } = result
    io.out(`${JSON.stringify({ isArticle: false, reason, lang, dir, title: title ?? null, byline: null, published: null, siteName: null, blocks: [] })}\n`)
    return 0
  }
  const doc = result.doc
  const blocks = doc.blocks.map((block) =>
    block.kind === 'image'
      ? { kind: block.kind, text: block.alt ?? '', src: block.src }
      : { kind: block.kind, text: doc.text.slice(block.start, block.end) },
  )
  io.out(
    `${JSON.stringify({
      isArticle: true,
      lang: doc.lang,
      dir: doc.dir,
      title: doc.title,
      byline: doc.byline ?? null,
      published: doc.published ?? null,
      siteName: doc.siteName ?? null,
      credit: doc.credit ?? null,
      canonicalUrl: doc.canonicalUrl ?? null,
      leadImage: doc.leadImage ?? null,
      blocks,
    })}\n`,
  )
  return 0
}
