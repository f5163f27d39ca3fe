import { fromBase64 } from './base64.ts'
import { hashRange, mixHash } from './hash-feature.ts'

/**
 * "Does this word look like a person / place / organisation name?" from its letters alone: a small
 * logistic model over the character 2–5-grams of a word's clitic-stripped core, learned at training time
 * (learn-name-likeness.ts) from the training words' gold types and stored in the model file.
 *
 * Why: most names the tagger misses are words it never saw ("بيسكوف", "لافروف", "سلتيك"), and its own
 * features see only a word's first and last four letters. Transliterated foreign names share letter
 * sequences inside the word ("-وف", "-سكي", "-يتش", "-ينغ") that native words rarely have. The tagger
 * gets the model's bucketed probabilities as features; it learns how far to trust them from
 * out-of-fold scores (the training words' scores come from a model trained without their fold), so a
 * word's own memorised score does not teach it to trust the letters more than they deserve.
 */

/** The types the model tells apart, in its output order (O first). */
export const LIKENESS_TYPES = ['O', 'PERS', 'LOC', 'ORG', 'MISC'] as const
export const LIKENESS_CLASSES = LIKENESS_TYPES.length
/** Character n-gram lengths (of the core between boundary marks "<core>"). */
export const LIKENESS_MIN_N = 2
export const LIKENESS_MAX_N = 5

/**
 * Probability thresholds of the bins a type's probability falls in: a token's feature is (type, bin).
 * Finer at the ends, where the model is sure, and coarse in the middle, where it mostly guesses.
 */
export const LIKENESS_BINS = [0.05, 0.2, 0.4, 0.6, 0.8] as const
/** Bits per type in a packed likeness value (bins 0–5). */
export const LIKENESS_BITS = 3

/** The model's weights: `weights[bucket * LIKENESS_CLASSES + class] * scale` (int8 at run time). */
export interface NameLikeness {
  bits: number
  scale: number
  weights: Int8Array | Float32Array
}

export interface EncodedNameLikeness {
  bits: number
  scale: number
  /** base64 of [varint gap, int8 value]… over the dense table's non-zero entries. */
  weights: string
}

/** Packed value of a word the model does not score (digits, punctuation, one-letter cores). */
export const NO_LIKENESS = -1

const PATTERNS = {
  /** Words the model learns from and scores: Arabic or Latin letters (not digits or punctuation alone). */
  word: /[\u0621-\u064AA-Za-z]/u,
} as const

/** True for the cores the model learns from and scores. */
export function isLikenessWord(core: string): boolean {
  return core.length >= 2 && PATTERNS.word.test(core)
}

/** Hashes of a core's n-grams (marks included), in order; the training and the tagger share it. */
export function likenessBuckets(core: string, bits: number): Int32Array {
  const text = `<${core}>`
  const mask = (1 << bits) - 1
  const out: number[] = []
  for (let n = LIKENESS_MIN_N; n <= LIKENESS_MAX_N; n++) {
    for (let i = 0; i + n <= text.length; i++) out.push(mixHash(n, hashRange(text, i, i + n)) & mask)
  }
  return Int32Array.from(out)
}

/** Class probabilities of a core (softmax of the summed n-gram weights). */
export function likenessProbabilities(model: NameLikeness, core: string): Float64Array {
  const scores = new Float64Array(LIKENESS_CLASSES)
  for (const bucket of likenessBuckets(core, model.bits)) {
    for (let k = 0; k < LIKENESS_CLASSES; k++) scores[k] += model.weights[bucket * LIKENESS_CLASSES + k]
  }
  let max = -Infinity
  for (let k = 0; k < LIKENESS_CLASSES; k++) max = Math.max(max, scores[k] * model.scale)
  let sum = 0
  for (let k = 0; k < LIKENESS_CLASSES; k++) sum += scores[k] = Math.exp(scores[k] * model.scale - max)
  for (let k = 0; k < LIKENESS_CLASSES; k++) scores[k] /= sum
  return scores
}

function binOf(p: number): number {
  let bin = 0
  while (bin < LIKENESS_BINS.length && p >= LIKENESS_BINS[bin]) bin++
  return bin
}

/**
 * The bins of the four name types' probabilities packed LIKENESS_BITS bits each (PERS lowest), or
 * NO_LIKENESS for a word the model does not score or when there is no model.
 */
export function wordLikeness(model: NameLikeness | undefined, core: string): number {
  if (!model || !isLikenessWord(core)) return NO_LIKENESS
  const p = likenessProbabilities(model, core)
  let packed = 0
  for (let k = 1; k < LIKENESS_CLASSES; k++) packed |= binOf(p[k]) << (LIKENESS_BITS * (k - 1))
  return packed
}

export function decodeNameLikeness(encoded: EncodedNameLikeness | undefined): NameLikeness | undefined {
  if (!encoded) return undefined
  const weights = new Int8Array((1 << encoded.bits) * LIKENESS_CLASSES)
  const bytes = fromBase64(encoded.weights)
  let index = -1
  for (let p = 0; p < bytes.length; ) {
    let gap = 0
    let shift = 0
    let byte: number
    do {
      byte = bytes[p++]
      gap |= (byte & 0x7f) << shift
      shift += 7
    } while (byte & 0x80)
    index += gap + 1
    weights[index] = (bytes[p++] << 24) >> 24
  }
  return { bits: encoded.bits, scale: encoded.scale, weights }
}
