import { SLOT_BYTES, SLOT_INTS, type PackedWeights } from './names-model.ts'
import { accumulatePacked, presenceOf } from './viterbi.ts'
import {
  addClassFeatures,
  addClusterFeatures,
  CLUSTER_LEVELS,
  EDGE_CLUSTER,
  EDGE_AFTER,
  EDGE_BEFORE,
  H,
  T,
  type SentenceFeatures,
  type WordEntry,
  type WordInfo,
} from './word-features.ts'
import { mixHash } from './hash-feature.ts'
import { WORD_CLASS_COUNT } from './gazetteer.ts'
import type { TokenContext } from './document-context.ts'

/**
 * The first-pass emission scores of a sentence (and the second pass's share of them), equal to
 * accumulatePacked(featurizeInfos(infos, mask)) but with far fewer table probes.
 *
 * Why: the packed table is 4 MB, so nearly every feature probe misses the CPU cache, and probes were
 * most of the tagging time. 24 of a token's 34 base features (and all its word-class features) depend on
 * one word alone in one role: the token itself (w0, c0, affixes, shape …), its left neighbour (wm1, cm1,
 * nisbam1, clsm1), its right neighbour, or the words two away. Their summed weights are computed once
 * per distinct word and role and cached; only the 10 features that combine two words or a gazetteer
 * phrase mark (bigrams, place/org marks) are probed per token.
 *
 * The weights are int8 and a token's sum stays far below 2^24, so the float32 sums are exact in any
 * order: the scores, and so the tags, are identical to summing feature by feature.
 */

/** Roles a word's features play for a token: the token itself, one or two words before, one or two after. */
const ROLES = 5
const SELF = 0
const PREV1 = 1
const NEXT1 = 2
const PREV2 = 3
const NEXT2 = 4

/** The words-alone features of one role, as feature ids (the definitions are featurizeInfos'). */
function roleFeatures(role: number, entry: WordEntry | null, edge: 'before' | 'after', mask: number, ids: Int32Array): number {
  // An edge stands for the padding past the sentence: featurizeInfos' fill values.
  const norm = entry ? entry.h[H.norm] : edge === 'before' ? EDGE_BEFORE : EDGE_AFTER
  const core = entry ? entry.h[H.core] : norm
  const nisba = entry ? (entry.nisba ? 1 : 0) : 2
  const classes = entry ? entry.classes : 0
  const cluster = entry ? entry.cluster : EDGE_CLUSTER
  let c = 0
  switch (role) {
    case SELF: {
      const h = entry!.h
      ids[c++] = mixHash(T.bias, 0) & mask
      ids[c++] = mixHash(T.w0, h[H.norm]) & mask
      ids[c++] = mixHash(T.c0, h[H.core]) & mask
      ids[c++] = mixHash(T.suf1, h[H.suf1]) & mask
      ids[c++] = mixHash(T.suf2, h[H.suf2]) & mask
      ids[c++] = mixHash(T.suf3, h[H.suf3]) & mask
      ids[c++] = mixHash(T.suf4, h[H.suf4]) & mask
      ids[c++] = mixHash(T.pre2, h[H.pre2]) & mask
      ids[c++] = mixHash(T.pre3, h[H.pre3]) & mask
      ids[c++] = mixHash(T.pre4, h[H.pre4]) & mask
      ids[c++] = mixHash(T.proc, h[H.proc]) & mask
      ids[c++] = mixHash(T.shape, h[H.shape]) & mask
      ids[c++] = mixHash(T.len, Math.min(entry!.core.length, 12)) & mask
      ids[c++] = mixHash(T.nisba0, nisba) & mask
      c = addClusterFeatures(ids, c, T.clus0, cluster, mask)
      return addClassFeatures(ids, c, T.cls0, classes, mask)
    }
    case PREV1:
      ids[c++] = mixHash(T.wm1, norm) & mask
      ids[c++] = mixHash(T.cm1, core) & mask
      ids[c++] = mixHash(T.nisbam1, nisba) & mask
      c = addClusterFeatures(ids, c, T.clusm1, cluster, mask)
      return addClassFeatures(ids, c, T.clsm1, classes, mask)
    case NEXT1:
      ids[c++] = mixHash(T.wp1, norm) & mask
      ids[c++] = mixHash(T.cp1, core) & mask
      ids[c++] = mixHash(T.nisbap1, nisba) & mask
      c = addClusterFeatures(ids, c, T.clusp1, cluster, mask)
      return addClassFeatures(ids, c, T.clsp1, classes, mask)
    case PREV2:
      ids[c++] = mixHash(T.wm2, norm) & mask
      ids[c++] = mixHash(T.cm2, core) & mask
      return addClassFeatures(ids, c, T.clsm2, classes, mask)
    default:
      ids[c++] = mixHash(T.wp2, norm) & mask
      ids[c++] = mixHash(T.cp2, core) & mask
      return addClassFeatures(ids, c, T.clsp2, classes, mask)
  }
}

/**
 * Per model (packed table, pass offsets, hash mask). Each word's role sums live on its WordEntry (so they
 * go when word-features' entry cache drops the word): `sums[(role * passes + pass) * L + label]`.
 */
interface SumCache {
  packed: PackedWeights
  L: number
  offsets: readonly number[]
  mask: number
  /** The padding before / after a sentence in the PREV / NEXT roles (only those rows are used). */
  before: Int32Array
  after: Int32Array
  /** Scratch for one role's feature ids. */
  ids: Int32Array
}

const MAX_ROLE_FEATURES = 14 + CLUSTER_LEVELS + WORD_CLASS_COUNT

const caches = new WeakMap<PackedWeights, SumCache>()

function cacheFor(packed: PackedWeights, L: number, offsets: readonly number[], mask: number): SumCache {
  let cache = caches.get(packed)
  const same = cache && cache.L === L && cache.mask === mask && cache.offsets.length === offsets.length &&
    cache.offsets.every((offset, k) => offset === offsets[k])
  if (!cache || !same) {
    cache = {
      packed, L, offsets: [...offsets], mask,
      before: new Int32Array(0), after: new Int32Array(0),
      ids: new Int32Array(MAX_ROLE_FEATURES),
    }
    cache.before = roleSums(cache, null, 'before')
    cache.after = roleSums(cache, null, 'after')
    caches.set(packed, cache)
  }
  return cache
}

function roleSums(cache: SumCache, entry: WordEntry | null, edge: 'before' | 'after'): Int32Array {
  const { L, offsets, ids, packed } = cache
  const passes = offsets.length
  const sums = new Int32Array(ROLES * passes * L)
  const present = presenceOf(packed)
  const { keys, values, slotMask } = packed
  for (let role = 0; role < ROLES; role++) {
    if (!entry && role === SELF) continue
    const count = roleFeatures(role, entry, edge, cache.mask, ids)
    // accumulatePacked's probe, into this role's rows.
    for (let f = 0; f < count; f++) {
      const id = ids[f]
      if ((present[id >>> 5] & (1 << (id & 31))) === 0) continue
      let slot = id & slotMask
      for (;;) {
        const found = keys[slot * SLOT_INTS]
        if (found === 0) break
        if (found === id + 1) {
          for (let k = 0; k < passes; k++) {
            const from = slot * SLOT_BYTES + offsets[k]
            const to = (role * passes + k) * L
            for (let y = 0; y < L; y++) sums[to + y] += values[from + y]
          }
          break
        }
        slot = (slot + 1) & slotMask
      }
    }
  }
  return sums
}

function sumsOf(cache: SumCache, entry: WordEntry): Int32Array {
  if (entry.sumsOf === cache && entry.sums) return entry.sums
  entry.sumsOf = cache
  return (entry.sums = roleSums(cache, entry, 'before'))
}

/** The features that combine two words or read gazetteer phrase marks: probed per token. */
function pairFeatures(infos: readonly WordInfo[], mask: number): SentenceFeatures {
  const n = infos.length
  const offsets = new Int32Array(n + 1)
  const ids = new Int32Array(n * 11)
  // featurizeInfos' padding: the edge hashes, and 3 for "no phrase mark here".
  const normAt = (i: number) => (i < 0 ? EDGE_BEFORE : i >= n ? EDGE_AFTER : infos[i].entry.h[H.norm])
  const coreAt = (i: number) => (i < 0 ? EDGE_BEFORE : i >= n ? EDGE_AFTER : infos[i].entry.h[H.core])
  const placeAt = (i: number) => (i < 0 || i >= n ? 3 : infos[i].place)
  const orgAt = (i: number) => (i < 0 || i >= n ? 3 : infos[i].org)
  let c = 0
  for (let i = 0; i < n; i++) {
    offsets[i] = c
    const { h } = infos[i].entry
    const place = infos[i].place
    ids[c++] = mixHash(T.place0, place) & mask
    ids[c++] = mixHash(T.placem1, placeAt(i - 1) * 4 + place) & mask
    ids[c++] = mixHash(T.placep1, placeAt(i + 1) * 4 + place) & mask
    ids[c++] = mixHash(T.procPlace, mixHash(h[H.proc], place)) & mask
    ids[c++] = mixHash(T.org0, infos[i].org * 4 + orgAt(i - 1)) & mask
    ids[c++] = mixHash(T.orgNext, orgAt(i + 1)) & mask
    ids[c++] = mixHash(T.bigramPrev, mixHash(normAt(i - 1), h[H.core])) & mask
    ids[c++] = mixHash(T.bigramNext, mixHash(h[H.core], normAt(i + 1))) & mask
    ids[c++] = mixHash(T.prevShape, mixHash(coreAt(i - 1), h[H.shape])) & mask
    ids[c++] = mixHash(T.coreSuf2Prev, mixHash(coreAt(i - 1), h[H.suf2])) & mask
    if (i === 0) ids[c++] = mixHash(T.first, 1) & mask
  }
  offsets[n] = c
  return { offsets, ids: ids.subarray(0, c) }
}

/**
 * Adds the base (non-document-context) feature weights of every token of a sentence into `outs[k]`,
 * the pass at byte offset `offsets[k]` of each packed slot, unscaled: what
 * accumulatePacked(featurizeInfos(infos, mask), packed, L, offsets, outs) adds.
 */
export function accumulateSentencePacked(
  infos: readonly WordInfo[],
  packed: PackedWeights,
  L: number,
  offsets: readonly number[],
  mask: number,
  outs: readonly Float32Array[],
): void {
  const cache = cacheFor(packed, L, offsets, mask)
  const n = infos.length
  const passes = offsets.length
  const sums = infos.map((info) => sumsOf(cache, info.entry))
  const at = (i: number) => (i < 0 ? cache.before : i >= n ? cache.after : sums[i])
  const stride = passes * L
  for (let i = 0; i < n; i++) {
    const self = sums[i]
    const prev1 = at(i - 1)
    const next1 = at(i + 1)
    const prev2 = at(i - 2)
    const next2 = at(i + 2)
    for (let k = 0; k < passes; k++) {
      const out = outs[k]
      const row = i * L
      const base = k * L
      for (let y = 0; y < L; y++) {
        out[row + y] +=
          self[SELF * stride + base + y] + prev1[PREV1 * stride + base + y] + next1[NEXT1 * stride + base + y] +
          prev2[PREV2 * stride + base + y] + next2[NEXT2 * stride + base + y]
      }
    }
  }
  accumulatePacked(pairFeatures(infos, mask), packed, L, offsets, outs)
}

/**
 * The second pass's document-context features take few values: the majority type (6) with the word's
 * shape or the previous token's majority (7), the types seen (5 bits) and the cues seen (7 bits). Their
 * summed weights are kept per value in small tables, filled on first use, so a token costs four row
 * additions instead of building and probing its 4–15 context features.
 */
interface ContextCache {
  L: number
  offset: number
  mask: number
  /** Per shape hash: rows by majority + 1, docMajority and docMajorityWord summed. */
  byShape: Map<number, Int32Array>
  /** Rows by (majority + 1) * 7 + (previous majority + 2): docMajorityPrev. */
  byPrevious: Int32Array
  /** Rows by the types bits: docType features; by the cue bits: docCue features. */
  byTypes: Int32Array
  byCues: Int32Array
  /** Which rows of byPrevious / byTypes / byCues are filled. */
  filledPrevious: Uint8Array
  filledTypes: Uint8Array
  filledCues: Uint8Array
  ids: Int32Array
  starts: Int32Array
  scratch: Float32Array
}

const MAJORITIES = 6
const PREVIOUS_MAJORITIES = 7
const TYPE_BITS = 5
const CUE_VALUES = 1 << WORD_CLASS_COUNT

const contextCaches = new WeakMap<PackedWeights, ContextCache>()

function contextCacheFor(packed: PackedWeights, L: number, offset: number, mask: number): ContextCache {
  let cache = contextCaches.get(packed)
  if (!cache || cache.L !== L || cache.offset !== offset || cache.mask !== mask) {
    cache = {
      L, offset, mask, byShape: new Map(),
      byPrevious: new Int32Array(MAJORITIES * PREVIOUS_MAJORITIES * L),
      byTypes: new Int32Array((1 << TYPE_BITS) * L),
      byCues: new Int32Array(CUE_VALUES * L),
      filledPrevious: new Uint8Array(MAJORITIES * PREVIOUS_MAJORITIES),
      filledTypes: new Uint8Array(1 << TYPE_BITS),
      filledCues: new Uint8Array(CUE_VALUES),
      ids: new Int32Array(MAX_ROLE_FEATURES), starts: new Int32Array(2), scratch: new Float32Array(L),
    }
    contextCaches.set(packed, cache)
  }
  return cache
}

/** Sums the weights of `count` feature ids in cache.ids into `target` at `at`. */
function sumInto(cache: ContextCache, packed: PackedWeights, count: number, target: Int32Array, at: number): void {
  cache.starts[1] = count
  cache.scratch.fill(0)
  accumulatePacked({ offsets: cache.starts, ids: cache.ids }, packed, cache.L, [cache.offset], [cache.scratch])
  for (let y = 0; y < cache.L; y++) target[at + y] = cache.scratch[y]
}

function shapeRows(cache: ContextCache, packed: PackedWeights, shapeHash: number): Int32Array {
  let rows = cache.byShape.get(shapeHash)
  if (!rows) {
    rows = new Int32Array(MAJORITIES * cache.L)
    for (let m = 0; m < MAJORITIES; m++) {
      cache.ids[0] = mixHash(T.docMajority, m) & cache.mask
      cache.ids[1] = mixHash(T.docMajorityWord, mixHash(m, shapeHash)) & cache.mask
      sumInto(cache, packed, 2, rows, m * cache.L)
    }
    cache.byShape.set(shapeHash, rows)
  }
  return rows
}

/**
 * Adds the document-context feature weights of every token into `out` (the pass at byte offset
 * `offset`), unscaled: what accumulatePacked(contextFeatures(infos, contexts, mask), packed, L,
 * [offset], [out]) adds.
 */
export function accumulateContextPacked(
  infos: readonly WordInfo[],
  contexts: readonly TokenContext[],
  packed: PackedWeights,
  L: number,
  offset: number,
  mask: number,
  out: Float32Array,
): void {
  const cache = contextCacheFor(packed, L, offset, mask)
  for (let i = 0; i < infos.length; i++) {
    const { majority, types, cues } = contexts[i]
    const m = majority + 1
    const shape = shapeRows(cache, packed, infos[i].entry.h[H.shape])
    const previous = m * PREVIOUS_MAJORITIES + ((i > 0 ? contexts[i - 1].majority : -2) + 2)
    if (!cache.filledPrevious[previous]) {
      cache.ids[0] = mixHash(T.docMajorityPrev, mixHash(m, previous % PREVIOUS_MAJORITIES - 2)) & mask
      sumInto(cache, packed, 1, cache.byPrevious, previous * L)
      cache.filledPrevious[previous] = 1
    }
    if (!cache.filledTypes[types]) {
      let c = 0
      for (let bit = 0; bit < TYPE_BITS; bit++) if (types & (1 << bit)) cache.ids[c++] = mixHash(T.docType + bit, 1) & mask
      sumInto(cache, packed, c, cache.byTypes, types * L)
      cache.filledTypes[types] = 1
    }
    if (!cache.filledCues[cues]) {
      sumInto(cache, packed, addClassFeatures(cache.ids, 0, T.docCue, cues, mask), cache.byCues, cues * L)
      cache.filledCues[cues] = 1
    }
    const row = i * L
    const s = m * L
    const p = previous * L
    const t = types * L
    const c = cues * L
    for (let y = 0; y < L; y++) {
      out[row + y] += shape[s + y] + cache.byPrevious[p + y] + cache.byTypes[t + y] + cache.byCues[c + y]
    }
  }
}
