import { isAllowedTransition } from './labels.ts'
import type { SentenceFeatures } from './word-features.ts'

/** A transition IOB2 forbids (O → I-PERS, B-LOC → I-ORG) scores this much, so Viterbi never takes it. */
const FORBIDDEN = -1e9

/** Adds FORBIDDEN to transitions IOB2 rules out; row L is the sentence start. */
export function transitionMask(labels: readonly string[]): Float32Array {
  const L = labels.length
  const mask = new Float32Array((L + 1) * L)
  for (let prev = 0; prev <= L; prev++) {
    for (let next = 0; next < L; next++) {
      if (!isAllowedTransition(prev === L ? null : labels[prev], labels[next])) mask[prev * L + next] = FORBIDDEN
    }
  }
  return mask
}

/** Emission scores of every token and label: the sum of the weights of the token's features. */
export function scoreEmissions(
  features: SentenceFeatures,
  weights: Float32Array | Int8Array,
  L: number,
  scale = 1,
): Float32Array {
  const n = features.offsets.length - 1
  const scores = new Float32Array(n * L)
  const { offsets, ids } = features
  for (let t = 0; t < n; t++) {
    const row = t * L
    for (let f = offsets[t]; f < offsets[t + 1]; f++) {
      const base = ids[f] * L
      for (let y = 0; y < L; y++) scores[row + y] += weights[base + y]
    }
  }
  if (scale !== 1) for (let i = 0; i < scores.length; i++) scores[i] *= scale
  return scores
}

/** Best label sequence under emissions + transitions + the IOB2 mask. */
export function viterbi(emissions: Float32Array, transitions: Float32Array, mask: Float32Array, L: number): Int32Array {
  const n = emissions.length / L
  const best = new Int32Array(n)
  if (n === 0) return best
  const score = new Float64Array(n * L)
  const back = new Int32Array(n * L)
  for (let y = 0; y < L; y++) score[y] = emissions[y] + transitions[L * L + y] + mask[L * L + y]
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let top = -Infinity
      let arg = 0
      for (let p = 0; p < L; p++) {
        const s = score[(t - 1) * L + p] + transitions[p * L + y] + mask[p * L + y]
        if (s > top) {
          top = s
          arg = p
        }
      }
      score[t * L + y] = top + emissions[t * L + y]
      back[t * L + y] = arg
    }
  }
  let top = -Infinity
  for (let y = 0; y < L; y++) {
    if (score[(n - 1) * L + y] > top) {
      top = score[(n - 1) * L + y]
      best[n - 1] = y
    }
  }
  for (let t = n - 1; t > 0; t--) best[t - 1] = back[t * L + best[t]]
  return best
}
