import { tagCorpusSentences } from '../../engine/names/tagger/tag-sentences.ts'
import { loadConllNamesModel } from '../../engine/models/names/load-names-model.ts'
import type { CliCommand } from '../io.ts'

/**
 * `qari tag FILE`: names in CoNLL (DESIGN.md §5). A token per line (its first column; other columns
 * are ignored), a blank line between sentences; prints `token<TAB>IOB2-tag` per token, blank lines kept,
 * in ANERcorp's convention (tokens keep their clitics: "بالقاهرة B-LOC"). CoNLL carries no document
 * marks, so the tagger's document context is the model's window of neighbouring sentences. The model is
 * the one trained on ANERcorp alone (src/engine/models/names/README.md), whose convention this output keeps.
 */

const PATTERNS = {
  blank: /^\s*$/u,
  columns: /\s+/u,
  bom: /^\uFEFF/u,
  lineBreak: /\r?\n/u,
} as const

export const tagCommand: CliCommand = async (args, io) => {
  const file = args.find((arg) => !arg.startsWith('--') || arg === '-')
  if (!file) {
    io.err('usage: qari tag FILE.conll   (FILE may be - for stdin)')
    return 2
  }
  let input: string
  try {
    input = file === '-' ? await io.readStdin() : await io.readFile(file)
  } catch (error) {
    io.err(`qari tag: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  const lines = input.replace(PATTERNS.bom, '').split(PATTERNS.lineBreak)
  if (lines.length && lines[lines.length - 1] === '') lines.pop()

  // Sentences as runs of non-blank lines; blank lines are echoed where they stood.
  const sentences: string[][] = []
  let current: string[] | null = null
  for (const line of lines) {
    if (PATTERNS.blank.test(line)) {
      current = null
      continue
    }
    if (!current) sentences.push((current = []))
    current.push(line.trim().split(PATTERNS.columns)[0])
  }
  const model = await loadConllNamesModel()
  const tags = tagCorpusSentences(model, sentences)

  const out: string[] = []
  let s = -1
  let t = 0
  let inSentence = false
  for (const line of lines) {
    if (PATTERNS.blank.test(line)) {
      out.push('')
      inSentence = false
      continue
    }
    if (!inSentence) {
      s++
      t = 0
      inSentence = true
    }
    out.push(`${sentences[s][t]}\t${tags[s][t]}`)
    t++
  }
  io.out(out.join('\n'))
  return 0
}
