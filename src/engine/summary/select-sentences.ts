import { cosine, type TermVector } from './sentence-terms.ts'

/**
 * A chosen sentence this similar to one already chosen says the same thing (news pages repeat their
 * lead further down: the seed page restates its second sentence word for word); it is never taken.
 */
const DUPLICATE_SIMILARITY = 0.7

/**
 * Only the best-scored candidates enter the greedy selection: k × this many at most, so a 5 MB
 * article with thousands of sentences costs k × POOL cosines, not thousands squared.
 */
const POOL_PER_SENTENCE = 20

/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998): repeatedly take the candidate whose score,
 * less `redundancy` × its similarity to the closest chosen sentence, is highest. Returns indices into
 * the candidates in article order.
 */
export function selectSentences(scores: readonly number[], vectors: readonly TermVector[], count: number, redundancy: number): number[] {
  const pool = scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, Math.max(count, count * POOL_PER_SENTENCE))
  const chosen: number[] = []
  while (chosen.length < count && pool.length) {
    let best = -1
    let bestValue = Number.NEGATIVE_INFINITY
    for (let p = 0; p < pool.length; p++) {
      const { score, index } = pool[p]
      let closest = 0
      for (const c of chosen) closest = Math.max(closest, cosine(vectors[index], vectors[c]))
      if (closest >= DUPLICATE_SIMILARITY) continue
      const value = score - redundancy * closest
      if (value > bestValue) {
        bestValue = value
        best = p
      }
    }
    if (best < 0) break
    chosen.push(pool[best].index)
    pool.splice(best, 1)
  }
  return chosen.sort((a, b) => a - b)
}
