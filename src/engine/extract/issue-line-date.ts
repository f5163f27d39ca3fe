/**
 * The date of a newspaper's or a newsletter's issue line above the headline ("العدد 5917 | الأحد 13 ربيع الآخر 1426 هـ |
 * 22 مايو 2005 م", "العدد 112 | الخميس 5 مارس 2026"): the article's date when the page prints no other. Old ASP papers and
 * newsletters' web copies date the issue, not the piece; the piece is of that issue.
 */
import { parseDate, toIso } from './parse-date.ts'
import { isAfter } from './document-order.ts'

/** The issue number that opens the line: "العدد 5917", "عدد رقم: 112", "شماره ۲۳۴". */
const ISSUE_NUMBER = /^(?:العدد|عدد|شماره)\s*(?:رقم\s*)?[:：-]?\s*[\d٠-٩۰-۹]+(?:\s|$)/u

/** An issue line is short: the number, a day or two of dates, a link or two ("الأعداد السابقة"). */
const MAX_LINE_CHARS = 160

/** How far up from the issue number's own element the line is looked for (its <b> in a <td>, its <span> in a <div>). */
const MAX_ANCESTORS = 3

/** Elements looked at before the headline, in page order (bounded work on long pages). */
const MAX_ELEMENTS = 400


export function issueLineDate(root: Element, headline: Element): string | undefined {
  let seen = 0
  for (const element of Array.from(root.querySelectorAll('b, strong, span, font, div, td, p'))) {
    if (++seen > MAX_ELEMENTS || !isAfter(headline, element)) return undefined
    if (!ISSUE_NUMBER.test(squash(element.textContent))) continue
    let line: Element | null = element
    for (let up = 0; line && up <= MAX_ANCESTORS; up++, line = line.parentElement) {
      const text = squash(line.textContent)
      if (text.length > MAX_LINE_CHARS) break
      const date = parseDate(text)
      if (date) return toIso(date)
    }
  }
  return undefined
}

function squash(text: string | null): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim()
}
