import type { Block, Span } from '../doc.ts'

const PATTERNS = {
  /** A sentence that ends like one: a stop, possibly followed by closing quotes or brackets. */
  sentenceEnd: /[.!?\u061F\u2026\u06D4][”“»«"'’)\]]*\s*$/u,
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
 * May this sentence stand in a summary? Not when it lies in a heading, caption or image block, is a
 * fragment, or is a short unpunctuated line that fills its block (a subheading in paragraph markup).
 */
export function isSummaryCandidate(text: string, sentence: Span, words: number, block: Block | undefined): boolean {
  if (words < MIN_SUMMARY_WORDS) return false
  if (block && (block.kind === 'heading' || block.kind === 'caption' || block.kind === 'image' || block.kind === 'table-row')) return false
  const surface = text.slice(sentence.start, sentence.end)
  if (PATTERNS.sentenceEnd.test(surface)) return true
  const fillsBlock = !block || text.slice(block.start, block.end).trim() === surface.trim()
  return !(fillsBlock && words <= HEADING_MAX_WORDS)
}
