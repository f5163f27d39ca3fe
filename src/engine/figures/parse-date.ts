import type { FigureDate } from '../doc.ts'
import { MONTH_NAMES, WEEKDAYS, type MonthName } from './calendar-words.ts'
import { parseCardinal } from './parse-cardinal.ts'
import { parseOrdinal } from './parse-ordinal.ts'
import type { TokenView } from './token-view.ts'

const PATTERNS = {
  digitsOnly: /^\d+$/u,
  /** A day of the month in digits. */
  dayDigits: /^\d{1,2}$/u,
  /** A year after a month or a year word: three or four digits (عام 247, 2023). */
  yearDigits: /^\d{3,4}$/u,
  /** 27.10.2023, one scanned token. */
  dottedDate: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u,
  /** The year after "11/12," : two or four digits. */
  shortOrLongYear: /^\d{2}(\d{2})?$/u,
} as const

export interface DateMatch {
  from: number
  to: number
  start: number
  end: number
  date: FigureDate
}

interface MonthMatch {
  from: number
  to: number
  start: number
  end: number
  name: MonthName
}

/** Words before a bare month or year that make it a date reference ("في مارس", "منذ 2020"). */
const DATE_CUES = new Set([
  'في', 'منذ', 'خلال', 'حتي', 'مطلع', 'منتصف', 'اواخر', 'اوائل', 'نهايه', 'بدايه', 'اوسط', 'قبل', 'بعد', 'من',
  'الي', 'شهر', 'شهري', 'لشهر', 'بشهر', 'وفي', 'ومنذ', 'وحتي', 'غره', 'اواسط', 'بحلول', 'طيله', 'طوال', 'هذا',
])

/** Words naming the year before its number ("عام 1929", "سنة 1966", "العام 2023"). */
export const YEAR_WORDS = new Set(['عام', 'سنه', 'العام', 'السنه', 'لعام', 'لسنه', 'بعام', 'وعام', 'وسنه', 'للعام', 'للسنه', 'بالعام', 'والعام', 'عامي'])

/** Era markers after a year: م (ميلادي), هـ (هجري). */
const ERA_WORDS: Record<string, FigureDate['calendar']> = { م: 'gregorian', ميلادي: 'gregorian', ميلاديه: 'gregorian', ه: 'hijri', هجري: 'hijri', هجريه: 'hijri' }

const MONTHS_BY_FIRST = (() => {
  const map = new Map<string, MonthName[]>()
  for (const m of MONTH_NAMES) {
    const list = map.get(m.words[0]) ?? []
    list.push(m)
    list.sort((a, b) => b.words.length - a.words.length)
    map.set(m.words[0], list)
  }
  return map
})()

/** A month name at token i, with a clitic allowed on its first word (بيناير، وفي أكتوبر is two tokens). */
function matchMonth(view: TokenView, i: number): MonthMatch | undefined {
  for (const r of view.readings(i)) {
    if (r.article) continue
    if (r.pre && !['و', 'ب', 'ل', 'ف', 'وب', 'ول'].includes(r.pre)) continue
    for (const name of MONTHS_BY_FIRST.get(r.rest) ?? []) {
      let ok = true
      for (let k = 1; k < name.words.length; k++) {
        if (!view.joins(i + k) || view.word(i + k) !== name.words[k]) ok = false
      }
      if (!ok) continue
      const start = view.offsetAfter(i, r.pre)
      if (name.surfaceStartsWith && !view.text.startsWith(name.surfaceStartsWith, start)) continue
      const to = i + name.words.length
      return { from: i, to, start, end: view.at(to - 1)!.end, name }
    }
  }
  return undefined
}

/** A month and its alternates written beside it: "أكتوبر/ تشرين الأول", "أكتوبر (تشرين الأول)". */
function matchMonthWithAlternates(view: TokenView, i: number): MonthMatch | undefined {
  const m = matchMonth(view, i)
  if (!m) return undefined
  let to = m.to
  let end = m.end
  for (;;) {
    if (!view.joins(to) || !view.isSymbol(to, '/', '(', '-', '،', ',')) break
    const alt = view.joins(to + 1) ? matchMonth(view, to + 1) : undefined
    if (!alt || alt.name.month !== m.name.month || alt.name.calendar !== m.name.calendar) break
    to = alt.to
    end = alt.end
    if (view.isSymbol(to, ')')) {
      end = view.at(to)!.end
      to++
    }
  }
  return { ...m, to, end }
}

function isDay(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 31
}

/** A year after a month or on its own: digits (1–4) or words ≥ 100, then an era marker. */
function matchYear(view: TokenView, i: number): { to: number; end: number; year: number; calendar?: FigureDate['calendar'] } | undefined {
  let j = i
  if (view.isSymbol(j, '،', ',') && view.joins(j + 1)) j++
  if (view.isWord(j, 'من', 'عام', 'سنه', 'العام') && view.joins(j + 1)) j++
  if (view.isWord(j, 'عام', 'سنه', 'العام', 'السنه') && view.joins(j + 1)) j++
  const t = view.at(j)
  if (!t || !view.joins(j)) return undefined
  let year: number | undefined
  let to = j + 1
  let end = t.end
  if (t.type === 'number' && PATTERNS.yearDigits.test(t.norm)) {
    year = Number(t.norm)
  } else if (t.type === 'word') {
    const c = parseCardinal(view, j, { article: false })
    if (c && c.words && Number.isInteger(c.value) && c.value >= 100 && c.value <= 3000) {
      year = c.value
      to = c.to
      end = c.end
    }
  }
  if (year === undefined) return undefined
  const era = view.word(to)
  if (era !== undefined && ERA_WORDS[era] && view.joins(to)) {
    return { to: to + 1, end: view.at(to)!.end, year, calendar: ERA_WORDS[era] }
  }
  return { to, end, year }
}

/** Day before the month: digits, an ordinal word (السابع، أول) or cardinal words (واحد وعشرين). */
function matchDayBefore(view: TokenView, i: number, article = false): { to: number; start: number; end: number; day: number } | undefined {
  const t = view.at(i)
  if (!t) return undefined
  if (t.type === 'number') {
    if (!PATTERNS.dayDigits.test(t.norm) || !isDay(Number(t.norm))) return undefined
    return { to: i + 1, start: t.start, end: t.end, day: Number(t.norm) }
  }
  const o = parseOrdinal(view, i, true)
  if (o && isDay(o.value)) return { to: o.to, start: o.start, end: o.end, day: o.value }
  const c = parseCardinal(view, i, { article })
  if (c && c.words && isDay(c.value)) return { to: c.to, start: c.start, end: c.end, day: c.value }
  return undefined
}

/** Day after the month: "يناير الأول", "سبتمبر10", "يناير الثاني والعشرين". */
function matchDayAfter(view: TokenView, i: number): { to: number; end: number; day: number } | undefined {
  const t = view.at(i)
  if (!t || !view.joins(i)) return undefined
  if (t.type === 'number') {
    if (!PATTERNS.dayDigits.test(t.norm) || !isDay(Number(t.norm))) return undefined
    // "يناير 2" is a day, but "يناير 15 قتيلا" is not: a day after a month is followed by a year, a
    // comma or nothing countable; we accept it when the next token is not a word.
    const next = view.at(i + 1)
    if (next && next.type === 'word' && view.joins(i + 1) && !YEAR_WORDS.has(next.norm)) return undefined
    return { to: i + 1, end: t.end, day: Number(t.norm) }
  }
  const o = parseOrdinal(view, i)
  if (o && isDay(o.value)) return { to: o.to, end: o.end, day: o.value }
  return undefined
}

/**
 * Reads a date at token i: "السابع من أكتوبر/ تشرين الأول", "27 أكتوبر 2023", "الأربعاء، 22 يناير",
 * "أول يناير", "15 رمضان 1445 هـ", "عام 1929", "يوم 27", "الخميس 21". Weekdays alone are not dates.
 */
/** Words that place "الشهر" in time: this, last, next month, the same month. */
const MONTH_PLACES = ['الجاري', 'الماضي', 'المقبل', 'القادم', 'الحالي', 'نفسه', 'ذاته']

/** "من الشهر الجاري" starting at token k: where it ends, or undefined. */
function relativeMonthEnd(view: TokenView, k: number): { to: number; end: number } | undefined {
  if (!(view.joins(k) && view.isWord(k, 'من') && view.joins(k + 1) && view.isWord(k + 1, 'الشهر') && view.joins(k + 2) && view.isWord(k + 2, ...MONTH_PLACES))) return undefined
  return { to: k + 3, end: view.at(k + 2)!.end }
}

export function parseDate(view: TokenView, i: number): DateMatch | undefined {
  const t = view.at(i)
  if (!t) return undefined
  let j = i
  let start = t.start
  // Weekday first: "الأربعاء، 22 يناير", "الخميس في الحادية والعشرين".
  let weekday = false
  const wd = view.readings(i).find((r) => WEEKDAYS[(r.article ? 'ال' : '') + r.rest] !== undefined && (r.pre === '' || r.pre === 'و'))
  const wdArticle = wd !== undefined && (wd.article || wd.rest.startsWith('ال'))
  if (wd && (wdArticle || view.isWord(i - 1, 'يوم'))) {
    weekday = true
    start = view.offsetAfter(i, wd.pre)
    j = i + 1
    if (view.isSymbol(j, '،', ',', '-') && view.joins(j)) j++
    if (view.isWord(j, 'في', 'الموافق') && view.joins(j)) j++
    else if (view.at(j)?.type === 'word' && !matchMonth(view, j)) {
      // "الأحد الأول" is the first Sunday, not the first of the month: after a weekday a day in
      // words needs "في" ("الخميس في السابع"); digits and month names may follow directly.
      if (!parseCardinal(view, j, { article: false })) return undefined
    }
    if (!view.joins(j)) return undefined
  }

  // After a weekday the day may carry the article ("الجمعة في الخمسة عشر").
  const day = matchDayBefore(view, j, weekday)
  if (day) {
    let k = day.to
    if (view.joins(k) && (view.isWord(k, 'من') || view.isSymbol(k, '-', '/'))) k++
    const month = view.joins(k) ? matchMonthWithAlternates(view, k) : undefined
    if (month) {
      const date: FigureDate = { month: month.name.month, day: day.day, calendar: month.name.calendar }
      let end = month.end
      let to = month.to
      const year = matchYear(view, to)
      if (year) {
        date.year = year.year
        if (year.calendar) date.calendar = year.calendar
        end = year.end
        to = year.to
      }
      return { from: i, to, start: weekday ? start : day.start, end, date }
    }
    // "الـ25 من الشهر الجاري", "العاشر من الشهر المقبل": a day of the month named by where it stands.
    const relative = relativeMonthEnd(view, day.to)
    if (relative) return { from: i, to: relative.to, start: weekday ? start : day.start, end: relative.end, date: { day: day.day } }
    // Weekday + day alone: "الخميس 21", "الجمعة في 22"; not "الخميس 21 قتيلا".
    const after = view.word(day.to)
    const counted = after !== undefined && view.joins(day.to) && !['من', 'الجاري', 'الماضي', 'المقبل', 'القادم', 'الحالي', 'و', 'ليلا', 'صباحا', 'مساء', 'مساءا', 'ظهرا', 'عصرا', 'فجرا'].includes(after)
    if (weekday && !counted) return { from: i, to: day.to, start, end: day.end, date: { day: day.day } }
  }
  // A weekday may stand before a month too: "الاثنين، يناير الثاني والعشرين، 2018".
  const monthAt = weekday ? j : i
  if (weekday && !view.joins(monthAt)) return undefined

  const month = matchMonthWithAlternates(view, monthAt)
  if (weekday && !month) return undefined
  if (month) {
    const date: FigureDate = { month: month.name.month, calendar: month.name.calendar }
    let end = month.end
    let to = month.to
    const after = matchDayAfter(view, to)
    if (after) {
      date.day = after.day
      end = after.end
      to = after.to
    }
    const year = matchYear(view, to)
    if (year) {
      date.year = year.year
      if (year.calendar) date.calendar = year.calendar
      end = year.end
      to = year.to
    }
    const before = view.word(monthAt - 1)
    const cued = before !== undefined && DATE_CUES.has(before) && view.joins(monthAt)
    if (month.name.ambiguous && date.day === undefined && date.year === undefined) {
      const strict = month.name.words[0] === 'صفر'
      if (strict ? !view.isWord(monthAt - 1, 'شهر') : !cued) return undefined
    }
    return { from: i, to, start: weekday ? start : month.start, end, date }
  }

  // "عام 1929", "العام 2023م", "سنة 1966": the year word is inside the span (annotation convention).
  const yearWord = view.readings(i).find((r) => YEAR_WORDS.has(r.rest) || YEAR_WORDS.has((r.article ? 'ال' : '') + r.rest))
  if (yearWord && view.joins(i + 1)) {
    const year = matchYear(view, i + 1)
    // "الدين العام 120%": the public debt, a percentage, not the year 120.
    const percent = year !== undefined && view.isSymbol(year.to, '%', '٪') && view.joins(year.to)
    if (year && !percent) {
      const date: FigureDate = { year: year.year }
      if (year.calendar) date.calendar = year.calendar
      return { from: i, to: year.to, start: view.offsetAfter(i, yearWord.pre), end: year.end, date }
    }
  }
  const numeric = parseNumericDate(view, i)
  if (numeric) return numeric
  // "يوم 27": the word يوم stays outside the span.
  if (view.isWord(i - 1, 'يوم') && t.type === 'number' && PATTERNS.dayDigits.test(t.norm) && isDay(Number(t.norm)) && view.joins(i)) {
    const next = view.word(i + 1)
    if ((next === undefined || !view.joins(i + 1) || next === 'من') && !(view.at(i + 1)?.type === 'symbol' && view.at(i + 1)!.glued)) return { from: i, to: i + 1, start: t.start, end: t.end, date: { day: Number(t.norm) } }
  }

  return undefined
}

/** Years are four digits; two-digit years are read in the 2000s (news rarely writes 19xx short). */
function fullYear(raw: string): number {
  return raw.length <= 2 ? 2000 + Number(raw) : Number(raw)
}

function validDate(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && isDay(day)
}

/**
 * Numeric dates: 27/10/2023, 2023-10-27, 27.10.2023, 21-04-2016, and day/month pairs that cannot be
 * fractions or decimals (22/04, 04/22, 22-4). Arabic writes day before month; a first part above 12
 * with a second at most 12 settles it, and so does the reverse (4/22 is 22 April).
 */
function parseNumericDate(view: TokenView, i: number): DateMatch | undefined {
  const t = view.at(i)
  if (!t || t.type !== 'number') return undefined
  // One token with dots: 27.10.2023.
  const dotted = t.norm.match(PATTERNS.dottedDate)
  if (dotted) {
    const [d, m] = [Number(dotted[1]), Number(dotted[2])]
    if (validDate(d, m)) return { from: i, to: i + 1, start: t.start, end: t.end, date: { day: d, month: m, year: Number(dotted[3]) } }
  }
  if (!PATTERNS.digitsOnly.test(t.norm)) return undefined
  const parts: string[] = [t.norm]
  let sep: string | undefined
  let to = i + 1
  while (parts.length < 3) {
    const s = view.at(to)
    const n = view.at(to + 1)
    if (!s || !n || s.type !== 'symbol' || !s.glued || !n.glued || n.type !== 'number' || !PATTERNS.digitsOnly.test(n.norm)) break
    if (!['/', '-', '.'].includes(s.norm) || (sep && s.norm !== sep)) break
    sep = s.norm
    parts.push(n.norm)
    to += 2
  }
  // A number glued after the date (10/2023/5) means it is something else (a reference number).
  if (view.at(to)?.glued && view.at(to)?.type === 'number') return undefined
  const end = view.at(to - 1)!.end
  const nums = parts.map(Number)
  if (parts.length === 3) {
    if (parts[0].length === 4 && validDate(nums[2], nums[1])) {
      return { from: i, to, start: t.start, end, date: { year: nums[0], month: nums[1], day: nums[2] } }
    }
    if (parts[2].length === 4 || parts[2].length === 2) {
      let [d, m] = [nums[0], nums[1]]
      if (!validDate(d, m) && validDate(m, d)) [d, m] = [m, d]
      if (validDate(d, m)) return { from: i, to, start: t.start, end, date: { year: fullYear(parts[2]), month: m, day: d } }
    }
    return undefined
  }
  // "11/12, 2016": a year after a comma completes a day/month pair.
  if (parts.length === 2 && sep === '/' && view.isSymbol(to, ',', '،') && view.at(to + 1)?.type === 'number' && PATTERNS.shortOrLongYear.test(view.at(to + 1)!.norm) && view.joins(to + 1)) {
    let [d, m] = [nums[0], nums[1]]
    if (!validDate(d, m) && validDate(m, d)) [d, m] = [m, d]
    if (validDate(d, m)) return { from: i, to: to + 2, start: t.start, end: view.at(to + 1)!.end, date: { year: fullYear(view.at(to + 1)!.norm), month: m, day: d } }
  }
  if (parts.length === 2 && sep !== '.') {
    // Month/year: 3-2015, 10/2023.
    if (parts[1].length === 4 && nums[0] >= 1 && nums[0] <= 12) {
      return { from: i, to, start: t.start, end, date: { year: nums[1], month: nums[0] } }
    }
    if (parts[0].length > 2 || parts[1].length > 2) return undefined
    const leadingZero = parts[0].startsWith('0') || parts[1].startsWith('0')
    const cue = view.isWord(i - 1, 'في', 'يوم', 'بتاريخ', 'تاريخ', 'حتي', 'منذ', 'الموافق')
    let [d, m] = [nums[0], nums[1]]
    const oneSideBig = (d > 12 && m <= 12) || (m > 12 && d <= 12)
    if (!(leadingZero || cue || (oneSideBig && sep === '/'))) return undefined
    // A dash between two numbers is a range unless a cue or a leading zero says date.
    if (sep === '-' && !leadingZero && !cue) return undefined
    if (!validDate(d, m) && validDate(m, d)) [d, m] = [m, d]
    if (validDate(d, m)) return { from: i, to, start: t.start, end, date: { month: m, day: d } }
  }
  return undefined
}
