import type { Figure } from '../doc.ts'
import type { TokenView } from './token-view.ts'

const PATTERNS = {
  /** A conjunction or preposition glued to the qualifier ("وأكثر من", "بنحو"). */
  leadingClitic: /^[وفب]$/u,
} as const

type Approx = NonNullable<Figure['approx']>

/**
 * Words of approximation said before a figure; they stay outside its span (annotation convention) and
 * become `approx`. Longest first, normalised.
 */
const BEFORE: [string[], Approx][] = [
  [['ما', 'لا', 'يقل', 'عن'], 'at-least'], [['ما', 'لا', 'يزيد', 'عن'], 'at-most'], [['ما', 'لا', 'يزيد', 'علي'], 'at-most'],
  [['ما', 'يزيد', 'عن'], 'more-than'], [['ما', 'يزيد', 'علي'], 'more-than'], [['ما', 'يربو', 'علي'], 'more-than'],
  [['ما', 'يقرب', 'من'], 'about'], [['ما', 'يناهز'], 'about'], [['ما', 'يقارب'], 'about'],
  [['اكثر', 'من'], 'more-than'], [['اقل', 'من'], 'less-than'], [['ازيد', 'من'], 'more-than'], [['اكبر', 'من'], 'more-than'],
  [['اصغر', 'من'], 'less-than'], [['ادني', 'من'], 'less-than'], [['اعلي', 'من'], 'more-than'], [['ما', 'دون'], 'less-than'],
  [['نحو'], 'about'], [['حوالي'], 'about'], [['قرابه'], 'about'], [['زهاء'], 'about'], [['يناهز'], 'about'],
  [['يقارب'], 'about'], [['تقريبا'], 'about'], [['فوق'], 'more-than'], [['تحت'], 'less-than'], [['يتجاوز'], 'more-than'],
  [['قرابة'], 'about'],
]

const AFTER: [string[], Approx][] = [
  [['علي', 'الاقل'], 'at-least'], [['علي', 'الاكثر'], 'at-most'], [['او', 'اكثر'], 'at-least'], [['او', 'اقل'], 'at-most'],
  [['تقريبا'], 'about'],
]

/** The qualifier said right before token `from` or right after token `to`, if any. */
export function findApprox(view: TokenView, from: number, to: number): Approx | undefined {
  for (const [words, approx] of BEFORE) {
    const first = from - words.length
    if (first < 0) continue
    let ok = true
    for (let k = 0; k < words.length && ok; k++) {
      const w = view.word(first + k)
      // The first word may carry و or ب ("وأكثر من", "بنحو").
      ok = w === words[k] || (k === 0 && w !== undefined && w.length > words[k].length && PATTERNS.leadingClitic.test(w[0]) && w.slice(1) === words[k])
      if (k > 0 && !view.joins(first + k)) ok = false
    }
    if (ok && view.joins(from)) return approx
  }
  for (const [words, approx] of AFTER) {
    let ok = true
    for (let k = 0; k < words.length && ok; k++) ok = view.word(to + k) === words[k] && view.joins(to + k)
    if (ok) return approx
  }
  return undefined
}
