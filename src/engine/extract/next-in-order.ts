/** The next node in document order after `node`, skipping the headline's own subtree. */
export function nextInOrder(node: Node, headline: Element): Node | null {
  if (node !== headline && node.firstChild) return node.firstChild
  let current: Node | null = node
  while (current) {
    if (current.nextSibling) return current.nextSibling
    current = current.parentNode
  }
  return null
}

const ELEMENT_NODE = 1

/**
 * The elements after `headline` in document order, outside its subtree, at most `max` of them: where the hero picture,
 * the standfirst and a photo strip sit (themes put them in blocks of their own between the headline and the text).
 */
export function* elementsAfter(headline: Element, max: number): Generator<Element> {
  let seen = 0
  let node: Node | null = headline
  while (node && seen < max) {
    node = nextInOrder(node, headline)
    if (!node || node.nodeType !== ELEMENT_NODE) continue
    seen++
    yield node as Element
  }
}
