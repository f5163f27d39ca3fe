import type { Gazetteer } from './gazetteer.ts'

/**
 * One decoding pass: a linear model over hashed features (one weight per feature bucket and label) and
 * label-to-label transition weights, decoded with Viterbi. Weights ship quantised to int8; the score of
 * a label is the sum of its feature weights times `scale`.
 */
export interface TaggerPass {
  /**
   * `weights[bucket * labels.length + label]`: the dense table, Float32Array while training and Int8Array
   * once quantised. A shipped model has `packed` instead (null here), a tenth of the memory.
   */
  weights: Float32Array | Int8Array | null
  packed?: PackedWeights
  scale: number
  /** `transitions[prev * L + next]`, with row L (one past the last label) for the sentence start. */
  transitions: Float32Array
}

/**
 * A trained names tagger. The first pass tags each sentence alone; the second also sees how the first
 * tagged the same word elsewhere in the document (see document-context.ts).
 */
export interface NamesModel {
  version: string
  labels: readonly string[]
  /** Size of the hashed feature table is 2^hashBits. */
  hashBits: number
  gazetteer: Gazetteer
  /** The sentences either side that count as a sentence's document when none is given (CoNLL input). */
  conllWindow: number
  first: TaggerPass
  second: TaggerPass
}

/**
 * The non-zero rows of a quantised weight table in an open-addressed hash table: ~105k of the 2^20
 * buckets carry a weight, so 2^18 slots of 16 bytes (4 MB) replace a 9.4 MB dense table, and one
 * feature costs one cache line instead of a random read across the whole table — the difference
 * between ~30k and 100k+ tokens/s. Slot s holds the bucket id + 1 in `keys[s * 4]` (0 = empty) and the
 * int8 label weights in `values[s * 16 + 4 + label]` (the two arrays view the same buffer).
 */
export interface PackedWeights {
  keys: Int32Array
  values: Int8Array
  slotMask: number
}

/** Bytes per slot: a 4-byte key, up to 12 int8 label weights. */
export const SLOT_BYTES = 16
