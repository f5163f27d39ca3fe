/**
 * Puts a `tag` element with the element's children in its place: a sidebar-named <aside> that holds the text becomes a
 * <div> (prepare-clone.ts, its attributes kept), a vBulletin post's <blockquote> of text or a Doc's "Heading 1" takes the
 * tag of what it is (forum-thread.ts, google-doc.ts, its engine's attributes dropped once read).
 */
export function renameElement(element: Element, tag: string, { keepAttributes = true } = {}): Element {
  const renamed = element.ownerDocument.createElement(tag)
  if (keepAttributes) for (const { name, value } of Array.from(element.attributes)) renamed.setAttribute(name, value)
  while (element.firstChild) renamed.appendChild(element.firstChild)
  element.replaceWith(renamed)
  return renamed
}
