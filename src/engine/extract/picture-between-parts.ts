/**
 * A picture set between two parts of an article that a CMS builds from a list of components (Drupal's paragraph
 * entities: div.field__item > div.paragraph--type--text, then div.field__item > div.paragraph--type--image, then text
 * again). Readability takes one text part as its best box and adds the box's siblings that score as text; the picture's
 * part has no paragraph to score, so it was dropped from between the two halves it illustrates (UNICEF's solar panels on
 * a school roof). Moved to the start of the part after it, the picture stays where it stood and goes where that part goes.
 * (Not to the end of the part before: that part was Readability's best box, and with the picture in it the box that
 * scored best was the text inside it, whose siblings are not the other parts; the second half was lost.)
 *
 * Only a part that holds a picture and no more than its caption, between two parts of the same tag and class that hold
 * paragraphs of prose: a teaser card links to its story, a gallery holds several pictures, and parts of one list are
 * alike by markup, whatever the site calls them.
 */

/** The most text a picture's part holds: its caption and credit. */
const MAX_CAPTION_CHARS = 400
/** A neighbouring part's prose, at least. */
const MIN_PROSE_CHARS = 80
/** How far up from the picture its part may sit (figure → paragraph entity → field item). */
const MAX_LEVELS = 4

/** Moves each picture's part that sits between two alike parts of prose into the part after it. */
export function keepPicturesBetweenParts(doc: Document): void {
  for (const figure of Array.from(doc.querySelectorAll('figure'))) {
    const part = partOf(figure)
    if (!part) continue
    const before = part.previousElementSibling
    const after = part.nextElementSibling
    if (!before || !after || !isAlike(part, before) || !isAlike(part, after)) continue
    if (!hasProse(before) || !hasProse(after)) continue
    after.prepend(part)
  }
}

/** The highest ancestor of the figure (itself included) that holds nothing else, when that is one picture and its caption. */
function partOf(figure: Element): Element | undefined {
  if (figure.querySelectorAll('img').length !== 1 || figure.querySelector('a[href], p')) return undefined
  const text = (figure.textContent ?? '').trim()
  if (text.length > MAX_CAPTION_CHARS) return undefined
  let part = figure
  for (let level = 0; level < MAX_LEVELS; level++) {
    const up = part.parentElement
    if (!up || up.childElementCount !== 1 || (up.textContent ?? '').trim() !== text) break
    const tag = up.localName.toLowerCase()
    if (tag === 'body' || tag === 'main' || tag === 'article') break
    part = up
  }
  return part
}

function isAlike(a: Element, b: Element): boolean {
  const name = a.getAttribute('class')
  return a.localName === b.localName && !!name && name === b.getAttribute('class')
}

/** The part holds a paragraph of prose (the component list's text parts). */
export function hasProse(part: Element): boolean {
  for (const paragraph of Array.from(part.querySelectorAll('p'))) if ((paragraph.textContent ?? '').trim().length >= MIN_PROSE_CHARS) return true
  return false
}
