/**
 * Accordions opened: an explainer's questions and answers (Al Jazeera's FAQ, BBC Persian's "آنچه باید بدانید") are
 * the article, folded so the reader clicks through them. They follow the WAI-ARIA pattern: a heading holds a
 * <button aria-expanded aria-controls> whose text is the question, and the panel it controls holds the answer, closed
 * with `hidden`. Unopened, the question went with the button (no control is text) and the answer with the hidden panel.
 * A menu's toggle is no heading's button, so menus stay closed. A FAQ block of a page builder puts the button in a
 * plain box and closes the panel with an inline `display: none` (Spectra's uagb-faq on Al-Taghyeer): there, a panel of
 * prose (a paragraph, few links) is an answer, which a menu's panel of links is not.
 */

/** The hints and icons a toggle shows beside its question ("باز کردن پاسخ", "بستن", a plus sign). */
const TOGGLE_CHROME = 'svg, [class*="hint"], [class*="icon"], [aria-hidden="true"]'

const HEADING = /^h[1-6]$/u

const PATTERNS = {
  /** An inline style's "display: none" declaration. */
  displayNone: /display\s*:\s*none\s*;?/iu,
  questionMark: /[؟?]$/u,
  /** A FAQ block's or an accordion's class ("uagb-faq-item", "accordion-item", "faq__question"). */
  faqName: /(?:^|[\s_-])(?:[\w]*faq[\w-]*|accordion[\w-]*)(?:$|[\s_-])/iu,
} as const

/** An answer holds a paragraph of prose at least this long; a menu's panel holds links. */
const MIN_ANSWER_CHARS = 80

/** How far up from a button its FAQ block's or accordion's name is looked for. */
const BLOCK_LEVELS = 4

/**
 * The button asks a question: its text ends in a question mark, or it sits in a box named as a FAQ or an accordion. Not a
 * video's "النص" button over its transcript (DW), nor a "read more" expander's (Hamshahri), whose panels are prose too.
 */
function isQuestion(button: Element): boolean {
  if (PATTERNS.questionMark.test((button.textContent ?? '').trim())) return true
  let box = button.parentElement
  for (let level = 0; box && level < BLOCK_LEVELS; level++, box = box.parentElement) {
    if (PATTERNS.faqName.test(box.getAttribute('class') ?? '')) return true
  }
  return false
}

/** A panel of prose: a paragraph, and most of its text outside links. */
function isAnswerPanel(panel: Element): boolean {
  const text = (panel.textContent ?? '').replace(/\s+/gu, ' ').trim()
  if (text.length < MIN_ANSWER_CHARS || !panel.getElementsByTagName('p').length) return false
  let linked = 0
  for (const link of Array.from(panel.getElementsByTagName('a'))) linked += (link.textContent ?? '').length
  return linked < text.length / 2
}

export function openAccordions(root: Element): void {
  const doc = root.ownerDocument
  const buttons = Array.from(root.querySelectorAll('button[aria-controls][aria-expanded]'))
  if (!buttons.length) return
  // The panels are looked up under root, not by the document's getElementById: a clone's elements may still answer to
  // the page they were cloned from (linkedom), whose own panels must stay as they are.
  const byId = new Map<string, Element>()
  for (const element of Array.from(root.querySelectorAll('[id]'))) byId.set(element.getAttribute('id') ?? '', element)
  for (const button of buttons) {
    const heading = button.parentElement
    const panel = byId.get(button.getAttribute('aria-controls') ?? '')
    const inHeading = heading !== null && HEADING.test(heading.localName?.toLowerCase() ?? '')
    if (!inHeading && !(panel && isQuestion(button) && isAnswerPanel(panel))) continue
    if (panel) {
      panel.removeAttribute('hidden')
      panel.removeAttribute('aria-hidden')
      const style = panel.getAttribute('style')
      if (style) panel.setAttribute('style', style.replace(PATTERNS.displayNone, ''))
    }
    for (const chrome of Array.from(button.querySelectorAll(TOGGLE_CHROME))) chrome.remove()
    const question = doc.createElement('span')
    question.textContent = (button.textContent ?? '').replace(/\s+/gu, ' ').trim()
    button.replaceWith(question)
  }
}
