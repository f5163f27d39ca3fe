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
