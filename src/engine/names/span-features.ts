import { WORD_CLASS } from './gazetteer.ts'
import { mixHash } from './hash-feature.ts'
import { addClassFeatures, addClusterFeatures, EDGE_AFTER, EDGE_CLUSTER, H, type SentenceFeatures, type WordInfo } from './word-features.ts'
import { NO_CLUSTER } from './word-clusters.ts'

/**
 * Features of whole candidate names, for the semi-Markov decoder (semi-markov-viterbi.ts; Sarawagi &
 * Cohen 2004). The token tagger scores each word's label, so it cannot see where a name ends (I-PERS
 * followed by O and I-PERS followed by I-PERS score the word alike), how long it is, or whether the
 * whole phrase was a name; many of its remaining errors are exactly those: person boundaries, lists split
 * at a comma or و, two-word names the model never saw.
 *
 * Each feature is a hashed id in the token features' table; its weight row's B-X column is the score
 * of a span of type X (the other columns stay unused), so the model file format does not change.
 * Two kinds:
 *   - end features: the span's last word and the word after it; the same for every span ending there,
 *     one CSR row per token;
 *   - span features: length, the whole span's words, its first word's classes with its last word's
 *     cluster, a comma or و inside; one CSR row per (last token, length).
 */

/** Template ids, past word-features' T (which ends below 200). */
const S = {
  endCore: 200, endWord: 201, endSuf2: 202, endCluster: 203, endClass: 206,
  afterWord: 222, afterCluster: 223, afterClass: 226,
  length: 242, words: 243, firstLast: 244, clusterPair: 245, headNisba: 246, inside: 247,
} as const

const PATTERNS = {
  /** Tokens that separate the items of a list: Arabic and Latin commas. */
  comma: /^[،,]$/u,
} as const

/**
 * Longest name the decoder forms. ANERcorp's training names: 99.9% have at most 8 words (one person of
 * 9); AQMAR has a dozen longer titles. A longer name is split, at a small loss.
 */
export const DEFAULT_MAX_SPAN = 8
/**
 * Spans longer than this get only their length and end features: the whole-span features (one table
 * probe each) are for the names that make up almost all of them, and cost per span at tagging time.
 */
const PROBED_SPAN = 6

export interface SpanFeatures {
  maxLength: number
  /** Row t: features of a span ending at token t. */
  ends: SentenceFeatures
  /** Row t * maxLength + (length − 1): features of the span [t − length + 1, t] (empty past the start). */
  spans: SentenceFeatures
}

/** Largest number of end features of one token. */
const MAX_END = 4 + 3 + 16 + 2 + 16
const MAX_SPAN_IDS = 6

const WA = 'و'

// TEMPORARY ablation switch (removed before commit).
const GROUPS = new Set((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.SEMI_GROUPS?.split(',') ?? ['endlex', 'endcls', 'after', 'afterlex', 'len', 'words', 'firstlast', 'pair', 'head', 'inside'])
const on = (group: string) => GROUPS.has(group)

/** The end features of a span whose last token is `e`, written at `ids[c…]`; returns the new count. */
function addEndIds(infos: readonly WordInfo[], e: number, mask: number, ids: Int32Array, c: number): number {
  const { entry } = infos[e]
  if (on('endlex')) {
  ids[c++] = mixHash(S.endCore, entry.h[H.core]) & mask
  ids[c++] = mixHash(S.endWord, entry.h[H.norm]) & mask
  ids[c++] = mixHash(S.endSuf2, entry.h[H.suf2]) & mask
  }
  if (on('endcls')) {
  c = addClusterFeatures(ids, c, S.endCluster, entry.cluster, mask)
  c = addClassFeatures(ids, c, S.endClass, entry.classes, mask)
  }
  const after = infos[e + 1]?.entry
  if (on('afterlex')) ids[c++] = mixHash(S.afterWord, after ? after.h[H.norm] : EDGE_AFTER) & mask
  if (on('after')) {
  ids[c++] = mixHash(S.afterCluster, after ? coarse(after.cluster) : EDGE_CLUSTER) & mask
  if (after) c = addClassFeatures(ids, c, S.afterClass, after.classes, mask)
  }
  return c
}

/** A word's coarsest cluster id, or its NO_CLUSTER / edge / off value. */
function coarse(cluster: number): number {
  return cluster < 0 ? cluster : cluster & 255
}

/**
 * The span features of [s, e], written at `ids[c…]`. `words` is the running hash of the span's cores
 * (mixHash over them in order), so a caller extending spans word by word pays one mix per span.
 */
function addSpanIds(infos: readonly WordInfo[], s: number, e: number, words: number, inside: number, mask: number, ids: Int32Array, c: number): number {
  const length = e - s + 1
  if (on('len')) ids[c++] = mixHash(S.length, length) & mask
  if (length > PROBED_SPAN) return c
  const first = infos[s].entry
  const last = infos[e].entry
  const lengthBucket = Math.min(length, 3)
  // "The whole phrase was a name of this type": single words are the token features' w0 / c0 already.
  if (on('words') && length > 1) ids[c++] = mixHash(S.words, words) & mask
  // Given name + a word too rare to be clustered: an unseen person ("محمد خميس"); title + name.
  const firstClasses = first.classes & (WORD_CLASS.givenName | WORD_CLASS.personTitle | WORD_CLASS.orgHead | WORD_CLASS.placeHead | WORD_CLASS.nameParticle)
  if (on('firstlast')) ids[c++] = mixHash(S.firstLast, mixHash(firstClasses * 8 + lengthBucket, last.cluster === NO_CLUSTER ? -1 : coarse(last.cluster))) & mask
  if (on('pair') && length > 1) ids[c++] = mixHash(S.clusterPair, mixHash(coarse(first.cluster), coarse(last.cluster)) * 4 + lengthBucket) & mask
  // Head word + nisba ("وزارة الخارجية المصرية", "الشركة الوطنية"): an organisation's shape.
  if (on('head') && length > 1 && first.classes & WORD_CLASS.orgHead) ids[c++] = mixHash(S.headNisba, (last.nisba ? 1 : 0) * 4 + lengthBucket) & mask
  // A comma or a word with و inside: the span may join two names of a list.
  if (on('inside') && inside !== 0) ids[c++] = mixHash(S.inside, inside * 4 + lengthBucket) & mask
  return c
}

/** Bits of what lies inside a span after its first word: 1 a comma, 2 a word starting with the و proclitic. */
function insideBits(info: WordInfo): number {
  return (PATTERNS.comma.test(info.entry.norm) ? 1 : 0) | (info.entry.proc.startsWith(WA) ? 2 : 0)
}

/** End and span features of every candidate span of a sentence (at most `maxLength` words). */
export function spanFeatures(infos: readonly WordInfo[], mask: number, maxLength = DEFAULT_MAX_SPAN): SpanFeatures {
  const n = infos.length
  const endOffsets = new Int32Array(n + 1)
  const endIds = new Int32Array(n * MAX_END)
  let c = 0
  for (let e = 0; e < n; e++) {
    endOffsets[e] = c
    c = addEndIds(infos, e, mask, endIds, c)
  }
  endOffsets[n] = c
  const rows = n * maxLength
  const spanOffsets = new Int32Array(rows + 1)
  const spanIds = new Int32Array(rows * MAX_SPAN_IDS)
  let d = 0
  for (let e = 0; e < n; e++) {
    let words = 0
    let inside = 0
    for (let length = 1; length <= maxLength; length++) {
      const row = e * maxLength + length - 1
      spanOffsets[row] = d
      const s = e - length + 1
      if (s < 0) continue
      // Spans grow leftwards from e: the words hash is over cores from last to first.
      words = mixHash(words, infos[s].entry.h[H.core])
      if (length > 1) inside |= insideBits(infos[s + 1])
      d = addSpanIds(infos, s, e, words, inside, mask, spanIds, d)
    }
  }
  spanOffsets[rows] = d
  return {
    maxLength,
    ends: { offsets: endOffsets, ids: endIds.subarray(0, c) },
    spans: { offsets: spanOffsets, ids: spanIds.subarray(0, d) },
  }
}
