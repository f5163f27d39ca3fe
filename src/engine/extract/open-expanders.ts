/**
 * Expanders opened: a story whose second half waits behind "اقرأ المزيد" / "ادامه مطلب" (Youm7's div#articleBodyMore with
 * style="display:none", Hamshahri's div.item-text-more hidden by a style sheet rule and aria-hidden). The rest of the
 * text is in the page, hidden until the button is pressed; a reader shows all of it. An expander is known by its name,
 * the article's text or body "more", and by what it holds: paragraphs of prose, not a menu's links. The button itself
 * is a control, which the clutter rules drop.
 */

const PATTERNS = {
  /** "articleBodyMore", "item-text-more", "story-more-content", "read-more-content", "more-text". */
  name: /(?:article|text|body|content|story|post)[\s_-]*(?:body|text)?[\s_-]*more|more[\s_-]*(?:text|content|body)|read[\s_-]*more[\s_-]*(?:content|text|body)/iu,
} as const

/** An expander holds the story's prose: two paragraphs at least, of this many characters. */
const MIN_PARAGRAPHS = 2
const MIN_PARAGRAPH_CHARS = 60

/** Opens `element` when it is an expander (a div or section, read by prepareClone's walk); true when it did. */
export function openExpander(element: Element, tag: string, id: string | null): boolean {
  if (tag !== 'div' && tag !== 'section') return false
  if (!PATTERNS.name.test(`${id ?? ''} ${element.getAttribute('class') ?? ''}`) || !holdsProse(element)) return false
  element.removeAttribute('hidden')
  element.removeAttribute('aria-hidden')
  element.removeAttribute('style')
  // (Its own class may be the one a style sheet hides, ".item-text-more{display:none}".)
  element.removeAttribute('class')
  return true
}

function holdsProse(element: Element): boolean {
  let paragraphs = 0
  for (const p of Array.from(element.getElementsByTagName('p'))) {
    if ((p.textContent ?? '').trim().length >= MIN_PARAGRAPH_CHARS && ++paragraphs >= MIN_PARAGRAPHS) return true
  }
  return false
}
