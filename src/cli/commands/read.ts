/**
 * `qari read [--url URL] FILE.html`: a reader view for the terminal, with highlights (colour on a TTY).
 */
import type { CliCommand } from '../io.ts'
import { loadPage, parsePageArgs } from '../load-page.ts'
import { renderTerminal } from '../render-terminal.ts'
import { analyzeArticle } from '../../engine/index.ts'
import { extractArticle } from '../../engine/page.ts'

export const readCommand: CliCommand = async (args, io) => {
  const parsed = parsePageArgs(args)
  if ('error' in parsed) {
    io.err(`${parsed.error}\nusage: qari read [--url URL] FILE.html`)
    return 2
  }
  const result = extractArticle(await loadPage(parsed.file, parsed.url), { url: parsed.url })
  if (!result.isArticle) {
    io.out(`لا يوجد مقال في هذه الصفحة / no article on this page: ${result.reason}`)
    return 0
  }
  const doc = await analyzeArticle(result.doc)
  io.out(renderTerminal(doc, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }))
  return 0
}
