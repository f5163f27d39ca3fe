import { GIVEN_NAME_WORDS } from './given-name-words.ts'

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
  // Most pairs differ in length by more than one letter: no variant, and no lookup needed (link-mentions
  // compares every pair of an article's names).
  const difference = a.length - b.length
  if (difference > 1 || difference < -1 || Math.min(a.length, b.length) < MIN_LETTERS) return false
  // Given names a long vowel apart are different names ("محمد" / "محمود").
  if (GIVEN_NAME_WORDS.has(a) || GIVEN_NAME_WORDS.has(b)) return false
  return difference === 0 ? swapsFinalYa(a, b) : difference > 0 ? addsOneVowel(a, b) : addsOneVowel(b, a)
}

/** Two names, word by word, are spellings of each other (same number of words, each a variant). */
export function isSpelledVariant(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => isSpellingVariant(word, b[i]))
}

/** The letters a spelling variant may add or change after a word's first letter: the long vowels, and ه of ية / يا. */
const VARIANT_LETTERS = /[اويه]/gu

/**
 * A key two spellings of one word always share (isSpellingVariant(a, b) implies equal keys; not the
 * converse): the first letter and the rest without long vowels and ه. link-mentions indexes an article's
 * names by it, so that it compares a name only with the few that could contain it rather than with all.
 */
export function spellingKey(word: string): string {
  return word.length <= 1 ? word : word[0] + word.slice(1).replace(VARIANT_LETTERS, '')
}
