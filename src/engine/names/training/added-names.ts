import { FOREIGN_PERSONS } from '../lists/foreign-persons.ts'
import { KNOWN_ORGANIZATIONS } from '../lists/known-organizations.ts'

/**
 * Names from Qari's hand-written lists (none cut from a corpus) by ANERcorp type, as lists of words: what
 * mention replacement (replace-mentions.ts, --augment-added in scripts/train-names.ts) puts into training
 * copies beside the data's own names, so the first pass sees clear contexts ("الجنرال الفرنسي ...")
 * around names no training sentence holds. Training only; nothing in the extension imports it.
 *
 * PERS: each foreign person in full and by family name alone (the press names a person in full once and
 * by the family name after); LOC: the place list the tagger is trained with (CLDR countries and
 * EXTRA_PLACES) less what ANERcorp tags ORG (CLDR's regions include "الأمم المتحدة", "الاتحاد الأوروبي")
 * and CLDR's long descriptive regions ("الإقليم البريطاني في المحيط الهندي": more than 3 words), which
 * no news text names; ORG: KNOWN_ORGANIZATIONS.
 */
/** Longer CLDR region names are descriptions ("جزر الولايات المتحدة النائية"), not names in the news. */
const MAX_PLACE_WORDS = 3

export function addedNames(places: readonly string[]): Map<string, string[][]> {
  const words = (name: string) => name.split(' ').filter(Boolean)
  const persons = new Map<string, string[]>()
  for (const [given, family] of FOREIGN_PERSONS) {
    for (const name of [`${given} ${family}`, family]) persons.set(name, words(name))
  }
  const distinct = (names: readonly string[]) => [...new Set(names)].map(words)
  const organizations = new Set(KNOWN_ORGANIZATIONS)
  const newsPlaces = places.filter((name) => !organizations.has(name) && words(name).length <= MAX_PLACE_WORDS)
  return new Map([
    ['PERS', [...persons.values()]],
    ['LOC', distinct(newsPlaces)],
    ['ORG', distinct(KNOWN_ORGANIZATIONS)],
  ])
}
