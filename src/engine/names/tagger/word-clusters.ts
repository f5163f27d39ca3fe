/**
 * Word clusters as the model file stores them (learned by learn-word-clusters.ts at training time):
 * the hash of a word's normalised, clitic-stripped core → one cluster id per level, coarse to fine.
 * Only hashes travel, not words. The tagger reads a word's ids packed in one number: level l in bits
 * [8l, 8l + 8).
 */

import { hashString } from './hash-feature.ts'
import { fromBase64 } from './base64.ts'

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

export function decodeWordClusters(encoded: EncodedWordClusters | undefined): WordClusters {
  const clusters: WordClusters = new Map()
  if (!encoded) return clusters
  const bytes = fromBase64(encoded.data)
  const levels = encoded.sizes.length
  const view = new DataView(bytes.buffer)
  for (let at = 0; at + 4 + levels <= bytes.length; at += 4 + levels) {
    let packed = 0
    for (let l = 0; l < levels; l++) packed |= bytes[at + 4 + l] << (8 * l)
    clusters.set(view.getInt32(at, true), packed)
  }
  return clusters
}
