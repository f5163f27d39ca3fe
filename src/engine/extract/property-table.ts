/**
 * A page's table of properties above its text: rows of a label and a value ("تاريخ النشر: May 14, 2026", "الكاتب: ليلى
 * حداد", "آخر تعديل: …", "الوسوم: …"), as a public Notion page shows them (div[role=table][aria-label="Page properties"] of
 * div[role=row] > div[role=rowheader] + div[role=cell]). Its date and writer are the article's; the table itself is no text.
 */
import { normalizePhrase } from './clutter-rules.ts'
import { parseDate, toIso } from './parse-date.ts'
import { findPlatformMarks, type PlatformMarks } from './platform-marks.ts'

export interface PageProperties {
  published?: string
  writers: string[]
}

/** Labels of the published date's row and of the writer's, as pages write them (compared normalised). */
const DATE_LABELS = new Set(['تاريخ النشر', 'نشر في', 'التاريخ', 'تاريخ انتشار', 'تاریخ انتشار', 'published', 'date', 'publish date'].map(normalizePhrase))
const WRITER_LABELS = new Set(['الكاتب', 'الكاتبة', 'كتب', 'بقلم', 'المؤلف', 'نویسنده', 'مصنف', 'author', 'authors', 'writer', 'by'].map(normalizePhrase))

/** Rows read at most (a property table holds a handful). */
const MAX_ROWS = 30

/** Reads the page's property tables and removes them from `root`. */
export function readPropertyTables(root: Element, marks: PlatformMarks = findPlatformMarks(root)): PageProperties {
  const found: PageProperties = { writers: [] }
  for (const table of marks.roleTables) {
    if (!table.parentNode) continue
    const rows = Array.from(table.querySelectorAll('[role="row"]')).slice(0, MAX_ROWS)
    // A table of label and value rows only: a data table's rows have several cells and no row header.
    if (!rows.length || !rows.every((row) => row.querySelector('[role="rowheader"]') && row.querySelectorAll('[role="cell"]').length === 1)) continue
    for (const row of rows) {
      const label = normalizePhrase(row.querySelector('[role="rowheader"]')?.textContent ?? '')
      const cell = row.querySelector('[role="cell"]')
      const value = (cell?.textContent ?? '').replace(/\s+/gu, ' ').trim()
      if (!value) continue
      if (DATE_LABELS.has(label) && !found.published) {
        const date = parseDate(value)
        if (date) found.published = toIso(date)
      } else if (WRITER_LABELS.has(label) && cell) {
        // Each writer is a chip of its own (an avatar and a name).
        const chips = Array.from(cell.querySelectorAll('span')).map((span) => (span.textContent ?? '').trim()).filter(Boolean)
        found.writers.push(...(chips.length ? chips : [value]))
      }
    }
    table.remove()
  }
  return found
}
