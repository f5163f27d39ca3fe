import { buildGazetteer, type ListedPersonWords } from './gazetteer.ts'
import { decodeWordClusters, type EncodedWordClusters } from './word-clusters.ts'
import { SLOT_BYTES, SLOT_INTS, type NamesModel, type PackedWeights, type TaggerPass } from './names-model.ts'
import { fromBase64, toBase64 } from './base64.ts'

/**
 * The names model as a JSON file. Both passes' weights, quantised to int8, travel as the packed table the
 * tagger reads (names-model.ts, PackedWeights): its occupied slots in slot order, each as its place, its
 * bucket, which of the two passes' label weights are non-zero, and those signed bytes, base64-encoded.
 * Averaged perceptron weights are mostly zero or tiny, so this is ~20× smaller than the dense tables, and
 * decoding writes the table front to back in one pass. (Format 1 listed each pass's weights in bucket
 * order, and rebuilding the hash table from that wrote each of its 8 MB eight times over in strides: 50 ms
 * of the model's 100 ms load went there.)
 */

export const MODEL_FORMAT = 'qari-names-2'

export interface EncodedPass {
  scale: number
  transitions: number[]
}

/**
 * The packed table's occupied slots, in slot order: per slot, varints of [slots skipped since the last
 * one, the bucket (see bucketCode), the bit mask of non-zero weights over both passes' labels (first
 * pass's labels in the low bits)], then the non-zero weights as signed bytes.
 */
export interface EncodedTable {
  /** Slots in the table (a power of two, the rows at most MAX_LOAD of them). */
  slots: number
  /** Occupied slots: one per feature bucket with a non-zero weight in either pass. */
  rows: number
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
  /** The listed persons' words the word classes read (listed-person-words.ts; absent in models trained before session 67). */
  personWords?: ListedPersonWords
  /**
   * The organisation phrases the features' organisation marks read, normalised (feature-organizations.ts; absent in models
   * trained without them, which read KNOWN_ORGANIZATIONS).
   */
  organizations?: string[]
  first: EncodedPass
  second: EncodedPass
  table: EncodedTable
  /**
   * Set when the file was trained again with the development split after the settings were chosen
   * (train-names --ship-all): scores on that split are then in-sample, and eval:names says so.
   */
  includesDevSplit?: boolean
}

/** What a model file says besides its weights. */
export type ModelHeader = Omit<EncodedNamesModel, 'format' | 'first' | 'second' | 'table'>

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

/**
 * A slot's bucket as one small number: how far linear probing moved it from its home slot (bucket &
 * slotMask), and the bucket's bits above the slot's. Both are small, so most codes fit one varint byte.
 */
function highBitsOf(hashBits: number, slots: number): number {
  return Math.max(0, hashBits - Math.log2(slots))
}

/** Packs two dense quantised passes into one table, first pass at byte 4 of each slot, second after it. */
export function packPasses(first: Int8Array, second: Int8Array, labelCount: number): PackedWeights {
  const L = labelCount
  const occupied = (w: Int8Array, bucket: number) => {
    for (let y = 0; y < L; y++) if (w[bucket * L + y] !== 0) return true
    return false
  }
  const buckets: number[] = []
  for (let bucket = 0; bucket * L < first.length; bucket++) if (occupied(first, bucket) || occupied(second, bucket)) buckets.push(bucket)
  const packed = emptyTable(tableSlots(buckets.length))
  for (const bucket of buckets) {
    const slot = claimSlot(packed, bucket)
    for (let y = 0; y < L; y++) {
      packed.values[slot * SLOT_BYTES + 4 + y] = first[bucket * L + y]
      packed.values[slot * SLOT_BYTES + 4 + L + y] = second[bucket * L + y]
    }
  }
  return packed
}

function pushVarint(bytes: number[], value: number): void {
  while (value >= 0x80) {
    bytes.push((value & 0x7f) | 0x80)
    value >>>= 7
  }
  bytes.push(value)
}

/** The model file of two quantised dense passes (quantizePass) and everything else it says. */
export function encodeNamesModel(header: ModelHeader, first: TaggerPass, second: TaggerPass): EncodedNamesModel {
  if (!first.weights || !second.weights) throw new Error('names model: only dense passes can be encoded')
  const L = header.labels.length
  if (4 + 2 * L > SLOT_BYTES) throw new Error('names model: too many labels for a packed slot')
  const packed = packPasses(Int8Array.from(first.weights), Int8Array.from(second.weights), L)
  const slots = packed.slotMask + 1
  const highBits = highBitsOf(header.hashBits, slots)
  const bytes: number[] = []
  let previous = -1
  let rows = 0
  for (let slot = 0; slot < slots; slot++) {
    const key = packed.keys[slot * SLOT_INTS]
    if (key === 0) continue
    const bucket = key - 1
    const displacement = (slot - bucket) & packed.slotMask
    pushVarint(bytes, slot - previous - 1)
    pushVarint(bytes, displacement * 2 ** highBits + Math.floor(bucket / slots))
    let mask = 0
    for (let j = 0; j < 2 * L; j++) if (packed.values[slot * SLOT_BYTES + 4 + j] !== 0) mask |= 1 << j
    pushVarint(bytes, mask)
    for (let j = 0; j < 2 * L; j++) if (mask & (1 << j)) bytes.push(packed.values[slot * SLOT_BYTES + 4 + j] & 0xff)
    previous = slot
    rows++
  }
  const pass = (p: TaggerPass): EncodedPass => ({ scale: p.scale, transitions: Array.from(p.transitions, (v) => Math.round(v * 1000) / 1000) })
  return { format: MODEL_FORMAT, ...header, first: pass(first), second: pass(second), table: { slots, rows, weights: toBase64(Uint8Array.from(bytes)) } }
}

/**
 * The most of a table's slots that may be occupied. Linear probing stays short at this load (a hit takes 1.5 probes on
 * average, and a miss none: the presence bits answer it first), and a table the next power of two up would be half
 * empty: at 0.5, -news-26's 135,074 rows took 2^19 slots, 16 MB to allocate and zero at every load, where 2^18 hold them.
 */
export const MAX_LOAD = 0.6

/** Slots for `rows` occupied ones: a power of two, load factor at most MAX_LOAD. */
function tableSlots(rows: number): number {
  let slots = 1024
  while (slots * MAX_LOAD < rows) slots *= 2
  return slots
}

function emptyTable(slots: number): PackedWeights {
  const buffer = new ArrayBuffer(slots * SLOT_BYTES)
  return { keys: new Int32Array(buffer), values: new Int8Array(buffer), slotMask: slots - 1 }
}

/** The slot of `bucket`, claimed if it has none yet (linear probing from bucket & slotMask). */
function claimSlot(packed: PackedWeights, bucket: number): number {
  const { keys, slotMask } = packed
  let slot = bucket & slotMask
  while (keys[slot * SLOT_INTS] !== 0 && keys[slot * SLOT_INTS] !== bucket + 1) slot = (slot + 1) & slotMask
  keys[slot * SLOT_INTS] = bucket + 1
  return slot
}

/**
 * The varint at `at[0]` in `bytes`, moving `at[0]` past it. The position lives in a typed array rather than a
 * closure's variable: V8 keeps the loop that calls this as fast as with the reads written out.
 */
function readVarint(bytes: Uint8Array, at: Int32Array): number {
  let p = at[0]
  let value = 0
  let shift = 0
  let byte: number
  do {
    byte = bytes[p++]
    value |= (byte & 0x7f) << shift
    shift += 7
  } while (byte & 0x80)
  at[0] = p
  return value
}

/** Writes the table's slots front to back, and the presence bits of its buckets (viterbi.ts) with them. */
function decodeTable(table: EncodedTable, labelCount: number, hashBits: number): PackedWeights {
  const { slots } = table
  if (!Number.isInteger(Math.log2(slots)) || slots * MAX_LOAD < table.rows) throw new Error('names model: bad table size')
  const packed = emptyTable(slots)
  const { keys, values, slotMask } = packed
  const highBits = highBitsOf(hashBits, slots)
  const highMask = (1 << highBits) - 1
  const slotBits = Math.log2(slots)
  // Sized as presenceOf sizes it (viterbi.ts): every id a 2^20 table can produce.
  const present = new Int32Array((Math.max(1 << hashBits, 1 << 20, slots) >>> 5) + 1)
  const maskLimit = 2 ** (2 * labelCount)
  const bytes = fromBase64(table.weights)
  let slot = -1
  const at = new Int32Array(1)
  while (at[0] < bytes.length) {
    const skipped = readVarint(bytes, at)
    const code = readVarint(bytes, at)
    let mask = readVarint(bytes, at)
    slot += skipped + 1
    if (mask >= maskLimit) throw new Error('names model: a slot holds weights for labels it does not have')
    const bucket = (((code & highMask) << slotBits) | ((slot - (code >>> highBits)) & slotMask)) >>> 0
    keys[slot * SLOT_INTS] = bucket + 1
    present[bucket >>> 5] |= 1 << (bucket & 31)
    const base = slot * SLOT_BYTES + 4
    // The mask's set bits, lowest first: the labels whose weights follow, in label order.
    let p = at[0]
    for (; mask !== 0; mask &= mask - 1) values[base + 31 - Math.clz32(mask & -mask)] = (bytes[p++] << 24) >> 24
    at[0] = p
  }
  if (slot > slotMask) throw new Error('names model: table overruns its slots')
  packed.present = present
  return packed
}

export function decodeNamesModel(encoded: EncodedNamesModel): NamesModel {
  if (encoded.format !== MODEL_FORMAT) throw new Error(`names model: unknown format ${String(encoded.format)}`)
  const L = encoded.labels.length
  if (4 + 2 * L > SLOT_BYTES) throw new Error('names model: too many labels for a packed slot')
  const packed = decodeTable(encoded.table, L, encoded.hashBits)
  const pass = (p: EncodedPass, offset: number): TaggerPass => ({ weights: null, packed, packedOffset: offset, scale: p.scale, transitions: Float32Array.from(p.transitions) })
  return {
    version: encoded.version,
    labels: encoded.labels,
    hashBits: encoded.hashBits,
    conllWindow: encoded.conllWindow,
    gazetteer: buildGazetteer(encoded.places, decodeWordClusters(encoded.clusters), encoded.personWords, encoded.organizations),
    first: pass(encoded.first, 4),
    second: pass(encoded.second, 4 + L),
  }
}
