/** A table of the report: printed aligned in the terminal, or as Markdown for docs/performance.md. */
export interface Table {
  title: string
  head: string[]
  rows: string[][]
  /** Lines printed under the table: what the numbers mean. */
  notes?: string[]
}

/** Columns after the first are numbers, right-aligned. */
export function renderText(table: Table): string {
  const all = [table.head, ...table.rows]
  const widths = table.head.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)))
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
  const out = [`${table.title}`, line(table.head), widths.map((w) => '─'.repeat(w)).join('  '), ...table.rows.map(line)]
  for (const note of table.notes ?? []) out.push(`  ${note}`)
  return out.join('\n')
}

export function renderMarkdown(table: Table, level = 3): string {
  const escape = (cell: string) => cell.replace(/\|/gu, '\\|')
  const out = [
    `${'#'.repeat(level)} ${table.title}`,
    '',
    `| ${table.head.map(escape).join(' | ')} |`,
    `|${table.head.map((_, c) => (c === 0 ? '---' : '---:')).join('|')}|`,
    ...table.rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ]
  if (table.notes?.length) out.push('', ...table.notes.map((note) => `${note}  `))
  return out.join('\n')
}
