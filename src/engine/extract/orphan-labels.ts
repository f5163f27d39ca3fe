/**
 * Labels left with nothing to label, in any language. A control's or a box's label ends in a colon
 * ("ھەمبەھىرلەش:" before share icons, "خەت:" before the font-size links, "Share:") and is read as a line of
 * text once the links, icons or embeds it introduced are gone; the phrase lists know such labels only in the
 * languages they were written for. A label that introduces something (a quotation, a list, a table) has it
 * after it in its own box, so a colon label with no text and nothing shown after it there is dropped.
 */

/** Longest label read so (two or three words: longer lines ending in a colon are prose introducing what follows). */
const MAX_LABEL_CHARS = 30
const ENDS_IN_COLON = /[:：]\s*$/u
/** A box emptied to its label holds the label and the controls left of what it introduced (icons, empty links). */
const MAX_LABEL_BOX_CHILDREN = 12
/** What a label may introduce that has no text of its own. */
const SHOWN_THINGS = 'img, picture, video, audio, iframe, table, figure, svg[role="img"], canvas, object, embed'

function collapsed(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/gu, ' ').trim()
}

function isColonLabel(text: string): boolean {
  return text.length > 1 && text.length <= MAX_LABEL_CHARS && ENDS_IN_COLON.test(text)
}

/**
 * The label's own box level: the label climbs out of wrappers that hold nothing else ("<p><strong>وأضاف:</strong></p>"
 * is read beside the <p>'s siblings, where its quotation is).
 */
function outermost(label: Element): Element {
  let node = label
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    const tag = parent.localName?.toLowerCase()
    if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') break
    if (parent.childElementCount !== 1 || collapsed(parent) !== collapsed(node)) break
    node = parent
  }
  return node
}

const BLOCK_TAGS = new Set(['p', 'div', 'li', 'td', 'th', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'header', 'footer', 'aside', 'nav', 'form', 'blockquote', 'figcaption'])

/** Whether the label is a line of its own: all the text of the block it sits in (not the end of a sentence set in a <span>). */
function standsAlone(label: Element): boolean {
  let block: Element | null = label
  while (block && !BLOCK_TAGS.has(block.localName?.toLowerCase() ?? '')) block = block.parentElement
  return !block || collapsed(block) === collapsed(label)
}

/** Whether anything is shown after the label in its box: text, or a picture, player, table. */
function showsAfter(label: Element): boolean {
  for (let next = outermost(label).nextSibling; next; next = next.nextSibling) {
    if (collapsed(next)) return true
    if (next.nodeType === 1) {
      const element = next as Element
      if (element.matches(SHOWN_THINGS) || element.querySelector(SHOWN_THINGS)) return true
    }
  }
  return false
}

/**
 * Removes each colon label among `labels` (text-only elements) that introduces nothing in its box, and each box
 * in `emptied` (the parents of removed furniture) whose only remaining text is such a label.
 */
export function dropOrphanLabels(labels: readonly Element[], emptied: Iterable<Element>): void {
  for (const label of labels) {
    if (!label.parentNode || !isColonLabel(collapsed(label)) || !standsAlone(label)) continue
    if (!showsAfter(label)) label.remove()
  }
  for (const box of emptied) {
    if (!box.parentNode) continue
    const tag = box.localName?.toLowerCase()
    // (A box of many children holds more than a label: skipped before its text is read, which costs its whole subtree.)
    if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article' || box.childElementCount > MAX_LABEL_BOX_CHILDREN) continue
    if (isColonLabel(collapsed(box)) && !box.querySelector(SHOWN_THINGS)) box.remove()
  }
}
