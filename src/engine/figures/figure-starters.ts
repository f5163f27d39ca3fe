import { MONTH_NAMES, WEEKDAYS } from './calendar-words.ts'
import {
  DOZEN_WORDS, FRACTION_DUALS, FRACTION_PLURALS, FRACTION_WORDS, HUNDRED_WORDS, NEGATIVE_WORDS, ORDINAL_WORDS,
  SCALE_WORDS, TENS_WORDS, TEN_WORDS, UNIT_WORDS,
} from './number-words.ts'
import { YEAR_WORDS } from './parse-date.ts'
import { DAY_PARTS, NAMED_TIMES, matchDayPart } from './parse-time.ts'
import type { TokenView } from './token-view.ts'
import { TIME_UNIT_WORDS } from './unit-words.ts'

/**
 * Words (without clitics) that can begin a figure. find-figures runs its recognizers only at these and
 * at digits: most words of a news text start nothing, and skipping them keeps the scan above 1 MB/s.
 */
const STARTERS = new Set<string>([
  ...Object.keys(UNIT_WORDS), ...TEN_WORDS, ...Object.keys(TENS_WORDS), ...Object.keys(HUNDRED_WORDS),
  ...Object.keys(SCALE_WORDS), ...Object.keys(FRACTION_WORDS), ...Object.keys(FRACTION_PLURALS),
  ...Object.keys(FRACTION_DUALS), ...Object.keys(DOZEN_WORDS), ...NEGATIVE_WORDS, ...Object.keys(ORDINAL_WORDS),
  ...MONTH_NAMES.map((m) => m.words[0]), ...Object.keys(WEEKDAYS), ...YEAR_WORDS, ...Object.keys(TIME_UNIT_WORDS),
  ...NAMED_TIMES.map(([w]) => w[0]), 'ساعه', 'جزء', 'مئتيان', 'مائتيان',
])

/** First words of day parts ("بعد الظهر 7:00"): starters only when the hour follows. */
const DAY_PART_LEADS = new Set(DAY_PARTS.map(([w]) => w[0]))

export function isDayPartLead(view: TokenView, i: number): boolean {
  const w = view.word(i)
  if (w === undefined || !DAY_PART_LEADS.has(w)) return false
  const part = matchDayPart(view, i)
  if (!part) return false
  const next = view.at(part.to)
  return next?.type === 'number' || (next?.type === 'word' && next.norm === 'الساعه')
}

const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']

/**
 * Every starter with every clitic combination in front (و، ب، ال، بال، لل …), built once: a set lookup per
 * word instead of slicing each word eleven ways.
 */
const STARTER_FORMS = (() => {
  const forms = new Set<string>()
  for (const word of STARTERS) {
    for (const pre of PREFIXES) {
      forms.add(pre + word)
      forms.add(pre + 'ال' + word)
      if (pre.endsWith('ل')) forms.add(pre + 'ل' + word)
    }
  }
  return forms
})()

/** True when the normalised word, with or without clitics and the article, may begin a figure. */
export function isStarterWord(word: string): boolean {
  return STARTER_FORMS.has(word)
}
