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
  /** Byte offset of this pass's label weights inside a packed slot (both passes share one table). */
  packedOffset?: number
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
 * The non-zero rows of both passes' quantised weight tables in one open-addressed hash table: 81k (`qari tag`'s
 * model) to 135k (the reader's) of the 2^20 buckets carry a weight, so 2^18 slots of 32 bytes (8 MB) replace two
 * 9.4 MB dense tables,
 * and one probe fetches a feature's weights for both passes from one cache line: feature lookups are
 * most of the tagging time. Slot s holds the bucket id + 1 in `keys[s * 8]` (0 = empty) and the int8
 * label weights of a pass at `values[s * SLOT_BYTES + pass.packedOffset + label]` (the two arrays view
 * the same buffer).
 */
export interface PackedWeights {
  keys: Int32Array
  values: Int8Array
  slotMask: number
  /** The presence bits of the table's buckets (viterbi.ts, presenceOf), when the decoder made them as it wrote the slots. */
  present?: Int32Array
}

/** Bytes per slot: a 4-byte key and two passes of up to 14 int8 label weights. */
export const SLOT_BYTES = 32
/** Int32 elements per slot (where the key sits in `keys`). */
export const SLOT_INTS = SLOT_BYTES / 4
