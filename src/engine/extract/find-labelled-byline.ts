/**
 * A writer named in a line of its own with a label ("كتب: …", "خبرنگار: …"), in a block that is no byline box (no
 * "author" class) and lies outside the container Readability keeps: Al-Masry Al-Youm's div.pinfo under the headline,
 * "كتب: <a>name</a>" beside the date; ISNA's meta list above an appended item's headline. Read when nothing else names
 * the writer: an appended article (keep-current-article.ts) has no declaration of its own. A line that is a link to the
 * writer's page, after the place filed from, is one too ("عمّان: <a href=…/author/…>رنا الخطيب</a>"): a page that lost its
 * classes (an archive.today snapshot) still links its writer.
 */
import { cleanByline } from './clean-byline.ts'
import { linksToWriterPage } from './writer-page-link.ts'
import { elementsAfter } from './next-in-order.ts'

const PATTERNS = {
  /** A writer's label and a name after it. */
  labelled: /^(?:كتبت|كتب|بقلم|خبرنگار|نویسنده|نويسنده)\s*[:\-–]?\s*[^\s:\-–]/u,
  /** What may stand before a linked writer's name on its line: the place filed from ("عمّان:"), or nothing. */
  dateline: /^(?:[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?\s*[:：-])?$/u,
  whitespace: /\s+/gu,
} as const

/** How far after the headline the line may sit (a kicker, share buttons and the date come between). */
const MAX_DISTANCE = 25
/** A label and a name of a few words; a date beside them in the same element makes the search look deeper. */
const MAX_LINE_CHARS = 60
/** Raw text (indentation included) past which an element cannot be a line of MAX_LINE_CHARS. */
const MAX_RAW_CHARS = 1000
/** A paragraph this long is the text: no byline is looked for past it. */
const TEXT_CHARS = 120
/** Elements of an article's wrapper read for the line, in document order. */
const MAX_WRAPPER_ELEMENTS = 400

/** The labelled writer between the headline and the text. */
export function findBylineUnderHeadline(headline: Element): string | undefined {
  return firstLabelled(elementsAfter(headline, MAX_DISTANCE))
}

/** The labelled writer in an article's elements (a wrapper, or the run of elements it is), before its text. */
export function findBylineIn(roots: readonly Element[]): string | undefined {
  const elements: Element[] = []
  for (const root of roots) {
    if (elements.length >= MAX_WRAPPER_ELEMENTS) break
    elements.push(root, ...Array.from(root.querySelectorAll('*')).slice(0, MAX_WRAPPER_ELEMENTS))
  }
  return firstLabelled(elements.slice(0, MAX_WRAPPER_ELEMENTS))
}

function firstLabelled(elements: Iterable<Element>): string | undefined {
  for (const element of elements) {
    const raw = element.textContent ?? ''
    const isParagraph = element.localName === 'p'
    // A block far longer than a line (the text's container) is passed without collapsing its whitespace.
    if (!isParagraph && raw.length > MAX_RAW_CHARS) continue
    const text = raw.replace(PATTERNS.whitespace, ' ').trim()
    if (isParagraph && text.length > TEXT_CHARS) return undefined
    if (text.length > MAX_LINE_CHARS) continue
    if (!PATTERNS.labelled.test(text)) {
      const linked = linkedWriter(element, text)
      if (linked) return linked
      continue
    }
    // The line's own element, not its block with the date beside it: the walk goes on into the block's children.
    if (Array.from(element.children).some((child) => PATTERNS.labelled.test((child.textContent ?? '').trim()))) continue
    const name = cleanByline(text)
    if (name) return name
  }
  return undefined
}

/** The name on a line that is one link to a writer's page, after nothing but the place filed from. */
function linkedWriter(element: Element, text: string): string | undefined {
  const links = element.getElementsByTagName('a')
  if (links.length !== 1 || !linksToWriterPage(links[0])) return undefined
  const name = (links[0].textContent ?? '').replace(PATTERNS.whitespace, ' ').trim()
  const words = name.split(' ').length
  if (words < 2 || words > 5 || !text.endsWith(name)) return undefined
  if (!PATTERNS.dateline.test(text.slice(0, text.length - name.length).trim())) return undefined
  return cleanByline(name) || undefined
}
