/**
 * Data selection by cross-entropy difference (Moore & Lewis 2010): of the candidate sentences, keep the share whose
 * words are most likely under a unigram model of the target corpus relative to one of the candidates themselves, so
 * the extra training data leans towards the target's topics and style (ANERcorp's 2007 world news, for `qari tag`).
 */
import { normalizeArabicFast } from '../src/engine/arabic/normalize.ts'

type Counts = { counts: Map<string, number>; total: number }

function unigrams(sentences: readonly (readonly string[])[]): Counts {
  const counts = new Map<string, number>()
  let total = 0
  for (const words of sentences) for (const word of words) {
    const key = normalizeArabicFast(word)
    counts.set(key, (counts.get(key) ?? 0) + 1)
    total++
  }
  return { counts, total }
}

/** Add-one smoothed log probability over the union vocabulary. */
const logProb = (model: Counts, vocabulary: number, word: string) => Math.log(((model.counts.get(word) ?? 0) + 1) / (model.total + vocabulary))

/** The candidates' per-word log-likelihood ratio target : candidates, higher = more like the target. */
export function likenessToCorpus(candidates: readonly (readonly string[])[], target: readonly (readonly string[])[]): number[] {
  const inDomain = unigrams(target)
  const general = unigrams(candidates)
  const vocabulary = new Set([...inDomain.counts.keys(), ...general.counts.keys()]).size
  return candidates.map((words) => {
    if (words.length === 0) return -Infinity
    let sum = 0
    for (const word of words) {
      const key = normalizeArabicFast(word)
      sum += logProb(inDomain, vocabulary, key) - logProb(general, vocabulary, key)
    }
    return sum / words.length
  })
}

/** The indices of the `share` of candidates most like the target, in their original order. */
export function selectLikeCorpus(candidates: readonly (readonly string[])[], target: readonly (readonly string[])[], share: number): number[] {
  const scores = likenessToCorpus(candidates, target)
  const order = scores.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score || a.i - b.i)
  return order.slice(0, Math.round(share * candidates.length)).map(({ i }) => i).sort((a, b) => a - b)
}
