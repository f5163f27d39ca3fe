import { normalizeArabicFast as normalizeArabic } from '../../arabic/normalize.ts'
import { FOREIGN_PERSONS } from '../lists/foreign-persons.ts'
import { NEWER_GIVEN_NAMES } from '../lists/known-names.ts'
import { NEWS_GIVEN_NAMES } from '../lists/news-given-names.ts'
import { PUBLIC_FIGURES } from '../lists/public-figures.ts'
import type { ListedPersonWords } from '../tagger/gazetteer.ts'

/** Shorter words ("آل", "بن", "مي") are particles or too common to say anything about a person. */
const MIN_LETTERS = 3

/**
 * The first and last words of the full names in Qari's person lists (foreign-persons.ts, public-figures.ts; written from
 * general knowledge, none cut from a corpus), and the given names only the article rules read, for the tagger to read as
 * two word classes. The news names a person in full once and by the family name after ("أولمرت"), and the tagger's
 * misses were mostly persons its training sentences never name; a listed name's words are a hint the model weighs as it
 * weighs its given-name list. Session 67 (docs/names-experiments.md): `qari tag`'s cross-validation 0.795 → 0.800 and
 * 0.795 → 0.798 on the two seeds; the reader's model with them read the never-read sets 15,306 → 15,321 of 16,279. The
 * model file stores the words (model-codec.ts), so a list edited later changes no shipped model.
 */
export function listedPersonWords(): ListedPersonWords {
  const family = new Set<string>()
  const first = new Set<string>()
  for (const name of [...FOREIGN_PERSONS.map(([given, surname]) => `${given} ${surname}`), ...PUBLIC_FIGURES]) {
    const words = name.split(' ').filter(Boolean).map((word) => normalizeArabic(word))
    if (words.length < 2) continue
    const last = words[words.length - 1]
    if (last.length >= MIN_LETTERS) family.add(last)
    if (words[0].length >= MIN_LETTERS) first.add(words[0])
  }
  // The given names only the article rules read (the news' given names, foreign ones among them: "كوندوليزا", "إيهود"):
  // the tagger's given-name class keeps the list it was first trained with (GIVEN_NAMES), so they join this class.
  for (const name of [...NEWER_GIVEN_NAMES, ...NEWS_GIVEN_NAMES]) first.add(normalizeArabic(name.split(' ')[0]))
  return { family: [...family].sort(), first: [...first].sort() }
}
