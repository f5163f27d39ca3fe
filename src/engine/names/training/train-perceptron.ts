import { scoreEmissions, transitionMask, viterbi } from '../tagger/viterbi.ts'
import type { SentenceFeatures } from '../tagger/word-features.ts'

/**
 * Averaged structured perceptron (Collins 2002) over hashed features: decode each training sentence
 * with the current weights and, where the best path differs from the gold one, move the weights toward
 * gold. The average of the weights over all steps is what ships: it generalises like a regularised model.
 * Used by scripts/train-names.ts only; nothing in the extension imports it.
 */

export interface TrainingSentence {
  features: SentenceFeatures
  /** Gold label indices, one per token. */
  gold: Int32Array
  /**
   * How far one mistake on this sentence moves the weights (default 1): below 1 for text of another
   * domain or annotation convention (AQMAR's Wikipedia articles beside ANERcorp's news).
   */
  weight?: number
}

export interface PerceptronOptions {
  labels: readonly string[]
  hashBits: number
  epochs: number
  seed: number
  /**
   * Feature buckets seen fewer times than this in the training sentences are left out of training (a
   * feature seen once is mostly noise the perceptron memorises). 1 keeps everything.
   */
  minCount?: number
  /**
   * Loss-augmented decoding while training: every wrong label of a token scores this much extra, so the
   * weights move until gold beats each other path by a margin that grows with its wrong tokens, not
   * merely wins (a structured large-margin perceptron, cf. Crammer et al. 2006, Freund & Schapire 1999).
   * 0 is the plain perceptron. In units of the raw weights (each update moves a weight by 1).
   * Measured by 5-fold CV on ANERcorp train (second pass, micro F1): 0.746 plain, 0.744 with margin 20,
   * 0.748 with recallMargin 30 (recall up, precision down): no real gain, so both default to 0.
   */
  margin?: number
  /**
   * Extra loss-augmented cost of O on a token inside a gold name: training then asks names to beat O by
   * this much, aimed at the tagger's low recall (a missed name costs more than a split one).
   */
  recallMargin?: number
  /**
   * Passive-aggressive updates (PA-I, Crammer et al. 2006) instead of the perceptron's unit step: on a
   * wrong best path each update moves the weights by τ = min(C, loss / ‖Φ(gold) − Φ(predicted)‖²), the
   * smallest step that makes gold beat that path by √(wrong tokens), capped at C (times the sentence
   * weight). 0 (the default) is the plain perceptron. train-names ships C 0.01: 5-fold CV 0.771 → 0.776
   * on two seeds (its PA_C has the measurements).
   */
  paC?: number
  /** Called after each epoch with the averaged weights so far (to print development scores). */
  onEpoch?: (epoch: number, averaged: { weights: Float32Array; transitions: Float32Array }) => void
}

/** mulberry32: a small seeded PRNG, so the shuffle (and thus the model) is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher–Yates, in place, with the seeded `random`: each epoch visits the sentences in a new order. */
export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j], items[i]]
  }
}

export function trainPerceptron(
  sentences: readonly TrainingSentence[],
  options: PerceptronOptions,
): { weights: Float32Array; transitions: Float32Array } {
  const L = options.labels.length
  const size = (1 << options.hashBits) * L
  const weights = new Float32Array(size)
  const totals = new Float64Array(size)
  const transitions = new Float32Array((L + 1) * L)
  const transitionTotals = new Float64Array((L + 1) * L)
  const mask = transitionMask(options.labels)
  const random = seededRandom(options.seed)
  const order = sentences.map((_, index) => index)
  let step = 1
  const margin = options.margin ?? 0
  const recallMargin = options.recallMargin ?? 0
  const data = (options.minCount ?? 1) > 1 ? dropRareFeatures(sentences, options.minCount!, 1 << options.hashBits) : sentences

  const paC = options.paC ?? 0
  // PA-I's step for one wrong path: its score margin over gold under the current weights (without the
  // --margin augmentation) plus √(wrong tokens), over the squared norm of the feature difference.
  const paStep = (features: SentenceFeatures, raw: Float32Array, gold: Int32Array, predicted: Int32Array, wrong: number) => {
    let margin = Math.sqrt(wrong)
    const diff = new Map<number, number>()
    const add = (key: number, delta: number) => diff.set(key, (diff.get(key) ?? 0) + delta)
    for (let t = 0; t < gold.length; t++) {
      const goldPrev = t === 0 ? L : gold[t - 1]
      const predPrev = t === 0 ? L : predicted[t - 1]
      margin += raw[t * L + predicted[t]] - raw[t * L + gold[t]] + transitions[predPrev * L + predicted[t]] - transitions[goldPrev * L + gold[t]]
      if (goldPrev !== predPrev || gold[t] !== predicted[t]) {
        add(-1 - (goldPrev * L + gold[t]), 1)
        add(-1 - (predPrev * L + predicted[t]), -1)
      }
      if (gold[t] === predicted[t]) continue
      for (let f = features.offsets[t]; f < features.offsets[t + 1]; f++) {
        add(features.ids[f] * L + gold[t], 1)
        add(features.ids[f] * L + predicted[t], -1)
      }
    }
    let norm = 0
    for (const v of diff.values()) norm += v * v
    return norm > 0 ? Math.min(paC, Math.max(0, margin) / norm) : 0
  }
  const bump = (index: number, delta: number) => {
    weights[index] += delta
    totals[index] += step * delta
  }
  const bumpTransition = (index: number, delta: number) => {
    transitions[index] += delta
    transitionTotals[index] += step * delta
  }
  const averaged = () => {
    const avgWeights = new Float32Array(size)
    for (let i = 0; i < size; i++) avgWeights[i] = weights[i] - totals[i] / step
    const avgTransitions = new Float32Array(transitions.length)
    for (let i = 0; i < transitions.length; i++) avgTransitions[i] = transitions[i] - transitionTotals[i] / step
    return { weights: avgWeights, transitions: avgTransitions }
  }

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random)
    for (const index of order) {
      const { features, gold } = data[index]
      const weight = data[index].weight ?? 1
      // The scores under the current weights; the loss-augmented copy (--margin, --recall-margin) only
      // steers the decoding, PA-I's step is measured on the plain scores.
      const raw = scoreEmissions(features, weights, L)
      const emissions = margin > 0 || recallMargin > 0 ? raw.slice() : raw
      if (margin > 0) {
        for (let t = 0; t < gold.length; t++) for (let y = 0; y < L; y++) if (y !== gold[t]) emissions[t * L + y] += margin
      }
      if (recallMargin > 0) for (let t = 0; t < gold.length; t++) if (gold[t] !== 0) emissions[t * L] += recallMargin
      const predicted = viterbi(emissions, transitions, mask, L)
      let wrong = 0
      for (let t = 0; t < gold.length; t++) if (gold[t] !== predicted[t]) wrong++
      const size = wrong === 0 ? 0 : paC > 0 ? weight * paStep(features, raw, gold, predicted, wrong) : weight
      if (size > 0) {
        for (let t = 0; t < gold.length; t++) {
          if (gold[t] === predicted[t]) continue
          for (let f = features.offsets[t]; f < features.offsets[t + 1]; f++) {
            bump(features.ids[f] * L + gold[t], size)
            bump(features.ids[f] * L + predicted[t], -size)
          }
        }
        for (let t = 0; t < gold.length; t++) {
          const goldPrev = t === 0 ? L : gold[t - 1]
          const predPrev = t === 0 ? L : predicted[t - 1]
          if (goldPrev === predPrev && gold[t] === predicted[t]) continue
          bumpTransition(goldPrev * L + gold[t], size)
          bumpTransition(predPrev * L + predicted[t], -size)
        }
      }
      step++
    }
    options.onEpoch?.(epoch, averaged())
  }
  return averaged()
}


export function dropRareFeatures(sentences: readonly TrainingSentence[], minCount: number, buckets: number): TrainingSentence[] {
  const counts = new Uint32Array(buckets)
  for (const { features } of sentences) for (const id of features.ids) counts[id]++
  return sentences.map(({ features, gold, weight }) => {
    const n = features.offsets.length - 1
    const offsets = new Int32Array(n + 1)
    const ids: number[] = []
    for (let t = 0; t < n; t++) {
      offsets[t] = ids.length
      for (let f = features.offsets[t]; f < features.offsets[t + 1]; f++) if (counts[features.ids[f]] >= minCount) ids.push(features.ids[f])
    }
    offsets[n] = ids.length
    return { features: { offsets, ids: Int32Array.from(ids) }, gold, weight }
  })
}
