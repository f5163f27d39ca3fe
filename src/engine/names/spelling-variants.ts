import { normalizeArabic } from '../arabic/normalize.ts'
import { GIVEN_NAMES } from './known-names.ts'

/**
 * Two spellings of one name in one article. Arabic writes foreign names with or without their long
 * vowels, and the press is not consistent even within an article: BBC Arabic's piece on Aaron Bushnell
 * spells him "بوشنيل" in the title and "بوشنل" in the body; "دايلي ميل" and "ديلي ميل" are one paper,
 * "سورية" and "سوريا" one country. Words are compared as normalizeArabic leaves them (hamza forms,
 * ta marbuta as ه, alef maqsura as ي already folded).
 */

/** The long vowels a transliteration adds or drops: alef, waw, ya. */
const LONG_VOWELS = new Set(['ا', 'و', 'ي'])

/**
 * Below this many letters a dropped vowel changes the word rather than its spelling: "سعد" / "سعيد",
 * "حسن" / "حسين" are different people.
 */
const MIN_LETTERS = 4

/**
 * Given names that differ by one long vowel and are different names ("محمد" / "محمود", "كريم" / "كرم"):
 * never variants of each other. Their first words, normalised.
 */
const GIVEN = new Set(GIVEN_NAMES.map((name) => normalizeArabic(name.split(' ')[0])))

/** `long` is `short` with one long vowel added after its first letter. */
function addsOneVowel(long: string, short: string): boolean {
  if (long.length !== short.length + 1) return false
  let i = 0
  while (i < short.length && long[i] === short[i]) i++
  return i >= 1 && LONG_VOWELS.has(long[i]) && long.slice(i + 1) === short.slice(i)
}

/** "سوريه" / "سوريا": the nisba-like ending ية written as يا, a stem of three letters or more before it. */
function swapsFinalYa(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < MIN_LETTERS + 1) return false
  const stem = a.slice(0, -2)
  return stem === b.slice(0, -2) && ((a.endsWith('يه') && b.endsWith('يا')) || (a.endsWith('يا') && b.endsWith('يه')))
}

/** Two normalised words are one name's spellings: equal, or one long vowel apart, or ية / يا. */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return true
  if (GIVEN.has(a) || GIVEN.has(b)) return false
  const [long, short] = a.length >= b.length ? [a, b] : [b, a]
  if (short.length < MIN_LETTERS) return false
  return addsOneVowel(long, short) || swapsFinalYa(a, b)
}

/** Two names, word by word, are spellings of each other (same number of words, each a variant). */
export function isSpelledVariant(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => isSpellingVariant(word, b[i]))
}
