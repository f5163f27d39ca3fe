import type { Block } from '../doc.ts'
import { parseDate, toIso } from './parse-date.ts'

/**
 * The date a release's dateline gives when the page declares and shows none: "القاهرة، 12 آذار/مارس 2026 – أطلقت …" opening
 * the first paragraph (WHO EMRO's releases, dated only there). The dateline is the place and the date before the dash; a
 * date without its year is none (a weekday or a day of the month says too little).
 */
const DATELINE = /^([^–—\-.]{6,50}?)\s+[–—-]\s/u
const YEAR = /(?:19|20)\d\d|[١٢][٩٠][٠-٩][٠-٩]/u

export function datelineDate(text: string, blocks: readonly Block[]): string | undefined {
  const first = blocks.find((block) => block.kind === 'paragraph')
  if (!first) return undefined
  const line = DATELINE.exec(text.slice(first.start, Math.min(first.end, first.start + 80)))?.[1]
  if (!line || !YEAR.test(line)) return undefined
  const date = parseDate(line)
  return date ? toIso(date) : undefined
}
