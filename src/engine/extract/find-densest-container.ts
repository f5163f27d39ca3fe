/**
 * A fallback when Readability finds nothing (it rejects some real articles: short ones, and bodies of
 * <br>-separated text in a single <div>): the element holding the most paragraph text directly, counted
 * from <p> children and from its own text nodes. One pass, no recursion.
 */

const ELEMENT_NODE = 1
const TEXT_NODE = 3
/** Shorter <p>s are bylines, labels, teaser titles: they do not make a body. */
const MIN_PARAGRAPH_CHARS = 40

export function findDensestContainer(root: Element): Element | undefined {
  const scores = new Map<Element, number>()
  const add = (element: Element | null, value: number) => {
    if (element) scores.set(element, (scores.get(element) ?? 0) + value)
  }
  const stack: Element[] = [root]
  while (stack.length) {
    const element = stack.pop()!
    const tag = element.localName?.toLowerCase()
    if (tag === 'p') {
      const length = (element.textContent ?? '').trim().length
      if (length >= MIN_PARAGRAPH_CHARS) add(element.parentElement, length)
      continue
    }
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const length = (child.nodeValue ?? '').trim().length
        if (length >= MIN_PARAGRAPH_CHARS) add(element, length)
      } else if (child.nodeType === ELEMENT_NODE) stack.push(child as Element)
    }
  }
  let best: Element | undefined
  let bestScore = 0
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element
      bestScore = score
    }
  }
  return best
}
