import type { Block, Span } from '../doc.ts'

const PATTERNS = {
  /** A sentence that ends like one: a stop, possibly followed by closing quotes or brackets. */
  sentenceEnd: /[.!?\u061F\u2026\u06D4][”“»«"'’)\]]*\s*$/u,
  /** Ellipses, which join a deck's lines ("الجفاف يدخل عامه الخامس... وخطة لتوفير …"), not a statement's end. */
  ellipses: /\.{2,}|\u2026/gu,
  /** A full stop, question or exclamation mark before a space or the end (not a decimal point): a block with one holds a statement. */
  anyStop: /[.!?\u061F\u06D4](?=\s|$)/u,
  space: /\s+/u,
  digit: /\p{N}/u,
  /** A list line's marker written into a paragraph, and the space after it, text following: "- القطار رقم 2030 …", "• …". */
  marker: /^\s*[-–—•*·]\s+(?=\S)/u,
} as const

/**
 * Fewer words than this is a fragment, not a statement: a credit line ("فرانس24/ رويترز/ أ ف ب"), a
 * date line, a "read also" stub. Five keeps short factual sentences ("وقتل 12 شخصا في الهجوم.").
 */
export const MIN_SUMMARY_WORDS = 5

/**
 * Up to this many words, a line with no full stop that is a block on its own is a heading (the seed
 * page's "رفع حدة التوتر… “أمر سيء جدا”" is a subheading written as a paragraph).
 */
const HEADING_MAX_WORDS = 14

/**
 * May this sentence stand in a summary? Not when it lies in a heading, caption or image block or in a row of a
 * list (`rows`, listRows), is a fragment, is a short unpunctuated line that fills its block (a subheading in
 * paragraph markup), or lies in a deck: a short block of headline lines joined by ellipses, with no full stop.
 */
export function isSummaryCandidate(text: string, sentence: Span, words: number, block: Block | undefined, rows?: ReadonlySet<Block>): boolean {
  if (words < MIN_SUMMARY_WORDS) return false
  if (block && (block.kind === 'heading' || block.kind === 'caption' || block.kind === 'image' || block.kind === 'table-row')) return false
  if (block && rows?.has(block)) return false
  if (block && isDeck(text.slice(block.start, block.end))) return false
  const surface = text.slice(sentence.start, sentence.end)
  if (PATTERNS.sentenceEnd.test(surface)) return true
  const fillsBlock = !block || text.slice(block.start, block.end).trim() === surface.trim()
  return !(fillsBlock && words <= HEADING_MAX_WORDS)
}

/**
 * A deck or standfirst the page set as a paragraph: headline lines joined by ellipses, no full stop, no longer than two
 * headings ("الجفاف يدخل عامه الخامس... وخطة لتوفير 1.3 مليار متر مكعب من المياه المحلاة بحلول 2030"). Its lines read as
 * headlines, not as the article's sentences, and the sentence splitter cuts it at the ellipsis into two such lines.
 */
function isDeck(blockText: string): boolean {
  if (blockText.search(PATTERNS.ellipses) < 0) return false
  const joined = blockText.replace(PATTERNS.ellipses, ' ')
  return !PATTERNS.anyStop.test(joined) && joined.trim().split(PATTERNS.space).length <= 2 * HEADING_MAX_WORDS
}

/** The length of a list line's marker and the space after it ("- ", "• ") at the start of `line`: 0 when it has none. */
export function listMarkerLength(line: string): number {
  return PATTERNS.marker.exec(line)?.[0].length ?? 0
}

/** Consecutive list lines that open alike make a table written as a list: at least this many. */
const MIN_ROWS = 3

/** The words two rows share at their start: "القطار رقم 2030 …", "القطار رقم 2032 …". */
const ROW_OPENING_WORDS = 2

/**
 * The rows of a table written as a list: three or more consecutive list items, or paragraphs opening with a list's
 * marker, whose first two words are the same ("- القطار رقم 2030 المكيف (القاهرة - أسوان) يقوم الساعة 7:15 صباحا.",
 * "- القطار رقم 1902 …": a timetable). Out of the list, one row tells the reader nothing; a list of key points, each
 * line its own news, opens each line differently, and a timeline's lines open with their date or time: both stay.
 */
export function listRows(text: string, blocks: readonly Block[]): Set<Block> {
  const rows = new Set<Block>()
  let run: Block[] = []
  let opening: string | undefined
  const close = () => {
    if (run.length >= MIN_ROWS) for (const block of run) rows.add(block)
    run = []
    opening = undefined
  }
  for (const block of blocks) {
    const line = text.slice(block.start, block.end)
    const marker = listMarkerLength(line)
    const isListLine = block.kind === 'list-item' || (block.kind === 'paragraph' && marker > 0)
    if (!isListLine) {
      close()
      continue
    }
    const words = line.slice(marker).trim().split(PATTERNS.space).slice(0, ROW_OPENING_WORDS).join(' ')
    // A date or time opening each line is a timeline's ("16 جولائی، دوپہر 1 بجے: …"): each update its own news.
    if (words !== opening || PATTERNS.digit.test(words)) close()
    opening = words
    run.push(block)
  }
  close()
  return rows
}
