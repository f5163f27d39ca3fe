/**
 * A "كتب: …" line between the headline and the text, in a block of its own that neither is a byline box (no "author"
 * class) nor lies in the container Readability keeps: Al-Masry Al-Youm's div.pinfo, "كتب: <a>name</a>" beside the date.
 * Read when nothing else names the writer: an appended article's (keep-current-article.ts) has no declaration of its own.
 */
import { cleanByline } from './clean-byline.ts'
import { elementsAfter } from './next-in-order.ts'

const PATTERNS = {
  /** A writer's label and a name after it. */
  labelled: /^(?:كتبت|كتب|بقلم)\s*[:\-–]?\s*\S/u,
  whitespace: /\s+/gu,
} as const

/** How far after the headline the line may sit (a kicker, share buttons and the date come between). */
const MAX_DISTANCE = 25
/** A label and a name of a few words; a date beside them in the same element makes the caller look deeper. */
const MAX_LINE_CHARS = 60
/** A paragraph this long is the text: no byline is looked for past it. */
const TEXT_CHARS = 120

export function findBylineUnderHeadline(headline: Element): string | undefined {
  for (const element of elementsAfter(headline, MAX_DISTANCE)) {
    const text = (element.textContent ?? '').replace(PATTERNS.whitespace, ' ').trim()
    if (element.localName === 'p' && text.length > TEXT_CHARS) return undefined
    if (text.length > MAX_LINE_CHARS || !PATTERNS.labelled.test(text)) continue
    // The line's own element, not its block with the date beside it: the walk goes on into the block's children.
    if (Array.from(element.children).some((child) => PATTERNS.labelled.test((child.textContent ?? '').trim()))) continue
    const name = cleanByline(text)
    if (name) return name
  }
  return undefined
}
