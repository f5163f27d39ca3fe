/**
 * A dispatch set as plain text in one <pre> (a news agency's text-only wire archive: slug line, dateline, paragraphs
 * hard-wrapped at ~70 characters and separated by blank lines, then "(النهاية)" and the desk's codes). A reader shows
 * it as paragraphs: each blank-line-separated block becomes a <p>, its wrapped lines joined by a space, and the end
 * marker with what follows it (desk codes, transmission time) goes. A <pre> of code or of a table is left alone.
 */
import { countLetters } from '../arabic/letters.ts'

const PATTERNS = {
  /** A blank line (spaces allowed) between two paragraphs. */
  blankLine: /\n[ \t\u00a0]*\n/u,
  lineBreak: /[ \t\u00a0]*\n[ \t\u00a0]*/gu,
  /** An agency's end marker on its own line: "(النهاية)", "(انتهى)", "-انتهى-", "(پایان)". */
  endMarker: /^[\s(\-–—]*(?:النهاية|انتهى|پایان|ختم شد)[\s)\-–—]*$/u,
  /** A slug line: a desk's label, a slash, then the headline ("اقتصادي / مصر والكويت تبحثان …"), with no full stop. */
  slugLine: /^[^\s/]{2,20}\s*\/\s*[^.!?؟]+$/u,
} as const

/** Less text than this is a snippet, not a dispatch. */
const MIN_CHARS = 300
/** Paragraphs a dispatch has at least (a slug and a dateline paragraph, or two of text). */
const MIN_PARAGRAPHS = 2
/** Share of the text that is Arabic-script letters or spaces: code and tables are mostly something else. */
const MIN_PROSE_SHARE = 0.75

/** Whether a <pre>'s text is prose in Arabic script laid out in paragraphs. */
function isProseDispatch(text: string): boolean {
  if (text.length < MIN_CHARS) return false
  const letters = countLetters(text, 5_000).arabicScript
  let spaces = 0
  const sample = text.slice(0, 5_000)
  for (const char of sample) if (char === ' ' || char === '\n') spaces++
  if ((letters + spaces) / sample.length < MIN_PROSE_SHARE) return false
  return text.split(PATTERNS.blankLine).filter((block) => block.trim()).length >= MIN_PARAGRAPHS
}

/** The dispatch's paragraphs, wrapped lines joined, up to its end marker. */
function dispatchParagraphs(text: string): string[] {
  const paragraphs: string[] = []
  for (const block of text.split(PATTERNS.blankLine)) {
    const lines = block.split('\n').map((line) => line.trim()).filter(Boolean)
    const end = lines.findIndex((line) => PATTERNS.endMarker.test(line))
    const kept = end >= 0 ? lines.slice(0, end) : lines
    // (The slug line opening the dispatch is the headline again under its desk's label: the reader shows the headline.)
    const slug = !paragraphs.length && kept.length === 1 && PATTERNS.slugLine.test(kept[0])
    if (kept.length && !slug) paragraphs.push(kept.join(' '))
    if (end >= 0) break
  }
  return paragraphs
}

/** Replaces each prose <pre> in `pres` with a <div> of its paragraphs. */
export function unwrapPreText(pres: readonly Element[]): void {
  for (const pre of pres) {
    if (!pre.parentNode) continue
    const text = pre.textContent ?? ''
    if (!isProseDispatch(text)) continue
    const doc = pre.ownerDocument
    const box = doc.createElement('div')
    for (const paragraph of dispatchParagraphs(text)) {
      const p = doc.createElement('p')
      p.textContent = paragraph
      box.appendChild(p)
    }
    pre.replaceWith(box)
  }
}
