/**
 * CoNLL as ANERcorp and AQMAR write it: a token per line, its tag in the last column, a blank line
 * between sentences. Columns are split on whitespace; a line with one column is a token without a tag.
 */

export interface ConllSentence {
  words: string[]
  /** The last column of each line, or '' when the line had one column. */
  tags: string[]
}

const PATTERNS = {
  columns: /\s+/u,
  blank: /^\s*$/u,
  /** Byte-order mark at the head of a file. */
  bom: /^\uFEFF/u,
} as const

export function readConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = []
  let current: ConllSentence = { words: [], tags: [] }
  for (const line of text.replace(PATTERNS.bom, '').split('\n')) {
    if (PATTERNS.blank.test(line)) {
      if (current.words.length) sentences.push(current)
      current = { words: [], tags: [] }
      continue
    }
    const columns = line.trim().split(PATTERNS.columns)
    current.words.push(columns[0])
    current.tags.push(columns.length > 1 ? columns[columns.length - 1] : '')
  }
  if (current.words.length) sentences.push(current)
  return sentences
}
