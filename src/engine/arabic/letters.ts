/**
 * Script statistics: which Arabic-script language a text is written in, told by its letters.
 *
 * Pages often carry no `lang`/`dir`, or a wrong one (a Persian site templated as lang="en", an Arabic
 * page with dir="ltr" on <html>), so the reader decides from the text itself. Persian and Urdu share most
 * letters with Arabic; they are told apart by the letters only they use and by the Arabic-only letters
 * they avoid (Persian and Urdu write ی and ک where Arabic writes ي and ك). Central Kurdish, Pashto, Sindhi
 * and Uyghur each write letters of their own, several in every sentence; without them a Sindhi or Uyghur
 * page (full of ي, ك, ى) read as Arabic and got Arabic names and number words found in it, and a Kurdish or
 * Pashto page read as Persian (a Persian voice reading it aloud).
 */

export interface LetterStats {
  /** Letters of the Arabic script block (U+0600–U+06FF and presentation forms), any language. */
  arabicScript: number
  /** Latin letters A–Z, a–z and Latin-1 letters. */
  latin: number
  /** Letters only Arabic spelling uses: ي ك ة ى. */
  arabicOnly: number
  /** Letters Persian uses and Arabic does not: پ چ ژ گ ک ی. Urdu uses them too. */
  persianShared: number
  /** Letters only Urdu uses: ٹ ڈ ڑ ں ے ہ ھ ۃ. */
  urduOnly: number
  /** Letters only Central Kurdish (Sorani) uses: ڕ ڵ ێ. */
  kurdishOnly: number
  /** Letters only Pashto uses: ټ ډ ړ ږ ښ ګ ڼ ځ څ ۍ. */
  pashtoOnly: number
  /** Letters only Sindhi uses: ڪ ٻ ٿ ڏ ڄ ڃ ٺ ٽ ڙ ڦ ڻ ڳ ڱ ڀ ڊ ڌ ڍ ڎ ڇ. */
  sindhiOnly: number
  /** Letters only Uyghur uses: ۇ ۈ ۋ ڭ. */
  uyghurOnly: number
}

/** Farsi letters (also used by Urdu). */
const PERSIAN_LETTERS = 'پچژگکی'
/** Urdu-only letters: retroflexes, noon ghunna, bari ye, gol he, do-chashmi he. */
const URDU_LETTERS = 'ٹڈڑںےہھۃ'
const ARABIC_ONLY_LETTERS = 'يكةى'
/*
 * Letters of one language each. Letters two of them share stay out (ە and ۆ: Kurdish and Uyghur; ې:
 * Pashto and Uyghur), and so do ڤ and ڥ, which Arabic writes for "v" in loanwords.
 */
const KURDISH_LETTERS = 'ڕڵێ'
const PASHTO_LETTERS = 'ټډړږښګڼځڅۍ'
const SINDHI_LETTERS = 'ڪٻٿڏڄڃٺٽڙڦڻڳڱڀڊڌڍڎڇ'
const UYGHUR_LETTERS = 'ۇۈۋڭ'

const ARABIC_ONLY = 1
const URDU_ONLY = 2
const PERSIAN_SHARED = 3
const KURDISH_ONLY = 4
const PASHTO_ONLY = 5
const SINDHI_ONLY = 6
const UYGHUR_ONLY = 7
/**
 * The class of each code point of the Arabic block (U+0600–U+06FF), 0 for none: one array read per letter
 * instead of three string-set lookups (the detector, the block filter and the language guess count every
 * letter of the page's text). All the letters above sit in that block.
 */
const LETTER_CLASS = (() => {
  const table = new Uint8Array(0x100)
  const mark = (letters: string, kind: number) => {
    for (const letter of letters) table[letter.charCodeAt(0) - 0x600] = kind
  }
  mark(PERSIAN_LETTERS, PERSIAN_SHARED)
  mark(URDU_LETTERS, URDU_ONLY)
  mark(ARABIC_ONLY_LETTERS, ARABIC_ONLY)
  mark(KURDISH_LETTERS, KURDISH_ONLY)
  mark(PASHTO_LETTERS, PASHTO_ONLY)
  mark(SINDHI_LETTERS, SINDHI_ONLY)
  mark(UYGHUR_LETTERS, UYGHUR_ONLY)
  return table
})()

/** Counts letters; `limit` caps the characters read so a 5 MB page costs no more than its first part. */
export function countLetters(text: string, limit = Infinity): LetterStats {
  const stats: LetterStats = { arabicScript: 0, latin: 0, arabicOnly: 0, persianShared: 0, urduOnly: 0, kurdishOnly: 0, pashtoOnly: 0, sindhiOnly: 0, uyghurOnly: 0 }
  const end = Math.min(text.length, limit)
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) stats.latin++
      continue
    }
    if (code >= 0xc0 && code <= 0x24f) {
      stats.latin++
      continue
    }
    // Letters only: 0621–064A, 066E–06D3, 06D5, 06EE–06FF; and the presentation-form blocks.
    const isArabicLetter =
      (code >= 0x0621 && code <= 0x064a) ||
      (code >= 0x066e && code <= 0x06d5) ||
      (code >= 0x06ee && code <= 0x06ff) ||
      (code >= 0xfb50 && code <= 0xfdff) ||
      (code >= 0xfe70 && code <= 0xfeff)
    if (!isArabicLetter) continue
    stats.arabicScript++
    if (code > 0x06ff) continue
    const kind = LETTER_CLASS[code - 0x600]
    if (kind === 0) continue
    if (kind === ARABIC_ONLY) stats.arabicOnly++
    else if (kind === URDU_ONLY) stats.urduOnly++
    else if (kind === PERSIAN_SHARED) stats.persianShared++
    else if (kind === KURDISH_ONLY) stats.kurdishOnly++
    else if (kind === PASHTO_ONLY) stats.pashtoOnly++
    else if (kind === SINDHI_ONLY) stats.sindhiOnly++
    else stats.uyghurOnly++
  }
  return stats
}

export interface ScriptGuess {
  /**
   * For Arabic-script text 'ar', 'fa', 'ur', 'ckb' (or the page's own 'kmr' / 'sdh' for another Kurdish),
   * 'ps', 'sd' or 'ug'; otherwise the fallback (or 'und').
   */
  lang: string
  dir: 'rtl' | 'ltr'
  /** Share of Arabic-script letters among all letters, 0–1. */
  arabicShare: number
}

/**
 * Guesses the language from letter counts.
 *
 * Central Kurdish, Pashto, Sindhi, Uyghur: the language whose own letters are the most, when they make at
 * least 1% of the Arabic-script letters (in running text they make 3–10%; an Arabic or Persian page
 * naming a Kurdish town or a Pashto word stays far under it).
 * Urdu: Urdu-only letters make at least 1.5% of the Arabic-script letters (ے and ہ alone are several
 * percent of running Urdu; a Persian or Arabic page quoting an Urdu name stays well under that).
 * Persian: ی/ک/پ/چ/ژ/گ outnumber the Arabic-only ي/ك/ة/ى (Persian text has almost none of those; an Arabic
 * page has many). Arabic otherwise.
 * dir is rtl when Arabic-script letters are at least 30% of all letters: Arabic news is full of Latin
 * brand names and URLs, yet a page that is 30% Arabic script reads right to left.
 */
export function guessScript(text: string, fallbackLang = 'und', limit = 200_000): ScriptGuess {
  return guessScriptFromStats(countLetters(text, limit), fallbackLang)
}

/** guessScript from letters already counted (the detector counts its sample once for both of its uses). */
export function guessScriptFromStats(stats: LetterStats, fallbackLang = 'und'): ScriptGuess {
  const letters = stats.arabicScript + stats.latin
  const arabicShare = letters ? stats.arabicScript / letters : 0
  if (stats.arabicScript === 0 || arabicShare < 0.3) {
    // Not Arabic-script text: trust the page's own lang unless it claims an Arabic-script language.
    const declared = normalizeFallback(fallbackLang)
    return { lang: RTL_SCRIPT_LANGS.has(declared) ? 'und' : declared, dir: 'ltr', arabicShare }
  }
  return { lang: regionalLanguage(stats, normalizeFallback(fallbackLang)) ?? arabicPersianOrUrdu(stats), dir: 'rtl', arabicShare }
}

function arabicPersianOrUrdu(stats: LetterStats): string {
  if (stats.urduOnly >= 0.015 * stats.arabicScript) return 'ur'
  if (stats.persianShared > stats.arabicOnly) return 'fa'
  return 'ar'
}

/**
 * Kurdish varieties a page may name, kept when its letters are Kurdish; the generic "ku" becomes "ckb", as
 * Kurdish in Arabic script is nearly always Central Kurdish.
 */
const KURDISH_TAGS = new Set(['ckb', 'kmr', 'sdh'])

function regionalLanguage(stats: LetterStats, declared: string): string | undefined {
  const counts: [string, number][] = [
    [KURDISH_TAGS.has(declared) ? declared : 'ckb', stats.kurdishOnly],
    ['ps', stats.pashtoOnly],
    ['sd', stats.sindhiOnly],
    ['ug', stats.uyghurOnly],
  ]
  let best: [string, number] | undefined
  for (const entry of counts) if (entry[1] >= 0.01 * stats.arabicScript && entry[1] > (best?.[1] ?? 0)) best = entry
  return best?.[0]
}

const RTL_SCRIPT_LANGS = new Set(['ar', 'fa', 'ur', 'ps', 'ku', 'ckb', 'kmr', 'sdh', 'sd', 'ug'])

/** Whether a lang attribute names a language Qari reads in the Arabic script ('ar', 'fa-IR', 'ckb'), per its primary subtag. */
export function isArabicScriptLang(lang: string): boolean {
  return RTL_SCRIPT_LANGS.has(normalizeFallback(lang))
}

/** Whether a lang attribute names some language, and one of another script ('en', 'fr-FR'; not '', 'und' or 'zxx'). */
export function isOtherScriptLang(lang: string): boolean {
  const primary = normalizeFallback(lang)
  return primary !== 'und' && primary !== 'zxx' && primary !== 'mul' && !RTL_SCRIPT_LANGS.has(primary)
}

/** A page's own lang attribute reduced to its primary subtag ('en-US' → 'en'). */
function normalizeFallback(lang: string): string {
  // A primary subtag is 2–8 letters; anything else a page writes in lang="" is noise.
  const primary = lang.trim().toLowerCase().split(/[-_]/u)[0]
  return /^[a-z]{2,8}$/u.test(primary) ? primary : 'und'
}
