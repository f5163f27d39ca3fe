import { isDefiniteStem } from './definite.ts'
import { TITLES } from './word-lists.ts'

/**
 * The singular title of a definite plural or dual one ("المخرجين" → "المخرج", "الوزيرين" → "الوزير",
 * "الفنانات" → "الفنانة"), or null when the stem (normalised, article kept) is no such plural. Persons are
 * listed after them ("للمخرجين ندى رياض وأيمن الأمير"), and like a singular title they are no part of a name.
 */
export function singularOfPluralTitle(stem: string): string | null {
  if (!isDefiniteStem(stem) || stem.length < 6) return null
  const singular = stem.endsWith('ات') ? stem.slice(0, -2) + 'ه' : /(ين|ون|ان)$/.test(stem) ? stem.slice(0, -2) : null
  return singular !== null && TITLES.has(singular) ? singular : null
}
