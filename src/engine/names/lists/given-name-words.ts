import { normalizeArabic } from '../../arabic/normalize.ts'
import { GIVEN_NAMES } from './known-names.ts'

/** The first words of the hand-written given names (known-names.ts), as normalizeArabic leaves them. */
export const GIVEN_NAME_WORDS: ReadonlySet<string> = new Set(GIVEN_NAMES.map((name) => normalizeArabic(name.split(' ')[0])))
