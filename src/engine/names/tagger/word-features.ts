import { normalizeArabicFast } from '../../arabic/normalize.ts'
import type { TokenContext } from './document-context.ts'
import { type Gazetteer, WORD_CLASS_COUNT } from './gazetteer.ts'
import { hashRange, hashString, mixHash } from './hash-feature.ts'
import { clusterKey, NO_CLUSTER } from './word-clusters.ts'

/**
 * Features of one sentence of whitespace tokens with their clitics attached (ANERcorp's convention:
 * "بالقاهرة" is one token). Arabic names carry no capital letters, so the tagger leans on the word
 * itself, the word with its proclitics taken off, affixes, neighbours, trigger words and gazetteers.
 *
 * Speed matters (the target is 100,000 tokens/s in Node): what depends on a word alone is computed once
 * per distinct word and cached, hashes are taken over ranges without slicing, and feature ids go into
 * one preallocated array.
 */

const PATTERNS = {
  /** Proclitics before the article: (و|ف)?(ب|ك|ل)?ال — reliable, the article marks a noun. */
  article: /^([وف]?[بكل]?)ال(?=..)/u,
  /** ل + ال assimilates to لل ("للأنباء"): the article is still there. */
  lamArticle: /^([وف]?)لل(?=..)/u,
  /** Bare proclitics (ambiguous: "وزارة", "بيسكوف" start with them too), taken off only for features. */
  bare: /^([وف]?[بكل]?)(?=...)/u,
  digit: /[0-9]/u,
  latin: /[A-Za-z]/u,
  arabicLetter: /[\u0621-\u064A\u0671-\u06D3]/u,
  /** Nisba adjective endings after normalisation (ة→ه): الروسي، الروسيه، الروسيين، الروسيون. */
  nisba: /(?:ي|يه|يين|يون)$/u,
} as const

/** What a word says on its own, whatever its neighbours: cached per distinct surface form. */
export interface WordEntry {
  norm: string
  /** `norm` with its proclitics and article taken off ("وبالقاهرة" → "قاهره"). */
  core: string
  /** What was taken off ("وبال"), '' when nothing. */
  proc: string
  /** Character classes and a length bucket ("a5", "d2", "p2"). */
  shape: string
  /** WORD_CLASS flags of the word or of its clitic-stripped forms. */
  classes: number
  nisba: boolean
  /** The word's cluster ids packed one byte per level (word-clusters.ts), NO_CLUSTER when none. */
  cluster: number
  /** Hashes of the values the templates use, computed once. */
  h: Int32Array
  /** Forms of the word (lookupForms) that begin a gazetteer place / organisation: usually none. */
  placeKeys: string[]
  orgKeys: string[]
  /**
   * The summed weights of the word's words-alone features in each role, for the model `sumsOf` names
   * (packed-sentence-scores.ts fills them on first use; null until then).
   */
  sums: Int32Array | null
  sumsOf: object | null
}

/** Indices into WordEntry.h. */
export const H = { norm: 0, core: 1, shape: 2, proc: 3, suf1: 4, suf2: 5, suf3: 6, suf4: 7, pre2: 8, pre3: 9, pre4: 10 } as const

export interface WordInfo {
  entry: WordEntry
  /** 0: not in a gazetteer place; 1: first word of one; 2: inside one. */
  place: 0 | 1 | 2
  /** The same for the known organisations. */
  org: 0 | 1 | 2
}

/** Template ids: each feature hashes its template with its value, so equal values in two templates differ. */
export const T = {
  bias: 1, w0: 2, wm1: 3, wp1: 4, wm2: 5, wp2: 6, c0: 7, cm1: 8, cp1: 9, suf1: 10, suf2: 11, suf3: 12,
  pre2: 13, pre3: 14, proc: 15, shape: 16, place0: 17, placem1: 18, placep1: 19, nisba0: 20, nisbap1: 21,
  bigramPrev: 22, bigramNext: 23, prevShape: 24, first: 25, coreSuf2Prev: 26, cm2: 27, cp2: 28,
  len: 29, procPlace: 30, nisbam1: 31, docMajority: 32, docMajorityWord: 33, docMajorityPrev: 34,
  // Document context: types seen elsewhere (5 bits) and cues seen elsewhere (7 bits).
  docType: 60, docCue: 70, suf4: 81, pre4: 82, org0: 83, orgNext: 84,
  // Word clusters: one template per level (CLUSTER_LEVELS at most) and role.
  clus0: 90, clusm1: 93, clusp1: 96,
  // Word classes take 16 templates each (bit index added; WORD_CLASS_COUNT ≤ 16).
  cls0: 100, clsm1: 116, clsp1: 132, clsm2: 148, clsp2: 164,
} as const

/** Cluster levels a model may carry (templates clus0 … clusp1 leave room for 3). */
export const CLUSTER_LEVELS = 3
/** The packed cluster value standing for the padding past a sentence's edge. */
export const EDGE_CLUSTER = -2
/** The packed cluster value of every word when the model carries no clusters: no cluster features. */
export const CLUSTERS_OFF = -3

export const EDGE_BEFORE = hashString('<s>')
export const EDGE_AFTER = hashString('</s>')
const PROCLITIC_LETTERS = 'وفبلك'

function shapeOf(word: string): string {
  let kind = 'p'
  if (PATTERNS.arabicLetter.test(word)) kind = PATTERNS.digit.test(word) ? 'ad' : 'a'
  else if (PATTERNS.latin.test(word)) kind = 'l'
  else if (PATTERNS.digit.test(word)) kind = 'd'
  const length = word.length
  // Length buckets: particles (≤2), short roots (3), most nouns (4–5), long/foreign names (6–7, 8+).
  const bucket = length <= 2 ? '2' : length === 3 ? '3' : length <= 5 ? '5' : length <= 7 ? '7' : '9'
  return kind + bucket
}

/** Splits the proclitics off a normalised word for features (not for display: see tag-names). */
export function splitProcliticsForFeatures(norm: string): { proc: string; core: string } {
  const article = PATTERNS.article.exec(norm)
  if (article) return { proc: article[0], core: norm.slice(article[0].length) }
  const lam = PATTERNS.lamArticle.exec(norm)
  if (lam) return { proc: lam[0], core: norm.slice(lam[0].length) }
  const bare = PATTERNS.bare.exec(norm)
  if (bare && bare[0]) return { proc: bare[0], core: norm.slice(bare[0].length) }
  return { proc: '', core: norm }
}

/** Forms a word may take in a gazetteer once a proclitic is off ("بالقاهرة" → "القاهره", "وإيران" → "ايران"). */
export function lookupForms(norm: string): string[] {
  const forms = [norm]
  if (!PROCLITIC_LETTERS.includes(norm[0] ?? ' ')) return forms
  const lam = PATTERNS.lamArticle.exec(norm)
  if (lam) forms.push('ال' + norm.slice(lam[0].length))
  for (const prefix of ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل']) {
    if (norm.length - prefix.length >= 2 && norm.startsWith(prefix)) forms.push(norm.slice(prefix.length))
  }
  return forms
}

const caches = new WeakMap<Gazetteer, Map<string, WordEntry>>()
/** Distinct words kept per gazetteer before the cache starts over (a few MB at most). */
const CACHE_LIMIT = 200_000

function entryCache(gazetteer: Gazetteer): Map<string, WordEntry> {
  let cache = caches.get(gazetteer)
  if (!cache) caches.set(gazetteer, (cache = new Map()))
  return cache
}

function wordEntry(word: string, gazetteer: Gazetteer, cache: Map<string, WordEntry>): WordEntry {
  let entry = cache.get(word)
  if (entry) return entry
  const norm = normalizeArabicFast(word)
  const { proc, core } = splitProcliticsForFeatures(norm)
  let classes = gazetteer.classes.get(norm) ?? 0
  if (classes === 0 && proc) {
    for (const form of lookupForms(norm)) classes |= gazetteer.classes.get(form) ?? 0
  }
  const shape = shapeOf(norm)
  const h = new Int32Array(11)
  const n = core.length
  h[H.norm] = hashString(norm)
  h[H.core] = hashString(core)
  h[H.shape] = hashString(shape)
  h[H.proc] = hashString(proc)
  h[H.suf1] = hashRange(core, Math.max(0, n - 1), n)
  h[H.suf2] = hashRange(core, Math.max(0, n - 2), n)
  h[H.suf3] = hashRange(core, Math.max(0, n - 3), n)
  h[H.suf4] = hashRange(core, Math.max(0, n - 4), n)
  h[H.pre2] = hashRange(core, 0, Math.min(n, 2))
  h[H.pre3] = hashRange(core, 0, Math.min(n, 3))
  h[H.pre4] = hashRange(core, 0, Math.min(n, 4))
  const forms = lookupForms(norm)
  entry = {
    norm, core, proc, shape, classes, nisba: proc.endsWith('ال') && PATTERNS.nisba.test(core) && core.length >= 4, h,
    placeKeys: forms.filter((form) => gazetteer.places.has(form)),
    orgKeys: forms.filter((form) => gazetteer.organizations.has(form)),
    cluster: gazetteer.clusters.size === 0 ? CLUSTERS_OFF : (gazetteer.clusters.get(clusterKey(core)) ?? NO_CLUSTER),
    sums: null,
    sumsOf: null,
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, entry)
  return entry
}

export function describeWords(words: readonly string[], gazetteer: Gazetteer): WordInfo[] {
  const cache = entryCache(gazetteer)
  const infos: WordInfo[] = new Array(words.length)
  let phrases = false
  for (let i = 0; i < words.length; i++) {
    const entry = wordEntry(words[i], gazetteer, cache)
    infos[i] = { entry, place: 0, org: 0 }
    if (entry.placeKeys.length !== 0 || entry.orgKeys.length !== 0) phrases = true
  }
  // Most sentences hold no word that starts a gazetteer phrase: nothing to mark.
  if (phrases) {
    markPhrases(infos, gazetteer.places, 'place', 'placeKeys')
    markPhrases(infos, gazetteer.organizations, 'org', 'orgKeys')
  }
  return infos
}

/** Marks the words of gazetteer phrases (longest match, proclitics allowed on the first word). */
function markPhrases(
  infos: WordInfo[],
  index: Map<string, string[][]>,
  field: 'place' | 'org',
  keys: 'placeKeys' | 'orgKeys',
): void {
  for (let i = 0; i < infos.length; i++) {
    if (infos[i][field] !== 0) continue
    for (const form of infos[i].entry[keys]) {
      const entries = index.get(form)!
      const match = entries.find((entry) => entry.every((word, k) => k === 0 || infos[i + k]?.entry.norm === word))
      if (!match) continue
      infos[i][field] = 1
      for (let k = 1; k < match.length; k++) infos[i + k][field] = 2
      break
    }
  }
}

/**
 * Hashed feature ids of every token, in CSR form: token t's features are `ids[offsets[t] ..
 * offsets[t + 1])`, each already reduced modulo the table size (`mask` = size − 1, a power of two).
 */
export interface SentenceFeatures {
  offsets: Int32Array
  ids: Int32Array
}

/** Upper bound of features per token (base templates + word classes + document context). */
const MAX_FEATURES = 34 + 3 * CLUSTER_LEVELS + 5 * WORD_CLASS_COUNT + 3 + 5 + WORD_CLASS_COUNT

export function featurizeSentence(words: readonly string[], gazetteer: Gazetteer, mask: number): SentenceFeatures {
  return featurizeInfos(describeWords(words, gazetteer), mask)
}

/** Edge padding of the per-sentence arrays, so neighbours at i ± 2 need no bounds checks. */
const PAD = 2

/** With `contexts` (the second pass), each token also gets its document-context features. */
export function featurizeInfos(
  infos: readonly WordInfo[],
  mask: number,
  contexts?: readonly TokenContext[],
): SentenceFeatures {
  const n = infos.length
  const width = n + 2 * PAD
  const norms = new Int32Array(width).fill(EDGE_BEFORE)
  const cores = new Int32Array(width).fill(EDGE_BEFORE)
  const classes = new Int32Array(width)
  const places = new Int32Array(width).fill(3)
  const nisbas = new Int32Array(width).fill(2)
  const orgs = new Int32Array(width).fill(3)
  for (let k = n + PAD; k < width; k++) norms[k] = cores[k] = EDGE_AFTER
  for (let i = 0; i < n; i++) {
    const { entry } = infos[i]
    norms[i + PAD] = entry.h[H.norm]
    cores[i + PAD] = entry.h[H.core]
    classes[i + PAD] = entry.classes
    places[i + PAD] = infos[i].place
    nisbas[i + PAD] = entry.nisba ? 1 : 0
    orgs[i + PAD] = infos[i].org
  }

  const offsets = new Int32Array(n + 1)
  const ids = new Int32Array(n * MAX_FEATURES)
  let c = 0
  for (let i = 0; i < n; i++) {
    offsets[i] = c
    const { h, core } = infos[i].entry
    const p = i + PAD
    ids[c++] = mixHash(T.bias, 0) & mask
    ids[c++] = mixHash(T.w0, h[H.norm]) & mask
    ids[c++] = mixHash(T.c0, h[H.core]) & mask
    ids[c++] = mixHash(T.wm1, norms[p - 1]) & mask
    ids[c++] = mixHash(T.wp1, norms[p + 1]) & mask
    ids[c++] = mixHash(T.wm2, norms[p - 2]) & mask
    ids[c++] = mixHash(T.wp2, norms[p + 2]) & mask
    ids[c++] = mixHash(T.cm1, cores[p - 1]) & mask
    ids[c++] = mixHash(T.cp1, cores[p + 1]) & mask
    ids[c++] = mixHash(T.cm2, cores[p - 2]) & mask
    ids[c++] = mixHash(T.cp2, cores[p + 2]) & mask
    ids[c++] = mixHash(T.suf1, h[H.suf1]) & mask
    ids[c++] = mixHash(T.suf2, h[H.suf2]) & mask
    ids[c++] = mixHash(T.suf3, h[H.suf3]) & mask
    ids[c++] = mixHash(T.suf4, h[H.suf4]) & mask
    ids[c++] = mixHash(T.pre2, h[H.pre2]) & mask
    ids[c++] = mixHash(T.pre3, h[H.pre3]) & mask
    ids[c++] = mixHash(T.pre4, h[H.pre4]) & mask
    ids[c++] = mixHash(T.proc, h[H.proc]) & mask
    ids[c++] = mixHash(T.shape, h[H.shape]) & mask
    ids[c++] = mixHash(T.len, Math.min(core.length, 12)) & mask
    ids[c++] = mixHash(T.place0, places[p]) & mask
    ids[c++] = mixHash(T.placem1, places[p - 1] * 4 + places[p]) & mask
    ids[c++] = mixHash(T.placep1, places[p + 1] * 4 + places[p]) & mask
    ids[c++] = mixHash(T.procPlace, mixHash(h[H.proc], places[p])) & mask
    ids[c++] = mixHash(T.org0, orgs[p] * 4 + orgs[p - 1]) & mask
    ids[c++] = mixHash(T.orgNext, orgs[p + 1]) & mask
    ids[c++] = mixHash(T.nisba0, nisbas[p]) & mask
    ids[c++] = mixHash(T.nisbap1, nisbas[p + 1]) & mask
    ids[c++] = mixHash(T.nisbam1, nisbas[p - 1]) & mask
    ids[c++] = mixHash(T.bigramPrev, mixHash(norms[p - 1], h[H.core])) & mask
    ids[c++] = mixHash(T.bigramNext, mixHash(h[H.core], norms[p + 1])) & mask
    ids[c++] = mixHash(T.prevShape, mixHash(cores[p - 1], h[H.shape])) & mask
    ids[c++] = mixHash(T.coreSuf2Prev, mixHash(cores[p - 1], h[H.suf2])) & mask
    if (i === 0) ids[c++] = mixHash(T.first, 1) & mask
    c = addClusterFeatures(ids, c, T.clus0, infos[i].entry.cluster, mask)
    c = addClusterFeatures(ids, c, T.clusm1, i > 0 ? infos[i - 1].entry.cluster : EDGE_CLUSTER, mask)
    c = addClusterFeatures(ids, c, T.clusp1, i + 1 < n ? infos[i + 1].entry.cluster : EDGE_CLUSTER, mask)
    c = addClassFeatures(ids, c, T.cls0, classes[p], mask)
    c = addClassFeatures(ids, c, T.clsm1, classes[p - 1], mask)
    c = addClassFeatures(ids, c, T.clsp1, classes[p + 1], mask)
    c = addClassFeatures(ids, c, T.clsm2, classes[p - 2], mask)
    c = addClassFeatures(ids, c, T.clsp2, classes[p + 2], mask)
    if (contexts) c = addContextFeatures(ids, c, contexts, i, h[H.shape], mask)
  }
  offsets[n] = c
  return { offsets, ids: ids.subarray(0, c) }
}

function addContextFeatures(
  ids: Int32Array,
  count: number,
  contexts: readonly TokenContext[],
  i: number,
  shapeHash: number,
  mask: number,
): number {
  const context = contexts[i]
  let c = count
  ids[c++] = mixHash(T.docMajority, context.majority + 1) & mask
  ids[c++] = mixHash(T.docMajorityWord, mixHash(context.majority + 1, shapeHash)) & mask
  ids[c++] = mixHash(T.docMajorityPrev, mixHash(context.majority + 1, contexts[i - 1]?.majority ?? -2)) & mask
  for (let bit = 0; bit < 5; bit++) if (context.types & (1 << bit)) ids[c++] = mixHash(T.docType + bit, 1) & mask
  return addClassFeatures(ids, c, T.docCue, context.cues, mask)
}

/**
 * The second pass's own features: each token's document-context features alone (its other features
 * are the first pass's, scored once for both passes).
 */
export function contextFeatures(infos: readonly WordInfo[], contexts: readonly TokenContext[], mask: number): SentenceFeatures {
  const n = infos.length
  const offsets = new Int32Array(n + 1)
  const ids = new Int32Array(n * (3 + 5 + WORD_CLASS_COUNT))
  let c = 0
  for (let i = 0; i < n; i++) {
    offsets[i] = c
    c = addContextFeatures(ids, c, contexts, i, infos[i].entry.h[H.shape], mask)
  }
  offsets[n] = c
  return { offsets, ids: ids.subarray(0, c) }
}

/** One feature per WORD_CLASS bit set in `classes`; returns the new fill count. */
export function addClassFeatures(ids: Int32Array, count: number, template: number, classes: number, mask: number): number {
  if (classes === 0) return count
  for (let bit = 0; bit < WORD_CLASS_COUNT; bit++) if (classes & (1 << bit)) ids[count++] = mixHash(template + bit, 1) & mask
  return count
}

/**
 * One feature per cluster level of a word (its id at that level), or one "no cluster" feature: a word
 * too rare in the unlabelled text to be clustered is itself a hint (names are rare words); the edge of
 * the sentence has a feature of its own. Nothing when the model carries no clusters.
 */
export function addClusterFeatures(ids: Int32Array, count: number, template: number, cluster: number, mask: number): number {
  if (cluster === CLUSTERS_OFF) return count
  let c = count
  if (cluster < 0) {
    ids[c++] = mixHash(template, cluster === NO_CLUSTER ? 1000 : 1001) & mask
    return c
  }
  for (let level = 0; level < CLUSTER_LEVELS; level++) ids[c++] = mixHash(template + level, (cluster >>> (8 * level)) & 255) & mask
  return c
}
