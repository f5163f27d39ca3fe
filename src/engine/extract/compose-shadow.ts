/**
 * A page whose text lives in shadow roots, as a browser serialises them (declarative shadow DOM: a host's first child
 * is <template shadowrootmode="open">): web-component sites set their article's headline and paragraphs in the
 * shadow tree and slot more paragraphs in from the light one. Read as markup, the shadow text sits in an inert
 * <template> and the slotted paragraphs come in source order, not where the slots show them. Each host's content is
 * replaced by its composed tree: the shadow content, each <slot> filled with the light children assigned to it (or its
 * fallback content when none is).
 */

/** Hosts composed at most, nested hosts included (a page has a few dozen components). */
const MAX_HOSTS = 500

function isShadowTemplate(element: Element | null): element is Element {
  return element !== null && element.localName === 'template' && element.hasAttribute('shadowrootmode')
}

/** The template's nodes: its content fragment's in a browser, its own children where the parser keeps them there. */
function templateNodes(template: Element): Node[] {
  const content = (template as HTMLTemplateElement).content
  const nodes = content && content.childNodes.length ? Array.from(content.childNodes) : Array.from(template.childNodes)
  return nodes
}

/** The light children a slot named `name` takes: those with that slot attribute ('' takes those with none, and text). */
function assignedTo(name: string, light: readonly Node[]): Node[] {
  return light.filter((node) => {
    if (node.nodeType !== 1) return name === ''
    const slot = (node as Element).getAttribute('slot')
    return name === '' ? !slot : slot === name
  })
}

/** Replaces the host's children with its composed tree; true when the host had a shadow template. */
function composeHost(host: Element): boolean {
  const template = host.firstElementChild
  if (!isShadowTemplate(template)) return false
  const light = Array.from(host.childNodes).filter((node) => node !== template)
  const doc = host.ownerDocument
  const shadow = doc.createElement('div')
  for (const node of templateNodes(template)) shadow.appendChild(doc.importNode(node, true))
  for (const slot of Array.from(shadow.getElementsByTagName('slot'))) {
    const assigned = assignedTo(slot.getAttribute('name') ?? '', light)
    slot.replaceWith(...(assigned.length ? assigned : Array.from(slot.childNodes)))
  }
  while (host.firstChild) host.firstChild.remove()
  host.append(...Array.from(shadow.childNodes))
  return true
}

/** Composes every shadow host under `root`, nested ones (inside a shadow tree or a slotted child) too. */
export function composeShadowRoots(root: Element): void {
  for (let round = 0, hosts = 0; round < 10 && hosts < MAX_HOSTS; round++) {
    const templates = Array.from(root.getElementsByTagName('template')).filter(isShadowTemplate)
    if (!templates.length) return
    // The last first: a host inside another's light children is composed before the outer one moves it.
    let composed = 0
    for (const template of templates.reverse()) {
      const host = template.parentElement
      if (host && template.parentNode && composeHost(host)) composed++
      if (++hosts >= MAX_HOSTS) break
    }
    if (!composed) return
  }
}
