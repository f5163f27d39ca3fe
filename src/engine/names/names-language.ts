/**
 * Whether names are looked for in an article of this language (a BCP 47 tag). The names model learned
 * Arabic news (ANERcorp); Persian and Urdu share the script, and on them it takes ordinary words for
 * people and places ("امروز از آغاز ثبت‌نام"), so their readers get no names rather than wrong ones.
 */
export function findsNamesIn(lang: string): boolean {
  return lang.trim().toLowerCase().split(/[-_]/u)[0] === 'ar'
}
