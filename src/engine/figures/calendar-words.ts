/**
 * Month and weekday names, normalised. News in Arabic names Gregorian months in three families (Egyptian
 * and Gulf يناير…, Levantine and Iraqi كانون الثاني…, Maghrebi جانفي… / Moroccan يوليوز…), often two
 * at once ("أكتوبر/ تشرين الأول"), and Hijri months beside them.
 */

export interface MonthName {
  /** Normalised words, e.g. ['تشرين', 'الاول']. */
  words: string[]
  month: number
  calendar: 'gregorian' | 'hijri'
  /**
   * The name is also a common word (مارس "he practised", صفر "zero", رمضان/رجب/شعبان given names,
   * ماي): accepted only with a day, a year or a cue such as "شهر" / "في".
   */
  ambiguous?: boolean
  /** The surface must begin with this (آب "August" vs أب "father" fold to the same normalised word). */
  surfaceStartsWith?: string
}

const g = (month: number, ...names: string[]): MonthName[] =>
  names.map((n) => ({ words: n.split(' '), month, calendar: 'gregorian' as const }))
const h = (month: number, ...names: string[]): MonthName[] =>
  names.map((n) => ({ words: n.split(' '), month, calendar: 'hijri' as const }))

export const MONTH_NAMES: MonthName[] = [
  // Egyptian / Gulf / Moroccan transliterations.
  ...g(1, 'يناير'), ...g(2, 'فبراير', 'فبرير'), { words: ['مارس'], month: 3, calendar: 'gregorian', ambiguous: true },
  ...g(4, 'ابريل', 'أبريل'), ...g(5, 'مايو', 'مايو'), ...g(6, 'يونيو', 'يونيه'), ...g(7, 'يوليو', 'يوليه', 'يوليوز'),
  ...g(8, 'اغسطس', 'اغسطوس', 'غشت'), ...g(9, 'سبتمبر', 'شتنبر'), ...g(10, 'اكتوبر'), ...g(11, 'نوفمبر', 'نونبر'),
  ...g(12, 'ديسمبر', 'دجنبر'),
  // Maghrebi (Algeria, Tunisia).
  ...g(1, 'جانفي'), ...g(2, 'فيفري'), ...g(4, 'افريل'), { words: ['ماي'], month: 5, calendar: 'gregorian', ambiguous: true },
  ...g(6, 'جوان'), ...g(7, 'جويليه', 'جويليا'), ...g(8, 'اوت'),
  // Levantine / Iraqi (Syriac names).
  ...g(1, 'كانون الثاني'), ...g(2, 'شباط'), ...g(3, 'اذار'), ...g(4, 'نيسان'), ...g(5, 'ايار'), ...g(6, 'حزيران'),
  ...g(7, 'تموز'), { words: ['اب'], month: 8, calendar: 'gregorian', surfaceStartsWith: 'آب' }, ...g(9, 'ايلول'),
  ...g(10, 'تشرين الاول'), ...g(11, 'تشرين الثاني'), ...g(12, 'كانون الاول'),
  // Hijri.
  ...h(1, 'محرم'), { words: ['صفر'], month: 2, calendar: 'hijri', ambiguous: true },
  ...h(3, 'ربيع الاول', 'ربيع الاول'), ...h(4, 'ربيع الثاني', 'ربيع الاخر', 'ربيع الاخره'),
  ...h(5, 'جمادي الاولي', 'جمادي الاول'), ...h(6, 'جمادي الاخره', 'جمادي الثانيه', 'جمادي الثاني', 'جمادي الاخر'),
  { words: ['رجب'], month: 7, calendar: 'hijri', ambiguous: true },
  { words: ['شعبان'], month: 8, calendar: 'hijri', ambiguous: true },
  { words: ['رمضان'], month: 9, calendar: 'hijri', ambiguous: true },
  ...h(10, 'شوال'), ...h(11, 'ذو القعده', 'ذي القعده'), ...h(12, 'ذو الحجه', 'ذي الحجه'),
]

/** Weekdays, with and without the article (يوم جمعة / الجمعة). Alone they are not figures. */
export const WEEKDAYS: Record<string, number> = {
  الاحد: 0, احد: 0, الاثنين: 1, اثنين: 1, الثلاثاء: 2, ثلاثاء: 2, الاربعاء: 3, اربعاء: 3, الخميس: 4, خميس: 4,
  الجمعه: 5, جمعه: 5, السبت: 6, سبت: 6,
}
