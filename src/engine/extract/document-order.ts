/**
 * Whether one element comes after another in the document. Node.compareDocumentPosition would say, but linkedom (the DOM
 * of the CLI, the evaluations and the tests) answers "preceding" for an element that follows in another branch at another
 * depth (<div><div><img></div></div><div><div>caption</div></div>: the caption "precedes" the picture), so the engine
 * would read pages in Node otherwise than in the browser. This walks the two ancestor chains instead.
 */
export function isAfter(element: Element, reference: Element): boolean {
  if (element === reference) return false
  const chain = (node: Element): Element[] => {
    const out: Element[] = []
    for (let current: Element | null = node; current; current = current.parentElement) out.push(current)
    return out.reverse()
  }
  const a = chain(element)
  const b = chain(reference)
  let depth = 0
  while (depth < a.length && depth < b.length && a[depth] === b[depth]) depth++
  // One contains the other: a descendant comes after its ancestor.
  if (depth === b.length) return true
  if (depth === a.length) return false
  // Siblings under the common ancestor: which comes first among them.
  for (let sibling = b[depth]!.nextElementSibling; sibling; sibling = sibling.nextElementSibling) if (sibling === a[depth]) return true
  return false
}
