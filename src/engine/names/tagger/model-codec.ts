import { buildGazetteer } from './gazetteer.ts'
import { decodeWordClusters, type EncodedWordClusters } from './word-clusters.ts'
import { SLOT_BYTES, SLOT_INTS, type NamesModel, type PackedWeights, type TaggerPass } from './names-model.ts'
import { fromBase64, toBase64 } from './base64.ts'

/**
 * The names model as a JSON file: weights quantised to int8 and stored sparsely (only non-zero weights,
 * as varint gaps between their indices followed by the signed byte), base64-encoded. Averaged perceptron
 * weights are mostly zero or tiny, so this is ~20× smaller than the dense table and decodes in one loop.
 */

export const MODEL_FORMAT = 'qari-names-1'

export interface EncodedPass {
  scale: number
  /** Feature buckets with a non-zero weight: sizes the packed table before decoding. */
  buckets: number
  transitions: number[]
  /** Sparse int8 weights: base64 of [varint gap, int8 value]… */
  weights: string
}

export interface EncodedNamesModel {
  format: typeof MODEL_FORMAT
  version: string
  labels: string[]
  hashBits: number
  conllWindow: number
  /** Place names the gazetteer features look up (CLDR regions at training time + EXTRA_PLACES). */
  places: string[]
  /** Word clusters learned from unlabelled text (absent in models trained without them). */
  clusters?: EncodedWordClusters
  first: EncodedPass
  second: EncodedPass
  /**
   * Set when the file was trained again with the development split after the settings were chosen
   * (train-names --ship-all): scores on that split are then in-sample, and eval:names says so.
   */
  includesDevSplit?: boolean
}

/**
 * Bucket pruning: a feature bucket whose largest weight is at most this many int8 steps (of 127 for the
 * largest weight in the model) is dropped whole. On the development split, dropping ≤ 4 keeps ~40k of
 * ~105k buckets at the same F1 (0.714 → 0.720; ≤ 5 starts to cost: 0.709), and the smaller table is what
 * gets tagging past 100,000 tokens/s (fewer cache misses) and loading under 100 ms.
 */
export const PRUNE_STEPS = 4

/** Quantises float weights to int8 with one scale (the largest magnitude maps to ±127), then prunes. */
export function quantizePass(weights: Float32Array, transitions: Float32Array, labelCount: number): TaggerPass {
  let max = 0
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]))
  const scale = max > 0 ? max / 127 : 1
  const quantized = new Int8Array(weights.length)
  for (let i = 0; i < weights.length; i++) quantized[i] = Math.round(weights[i] / scale)
  for (let base = 0; base < quantized.length; base += labelCount) {
    let largest = 0
    for (let y = 0; y < labelCount; y++) largest = Math.max(largest, Math.abs(quantized[base + y]))
    if (largest <= PRUNE_STEPS) quantized.fill(0, base, base + labelCount)
  }
  return { weights: quantized, scale, transitions }
}

export function encodeTaggerPass(pass: TaggerPass, labelCount: number): EncodedPass {
  const weights = pass.weights
  if (!weights) throw new Error('names model: only a dense pass can be encoded')
  const bytes: number[] = []
  let previous = -1
  let buckets = 0
  let lastBucket = -1
  for (let i = 0; i < weights.length; i++) {
    const value = weights[i]
    if (value === 0) continue
    const bucket = Math.floor(i / labelCount)
    if (bucket !== lastBucket) buckets++
    lastBucket = bucket
    let gap = i - previous - 1
    previous = i
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80)
      gap >>>= 7
    }
    bytes.push(gap)
    bytes.push(value & 0xff)
  }
  return {
    scale: pass.scale,
    buckets,
    transitions: Array.from(pass.transitions, (v) => Math.round(v * 1000) / 1000),
    weights: toBase64(Uint8Array.from(bytes)),
  }
}

/** An empty packed table for `buckets` non-zero buckets (load factor ≤ 0.5 when they are distinct). */
function emptyPacked(buckets: number): PackedWeights {
  let slots = 1024
  while (slots < buckets * 2) slots *= 2
  const buffer = new ArrayBuffer(slots * SLOT_BYTES)
  return { keys: new Int32Array(buffer), values: new Int8Array(buffer), slotMask: slots - 1 }
}

/** Decodes a pass's sparse stream into `packed` at byte offset `offset` of each slot. */
function decodeInto(encoded: EncodedPass, labelCount: number, packed: PackedWeights, offset: number): TaggerPass {
  const bytes = fromBase64(encoded.weights)
  const { keys, values, slotMask } = packed
  let index = -1
  let slot = -1
  let previous = -1
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
    const bucket = (index / labelCount) | 0
    // Indices ascend, so a bucket's labels arrive together: find (or claim) its slot once.
    if (bucket !== previous) {
      slot = bucket & slotMask
      while (keys[slot * SLOT_INTS] !== 0 && keys[slot * SLOT_INTS] !== bucket + 1) slot = (slot + 1) & slotMask
      keys[slot * SLOT_INTS] = bucket + 1
      previous = bucket
    }
    values[slot * SLOT_BYTES + offset + (index - bucket * labelCount)] = (bytes[p++] << 24) >> 24
  }
  return { weights: null, packed, packedOffset: offset, scale: encoded.scale, transitions: Float32Array.from(encoded.transitions) }
}

/** Decodes one pass into a packed table of its own. */
export function decodeTaggerPass(encoded: EncodedPass, labelCount: number): TaggerPass {
  return decodeInto(encoded, labelCount, emptyPacked(encoded.buckets), 4)
}

export function decodeNamesModel(encoded: EncodedNamesModel): NamesModel {
  if (encoded.format !== MODEL_FORMAT) throw new Error(`names model: unknown format ${String(encoded.format)}`)
  const L = encoded.labels.length
  if (4 + 2 * L > SLOT_BYTES) throw new Error('names model: too many labels for a packed slot')
  // Both passes in one table: most buckets carry weights in both, so the union is far below the sum.
  const packed = emptyPacked(Math.ceil((encoded.first.buckets + encoded.second.buckets) / 2))
  return {
    version: encoded.version,
    labels: encoded.labels,
    hashBits: encoded.hashBits,
    conllWindow: encoded.conllWindow,
    gazetteer: buildGazetteer(encoded.places, decodeWordClusters(encoded.clusters)),
    first: decodeInto(encoded.first, L, packed, 4),
    second: decodeInto(encoded.second, L, packed, 4 + L),
  }
}
