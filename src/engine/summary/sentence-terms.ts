import type { Span, Token } from '../doc.ts'
import { lightStem } from './light-stem.ts'
import { STOP_STEMS } from './stop-words.ts'

/** The content terms of each sentence: light stems of its tokens, function words left out. */
export interface SentenceTerms {
  /** Term → count in the sentence. */
  counts: Map<string, number>
  /** Number of tokens (all words, function words included): the sentence's length. */
  length: number
}

const PATTERNS = {
  /** A token that is only digits and separators: a number, kept as a term of its own. */
  number: /^[\d.,]+$/u,
} as const

/**
 * Groups tokens by sentence in one pass (both lists are in text order), so the cost is linear in the
 * article. Tokens outside every sentence (between blocks) are skipped.
 */
export function termsBySentence(sentences: readonly Span[], tokens: readonly Token[]): SentenceTerms[] {
  const result: SentenceTerms[] = sentences.map(() => ({ counts: new Map(), length: 0 }))
  // Words repeat (a long article has a few thousand distinct forms): stem each form once.
  const termOf = new Map<string, string | null>()
  let s = 0
  for (const token of tokens) {
    while (s < sentences.length && sentences[s].end <= token.start) s++
    if (s >= sentences.length) break
    if (token.end <= sentences[s].start) continue
    const entry = result[s]
    entry.length++
    let term = termOf.get(token.norm)
    if (term === undefined) {
      const stem = PATTERNS.number.test(token.norm) ? token.norm : lightStem(token.norm)
      term = stem.length < 2 || STOP_STEMS.has(stem) ? null : stem
      termOf.set(token.norm, term)
    }
    if (term === null) continue
    entry.counts.set(term, (entry.counts.get(term) ?? 0) + 1)
  }
  return result
}

/** A sparse weighted vector with its norm computed once. */
export interface TermVector {
  weights: Map<string, number>
  norm: number
}

/**
 * TF-IDF vectors with the article's sentences as the documents: a term in every sentence weighs
 * nothing, a term of a few sentences weighs most. Sublinear tf (1 + log tf) keeps a repeated word from
 * dominating a sentence.
 */
export function tfidfVectors(terms: readonly SentenceTerms[]): { vectors: TermVector[]; idf: Map<string, number> } {
  const df = new Map<string, number>()
  for (const { counts } of terms) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1)
  const n = Math.max(1, terms.length)
  const idf = new Map<string, number>()
  // +1 inside the log: with a handful of sentences a term in all of them still keeps a little weight.
  for (const [term, count] of df) idf.set(term, Math.log((n + 1) / count))
  const vectors = terms.map(({ counts }) => {
    const weights = new Map<string, number>()
    let sum = 0
    for (const [term, count] of counts) {
      const weight = (1 + Math.log(count)) * (idf.get(term) ?? 0)
      if (weight <= 0) continue
      weights.set(term, weight)
      sum += weight * weight
    }
    return { weights, norm: Math.sqrt(sum) }
  })
  return { vectors, idf }
}

export function cosine(a: TermVector, b: TermVector): number {
  if (!a.norm || !b.norm) return 0
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a]
  let dot = 0
  for (const [term, weight] of small.weights) {
    const other = large.weights.get(term)
    if (other) dot += weight * other
  }
  return dot / (a.norm * b.norm)
}

/** The sum of the given vectors (the article's centroid when given every sentence). */
export function sumVectors(vectors: readonly TermVector[]): TermVector {
  const weights = new Map<string, number>()
  for (const vector of vectors) {
    for (const [term, weight] of vector.weights) weights.set(term, (weights.get(term) ?? 0) + weight)
  }
  let sum = 0
  for (const weight of weights.values()) sum += weight * weight
  return { weights, norm: Math.sqrt(sum) }
}
