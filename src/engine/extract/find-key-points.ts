/**
 * The key points a live page lists between its headline and its stream of updates ("أبرز التطورات", BBC's "ملخص",
 * Geo's "بجٹ کی اہم جھلکیاں درج ذیل ہیں:" and its bullets): a list of sentences in a box of its own, outside the container
 * Readability picks (the stream). Read from the prepared clone before Readability runs, as the standfirst is; the caller
 * puts them after the standfirst unless the body holds them already. The box's label is not text ("أبرز التطورات"); a line
 * introducing the list with a colon is.
 */
import { elementsAfter } from './next-in-order.ts'

/** How many elements after the headline the list may sit (the picture, the standfirst, share bars between). */
const MAX_DISTANCE = 120
const MIN_ITEMS = 2
const MAX_ITEMS = 10
/** Each point is a sentence: longer than a menu's item, shorter than a paragraph of text. */
const MIN_ITEM_CHARS = 30
const MAX_ITEM_CHARS = 400
const MAX_INTRO_CHARS = 160
/** A paragraph this long is the text's, not a box's line. */
const MIN_PROSE_CHARS = 100

const PATTERNS = {
  whitespace: /\s+/gu,
  /** A line that introduces what follows: "بجٹ کی اہم جھلکیاں درج ذیل ہیں:". */
  introduces: /[:：]\s*$/u,
} as const

const clean = (text: string | null | undefined) => (text ?? '').replace(PATTERNS.whitespace, ' ').trim()

export interface KeyPoints {
  /** The line introducing the list, when the page writes one. */
  intro?: string
  items: string[]
}

/** The first list of sentences after the headline, none a link, outside the page's chrome; undefined when none. */
export function findKeyPoints(headline: Element): KeyPoints | undefined {
  let prose = 0
  for (const element of elementsAfter(headline, MAX_DISTANCE)) {
    const tag = element.localName.toLowerCase()
    // The text itself begins: a list further on is the article's own.
    if (tag === 'article') return undefined
    // (So it has when two paragraphs of prose have passed, a standfirst and the first of the text: a book chapter's
    // notes after its text are no key points.)
    if (tag === 'p' && isProse(clean(element.textContent)) && ++prose >= 2) return undefined
    if (tag !== 'ul' && tag !== 'ol') continue
    const items = pointsOf(element, headline)
    if (!items) continue
    const before = element.previousElementSibling
    const intro = before?.localName.toLowerCase() === 'p' ? clean(before.textContent) : ''
    return intro && intro.length <= MAX_INTRO_CHARS && PATTERNS.introduces.test(intro) ? { intro, items } : { items }
  }
  return undefined
}

/** A paragraph of the text: long, and not a line introducing the list under it. */
function isProse(text: string): boolean {
  return text.length >= MIN_PROSE_CHARS && !PATTERNS.introduces.test(text)
}

function pointsOf(list: Element, headline: Element): string[] | undefined {
  if (isInChrome(list, headline)) return undefined
  const items: string[] = []
  for (let child = list.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName.toLowerCase() !== 'li') return undefined
    if (child.getElementsByTagName('a').length || child.getElementsByTagName('img').length) return undefined
    const text = clean(child.textContent)
    if (text.length < MIN_ITEM_CHARS || text.length > MAX_ITEM_CHARS) return undefined
    items.push(text)
  }
  return items.length >= MIN_ITEMS && items.length <= MAX_ITEMS ? items : undefined
}

const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'form'])

function isInChrome(element: Element, headline: Element): boolean {
  for (let up: Element | null = element; up; up = up.parentElement) {
    // (Not a <form> that holds the headline too: ASP.NET WebForms wrap the whole page in form#aspnetForm.)
    if (CHROME_TAGS.has(up.localName.toLowerCase()) && !(up.localName.toLowerCase() === 'form' && up.contains(headline))) return true
  }
  return false
}
