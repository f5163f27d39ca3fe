/**
 * Month names as Arabic, Persian and Urdu news pages write them, keyed by their normalizePhrase form.
 * Gregorian months come in three Arabic families (Egypt/Gulf "أكتوبر", Levant/Iraq "تشرين الأول", Maghreb
 * "أكتوبر/جوان/جويلية/أوت", and Morocco's own "يوليوز/غشت/شتنبر/نونبر/دجنبر") that pages often print together
 * ("أكتوبر/ تشرين الأول"), plus Persian transliterations ("اکتبر") and Urdu ("اکتوبر"). Jalali months (فروردین …) are the Iranian calendar.
 */
import { normalizePhrase } from './clutter-rules.ts'

const GREGORIAN: [number, string[]][] = [
  [1, ['يناير', 'كانون الثاني', 'جانفي', 'ژانویه', 'جنوری', 'January', 'Jan']],
  [2, ['فبراير', 'شباط', 'فيفري', 'فوریه', 'فروری', 'February', 'Feb']],
  [3, ['مارس', 'آذار', 'مارچ', 'March', 'Mar']],
  [4, ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل', 'آوریل', 'اپریل', 'April', 'Apr']],
  [5, ['مايو', 'أيار', 'ماي', 'مه', 'مئی', 'May']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان', 'ژوئن', 'جون', 'June', 'Jun']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز', 'ژوئیه', 'جولائی', 'July', 'Jul']],
  [8, ['أغسطس', 'اغسطس', 'آب', 'أوت', 'اوت', 'غشت', 'اگوست', 'اگست', 'August', 'Aug']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر', 'سپتامبر', 'ستمبر', 'September', 'Sep', 'Sept']],
  [10, ['أكتوبر', 'تشرين الأول', 'اکتبر', 'اکتوبر', 'October', 'Oct']],
  [11, ['نوفمبر', 'تشرين الثاني', 'نونبر', 'نوامبر', 'نومبر', 'November', 'Nov']],
  [12, ['ديسمبر', 'كانون الأول', 'دجنبر', 'دسامبر', 'دسمبر', 'December', 'Dec']],
]

const JALALI: [number, string[]][] = [
  [1, ['فروردین']], [2, ['اردیبهشت', 'ارديبهشت']], [3, ['خرداد']], [4, ['تیر']], [5, ['مرداد']], [6, ['شهریور']],
  [7, ['مهر']], [8, ['آبان']], [9, ['آذر']], [10, ['دی']], [11, ['بهمن']], [12, ['اسفند']],
]

export interface MonthName {
  month: number
  calendar: 'gregorian' | 'jalali'
}

function table(entries: [number, string[]][], calendar: MonthName['calendar'], into: Map<string, MonthName>): void {
  for (const [month, names] of entries) for (const name of names) into.set(normalizePhrase(name), { month, calendar })
}

/** normalizePhrase(name) → month. Jalali "آذر"/"دی"/"مهر" collide with nothing Gregorian once normalised except
 * "آذار"/"آذر" (different after folding: "اذار" vs "اذر"). */
export const MONTHS: Map<string, MonthName> = (() => {
  const map = new Map<string, MonthName>()
  table(JALALI, 'jalali', map)
  table(GREGORIAN, 'gregorian', map)
  return map
})()

/** Longest month name in words (two-word Levantine names), for the tokenised lookup. */
export const MAX_MONTH_WORDS = 2
