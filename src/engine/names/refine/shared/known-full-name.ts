import { normalizeArabic } from '../../../arabic/normalize.ts'
import { FOREIGN_PERSONS } from '../../lists/foreign-persons.ts'

/** The full names of FOREIGN_PERSONS, their words normalised and joined by a space: "دونالد ترامب". */
const KNOWN_FULL_NAMES: ReadonlySet<string> = new Set(FOREIGN_PERSONS.map(([given, family]) => `${normalizeArabic(given)} ${normalizeArabic(family)}`))

/** The normalised words, joined by a space, are a listed person's full name ("ليونيل ميسي"). */
export function isKnownFullName(words: readonly string[]): boolean {
  return KNOWN_FULL_NAMES.has(words.join(' '))
}

/**
 * Family names that alone are as often a word or another name: "ولايتي" (two provinces of), "رويال" and "ميتال"
 * (companies' words), "فوكس" (the network), "هولاند" (Holland), "بدوي" (Bedouin), "شالوم", "سانتوس" (the club).
 */
const NOT_ALONE: ReadonlySet<string> = new Set(['ولايتي', 'رويال', 'ميتال', 'فوكس', 'هولاند', 'بدوي', 'شالوم', 'سانتوس'].map((word) => normalizeArabic(word)))

/**
 * The family names of the world news' persons (foreign-persons.ts) that the 2007 text never had, normalised:
 * "ترامب", "ماكرون", "زيلينسكي". Alone they name the person ("إدارة ترامب"); the tagger, which never saw them,
 * finds them only where the context says so.
 */
const WORLD_FAMILY_NAMES: ReadonlySet<string> = new Set(
  FOREIGN_PERSONS.map(([, family]) => normalizeArabic(family)).filter((family) => !family.includes(' ') && family.length >= 4 && !NOT_ALONE.has(family)),
)

/** The stem is a family name of WORLD_FAMILY_NAMES: "ترامب", "زيلينسكي". */
export function isWorldFamilyName(stem: string): boolean {
  return WORLD_FAMILY_NAMES.has(stem)
}
