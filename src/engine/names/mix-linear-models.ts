import { scoreEmissions } from './viterbi.ts'
import type { SentenceFeatures } from './word-features.ts'

/**
 * One weight table that scores as a weighted mix of two linear taggers over the same hashed features and
 * transitions (the averaged perceptron and the CRF): a label's score is linear in the weights, so
 * (1 − alpha)·a/spread(a) + alpha·b/spread(b), table by table, scores every path as the same mix of the two
 * models' path scores. The model format, Viterbi and tagging are unchanged.
 *
 * Why the spreads: the perceptron's scores are in units of updates (a token's label scores spread by
 * ~70), the CRF's in log-odds (~4); dividing each by its spread makes alpha the share of each model in
 * the decision rather than an artefact of their units.
 * Used by scripts/train-names.ts only; nothing in the extension imports it.
 */

export interface LinearTables {
  weights: Float32Array
  transitions: Float32Array
}

/**
 * The RMS of a token's label scores around their mean over `sentences` (every `stride`-th): the size of
 * the differences Viterbi compares, so two models' scales can be matched.
 */
export function scoreSpread(tables: LinearTables, sentences: readonly SentenceFeatures[], L: number, stride = 5): number {
  let sum = 0
  let count = 0
  for (let s = 0; s < sentences.length; s += stride) {
    const scores = scoreEmissions(sentences[s], tables.weights, L)
    for (let t = 0; t < scores.length; t += L) {
      let mean = 0
      for (let y = 0; y < L; y++) mean += scores[t + y]
      mean /= L
      for (let y = 0; y < L; y++) sum += (scores[t + y] - mean) ** 2
      count += L
    }
  }
  return count > 0 && sum > 0 ? Math.sqrt(sum / count) : 1
}

/** (1 − alpha)·a/spreadA + alpha·b/spreadB, weights and transitions alike. */
export function mixLinearModels(a: LinearTables, b: LinearTables, alpha: number, spreadA: number, spreadB: number): LinearTables {
  const wa = (1 - alpha) / spreadA
  const wb = alpha / spreadB
  const mix = (x: Float32Array, y: Float32Array) => {
    const out = new Float32Array(x.length)
    for (let i = 0; i < out.length; i++) out[i] = wa * x[i] + wb * y[i]
    return out
  }
  return { weights: mix(a.weights, b.weights), transitions: mix(a.transitions, b.transitions) }
}
