import type { Gazetteer } from './gazetteer.ts'

/**
 * One decoding pass: a linear model over hashed features (one weight per feature bucket and label) and
 * label-to-label transition weights, decoded with Viterbi. Weights ship quantised to int8; the score of
 * a label is the sum of its feature weights times `scale`.
 */
export interface TaggerPass {
  /** `weights[bucket * labels.length + label]`; Float32Array while training, Int8Array once shipped. */
  weights: Float32Array | Int8Array
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
