import { dropRareFeatures, seededRandom, shuffle, type TrainingSentence } from './train-perceptron.ts'
import { scoreEmissions, transitionMask } from '../tagger/viterbi.ts'

/**
 * Linear-chain CRF (Lafferty et al. 2001) over the perceptron's hashed features, trained by AdaGrad
 * (Duchi et al. 2011) on the conditional log-likelihood with an L2 penalty. It learns the same tables
 * as the perceptron (a weight per feature bucket and label, label-to-label transitions, the IOB2 mask
 * applied in the forward-backward sums as in Viterbi), so the model format, tag-sentences and Viterbi
 * are unchanged: only the weights differ. Where the perceptron moves weights only on a wrong best path,
 * the CRF moves every label's weights by how much probability it puts on the wrong labels, which
 * spreads the evidence and gives uncertain tokens graded scores.
 * Measured (second pass, micro F1, 5-fold CV on ANERcorp train / dev split): perceptron 0.746 / 0.714;
 * CRF (10 epochs, rate 0.1, L2 1) 0.750 / 0.709, with a CV-chosen label bias (label-bias.ts) 0.757 /
 * 0.716. L2 0.3 and 3 and 20 epochs scored the same or lower by CV. Its weights are denser: the
 * shipped file grows from 0.40 to 0.67 MB gzipped and tagging slows from ~220k to ~170k tokens/s.
 * Used by scripts/train-names.ts only; nothing in the extension imports it.
 */

export interface CrfOptions {
  labels: readonly string[]
  hashBits: number
  epochs: number
  seed: number
  /** Feature buckets seen fewer times than this are left out (as the perceptron's minCount). */
  minCount?: number
  /** L2 penalty on the summed log-likelihood of all training sentences: (l2 / 2)·‖w‖². */
  l2: number
  /** AdaGrad's base step. */
  rate: number
  /** Called after each epoch with the weights so far. */
  onEpoch?: (epoch: number, model: { weights: Float32Array; transitions: Float32Array }) => void
}

/** log(Σ exp(values[from .. from + count))) computed stably. */
function logSumExp(values: Float64Array, count: number): number {
  let top = -Infinity
  for (let i = 0; i < count; i++) if (values[i] > top) top = values[i]
  if (top === -Infinity) return top
  let sum = 0
  for (let i = 0; i < count; i++) sum += Math.exp(values[i] - top)
  return top + Math.log(sum)
}

export function trainCrf(
  sentences: readonly TrainingSentence[],
  options: CrfOptions,
): { weights: Float32Array; transitions: Float32Array } {
  const L = options.labels.length
  const buckets = 1 << options.hashBits
  const weights = new Float32Array(buckets * L)
  const squares = new Float32Array(buckets * L)
  const transitions = new Float32Array((L + 1) * L)
  const transitionSquares = new Float64Array((L + 1) * L)
  const mask = transitionMask(options.labels)
  const random = seededRandom(options.seed)
  const data = (options.minCount ?? 1) > 1 ? dropRareFeatures(sentences, options.minCount!, buckets) : sentences
  // How often each bucket occurs: each occurrence carries 1/count of the bucket's L2 penalty, so an epoch
  // applies the whole penalty once without touching the million buckets a sentence does not use.
  const counts = new Float32Array(buckets)
  for (const { features } of data) for (const id of features.ids) counts[id]++
  const order = data.map((_, index) => index)
  const scratch = new Float64Array(L)
  const transitionGradient = new Float64Array((L + 1) * L)
  const eps = 1e-6

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random)
    for (const index of order) {
      const { features, gold } = data[index]
      // A sentence of another corpus (AQMAR) counts for less: its gradient is scaled, as the
      // perceptron scales its updates.
      const weight = data[index].weight ?? 1
      const n = gold.length
      if (n === 0) continue
      const emissions = scoreEmissions(features, weights, L)
      const trans = new Float64Array((L + 1) * L)
      for (let i = 0; i < trans.length; i++) trans[i] = transitions[i] + mask[i]
      // Forward and backward log scores.
      const alpha = new Float64Array(n * L)
      const beta = new Float64Array(n * L)
      for (let y = 0; y < L; y++) alpha[y] = emissions[y] + trans[L * L + y]
      for (let t = 1; t < n; t++) {
        for (let y = 0; y < L; y++) {
          for (let p = 0; p < L; p++) scratch[p] = alpha[(t - 1) * L + p] + trans[p * L + y]
          alpha[t * L + y] = logSumExp(scratch, L) + emissions[t * L + y]
        }
      }
      for (let t = n - 2; t >= 0; t--) {
        for (let p = 0; p < L; p++) {
          for (let y = 0; y < L; y++) scratch[y] = trans[p * L + y] + emissions[(t + 1) * L + y] + beta[(t + 1) * L + y]
          beta[t * L + p] = logSumExp(scratch, L)
        }
      }
      for (let y = 0; y < L; y++) scratch[y] = alpha[(n - 1) * L + y]
      const logZ = logSumExp(scratch, L)

      // Emission gradient of the negative log-likelihood: marginal − gold, per token and label.
      const rowGradient = new Float64Array(L)
      for (let t = 0; t < n; t++) {
        for (let y = 0; y < L; y++) rowGradient[y] = Math.exp(alpha[t * L + y] + beta[t * L + y] - logZ)
        rowGradient[gold[t]] -= 1
        for (let f = features.offsets[t]; f < features.offsets[t + 1]; f++) {
          const id = features.ids[f]
          const base = id * L
          const share = options.l2 / counts[id]
          for (let y = 0; y < L; y++) {
            const g = weight * rowGradient[y] + share * weights[base + y]
            if (g === 0) continue
            squares[base + y] += g * g
            weights[base + y] -= (options.rate * g) / (Math.sqrt(squares[base + y]) + eps)
          }
        }
      }
      // Transition gradient: pairwise marginals − gold transitions.
      transitionGradient.fill(0)
      for (let y = 0; y < L; y++) transitionGradient[L * L + y] += Math.exp(alpha[y] + beta[y] - logZ)
      transitionGradient[L * L + gold[0]] -= 1
      for (let t = 1; t < n; t++) {
        for (let p = 0; p < L; p++) {
          const a = alpha[(t - 1) * L + p]
          for (let y = 0; y < L; y++) {
            const k = p * L + y
            if (mask[k] !== 0) continue
            transitionGradient[k] += Math.exp(a + trans[k] + emissions[t * L + y] + beta[t * L + y] - logZ)
          }
        }
        transitionGradient[gold[t - 1] * L + gold[t]] -= 1
      }
      for (let k = 0; k < transitionGradient.length; k++) {
        const g = weight * transitionGradient[k]
        if (g === 0 || mask[k] !== 0) continue
        transitionSquares[k] += g * g
        transitions[k] -= (options.rate * g) / (Math.sqrt(transitionSquares[k]) + eps)
      }
    }
    options.onEpoch?.(epoch, { weights, transitions })
  }
  return { weights, transitions }
}
