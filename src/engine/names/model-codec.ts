import { buildGazetteer } from './gazetteer.ts'
import type { NamesModel, TaggerPass } from './names-model.ts'

/**
 * The names model as a JSON file: weights quantised to int8 and stored sparsely (only non-zero weights,
 * as varint gaps between their indices followed by the signed byte), base64-encoded. Averaged perceptron
 * weights are mostly zero or tiny, so this is ~20× smaller than the dense table and decodes in one loop.
 */

export const MODEL_FORMAT = 'qari-names-1'

export interface EncodedPass {
  scale: number
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
  first: EncodedPass
  second: EncodedPass
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_INDEX = new Int8Array(128).fill(-1)
for (let i = 0; i < BASE64.length; i++) BASE64_INDEX[BASE64.charCodeAt(i)] = i

function toBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0
    const triple = (a << 16) | (b << 8) | c
    parts.push(
      BASE64[(triple >> 18) & 63] + BASE64[(triple >> 12) & 63] +
        (i + 1 < bytes.length ? BASE64[(triple >> 6) & 63] : '=') + (i + 2 < bytes.length ? BASE64[triple & 63] : '='),
    )
  }
  return parts.join('')
}

function fromBase64(text: string): Uint8Array {
  let length = text.length
  while (length > 0 && text[length - 1] === '=') length--
  const bytes = new Uint8Array(Math.floor((length * 3) / 4))
  let buffer = 0
  let bits = 0
  let out = 0
  for (let i = 0; i < length; i++) {
    const value = BASE64_INDEX[text.charCodeAt(i)]
    if (value < 0) throw new Error('names model: bad base64')
    buffer = (buffer << 6) | value
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[out++] = (buffer >> bits) & 255
    }
  }
  return bytes
}

/** Quantises float weights to int8 with one scale (the largest magnitude maps to ±127). */
export function quantizePass(weights: Float32Array, transitions: Float32Array): TaggerPass {
  let max = 0
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]))
  const scale = max > 0 ? max / 127 : 1
  const quantized = new Int8Array(weights.length)
  for (let i = 0; i < weights.length; i++) quantized[i] = Math.round(weights[i] / scale)
  return { weights: quantized, scale, transitions }
}

export function encodeTaggerPass(pass: TaggerPass): EncodedPass {
  const bytes: number[] = []
  let previous = -1
  for (let i = 0; i < pass.weights.length; i++) {
    const value = pass.weights[i]
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
  return {
    scale: pass.scale,
    transitions: Array.from(pass.transitions, (v) => Math.round(v * 1000) / 1000),
    weights: toBase64(Uint8Array.from(bytes)),
  }
}

export function decodeTaggerPass(encoded: EncodedPass, size: number): TaggerPass {
  const bytes = fromBase64(encoded.weights)
  const weights = new Int8Array(size)
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
  return { weights, scale: encoded.scale, transitions: Float32Array.from(encoded.transitions) }
}

export function decodeNamesModel(encoded: EncodedNamesModel): NamesModel {
  if (encoded.format !== MODEL_FORMAT) throw new Error(`names model: unknown format ${String(encoded.format)}`)
  const size = (1 << encoded.hashBits) * encoded.labels.length
  return {
    version: encoded.version,
    labels: encoded.labels,
    hashBits: encoded.hashBits,
    conllWindow: encoded.conllWindow,
    gazetteer: buildGazetteer(encoded.places),
    first: decodeTaggerPass(encoded.first, size),
    second: decodeTaggerPass(encoded.second, size),
  }
}
