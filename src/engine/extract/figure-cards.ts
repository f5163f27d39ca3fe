import { renameElement } from './rename-element.ts'

/**
 * A strip of key figures whose value and label sit in boxes of their own (ICRC's Drupal "key-figures": div.value
 * "320,000" over div.label "شخص في تعز باتوا يحصلون على مياه الشرب بانتظام"): each card is one line of the text, the value
 * and its label read together. As blocks, the value alone is no words and went, the label lost its number. The boxes
 * become inline, so that the card reads as one paragraph. An AEM strip that writes them as spans needs nothing.
 */
const PATTERNS = {
  /** A figure's value: digits with their separators, a sign, a percent or a short multiplier ("+40", "7,200", "95%", "2.8 مليار"). */
  value: /^[+~≈<>]?\s*[\d٠-٩][\d٠-٩,.،٬٫\s]*(?:%|٪|\+|ألف|مليون|مليار)?$/u,
  whitespace: /\s+/gu,
} as const

const BOX_TAGS = new Set(['div', 'p', 'span', 'strong', 'b', 'dt', 'dd'])
/** A card's label is a line: the figure's unit and what it counts. */
const MAX_LABEL_CHARS = 160
/** Cards side by side make a strip; one box of a number and a line is as often a counter or a price. */
const MIN_CARDS = 2

/** Makes the value and label boxes of each key-figures card under `root` inline. */
export function joinFigureCards(root: Element): void {
  const cards = Array.from(root.querySelectorAll('div, li')).filter(isFigureCard)
  const byParent = new Map<Element | null, Element[]>()
  for (const card of cards) {
    const siblings = byParent.get(card.parentElement)
    if (siblings) siblings.push(card)
    else byParent.set(card.parentElement, [card])
  }
  for (const siblings of byParent.values()) {
    if (siblings.length < MIN_CARDS) continue
    for (const card of siblings) {
      const boxes = Array.from(card.children).map((box) => (box.localName === 'span' ? box : renameElement(box, 'span')))
      // (Boxes written without space between them read as one word once inline: "320,000شخص".)
      for (const box of boxes.slice(0, -1)) box.after(' ')
    }
  }
}

/** Two or three leaf boxes: a value, then its label (and a unit between, at most). */
function isFigureCard(card: Element): boolean {
  const boxes = Array.from(card.children)
  if (boxes.length < 2 || boxes.length > 3 || !boxes.every((box) => BOX_TAGS.has(box.localName) && box.children.length === 0)) return false
  // Nothing but the boxes: no text of the card's own.
  for (let node = card.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && (node.textContent ?? '').trim()) return false
  const texts = boxes.map((box) => (box.textContent ?? '').replace(PATTERNS.whitespace, ' ').trim())
  const label = texts.slice(1).join(' ')
  return PATTERNS.value.test(texts[0]) && label.length > 2 && label.length <= MAX_LABEL_CHARS && !PATTERNS.value.test(texts[texts.length - 1])
}
