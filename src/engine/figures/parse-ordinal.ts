import { HUNDRED_WORDS, ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, TEN_WORDS, UNIT_WORDS } from './number-words.ts'
import type { TokenView } from './token-view.ts'

export interface OrdinalMatch {
  from: number
  to: number
  start: number
  end: number
  value: number
  /** The first word had the article (الرابع) rather than standing bare (رابع, أول). */
  article: boolean
  /** Feminine form (الرابعة): hours are said with these ("الساعة الرابعة"). */
  feminine: boolean
}

const PATTERNS = {
  /** A definite noun without a feminine ending, normalised: "الفيديو", "العنصر", not "المرحله", "الدورات". */
  masculineDefinite: /^[وف]?[بلك]?ال\p{L}+(?<!ه|ات)$/u,
} as const

/**
 * "الأولي" written with ي after a masculine definite noun is the adjective "initial" ("مقطع الفيديو الأولي",
 * "العنصر الأولي"): the ordinal there would be "الأول". After a feminine noun ("المرحلة الأولي", "الذكرى
 * الأولي"), a comma or an indefinite plural ("ثلاث مراحل الاولي") it is "الأولى" spelled with ي, as is
 * common in Egypt.
 */
function isInitialAdjective(view: TokenView, i: number): boolean {
  const before = view.word(i - 1)
  return (
    view.lastLetter(i) === '\u064A' && before !== undefined && view.joins(i) &&
    PATTERNS.masculineDefinite.test(before) && view.lastLetter(i - 1) !== '\u0649'
  )
}

/**
 * Reads an ordinal at token i: الأول … العاشر (masculine and feminine), الحادي عشر … التاسع عشر,
 * tens with the article (العشرون), compounds (الحادي والعشرون, الخامسة والعشرون, الواحد والعشرون), and
 * big round ordinals (المئة, الألف, التريليون). Without the article only when `bare` (dates: "أول يناير").
 */
export function parseOrdinal(view: TokenView, i: number, bare = false): OrdinalMatch | undefined {
  for (const r of view.readings(i)) {
    if (!r.article && !(bare && r.pre === '')) continue
    const w = r.rest
    if (w === 'اولي' && isInitialAdjective(view, i)) return undefined
    let value: number | undefined
    let feminine = w.endsWith('ه') || w === 'اولي'
    let compoundable = false
    if (ORDINAL_WORDS[w] !== undefined) {
      value = ORDINAL_WORDS[w]
      compoundable = true
    } else if (r.article && UNIT_WORDS[w] !== undefined && (w === 'واحد' || w === 'واحده')) {
      // "الواحد والعشرون": only as the first half of a compound.
      value = 1
      compoundable = true
    } else if (r.article && TENS_WORDS[w] !== undefined) {
      value = TENS_WORDS[w]
    } else if (r.article && (HUNDRED_WORDS[w] !== undefined || w === 'مئتيان' || w === 'مائتيان')) {
      value = HUNDRED_WORDS[w] ?? 200
    } else if (r.article && SCALE_WORDS[w] !== undefined && SCALE_WORDS[w].form === 'one' && !w.endsWith('ا')) {
      value = SCALE_WORDS[w].value
    }
    if (value === undefined) continue
    const start = view.offsetAfter(i, r.pre)
    let end = view.at(i)!.end
    let to = i + 1
    if (compoundable && value < 10 && view.joins(to)) {
      const next = view.word(to)
      // الحادي عشر / الثالثة عشرة: the ten is bare, without the article.
      if (next !== undefined && TEN_WORDS.has(next) && w !== 'اول' && w !== 'اولي') {
        value += 10
        end = view.at(to)!.end
        to++
        return { from: i, to, start, end, value, article: r.article, feminine }
      }
      // الحادي والعشرون: و + article + tens.
      const tensWord = next !== undefined && next.startsWith('وال') ? next.slice(3) : undefined
      const tensAlone = next === 'و' && view.word(to + 1)?.startsWith('ال') ? view.word(to + 1)!.slice(2) : undefined
      const tens = TENS_WORDS[tensWord ?? tensAlone ?? '']
      if (tens !== undefined && w !== 'اول' && w !== 'اولي') {
        value += tens
        to += tensAlone !== undefined ? 2 : 1
        end = view.at(to - 1)!.end
        feminine = feminine || w.endsWith('ه')
        return { from: i, to, start, end, value, article: r.article, feminine }
      }
    }
    if (w === 'واحد' || w === 'واحده') continue
    return { from: i, to, start, end, value, article: r.article, feminine }
  }
  return undefined
}
