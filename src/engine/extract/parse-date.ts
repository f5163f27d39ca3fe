/**
 * Publication dates from what pages write: ISO stamps (with "+0500"-style offsets too), numeric dates
 * ("27/10/2023 – 16:40", "۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹"), and dates in words ("الجمعة 27 أكتوبر 2023",
 * "3 مارس/ آذار 2024", "24 اردیبهشت 1403 ساعت 09:05", "October 9, 2020"). Digits may be Arabic-Indic or
 * Persian. Jalali dates are converted to Gregorian. Output is ISO: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" or the
 * full stamp with its offset (the local day is kept: a reader in Beirut saw the Beirut date).
 */
import { toAsciiDigits } from '../arabic/normalize.ts'
import { normalizePhrase } from './clutter-rules.ts'
import { MONTHS } from './month-names.ts'

const PATTERNS = {
  /** ISO 8601 date with optional time and offset; offsets with or without a colon. */
  iso: /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/u,
  /** d/m/y, y/m/d, d-m-y, d.m.y with 1–2 digit day/month and 4-digit year. */
  numeric: /(?<![\d/.-])(\d{1,4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,4})(?![\d/.-])/u,
  /** A time of day: 16:40, 9:05; "م"/"ص" or pm/am after it. */
  time: /(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)\s*(م|ص|pm|am|PM|AM)?/u,
  /** Tokens for the word-date scan (after normalizePhrase). */
  number: /^\d{1,4}$/u,
  /** The letter م closing a year ("2024م"). */
  gregorianMark: /(?<=^\d{4})م$/u,
} as const

export interface ParsedDate {
  year: number
  month: number
  day: number
  hour?: number
  minute?: number
  second?: number
  /** The page's offset, when an ISO stamp gave one ("+03:00", "Z"). */
  offset?: string
}

function isValid(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31
}

/** Jalali (Solar Hijri) → Gregorian, by day count (the arithmetic calendar; exact for 1300–1500 SH). */
export function jalaliToGregorian(jy: number, jm: number, jd: number): { year: number; month: number; day: number } {
  // Days since 1 Farvardin 1 SH using 33-year cycles (Birashk's arithmetic rules as used by most libraries).
  const jy2 = jy - 979
  let days = 365 * jy2 + Math.floor(jy2 / 33) * 8 + Math.floor(((jy2 % 33) + 3) / 4)
  for (let m = 1; m < jm; m++) days += m <= 6 ? 31 : 30
  days += jd - 1
  // Day 0 is 1600-03-21 (Gregorian) ≡ 1 Farvardin 979 SH.
  let gDays = days + 79
  let gy = 1600 + 400 * Math.floor(gDays / 146097)
  gDays %= 146097
  let leap = true
  if (gDays >= 36525) {
    gDays--
    gy += 100 * Math.floor(gDays / 36524)
    gDays %= 36524
    if (gDays >= 365) gDays++
    else leap = false
  }
  gy += 4 * Math.floor(gDays / 1461)
  gDays %= 1461
  if (gDays >= 366) {
    leap = false
    gDays--
    gy += Math.floor(gDays / 365)
    gDays %= 365
  }
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  let gm = 0
  while (gm < 12 && gDays >= monthDays[gm]) {
    gDays -= monthDays[gm]
    gm++
  }
  return { year: gy, month: gm + 1, day: gDays + 1 }
}

function fromJalaliIfNeeded(year: number, month: number, day: number): { year: number; month: number; day: number } {
  // Years 1300–1499 are Solar Hijri on Persian pages (Gregorian news dates are 1990+).
  if (year >= 1300 && year < 1500) return jalaliToGregorian(year, month, day)
  return { year, month, day }
}

function withTime(date: ParsedDate, text: string): ParsedDate {
  const time = PATTERNS.time.exec(text)
  if (!time) return date
  let hour = Number(time[1])
  const minute = Number(time[2])
  // "م" (masa'an, p.m.) on a 12-hour clock.
  if ((time[3] === 'م' || time[3]?.toLowerCase() === 'pm') && hour < 12) hour += 12
  if ((time[3] === 'ص' || time[3]?.toLowerCase() === 'am') && hour === 12) hour = 0
  if (hour > 23 || minute > 59) return date
  return { ...date, hour, minute }
}

/** An ISO stamp. */
function parseIso(text: string): ParsedDate | undefined {
  const m = PATTERNS.iso.exec(text)
  if (!m) return undefined
  const date: ParsedDate = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  if (!isValid(date.year, date.month, date.day)) return undefined
  if (m[4]) {
    date.hour = Number(m[4])
    date.minute = Number(m[5])
    if (m[6]) date.second = Number(m[6])
  }
  if (m[7]) date.offset = m[7] === 'Z' ? 'Z' : m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`
  return date
}

/** A numeric date: d/m/y (Arab pages) or y/m/d (ISO-like, Persian pages). */
function parseNumeric(text: string): ParsedDate | undefined {
  const m = PATTERNS.numeric.exec(text)
  if (!m) return undefined
  const [a, b, c] = [Number(m[1]), Number(m[3]), Number(m[4])]
  let ymd: { year: number; month: number; day: number }
  if (m[1].length === 4) ymd = fromJalaliIfNeeded(a, b, c)
  else if (m[4].length === 4) ymd = fromJalaliIfNeeded(c, b, a)
  else return undefined
  if (!isValid(ymd.year, ymd.month, ymd.day)) return undefined
  return withTime(ymd, text.slice(m.index + m[0].length))
}

/** A date in words: day, month name (one or two words, maybe "أكتوبر/ تشرين الأول"), year. */
function parseWords(text: string): ParsedDate | undefined {
  const words = normalizePhrase(text).split(' ')
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : ''
    const month = (two && MONTHS.get(two)) || MONTHS.get(words[i])
    if (!month) continue
    const span = two && MONTHS.get(two) ? 2 : 1
    const before = words[i - 1]
    // The year is the next number after the month (skipping a second month name or "،"), within 4 words.
    let year: number | undefined
    let day: number | undefined
    let k = i + span
    for (let seen = 0; k < words.length && seen < 4; k++, seen++) {
      // A Gregorian year may carry its calendar's letter beside a Hijri date: "19 نوفمبر 2024م" (Al Riyadh).
      const word = words[k].replace(PATTERNS.gregorianMark, '')
      if (!PATTERNS.number.test(word)) continue
      const value = Number(word)
      if (word.length === 4) {
        year = value
        break
      }
      // English order: "October 9, 2020".
      if (day === undefined && value >= 1 && value <= 31) day = value
    }
    if (before && PATTERNS.number.test(before) && Number(before) >= 1 && Number(before) <= 31) day = Number(before)
    // Elaph writes the year first: "GMT 9:40 2024 الخميس 14 مارس" (a weekday may sit between).
    if (year === undefined && day !== undefined && day === Number(before)) {
      for (let back = i - 2; back >= Math.max(0, i - 4); back--) {
        if (PATTERNS.number.test(words[back]) && words[back].length === 4) {
          year = Number(words[back])
          break
        }
      }
    }
    if (year === undefined || day === undefined) continue
    let ymd = { year, month: month.month, day }
    if (month.calendar === 'jalali') ymd = jalaliToGregorian(year, month.month, day)
    if (!isValid(ymd.year, ymd.month, ymd.day)) continue
    return withTime(ymd, toAsciiDigits(text))
  }
  return undefined
}

/** Any date a page writes; undefined when there is none. */
export function parseDate(raw: string | null | undefined): ParsedDate | undefined {
  if (!raw) return undefined
  const text = toAsciiDigits(raw).slice(0, 300)
  return parseIso(text) ?? parseNumeric(text) ?? parseWords(text)
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** ISO 8601 form of a parsed date (date only, date and time, or with the page's offset). */
export function toIso(date: ParsedDate): string {
  const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`
  if (date.hour === undefined) return day
  const time = `${day}T${pad(date.hour)}:${pad(date.minute ?? 0)}`
  return date.offset ? `${time}:${pad(date.second ?? 0)}${date.offset}` : time
}
