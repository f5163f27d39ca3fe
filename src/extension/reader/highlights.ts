/**
 * Turns the doc's entity mentions and figures into highlight marks, and cuts a block's text into runs
 * (summary sentences) and pieces (highlighted or plain) that never overlap and never leave the block.
 * Engine spans may overlap each other (a figure inside a name, two taggers disagreeing) or cross a block
 * boundary (a sentence over a heading); the UI must still render each character exactly once.
 */
import type { ArticleDoc, Span } from '../../engine/index.ts'
import type { HighlightType } from '../settings/settings.ts'

export interface Mark extends Span {
  type: HighlightType
  /** 'e:<entity id>' or 'f:<figure index>': what the panels and the label refer to. */
  ref: string
  /** Which mention of its entity this is (0 for figures). */
  mention: number
}

export interface Piece extends Span {
  mark?: Mark
  /** True for the first piece of a mark: it carries the mark's jump target id. */
  first?: boolean
}

export interface Run extends Span {
  /** Index into doc.summary when this run is a summary sentence. */
  summary?: number
  pieces: Piece[]
}

const ENTITY_TYPES: Record<string, HighlightType | undefined> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
}

export function entityRef(id: string): string {
  return `e:${id}`
}

export function figureRef(index: number): string {
  return `f:${index}`
}

/** The DOM id of a mention's first piece, the target the panels jump to. */
export function markDomId(ref: string, mention: number): string {
  return `hl-${ref.replace(/[^A-Za-z0-9_-]/gu, '_')}-${mention}`
}

export function summaryDomId(index: number): string {
  return `summary-${index}`
}

function isValidSpan(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= length && span.start < span.end
}

/** All marks of the doc, sorted by start, longer first at equal start. Bad spans are dropped. */
export function collectMarks(doc: ArticleDoc): Mark[] {
  const marks: Mark[] = []
  const length = doc.text.length
  for (const entity of doc.entities ?? []) {
    const type = ENTITY_TYPES[entity.type]
    if (!type) continue
    entity.mentions.forEach((m, mention) => {
      if (isValidSpan(m, length)) marks.push({ start: m.start, end: m.end, type, ref: entityRef(entity.id), mention })
    })
  }
  ;(doc.figures ?? []).forEach((f, index) => {
    if (isValidSpan(f, length)) marks.push({ start: f.start, end: f.end, type: 'figure', ref: figureRef(index), mention: 0 })
  })
  return marks.sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * Removes overlaps: marks are taken in order (earlier, then longer, first) and a later mark that
 * overlaps one already taken keeps only its part after it, or is dropped when nothing is left. Nested
 * marks (a figure inside a longer name) therefore lose to the outer one instead of splitting it.
 */
export function resolveOverlaps(marks: Mark[]): Mark[] {
  const out: Mark[] = []
  let reached = 0
  for (const mark of marks) {
    const start = Math.max(mark.start, reached)
    if (start >= mark.end) continue
    out.push(start === mark.start ? mark : { ...mark, start })
    reached = mark.end
  }
  return out
}

/**
 * The runs of one block [start, end): summary sentences clipped to it, plain text between them, each
 * cut into pieces at the (non-overlapping, sorted) marks clipped to the run.
 */
export function segmentBlock(start: number, end: number, summary: Span[], marks: Mark[]): Run[] {
  const runs: Run[] = []
  const bounds: { start: number; end: number; summary?: number }[] = []
  let cursor = start
  const sentences = summary
    .map((s, index) => ({ start: Math.max(s.start, start), end: Math.min(s.end, end), summary: index }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start)
  for (const s of sentences) {
    if (s.start < cursor) continue // overlapping summary spans: keep the first
    if (s.start > cursor) bounds.push({ start: cursor, end: s.start })
    bounds.push(s)
    cursor = s.end
  }
  if (cursor < end) bounds.push({ start: cursor, end })
  for (const bound of bounds) {
    const pieces: Piece[] = []
    let at = bound.start
    for (const mark of marks) {
      if (mark.end <= bound.start) continue
      if (mark.start >= bound.end) break
      const s = Math.max(mark.start, bound.start)
      const e = Math.min(mark.end, bound.end)
      if (s > at) pieces.push({ start: at, end: s })
      pieces.push({ start: s, end: e, mark, first: s === mark.start })
      at = e
    }
    if (at < bound.end) pieces.push({ start: at, end: bound.end })
    runs.push({ ...bound, pieces })
  }
  return runs
}

/** Which marks lie at least partly in [start, end); marks must be sorted. */
export function marksIn(marks: Mark[], start: number, end: number): Mark[] {
  return marks.filter((m) => m.end > start && m.start < end)
}
