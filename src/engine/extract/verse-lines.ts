/**
 * A poem's verses as poetry sites lay them out: each verse a box (div.bayt, div.beyt, div.sher) of its two halves set
 * side by side (div.shatr, div.m1 + div.m2, p.misra). A reader reads a verse as one line; left alone, each half became a
 * paragraph of its own, and a half that repeats the headline (a ghazal is titled by its first line) was dropped as the
 * headline again. Each verse becomes one line of text, its halves joined by a space.
 */

/** A verse's box: Arabic bayt, Persian beyt, Urdu sher, or plainly a verse or couplet. */
export const VERSE_CLASS = /(?:^|[\s_-])(?:bayt|beyt|beit|bait|sher|shear|verse|couplet)(?:$|[\s_-])/iu
/** A verse's half: Arabic shatr (sadr and ajuz), Persian mesra (m1, m2), Urdu misra, or a hemistich. */
const HALF_CLASS = /(?:^|[\s_-])(?:shatr|sadr|ajuz|ajz|mesra|misra|m1|m2|hemistich|half)(?:$|[\s_-])/iu

/** The most a half holds: a verse's half is a short line, a box of more is a stanza or a paragraph. */
const MAX_HALF_CHARS = 150

/** The verse's two halves and their texts, or undefined when the box is not one verse. */
function halvesOf(verse: Element): { halves: Element[]; texts: string[] } | undefined {
  const children = Array.from(verse.children)
  const named = children.filter((child) => HALF_CLASS.test(child.getAttribute('class') ?? ''))
  const halves = named.length ? named : children.filter((child) => child.localName === 'p')
  if (halves.length !== 2) return undefined
  const texts = halves.map((half) => (half.textContent ?? '').replace(/\s+/gu, ' ').trim())
  return texts.every((text) => text && text.length <= MAX_HALF_CHARS) ? { halves, texts } : undefined
}

/** Joins the halves of each verse box in `verses` into one line of text. */
export function joinVerseHalves(verses: readonly Element[]): void {
  for (const verse of verses) {
    if (!verse.parentNode) continue
    const found = halvesOf(verse)
    if (!found) continue
    const [first, second] = found.halves
    second.remove()
    first.replaceWith(verse.ownerDocument.createTextNode(found.texts.join(' ')))
  }
}
