import type { Span, Token } from '../../doc.ts'

/**
 * The tagger reads a sentence as ANERcorp writes one: words with their clitics attached and punctuation
 * as tokens of its own ("،", "«", "."). The doc's tokens are words only, so the punctuation between them
 * is put back here; the tagger was trained with it and uses it (a name rarely runs across "،").
 */
export interface TaggerWord {
  word: string
  /** Index into doc.tokens, or −1 for punctuation put back from the gaps. */
  token: number
}

const PATTERNS = {
  /** Punctuation and symbols in a gap between two words: each run is one tagger token. */
  punctuation: /[^\s\p{L}\p{M}\p{Nd}\u0640\u200C]+/gu,
} as const

/** Tagger words of every sentence (sentences are [start, end) spans of `text`, tokens sorted by start). */
export function taggerWords(text: string, sentences: readonly Span[], tokens: readonly Token[]): TaggerWord[][] {
  const result: TaggerWord[][] = []
  let t = 0
  for (const sentence of sentences) {
    const words: TaggerWord[] = []
    while (t < tokens.length && tokens[t].end <= sentence.start) t++
    let cursor = sentence.start
    const pushGap = (end: number) => {
      if (end <= cursor) return
      // The usual gap, one space, holds no punctuation.
      if (end === cursor + 1 && text.charCodeAt(cursor) === 32) return
      const gap = text.slice(cursor, end)
      for (const match of gap.matchAll(PATTERNS.punctuation)) words.push({ word: match[0], token: -1 })
    }
    while (t < tokens.length && tokens[t].start < sentence.end) {
      pushGap(tokens[t].start)
      words.push({ word: text.slice(tokens[t].start, tokens[t].end), token: t })
      cursor = tokens[t].end
      t++
    }
    pushGap(sentence.end)
    result.push(words)
  }
  return result
}
