import { normalizeArabicFast } from '../arabic/normalize.ts'
import { toBase64 } from './base64.ts'
import {
  isLikenessWord,
  LIKENESS_CLASSES,
  LIKENESS_TYPES,
  likenessBuckets,
  type EncodedNameLikeness,
  type NameLikeness,
} from './name-likeness.ts'
import { seededRandom, shuffle } from './train-perceptron.ts'
import { splitProcliticsForFeatures } from './word-features.ts'

/**
 * Trains the name-likeness model (name-likeness.ts) from tagged sentences: multinomial logistic
 * regression by AdaGrad over the character n-grams of each distinct word core, the target being the
 * share of its occurrences tagged O / PERS / LOC / ORG / MISC. Distinct words, not tokens: the model is
 * for words the tagger has not seen, and token counts would spend it on "في" and "ان".
 * Used by scripts/train-names.ts only; nothing in the extension imports it.
 */

export interface LikenessOptions {
  bits: number
  epochs: number
  rate: number
  /** L2 penalty per update (keeps rare n-grams from memorising one word). */
  l2: number
  seed: number
}

export const DEFAULT_LIKENESS_OPTIONS: LikenessOptions = { bits: 18, epochs: 2, rate: 0.05, l2: 1e-5, seed: 5 }

const TYPE_INDEX = new Map<string, number>(LIKENESS_TYPES.map((type, k) => [type, k]))

/** The core a word is scored by (the tagger's WordEntry.core). */
export function likenessCore(word: string): string {
  return splitProcliticsForFeatures(normalizeArabicFast(word)).core
}

export function learnNameLikeness(
  sentences: readonly { words: readonly string[]; tags: readonly string[] }[],
  options: LikenessOptions = DEFAULT_LIKENESS_OPTIONS,
): NameLikeness {
  const counts = new Map<string, Float64Array>()
  for (const { words, tags } of sentences) {
    for (let t = 0; t < words.length; t++) {
      const core = likenessCore(words[t])
      if (!isLikenessWord(core)) continue
      let row = counts.get(core)
      if (!row) counts.set(core, (row = new Float64Array(LIKENESS_CLASSES)))
      row[TYPE_INDEX.get(tags[t].length > 2 ? tags[t].slice(2) : 'O') ?? 0]++
    }
  }
  const examples = [...counts].map(([core, row]) => {
    const total = row.reduce((a, b) => a + b, 0)
    return { buckets: likenessBuckets(core, options.bits), target: row.map((v) => v / total) }
  })
  const size = (1 << options.bits) * LIKENESS_CLASSES
  const weights = new Float32Array(size)
  const squares = new Float32Array(size).fill(1e-8)
  const random = seededRandom(options.seed)
  const scores = new Float64Array(LIKENESS_CLASSES)
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(examples, random)
    for (const { buckets, target } of examples) {
      scores.fill(0)
      for (const b of buckets) for (let k = 0; k < LIKENESS_CLASSES; k++) scores[k] += weights[b * LIKENESS_CLASSES + k]
      let max = -Infinity
      for (let k = 0; k < LIKENESS_CLASSES; k++) max = Math.max(max, scores[k])
      let sum = 0
      for (let k = 0; k < LIKENESS_CLASSES; k++) sum += scores[k] = Math.exp(scores[k] - max)
      for (const b of buckets) {
        for (let k = 0; k < LIKENESS_CLASSES; k++) {
          const i = b * LIKENESS_CLASSES + k
          const gradient = scores[k] / sum - target[k] + options.l2 * weights[i]
          squares[i] += gradient * gradient
          weights[i] -= (options.rate * gradient) / Math.sqrt(squares[i])
        }
      }
    }
  }
  return { bits: options.bits, scale: 1, weights }
}

/** Quantises the weights to int8 (one scale) and stores the non-zero ones sparsely. */
export function encodeNameLikeness(model: NameLikeness): EncodedNameLikeness {
  let max = 0
  for (const w of model.weights) max = Math.max(max, Math.abs(w))
  const scale = (max > 0 ? max / 127 : 1) * model.scale
  const bytes: number[] = []
  let previous = -1
  for (let i = 0; i < model.weights.length; i++) {
    const value = Math.round((model.weights[i] * model.scale) / scale)
    if (value === 0) continue
    let gap = i - previous - 1
    previous = i
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80)
      gap >>>= 7
    }
    bytes.push(gap)
    bytes.push(value & 0xff)
  }
  return { bits: model.bits, scale, weights: toBase64(Uint8Array.from(bytes)) }
}
