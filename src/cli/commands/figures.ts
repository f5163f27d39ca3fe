/**
 * `qari figures --jsonl`: find the figures in many texts (DESIGN.md §5). Input: JSON lines {"text": "…"}
 * on stdin. Output: one line per input line, same order: {"figures":[{start, end, text, kind, value,
 * unit?, currency?, date?, …}]}. A blank input line gives a blank output line so line numbers stay
 * aligned; a line that is not {"text": string} is an error on stderr and a non-zero exit.
 */
import type { CliCommand } from '../io.ts'
import { findFiguresInText } from '../../engine/components/find-figures.ts'

const PATTERNS = {
  carriageReturn: /\r$/u,
} as const

const USAGE = 'usage: qari figures --jsonl   (JSON lines {"text": "…"} on stdin)'

export const figuresCommand: CliCommand = async (args, io) => {
  const unknown = args.filter((a) => a !== '--jsonl')
  if (!args.includes('--jsonl') || unknown.length) {
    io.err(`${unknown.length ? `unknown argument ${unknown[0]}\n` : ''}${USAGE}`)
    return 2
  }
  const input = await io.readStdin()
  const lines = input.split('\n')
  if (lines.length && lines[lines.length - 1] === '') lines.pop()
  const out: string[] = []
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(PATTERNS.carriageReturn, '')
    if (!line.trim()) {
      out.push('')
      continue
    }
    let text: unknown
    try {
      text = (JSON.parse(line) as { text?: unknown }).text
    } catch (error) {
      io.err(`line ${n + 1}: not JSON (${error instanceof Error ? error.message : String(error)})`)
      return 1
    }
    if (typeof text !== 'string') {
      io.err(`line ${n + 1}: expected {"text": "…"}`)
      return 1
    }
    out.push(JSON.stringify({ figures: findFiguresInText(text) }))
  }
  if (out.length) io.out(out.join('\n'))
  return 0
}
