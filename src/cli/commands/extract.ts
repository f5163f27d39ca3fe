/**
 * `qari extract --json [--url URL] FILE.html`: the extraction result as one JSON object (DESIGN.md §5).
 * A page without an article is not an error: it prints {isArticle: false, reason, …} and exits 0.
 */
import type { CliCommand } from '../io.ts'
import { loadPage, parsePageArgs } from '../load-page.ts'
import { extractArticle } from '../../engine/page.ts'

const USAGE = 'usage: qari extract --json [--url URL] FILE.html'

export const extractCommand: CliCommand = async (args, io) => {
  const parsed = parsePageArgs(args)
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${USAGE}\n`)
    return 2
  }
  let page: Document
  try {
    page = await loadPage(parsed.file, parsed.url)
  } catch (error) {
    io.err(`cannot read ${parsed.file}: ${(error as Error).message}\n`)
    return 1
  }
  const result = extractArticle(page, { url: parsed.url })
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
