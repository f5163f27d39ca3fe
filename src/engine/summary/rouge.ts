import { normalizeArabic } from '../arabic/normalize.ts'
import { lightStem } from './light-stem.ts'

/**
 * ROUGE-N (Lin 2004) for Arabic: both sides normalised (alef forms, ya/alef maqsura, ta marbuta,
 * diacritics, tatweel) and light-stemmed, so that EASC references, which drop the hamza on alef,
 * match the article text they were copied from. Stop words are kept, as in ROUGE-1.5.5's default.
 */

const PATTERNS = {
  /** A word: a run of letters or digits (Arabic, Latin or other scripts); punctuation separates. */
  word: /[\p{L}\p{N}]+/gu,
} as const

export interface RougeScore {
  precision: number
  recall: number
  f1: number
}

/** The ROUGE tokens of a text: normalised, lower-cased, light-stemmed words. */
export function rougeTokens(text: string): string[] {
  const norm = normalizeArabic(text, { foldHamzaCarriers: true }).toLowerCase()
  return Array.from(norm.matchAll(PATTERNS.word), (m) => lightStem(m[0]))
}

function countNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ')
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

/** ROUGE-N of one candidate against one reference: clipped n-gram overlap. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  return rougeOfCounts(countNgrams(candidate, n), Math.max(0, candidate.length - n + 1), countNgrams(reference, n), Math.max(0, reference.length - n + 1))
}

/**
 * ROUGE from n-gram counts already made (`candTotal`, `refTotal`: the n-grams on each side), for callers
 * that score many candidates against the same references without re-tokenising (scripts/summary-grid.ts).
 */
export function rougeOfCounts(
  cand: ReadonlyMap<string, number>,
  candTotal: number,
  ref: ReadonlyMap<string, number>,
  refTotal: number,
): RougeScore {
  let overlap = 0
  for (const [gram, count] of cand) overlap += Math.min(count, ref.get(gram) ?? 0)
  const precision = candTotal ? overlap / candTotal : 0
  const recall = refTotal ? overlap / refTotal : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

/**
 * Multi-reference ROUGE-N as the mean over references of the single-reference scores. The mean (not
 * the best) is what a leave-one-out human agreement is comparable with: averaging a candidate over
 * every 4-of-5 subset of references gives the same number as averaging over all five.
 */
export function rougeNMulti(candidate: readonly string[], references: readonly (readonly string[])[], n: number): RougeScore {
  if (!references.length) return { precision: 0, recall: 0, f1: 0 }
  const scores = references.map((ref) => rougeN(candidate, ref, n))
  const mean = (pick: (s: RougeScore) => number) => scores.reduce((sum, s) => sum + pick(s), 0) / scores.length
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) }
}
