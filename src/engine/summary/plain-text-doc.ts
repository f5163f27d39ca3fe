import { joinBlocks, type ArticleDoc } from '../doc.ts'

const PATTERNS = {
  /** The byte-order mark some editors write first (every EASC file has one). */
  bom: /^\uFEFF/u,
  /** A blank line (possibly with spaces): a paragraph break in every plain-text convention. */
  blankLine: /\r?\n[ \t\u00A0]*\r?\n/u,
  lineBreak: /\r?\n/u,
  /** A line that ends a sentence: a stop or colon, then any closing quotes or brackets. */
  endsSentence: /[.!?\u061F\u06D4:\u2026][”“»«"'’)\]]*$/u,
  space: /[ \t\u00A0]+/gu,
} as const

/**
 * A line at least this long that does not end a sentence was wrapped by the editor, not ended by the
 * writer: about a quarter of the EASC articles are hard-wrapped at ~75 characters, and splitting there
 * cut their sentences in two. Shorter unpunctuated lines are kept as lines (headings, datelines).
 */
const WRAPPED_LINE_MIN_CHARS = 50

/**
 * Paragraphs of a plain text file: blank lines separate paragraphs; inside them a line break ends a
 * paragraph unless the line was hard-wrapped (long and not ending a sentence), where the lines join
 * with a space.
 */
export function plainTextParagraphs(text: string): string[] {
  const paragraphs: string[] = []
  for (const chunk of text.replace(PATTERNS.bom, '').split(PATTERNS.blankLine)) {
    let current = ''
    for (const raw of chunk.split(PATTERNS.lineBreak)) {
      const line = raw.replace(PATTERNS.space, ' ').trim()
      if (!line) continue
      current = current ? `${current} ${line}` : line
      if (line.length < WRAPPED_LINE_MIN_CHARS || PATTERNS.endsSentence.test(line)) {
        paragraphs.push(current)
        current = ''
      }
    }
    if (current) paragraphs.push(current)
  }
  return paragraphs
}

/** An ArticleDoc of plain text (the CLI's and the evaluation's input): one paragraph block per paragraph. */
export function plainTextDoc(text: string, title = ''): ArticleDoc {
  const pieces = plainTextParagraphs(text).map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph }))
  return { url: '', lang: 'ar', dir: 'rtl', title, ...joinBlocks(pieces) }
}
