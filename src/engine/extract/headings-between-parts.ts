/**
 * A subheading, a short list of figures or a picture, set between two parts of an article that a CMS builds from a list of
 * components (Adobe Experience Manager's div.title, div.text and div.keyfigures, each a div.aem-GridColumn): Readability
 * takes one text part as its best box and adds the siblings that score as text, so a part holding a heading alone, or a
 * box of three figures, was dropped from between the parts it belongs to (an energy company's newsroom, batch al). Moved
 * to the start of the part after it, it stays where it stood and goes where that part goes, as picture-between-parts.ts
 * does for a picture's part.
 *
 * Only parts with no link (a box of related stories links to them) and little text, a heading, a list or a picture in each,
 * in a run between a part that holds prose and one after it that does; all share a class of the list's (the components'
 * own classes differ: "title", "text", "keyfigures", "image").
 */

import { hasProse } from './picture-between-parts.ts'

/** The most text such a part holds: a subheading, or a box of a few figures with their labels. */
const MAX_PART_CHARS = 400
/** How far up from the heading or list its part may sit (h2 → div.cmp-title → div.title), as for a picture's part. */
const MAX_LEVELS = 4

/**
 * Moves each run of heading, list or picture parts that sits between two parts of prose of one component list into the
 * part after it, in order.
 */
export function keepHeadingsBetweenParts(doc: Document): void {
  const lists = new Set<Element>()
  for (const element of Array.from(doc.querySelectorAll('h2, h3, h4, ul'))) {
    const part = partOf(element)
    if (part?.parentElement) lists.add(part.parentElement)
  }
  for (const list of lists) {
    const children = Array.from(list.children)
    let run: Element[] = []
    let proseBefore = false
    for (const child of children) {
      if (hasProse(child)) {
        // (A run after prose and before prose, each part of the list's class: into this part, in order.)
        if (proseBefore && run.length && run.every((part) => sharesClass(part, child))) child.prepend(...run)
        run = []
        proseBefore = true
      } else if (isSmallPart(child)) {
        run.push(child)
      } else {
        run = []
        proseBefore = false
      }
    }
  }
}

/** A part with no link and little text, a heading, a list or a picture in it. */
function isSmallPart(part: Element): boolean {
  if (part.querySelector('a[href]') || !part.querySelector('h2, h3, h4, ul, img')) return false
  return (part.textContent ?? '').trim().length <= MAX_PART_CHARS
}

/** The child of a component list that holds the element: its nearest ancestor with a sibling of a shared class. */
function partOf(element: Element): Element | undefined {
  let part = element
  for (let level = 0; level < MAX_LEVELS; level++) {
    const up = part.parentElement
    const tag = up?.localName.toLowerCase()
    if (!up || tag === 'body' || tag === 'main' || tag === 'article') return undefined
    part = up
    const sibling = part.previousElementSibling ?? part.nextElementSibling
    if (sibling && sharesClass(part, sibling)) return isSmallPart(part) ? part : undefined
  }
  return undefined
}

function sharesClass(a: Element, b: Element): boolean {
  const classes = new Set((a.getAttribute('class') ?? '').split(/\s+/u).filter(Boolean))
  return (b.getAttribute('class') ?? '').split(/\s+/u).some((name) => classes.has(name))
}
