import type { ArticleDoc, Entity, Figure, Span } from '../engine/index.ts'
import { CELL_SEPARATOR } from '../engine/doc.ts'
import { readsAsYear } from '../engine/figures/reads-as-year.ts'

/** ANSI styles per highlight type; plain markers when the output is not a terminal. */
const STYLES = {
  person: ['\x1b[1;34m', '\x1b[0m'],
  organization: ['\x1b[1;35m', '\x1b[0m'],
  place: ['\x1b[1;32m', '\x1b[0m'],
  other: ['\x1b[1m', '\x1b[0m'],
  figure: ['\x1b[1;33m', '\x1b[0m'],
  heading: ['\x1b[1;4m', '\x1b[0m'],
} as const

type Style = keyof typeof STYLES
interface Mark extends Span {
  style: Style
}

function marksOf(doc: ArticleDoc): Mark[] {
  const marks: Mark[] = []
  for (const entity of doc.entities ?? []) {
    for (const mention of entity.mentions) marks.push({ ...mention, style: entity.type })
  }
  for (const figure of doc.figures ?? []) marks.push({ start: figure.start, end: figure.end, style: 'figure' })
  // Non-overlapping, first come first served: names before figures inside them ("فرانس24").
  marks.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Mark[] = []
  for (const mark of marks) if (!kept.length || mark.start >= kept[kept.length - 1].end) kept.push(mark)
  return kept
}

function paint(text: string, style: Style, color: boolean): string {
  if (color) return `${STYLES[style][0]}${text}${STYLES[style][1]}`
  return style === 'figure' ? `⟦${text}⟧` : style === 'heading' ? `## ${text}` : `[${text}]`
}

function highlight(doc: ArticleDoc, from: number, to: number, marks: Mark[], color: boolean): string {
  let out = ''
  let at = from
  for (const mark of marks) {
    if (mark.end <= from || mark.start >= to) continue
    const start = Math.max(mark.start, from)
    const end = Math.min(mark.end, to)
    out += doc.text.slice(at, start) + paint(doc.text.slice(start, end), mark.style, color)
    at = end
  }
  return out + doc.text.slice(at, to)
}

export function describeFigure(figure: Figure): string {
  if (figure.date) {
    const { year, month, day } = figure.date
    return [day, month, year].filter((x) => x !== undefined).join('/')
  }
  const grouping = { useGrouping: !readsAsYear(figure) }
  const value = figure.value === undefined ? '' : figure.value.toLocaleString('en', grouping)
  const upper = figure.valueTo === undefined ? '' : `–${figure.valueTo.toLocaleString('en', grouping)}`
  const percent = figure.kind === 'percent' ? '%' : ''
  return [figure.approx ? `${figure.approx} ` : '', value, upper, percent, figure.currency ? ` ${figure.currency}` : '', figure.unit ? ` ${figure.unit}` : '']
    .join('')
    .trim()
}

function entityLine(entities: Entity[], type: Entity['type'], label: string): string | undefined {
  const of = entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length)
  return of.length ? `${label}: ${of.map((e) => `${e.name} (${e.mentions.length})`).join('، ')}` : undefined
}

/** A reader view for the terminal: title, date, summary, names, figures, body with highlights. */
export function renderTerminal(doc: ArticleDoc, options: { color: boolean }): string {
  const lines: string[] = []
  const marks = marksOf(doc)
  lines.push(paint(doc.title, 'heading', options.color))
  lines.push([doc.siteName, doc.published, doc.byline].filter(Boolean).join(' · '))
  if (doc.summary?.length) {
    lines.push('', 'الخلاصة:')
    for (const span of doc.summary) lines.push(`• ${doc.text.slice(span.start, span.end)}`)
  }
  const entities = doc.entities ?? []
  const names = [
    entityLine(entities, 'person', 'أشخاص'),
    entityLine(entities, 'organization', 'منظمات'),
    entityLine(entities, 'place', 'أماكن'),
  ].filter((x): x is string => !!x)
  if (names.length) lines.push('', ...names)
  if (doc.figures?.length) {
    lines.push('', `أرقام: ${doc.figures.map((f) => `${f.text} = ${describeFigure(f)}`).join('، ')}`)
  }
  lines.push('')
  for (const block of doc.blocks) {
    if (block.kind === 'image') continue
    // A table row's cells are tab-separated in the text; a bar shows the columns on a terminal.
    const body = highlight(doc, block.start, block.end, marks, options.color).replaceAll(CELL_SEPARATOR, ' │ ')
    lines.push(block.kind === 'heading' ? paint(doc.text.slice(block.start, block.end), 'heading', options.color) : body, '')
  }
  if (doc.credit) lines.push(doc.credit)
  return lines.join('\n')
}
