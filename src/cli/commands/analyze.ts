/**
 * `qari analyze --json [--url URL] FILE.html`: the whole ArticleDoc with every layer, as JSON.
 * A page without an article prints {isArticle: false, reason} and exits 0.
 */
import type { CliCommand } from '../io.ts'
import { loadPage, parsePageArgs } from '../load-page.ts'
import { analyzeArticle } from '../../engine/index.ts'
import { extractArticle } from '../../engine/page.ts'

export const analyzeCommand: CliCommand = async (args, io) => {
  const parsed = parsePageArgs(args)
  if ('error' in parsed) {
    io.err(`${parsed.error}\nusage: qari analyze --json [--url URL] FILE.html`)
    return 2
  }
  const result = extractArticle(await loadPage(parsed.file, parsed.url), { url: parsed.url })
  if (!result.isArticle) {
    io.out(JSON.stringify({ isArticle: false, reason: result.reason, lang: result.lang, dir: result.dir }))
    return 0
  }
  const doc = await analyzeArticle(result.doc)
  io.out(JSON.stringify({ isArticle: true, ...doc }))
  return 0
}
