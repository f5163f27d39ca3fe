/**
 * A live page's composed tree as a document of its own: web-component sites set their article in shadow roots, and a
 * page's own clone (document.cloneNode) leaves those out, so the extractor saw the light children only, out of the
 * order the slots show them. Built by DOM calls alone (no markup from strings): each element with an open shadow root
 * takes its shadow tree's children, each <slot> the nodes assigned to it (or its fallback content). The serialised form of
 * the same pages (<template shadowrootmode>, as the CLI reads them) is composed by compose-shadow.ts.
 */

/** Nodes copied at most: a page past this is read as it is (its shadow text left out). */
const MAX_NODES = 300_000
const ELEMENT_NODE = 1

type Slot = Element & { assignedNodes?: (options?: { flatten?: boolean }) => Node[] }

/** Whether any element of the page hosts an open shadow root (closed ones cannot be read, by design). */
export function hasOpenShadowRoots(document: Document): boolean {
  const root = document.documentElement
  if (!root || typeof document.createTreeWalker !== 'function') return false
  const walker = document.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */)
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if ((node as Element).shadowRoot) return true
  }
  return false
}

/** The nodes an element shows as its children: its shadow tree's, else its own. */
function shownChildren(element: Element): NodeListOf<ChildNode> {
  return (element.shadowRoot ?? element).childNodes
}

/** The nodes a slot shows: those assigned to it, else its fallback content (a slot outside a shadow tree has none assigned). */
function slotted(slot: Slot): Node[] {
  const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : []
  return assigned.length ? assigned : Array.from(slot.childNodes)
}

/** A copy of `document` whose shadow hosts hold their composed trees; undefined when the page is too large to copy. */
export function composedDocument(document: Document): Document | undefined {
  const source = document.documentElement
  if (!source) return undefined
  const copy = document.implementation.createHTMLDocument(document.title)
  const top = copy.importNode(source, false) as Element
  // (Removed, then appended: a document holds one element, and some DOMs insert before they remove.)
  copy.documentElement.remove()
  copy.appendChild(top)
  // Iterative (a page may nest thousands of levels): each entry is a source node and the copy's parent for it.
  const stack: [Node, Node][] = []
  const push = (nodes: ArrayLike<Node>, parent: Node) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i], parent])
  }
  push(shownChildren(source), top)
  let copied = 0
  while (stack.length) {
    const [node, parent] = stack.pop()!
    if (++copied > MAX_NODES) return undefined
    if (node.nodeType !== ELEMENT_NODE) {
      parent.appendChild(copy.importNode(node, false))
      continue
    }
    const element = node as Element
    if (element.localName === 'slot') {
      push(slotted(element as Slot), parent)
      continue
    }
    const clone = copy.importNode(element, false)
    parent.appendChild(clone)
    push(shownChildren(element), clone)
  }
  return copy
}
