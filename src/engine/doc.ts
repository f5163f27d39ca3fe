/**
 * The document model: one ArticleDoc flows from extraction through every engine component to the UI.
 *
 * All spans are {start, end}: UTF-16 offsets into `doc.text`, end exclusive. Components never rewrite
 * `text`; they add layers beside it, so a highlight always lands on exactly what the page says.
 */

export interface Span {
  start: number
  end: number
}

/**
 * 'table-row': one row of a data table (a company's quarterly results, a league table), its cells' texts
 * separated by tabs in `text`; consecutive rows make one table.
 */
export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item' | 'table-row' | 'image' | 'caption'

/** Separates a table row's cells in the text (a tab: a space to every text layer, a column to the reader). */
export const CELL_SEPARATOR = '\t'

/** A unit of the article body. Text blocks cover `text.slice(start, end)`; image blocks are empty spans. */
export interface Block extends Span {
  kind: BlockKind
  /** Images only: an http(s) URL, never data:/javascript:. */
  src?: string
  alt?: string
}

export interface Image {
  src: string
  alt?: string
  caption?: string
}

export interface Token extends Span {
  /** Normalised surface form (alef, ya, ta marbuta, diacritics, digits folded). */
  norm: string
  /** `norm` without the clitics below; the form dictionaries and features look up. */
  stem: string
  /** Proclitics and enclitics split off the surface form, in reading order, e.g. ['و', 'ب']. */
  clitics: { pre: string[]; post: string[] }
}

export type EntityType = 'person' | 'organization' | 'place' | 'other'

export interface Entity {
  id: string
  type: EntityType
  /** Display name without attached clitics (بموسكو → موسكو), usually the longest mention. */
  name: string
  mentions: Span[]
}

export type FigureKind =
  | 'number'
  | 'ordinal'
  | 'percent'
  | 'money'
  | 'quantity'
  | 'count'
  | 'date'
  | 'time'
  | 'duration'
  | 'range'

export interface FigureDate {
  year?: number
  month?: number
  day?: number
  /** 'gregorian' unless a Hijri month named it. */
  calendar?: 'gregorian' | 'hijri'
}

export interface Figure extends Span {
  text: string
  kind: FigureKind
  value?: number
  /** For ranges: the upper bound (value is the lower). */
  valueTo?: number
  /** Counted noun or measure: 'person', 'km', 'ton', 'week', 'minute', … */
  unit?: string
  /** ISO 4217 code: 'USD', 'EUR', 'EGP', … */
  currency?: string
  date?: FigureDate
  /** Time of day, 24 h. */
  time?: { hour: number; minute?: number }
  /** A qualifier said before the figure: 'more-than' (أكثر من), 'about' (نحو), 'less-than' (أقل من). */
  approx?: 'more-than' | 'about' | 'less-than' | 'at-least' | 'at-most'
}

export interface ArticleDoc {
  url: string
  canonicalUrl?: string
  /** BCP 47 primary tag: 'ar', 'fa', 'ur', or whatever else the page is in. */
  lang: string
  dir: 'rtl' | 'ltr'
  title: string
  byline?: string
  /** Agency or source credit line (وكالات، رويترز). */
  credit?: string
  /** ISO 8601. */
  published?: string
  siteName?: string
  leadImage?: Image
  /** Body text: blocks joined by '\n\n'. */
  text: string
  blocks: Block[]
  sentences?: Span[]
  tokens?: Token[]
  entities?: Entity[]
  figures?: Figure[]
  /** Chosen sentences, in article order. */
  summary?: Span[]
  /**
   * Set when the analysis covered only the first part of a very long text: layers (sentences, names,
   * figures, summary) stop at this offset, while text and blocks stay whole.
   */
  analysedLength?: number
  /** Components that failed; their layers are absent but the rest of the doc stands. */
  errors?: { component: string; message: string }[]
}

/** The layers a component may require or assign. */
export type Layer = 'sentences' | 'tokens' | 'entities' | 'figures' | 'summary'

/** An ArticleDoc whose listed layers are known to be present. */
export type DocWith<L extends Layer> = ArticleDoc & Required<Pick<ArticleDoc, L>>

/** Builds a doc's text and blocks from text pieces, so offsets are computed in one place. */
export function joinBlocks(pieces: { kind: BlockKind; text?: string; src?: string; alt?: string }[]): {
  text: string
  blocks: Block[]
} {
  let text = ''
  const blocks: Block[] = []
  for (const piece of pieces) {
    if (piece.kind === 'image') {
      blocks.push({ kind: 'image', start: text.length, end: text.length, src: piece.src, alt: piece.alt })
      continue
    }
    const body = piece.text ?? ''
    if (!body) continue
    if (text) text += '\n\n'
    blocks.push({ kind: piece.kind, start: text.length, end: text.length + body.length })
    text += body
  }
  return { text, blocks }
}
