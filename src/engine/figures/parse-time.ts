import { parseCardinal } from './parse-cardinal.ts'
import { parseOrdinal } from './parse-ordinal.ts'
import type { TokenView } from './token-view.ts'

const PATTERNS = {
  hourDigits: /^\d{1,2}$/u,
  minuteDigits: /^\d{2}$/u,
  /** Hours and minutes run together before a day part: "340 مساءً", "1140 صباحًا". */
  hhmm: /^\d{3,4}$/u,
} as const

export interface TimeMatch {
  from: number
  to: number
  start: number
  end: number
  time: { hour: number; minute?: number }
}

/** Parts of the day after an hour, and whether they move it past noon. Multi-word forms listed whole. */
export const DAY_PARTS: [string[], 'am' | 'pm' | 'noon' | 'night'][] = [
  [['بعد', 'الظهر'], 'pm'], [['بعد', 'الظهيره'], 'pm'], [['في', 'الصباح'], 'am'], [['في', 'المساء'], 'pm'],
  [['في', 'الليل'], 'night'], [['من', 'صباح'], 'am'], [['وقت', 'الغداء'], 'noon'], [['منتصف', 'الليل'], 'night'],
  [['صباحا'], 'am'], [['صباح'], 'am'], [['الصباح'], 'am'], [['فجرا'], 'am'], [['الفجر'], 'am'], [['ضحي'], 'am'],
  [['ظهرا'], 'noon'], [['الظهر'], 'noon'], [['عصرا'], 'pm'], [['العصر'], 'pm'], [['مساء'], 'pm'], [['مساءا'], 'pm'],
  [['المساء'], 'pm'], [['ليلا'], 'night'], [['الليل'], 'night'], [['بالليل'], 'night'],
]

/** Whole expressions that name a time of day. */
export const NAMED_TIMES: [string[], number][] = [
  [['منتصف', 'الليل'], 0], [['منتصف', 'النهار'], 12], [['منتصف', 'الظهر'], 12], [['الظهيره'], 12], [['الظهر'], 12],
]

/** Words before "الظهر" that make it a period or a prayer, not the time 12:00 ("بعد الظهر", "صلاة الظهر"). */
const NOT_NOON_BEFORE = new Set(['بعد', 'قبل', 'صلاه', 'لصلاه', 'وقت', 'منتصف', 'حتي', 'عند'])

/** Matches words in sequence from token i; a hyphen may join them ("منتصف-الليل"). */
function matchWords(view: TokenView, i: number, words: string[]): number | undefined {
  let j = i
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && view.isSymbol(j, '-') && view.at(j)!.glued) j++
    if (k > 0 && !view.joins(j)) return undefined
    if (view.word(j) !== words[k]) return undefined
    j++
  }
  return j
}

export function matchDayPart(view: TokenView, i: number): { to: number; part: 'am' | 'pm' | 'noon' | 'night' } | undefined {
  if (!view.joins(i)) return undefined
  for (const [words, part] of DAY_PARTS) {
    const to = matchWords(view, i, words)
    if (to !== undefined) return { to, part }
  }
  return undefined
}

function applyDayPart(hour: number, part: 'am' | 'pm' | 'noon' | 'night' | undefined): number {
  if (part === 'pm' && hour < 12) return hour + 12
  // "8 في الليل" is 20:00; "2 ليلا" is 02:00 (small hours are read as after midnight).
  if (part === 'night') return hour === 12 ? 0 : hour >= 6 && hour < 12 ? hour + 12 : hour
  // "الساعة 1 وقت الغداء", "الظهر الساعة 7": hours before 11 are afternoon; 11 and 12 stay.
  if (part === 'noon' && hour < 11) return hour + 12
  return hour
}

/** Minutes after an hour: "والنصف", "وربع", "وثلث", "وعشر دقائق", "وخمسة وثلاثين", "إلا ربع". */
function matchMinutes(view: TokenView, i: number): { to: number; minute: number; before?: boolean } | undefined {
  if (!view.joins(i)) return undefined
  const w = view.word(i)
  if (w === undefined) return undefined
  const simple: Record<string, number> = { والنصف: 30, ونصف: 30, والربع: 15, وربع: 15, والثلث: 20, وثلث: 20 }
  if (simple[w] !== undefined) return { to: i + 1, minute: simple[w] }
  if (w === 'وثلاثه' && view.isWord(i + 1, 'ارباع') && view.joins(i + 1)) return { to: i + 2, minute: 45 }
  if (w === 'الا' && view.joins(i + 1)) {
    const q = view.word(i + 1)
    const minus: Record<string, number> = { ربع: 15, ربعا: 15, ثلث: 20, ثلثا: 20 }
    if (q !== undefined && minus[q] !== undefined) return { to: i + 2, minute: 60 - minus[q], before: true }
    const c = parseCardinal(view, i + 1, { article: false })
    if (c && c.value > 0 && c.value < 60) {
      const to = view.isWord(c.to, 'دقيقه', 'دقائق') ? c.to + 1 : c.to
      return { to, minute: 60 - c.value, before: true }
    }
    return undefined
  }
  if (w.startsWith('و') || w === 'و') {
    const c = parseCardinal(view, w === 'و' ? i + 1 : i, { article: false })
    // parseCardinal reads "وخمسة" as a conjunction only after a first word; here we strip it ourselves.
    const value = c?.value
    if (c && value !== undefined && Number.isInteger(value) && value > 0 && value < 60) {
      const to = view.isWord(c.to, 'دقيقه', 'دقائق') ? c.to + 1 : c.to
      return { to, minute: value }
    }
  }
  return undefined
}

/**
 * Reads a time of day at token i: "16:40", "7:56:35 مساءً", "الساعة الرابعة عصرا", "الساعة 7",
 * "السابعة والنصف صباحًا", "8 صباحًا", "340 مساءً", "منتصف الليل".
 */
export function parseTime(view: TokenView, i: number): TimeMatch | undefined {
  const t = view.at(i)
  if (!t) return undefined
  for (const [words, hour] of NAMED_TIMES) {
    if (words.length === 1 && NOT_NOON_BEFORE.has(view.word(i - 1) ?? '')) continue
    // "الظهر الساعة 7" is 19:00, read below.
    if (words.length === 1 && view.readings(i + 1).some((r) => r.rest === 'ساعه' && r.article)) continue
    const to = matchWords(view, i, words)
    if (to !== undefined) return { from: i, to, start: t.start, end: view.at(to - 1)!.end, time: { hour } }
  }

  const clockWord = view.readings(i).some((r) => r.rest === 'ساعه' && r.article)
  let j = clockWord ? i + 1 : i
  // "بعد الظهر 7:00": a day part may come first.
  let lead: ReturnType<typeof matchDayPart>
  if (!clockWord) {
    lead = matchDayPart(view, i)
    if (lead && view.at(lead.to)?.type === 'number' && view.joins(lead.to)) j = lead.to
    else if (lead && view.readings(lead.to).some((r) => r.rest === 'ساعه' && r.article) && view.joins(lead.to)) j = lead.to + 1
    else lead = undefined
  }
  const h = view.at(j)
  if (!h || !view.joins(j)) return undefined
  let hour: number | undefined
  let minute: number | undefined
  let to = j + 1
  let strong = clockWord || lead !== undefined
  if (h.type === 'number') {
    // hh:mm(:ss), glued.
    if (PATTERNS.hourDigits.test(h.norm) && view.isSymbol(j + 1, ':') && view.at(j + 1)!.glued && view.at(j + 2)?.type === 'number' && view.at(j + 2)!.glued) {
      const hh = Number(h.norm)
      const mm = Number(view.at(j + 2)!.norm)
      if (hh > 24 || mm > 59 || !PATTERNS.minuteDigits.test(view.at(j + 2)!.norm)) return undefined
      hour = hh
      minute = mm
      to = j + 3
      if (view.isSymbol(to, ':') && view.at(to)!.glued && view.at(to + 1)?.type === 'number' && view.at(to + 1)!.glued) to += 2
      strong = true
    } else if (PATTERNS.hourDigits.test(h.norm) && Number(h.norm) <= (clockWord ? 24 : 12)) {
      // Without "الساعة", an hour said with a day part is on the 12-hour clock ("8 صباحا", not "21 ليلا").
      hour = Number(h.norm)
    } else if (PATTERNS.hhmm.test(h.norm)) {
      // "340 مساءً", "1140 صباحًا": hhmm, only with a day part after it.
      const n = Number(h.norm)
      if (n % 100 > 59 || Math.floor(n / 100) > 12) return undefined
      hour = Math.floor(n / 100)
      minute = n % 100
      const part = matchDayPart(view, to)
      if (!part) return undefined
    } else return undefined
  } else {
    const o = parseOrdinal(view, j)
    // "الواحدة ظهرا": one o'clock is said with the cardinal, not الأولى.
    const one = view.readings(j).some((r) => r.article && r.pre === '' && r.rest === 'واحده') && matchDayPart(view, j + 1) !== undefined
    if (one) {
      hour = 1
      to = j + 1
    } else if (o && o.value >= 1 && o.value <= 12 && (o.feminine || clockWord)) {
      hour = o.value
      to = o.to
    } else if (clockWord) {
      // "الساعة الواحدة", "الساعة 3", "الساعة ثلاث": the hour may carry the article.
      const c = parseCardinal(view, j)
      if (c && Number.isInteger(c.value) && c.value >= 1 && c.value <= 12) {
        hour = c.value
        to = c.to
      }
    } else {
      // "ثامنة والربع": a bare feminine ordinal with minutes after it.
      const bare = parseOrdinal(view, j, true)
      if (bare && bare.feminine && bare.value <= 12 && matchMinutes(view, bare.to)) {
        hour = bare.value
        to = bare.to
      } else {
        // Number words said as a clock, only with a day part after them: "خمسة عشر وثلاثين مساءً" (15:30),
        // "خمسة عشر خمسة عشر مساءً" (15:15), "ثمانية وأربعين صباحا" (8:40: hour and minutes run together).
        const c = parseCardinal(view, j, { article: false })
        if (c && c.words && Number.isInteger(c.value)) {
          const c2 = parseCardinal(view, c.to, { article: false })
          const afterFirst = c2 && c2.value < 60 && Number.isInteger(c2.value) ? c2.to : c.to
          if (matchDayPart(view, afterFirst)) {
            if (c.value <= 24 && c2 && afterFirst === c2.to) {
              hour = c.value
              minute = c2.value
            } else if (c.value <= 24) hour = c.value
            else if (c.value % 10 >= 1 && c.value % 10 <= 9 && c.value >= 20 && c.value < 60 + 9) {
              hour = c.value % 10
              minute = c.value - hour
            }
            if (hour !== undefined) {
              to = afterFirst
              strong = true
            }
          }
        }
      }
    }
  }
  if (hour === undefined) return undefined
  const mins = minute === undefined ? matchMinutes(view, to) : undefined
  if (mins) {
    minute = mins.minute
    if (mins.before) hour = hour === 0 ? 23 : hour - 1
    to = mins.to
    strong = true
  }
  let part = matchDayPart(view, to)
  if (part) {
    to = part.to
    strong = true
    // "9 مساءً وثلاثة أرباع": minutes may follow the day part.
    const late = minute === undefined ? matchMinutes(view, to) : undefined
    if (late && !late.before) {
      minute = late.minute
      to = late.to
    }
  } else if (lead) {
    part = lead
  }
  // A bare number or ordinal needs a clock word, a day part or minutes to be a time ("السابعة مساء").
  if (!strong) return undefined
  // Bare digits need a clock word or a day part: "بين 10 و20" is a range, not 10:20.
  if (h.type === 'number' && !clockWord && !lead && !part && (minute === undefined || mins !== undefined)) return undefined
  const hour24 = applyDayPart(hour, part?.part)
  const start = clockWord ? view.offsetAfter(i, view.readings(i).find((r) => r.rest === 'ساعه' && r.article)!.pre) : t.start
  return { from: i, to, start, end: view.at(to - 1)!.end, time: minute === undefined ? { hour: hour24 } : { hour: hour24, minute } }
}
