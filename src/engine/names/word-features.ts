import { normalizeArabic } from '../arabic/normalize.ts'
import { type Gazetteer, WORD_CLASS_COUNT } from './gazetteer.ts'
import type { TokenContext } from './document-context.ts'
import { hashString, mixHash } from './hash-feature.ts'

/**
 * Features of one sentence of whitespace tokens with their clitics attached (ANERcorp's convention:
 * "بالقاهرة" is one token). Arabic names carry no capital letters, so the tagger leans on the word
 * itself, the word with its proclitics taken off, affixes, neighbours, trigger words and gazetteers.
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

export interface WordInfo {
  norm: string
  /** `norm` with its proclitics and article taken off ("وبالقاهرة" → "قاهره"). */
  core: string
  /** What was taken off ("وبال"), '' when nothing. */
  proc: string
  /** Character classes and a length bucket ("a5", "d2", "p1"). */
  shape: string
  /** WORD_CLASS flags of the word or of its clitic-stripped form. */
  classes: number
  /** 0: not in a gazetteer place; 1: first word of one; 2: inside one. */
  place: 0 | 1 | 2
  nisba: boolean
}

/** Template ids: each feature hashes its template with its value, so equal values in two templates differ. */
const T = {
  bias: 1, w0: 2, wm1: 3, wp1: 4, wm2: 5, wp2: 6, c0: 7, cm1: 8, cp1: 9, suf1: 10, suf2: 11, suf3: 12,
  pre2: 13, pre3: 14, proc: 15, shape: 16, place0: 17, placem1: 18, placep1: 19, nisba0: 20, nisbap1: 21,
  bigramPrev: 22, bigramNext: 23, prevShape: 24, first: 25, coreSuf2Prev: 26, cm2: 27, cp2: 28,
  len: 29, procPlace: 30, nisbam1: 31, docMajority: 32, docMajorityWord: 33, docMajorityPrev: 34,
  // Document context: types seen elsewhere (5 bits) and cues seen elsewhere (7 bits).
  docType: 60, docCue: 70, suf4: 81, pre4: 82,
  // Word classes take 8 templates each (bit index added): 100 + 8 * position offset.
  cls0: 100, clsm1: 108, clsp1: 116, clsm2: 124, clsp2: 132,
} as const

const EDGE_BEFORE = '<s>'
const EDGE_AFTER = '</s>'

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
  const lam = PATTERNS.lamArticle.exec(norm)
  if (lam) forms.push('ال' + norm.slice(lam[0].length))
  for (const prefix of ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل']) {
    if (norm.length - prefix.length >= 2 && norm.startsWith(prefix)) forms.push(norm.slice(prefix.length))
  }
  return forms
}

export function describeWords(words: readonly string[], gazetteer: Gazetteer): WordInfo[] {
  const infos: WordInfo[] = words.map((word) => {
    const norm = normalizeArabic(word)
    const { proc, core } = splitProcliticsForFeatures(norm)
    let classes = gazetteer.classes.get(norm) ?? 0
    if (classes === 0 && proc) {
      for (const form of lookupForms(norm)) classes |= gazetteer.classes.get(form) ?? 0
    }
    return {
      norm, core, proc, shape: shapeOf(norm), classes, place: 0,
      nisba: proc.endsWith('ال') && PATTERNS.nisba.test(core) && core.length >= 4,
    }
  })
  markPlaces(infos, gazetteer)
  return infos
}

function markPlaces(infos: WordInfo[], gazetteer: Gazetteer): void {
  for (let i = 0; i < infos.length; i++) {
    if (infos[i].place !== 0) continue
    for (const form of lookupForms(infos[i].norm)) {
      const entries = gazetteer.places.get(form)
      if (!entries) continue
      const match = entries.find((entry) => entry.every((word, k) => k === 0 || infos[i + k]?.norm === word))
      if (!match) continue
      infos[i].place = 1
      for (let k = 1; k < match.length; k++) infos[i + k].place = 2
      break
    }
  }
}

/** Per-word hashes reused by several templates. */
interface WordHashes {
  norm: number
  core: number
  shape: number
}

/**
 * Hashed feature ids of every token, in CSR form: token t's features are `ids[offsets[t] ..
 * offsets[t + 1])`, each already reduced modulo the table size (`mask` = size − 1, a power of two).
 */
/**
 * Slots 1 and 2 of every token's features are the word itself and its clitic-stripped form (slot 0 is
 * the bias); the trainer's lexical dropout hides them.
 */
export const LEXICAL_SLOTS = [1, 2] as const

export interface SentenceFeatures {
  offsets: Int32Array
  ids: Int32Array
}

export function featurizeSentence(words: readonly string[], gazetteer: Gazetteer, mask: number): SentenceFeatures {
  const infos = describeWords(words, gazetteer)
  return featurizeInfos(infos, mask)
}

/** With `contexts` (the second pass), each token also gets its document-context features. */
export function featurizeInfos(
  infos: readonly WordInfo[],
  mask: number,
  contexts?: readonly TokenContext[],
): SentenceFeatures {
  const n = infos.length
  const hashes: WordHashes[] = infos.map((info) => ({
    norm: hashString(info.norm),
    core: hashString(info.core),
    shape: hashString(info.shape),
  }))
  const before = hashString(EDGE_BEFORE)
  const after = hashString(EDGE_AFTER)
  const normAt = (i: number) => (i < 0 ? before : i >= n ? after : hashes[i].norm)
  const coreAt = (i: number) => (i < 0 ? before : i >= n ? after : hashes[i].core)
  const classesAt = (i: number) => (i < 0 || i >= n ? 0 : infos[i].classes)
  const placeAt = (i: number) => (i < 0 || i >= n ? 3 : infos[i].place)
  const nisbaAt = (i: number) => (i < 0 || i >= n ? 2 : infos[i].nisba ? 1 : 0)

  const offsets = new Int32Array(n + 1)
  const ids: number[] = []
  const add = (template: number, value: number) => ids.push(mixHash(template, value) & mask)
  for (let i = 0; i < n; i++) {
    offsets[i] = ids.length
    const info = infos[i]
    const core = info.core
    add(T.bias, 0)
    // The word's own identity comes right after the bias (LEXICAL_SLOTS), so training can drop it.
    add(T.w0, normAt(i))
    add(T.c0, coreAt(i))
    add(T.wm1, normAt(i - 1))
    add(T.wp1, normAt(i + 1))
    add(T.wm2, normAt(i - 2))
    add(T.wp2, normAt(i + 2))
    add(T.cm1, coreAt(i - 1))
    add(T.cp1, coreAt(i + 1))
    add(T.cm2, coreAt(i - 2))
    add(T.cp2, coreAt(i + 2))
    add(T.suf1, hashString(core.slice(-1)))
    add(T.suf2, hashString(core.slice(-2)))
    add(T.suf3, hashString(core.slice(-3)))
    add(T.pre2, hashString(core.slice(0, 2)))
    add(T.pre3, hashString(core.slice(0, 3)))
    add(T.suf4, hashString(core.slice(-4)))
    add(T.pre4, hashString(core.slice(0, 4)))
    add(T.proc, hashString(info.proc))
    add(T.shape, hashes[i].shape)
    add(T.len, Math.min(core.length, 12))
    add(T.place0, placeAt(i))
    add(T.placem1, placeAt(i - 1) * 4 + placeAt(i))
    add(T.placep1, placeAt(i + 1) * 4 + placeAt(i))
    add(T.procPlace, mixHash(hashString(info.proc), placeAt(i)))
    add(T.nisba0, nisbaAt(i))
    add(T.nisbap1, nisbaAt(i + 1))
    add(T.nisbam1, nisbaAt(i - 1))
    add(T.bigramPrev, mixHash(normAt(i - 1), coreAt(i)))
    add(T.bigramNext, mixHash(coreAt(i), normAt(i + 1)))
    add(T.prevShape, mixHash(coreAt(i - 1), hashes[i].shape))
    add(T.coreSuf2Prev, mixHash(coreAt(i - 1), hashString(core.slice(-2))))
    if (i === 0) add(T.first, 1)
    const classTemplates: [number, number][] = [
      [T.cls0, classesAt(i)], [T.clsm1, classesAt(i - 1)], [T.clsp1, classesAt(i + 1)],
      [T.clsm2, classesAt(i - 2)], [T.clsp2, classesAt(i + 2)],
    ]
    for (const [template, classes] of classTemplates) {
      if (classes === 0) continue
      for (let bit = 0; bit < WORD_CLASS_COUNT; bit++) if (classes & (1 << bit)) add(template + bit, 1)
    }
    const context = contexts?.[i]
    if (context) {
      add(T.docMajority, context.majority + 1)
      add(T.docMajorityWord, mixHash(context.majority + 1, hashes[i].shape))
      add(T.docMajorityPrev, mixHash(context.majority + 1, contexts[i - 1]?.majority ?? -2))
      for (let bit = 0; bit < 5; bit++) if (context.types & (1 << bit)) add(T.docType + bit, 1)
      for (let bit = 0; bit < WORD_CLASS_COUNT; bit++) if (context.cues & (1 << bit)) add(T.docCue + bit, 1)
    }
  }
  offsets[n] = ids.length
  return { offsets, ids: Int32Array.from(ids) }
}
