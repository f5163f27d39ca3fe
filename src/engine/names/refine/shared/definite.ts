/**
 * A stem with the article: "الرئيس", "القاهرة". Not a short word that only normalises like one: "إلى" and "ألا" normalise to
 * "الي" and "الا", "ألف" (a thousand) to "الف"; the article takes two letters at least after it.
 */
export function isDefiniteStem(stem: string): boolean {
  return stem.length > 3 && stem.startsWith('ال')
}
