/**
 * `qari summarize [--json] [--sentences N] FILE.txt`: the extractive summary of a plain Arabic text
 * (DESIGN.md §5). With --json: {"sentences": ["…", …]}; without: one sentence per line.
 * Blank lines separate paragraphs; hard-wrapped lines are joined (see plain-text-doc.ts). The text goes
 * through the same analysis as in the extension (sentences, tokens, names, figures, summary).
 */
import type { CliCommand } from '../io.ts'
import { analyzeArticle } from '../../engine/index.ts'
import { MAX_SUMMARY_SENTENCES, MIN_SUMMARY_SENTENCES } from '../../engine/components/summarize.ts'
import { plainTextDoc } from '../../engine/summary/plain-text-doc.ts'

const USAGE = `usage: qari summarize --json [--sentences ${MIN_SUMMARY_SENTENCES}-${MAX_SUMMARY_SENTENCES}] FILE.txt`

interface SummarizeArgs {
  file: string
  json: boolean
  sentences?: number
}

function parseArgs(args: string[]): SummarizeArgs | { error: string } {
  let file: string | undefined
  let json = false
  let sentences: number | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--json') json = true
    else if (arg === '--sentences' || arg.startsWith('--sentences=')) {
      const value = arg === '--sentences' ? args[++i] : arg.slice('--sentences='.length)
      const n = Number(value)
      if (!Number.isInteger(n) || n < MIN_SUMMARY_SENTENCES || n > MAX_SUMMARY_SENTENCES) {
        return { error: `--sentences takes ${MIN_SUMMARY_SENTENCES} to ${MAX_SUMMARY_SENTENCES}, got ${value}` }
      }
      sentences = n
    } else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}` }
    else if (file) return { error: `one file at a time (got ${file} and ${arg})` }
    else file = arg
  }
  if (!file) return { error: 'no FILE given' }
  return { file, json, sentences }
}

export const summarizeCommand: CliCommand = async (args, io) => {
  const parsed = parseArgs(args)
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${USAGE}`)
    return 2
  }
  let text: string
  try {
    text = parsed.file === '-' ? await io.readStdin() : await io.readFile(parsed.file)
  } catch (error) {
    io.err(`cannot read ${parsed.file}: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  // The whole analysis, as the extension runs it: names and figures count in the summary's choice.
  const doc = await analyzeArticle(plainTextDoc(text), { summarySentences: parsed.sentences })
  if (!doc.summary) {
    const reasons = (doc.errors ?? []).map((e) => `${e.component}: ${e.message}`).join('; ')
    io.err(`summarize failed: ${reasons || 'no summary'}`)
    return 1
  }
  const sentences = doc.summary.map((span) => doc.text.slice(span.start, span.end))
  io.out(parsed.json ? JSON.stringify({ sentences }) : sentences.join('\n'))
  return 0
}
