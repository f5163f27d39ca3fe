/**
 * Word clusters as the model file stores them (learned by learn-word-clusters.ts at training time):
 * the hash of a word's normalised, clitic-stripped core → one cluster id per level, coarse to fine.
 * Only hashes travel, not words. The tagger reads a word's ids packed in one number: level l in bits
 * [8l, 8l + 8).
 */

import { hashString } from './hash-feature.ts'

/** The key a word is clustered under: the hash of its normalised, clitic-stripped core. */
export function clusterKey(core: string): number {
  return hashString(core)
}

export interface EncodedWordClusters {
  /** Clusters per level (each ≤ 256). */
  sizes: number[]
  /** base64 of, per word, its int32 key (little-endian) then one byte per level. */
  data: string
}

/** Core hash → packed cluster ids. */
export type WordClusters = Map<number, number>

/** The packed value of a word no cluster covers (too rare in the unlabelled text): one id past each level. */
export const NO_CLUSTER = -1

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_INDEX = new Int8Array(128).fill(-1)
for (let i = 0; i < BASE64.length; i++) BASE64_INDEX[BASE64.charCodeAt(i)] = i

/** Decodes without Buffer (the extension has none). */
export function decodeWordClusters(encoded: EncodedWordClusters | undefined): WordClusters {
  const clusters: WordClusters = new Map()
  if (!encoded) return clusters
  const text = encoded.data
  let length = text.length
  while (length > 0 && text[length - 1] === '=') length--
  const bytes = new Uint8Array(Math.floor((length * 3) / 4))
  let buffer = 0
  let bits = 0
  let out = 0
  for (let i = 0; i < length; i++) {
    buffer = ((buffer << 6) | BASE64_INDEX[text.charCodeAt(i)]) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[out++] = (buffer >> bits) & 255
    }
  }
  const levels = encoded.sizes.length
  const view = new DataView(bytes.buffer)
  for (let at = 0; at + 4 + levels <= bytes.length; at += 4 + levels) {
    let packed = 0
    for (let l = 0; l < levels; l++) packed |= bytes[at + 4 + l] << (8 * l)
    clusters.set(view.getInt32(at, true), packed)
  }
  return clusters
}
