import { normalizeArabic } from '../../../arabic/normalize.ts'
import { FOREIGN_PERSONS } from '../../lists/foreign-persons.ts'

/** The full names of FOREIGN_PERSONS, their words normalised and joined by a space: "دونالد ترامب". */
const KNOWN_FULL_NAMES: ReadonlySet<string> = new Set(FOREIGN_PERSONS.map(([given, family]) => `${normalizeArabic(given)} ${normalizeArabic(family)}`))

/** The normalised words, joined by a space, are a listed person's full name ("ليونيل ميسي"). */
export function isKnownFullName(words: readonly string[]): boolean {
  return KNOWN_FULL_NAMES.has(words.join(' '))
}
