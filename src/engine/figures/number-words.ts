/**
 * Arabic number words, normalised (normalize.ts: أإآ→ا, ى→ي, ة→ه, no diacritics). Written for the
 * project from Arabic grammar: every case (nominative -ون/-ان, oblique -ين/-ين), masculine and feminine
 * counting forms, and the spellings news sites use (مئة/مائة, ثلاثمئة/ثلاث مئة).
 */

/** 0–9 and their gender/case variants. احد/احدي stand alone only inside compounds (احد عشر). */
export const UNIT_WORDS: Record<string, number> = {
  صفر: 0,
  واحد: 1, واحده: 1, احد: 1, احدي: 1,
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2, ثنتان: 2, ثنتين: 2,
  ثلاث: 3, ثلاثه: 3,
  اربع: 4, اربعه: 4,
  خمس: 5, خمسه: 5,
  ست: 6, سته: 6,
  سبع: 7, سبعه: 7,
  ثمان: 8, ثماني: 8, ثمانيه: 8,
  تسع: 9, تسعه: 9,
}

/** عشر/عشره: ten alone, or the second half of a teen (خمسة عشر = 15). */
export const TEN_WORDS = new Set(['عشر', 'عشره'])

export const TENS_WORDS: Record<string, number> = {
  عشرون: 20, عشرين: 20,
  ثلاثون: 30, ثلاثين: 30,
  اربعون: 40, اربعين: 40,
  خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70,
  ثمانون: 80, ثمانين: 80,
  تسعون: 90, تسعين: 90,
}

/** Hundreds, including the fused spellings ثلاثمئة … تسعمائة and the dual مئتان. */
export const HUNDRED_WORDS: Record<string, number> = (() => {
  const table: Record<string, number> = {}
  const hundred = ['مئه', 'مائه', 'ميه', 'مايه']
  for (const h of hundred) table[h] = 100
  for (const dual of ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مائتا', 'مئتي', 'مائتي', 'ميتين']) table[dual] = 200
  const prefixes: [string, number][] = [
    ['ثلاث', 3], ['اربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['ثماني', 8], ['تسع', 9],
  ]
  for (const [prefix, n] of prefixes) for (const h of hundred) table[prefix + h] = n * 100
  return table
})()

/** Plural of مئة: counted by a unit (ثلاث مئات) or vague alone (مئات = hundreds of). */
export const HUNDREDS_PLURAL = new Set(['مئات', 'مئات'])

export interface ScaleWord {
  value: number
  /** 'one' (ألف), 'two' (ألفان: the word itself says two), 'plural' (آلاف: needs a count before it). */
  form: 'one' | 'two' | 'plural'
}

export const SCALE_WORDS: Record<string, ScaleWord> = (() => {
  const table: Record<string, ScaleWord> = {}
  const add = (value: number, one: string[], two: string[], plural: string[]) => {
    for (const w of one) table[w] = { value, form: 'one' }
    for (const w of two) table[w] = { value, form: 'two' }
    for (const w of plural) table[w] = { value, form: 'plural' }
  }
  // "الفا"/"مليونا" are both the accusative singular (عشرين ألفا) and the construct dual: read as one
  // after a count and as two alone (see parse-number.ts).
  add(1e3, ['الف', 'الفا'], ['الفان', 'الفين', 'الفي'], ['الاف', 'الوف'])
  add(1e6, ['مليون', 'مليونا'], ['مليونان', 'مليونين', 'مليوني'], ['ملايين'])
  add(1e9, ['مليار', 'مليارا', 'بليون', 'بليونا'], ['ملياران', 'مليارين', 'بليونين', 'بليونان'], ['مليارات', 'بلايين'])
  add(1e12, ['تريليون', 'ترليون', 'تريليونا', 'ترليونا'], ['تريليونين', 'ترليونين', 'تريليونان'], ['تريليونات', 'ترليونات'])
  return table
})()

/** Fraction words (singular), their plurals (ثلاثة أرباع) and duals (ثلثان). */
export const FRACTION_WORDS: Record<string, number> = {
  نصف: 1 / 2, ثلث: 1 / 3, ربع: 1 / 4, خمس: 1 / 5, سدس: 1 / 6, سبع: 1 / 7, ثمن: 1 / 8, تسع: 1 / 9, عشر: 1 / 10,
}
export const FRACTION_PLURALS: Record<string, number> = {
  اثلاث: 1 / 3, ارباع: 1 / 4, اخماس: 1 / 5, اسداس: 1 / 6, اسباع: 1 / 7, اثمان: 1 / 8, اتساع: 1 / 9, اعشار: 1 / 10,
}
export const FRACTION_DUALS: Record<string, number> = {
  ثلثان: 2 / 3, ثلثين: 2 / 3, ثلثا: 2 / 3, ثلثي: 2 / 3, ربعان: 1 / 2, ربعين: 1 / 2,
}
/**
 * Fractions that read as a fraction even alone. خمس/سبع/تسع/عشر are far more often the numbers 5/7/9/10,
 * and ثمن is "price": those are fractions only when the grammar says so (after a count, or before a
 * definite noun for خمس).
 */
export const UNAMBIGUOUS_FRACTIONS = new Set(['نصف', 'ثلث', 'ربع', 'سدس'])

/** A dozen: counted like a scale ("3 دزينات" = 36). */
export const DOZEN_WORDS: Record<string, 'one' | 'two' | 'plural'> = { دزينه: 'one', درزن: 'one', دزينتين: 'two', دزينتان: 'two', دزينات: 'plural' }

/** Words that make the next number negative ("سالب خمسة"). */
export const NEGATIVE_WORDS = new Set(['سالب', 'ناقص'])

/** Ordinals 1–10 (masculine and feminine) and the first part of 11th … 19th, 21st … (الحادي). */
export const ORDINAL_WORDS: Record<string, number> = {
  اول: 1, اولي: 1, حادي: 1, حاديه: 1,
  ثاني: 2, ثانيه: 2,
  ثالث: 3, ثالثه: 3,
  رابع: 4, رابعه: 4,
  خامس: 5, خامسه: 5,
  سادس: 6, سادسه: 6,
  سابع: 7, سابعه: 7,
  ثامن: 8, ثامنه: 8,
  تاسع: 9, تاسعه: 9,
  عاشر: 10, عاشره: 10,
}
