/**
 * Accordions opened: an explainer's questions and answers (Al Jazeera's FAQ, BBC Persian's "آنچه باید بدانید") are
 * the article, folded so the reader clicks through them. They follow the WAI-ARIA pattern: a heading holds a
 * <button aria-expanded aria-controls> whose text is the question, and the panel it controls holds the answer, closed
 * with `hidden`. Unopened, the question went with the button (no control is text) and the answer with the hidden panel.
 * A menu's toggle is no heading's button, so menus stay closed.
 */

/** The hints and icons a toggle shows beside its question ("باز کردن پاسخ", "بستن", a plus sign). */
const TOGGLE_CHROME = 'svg, [class*="hint"], [class*="icon"], [aria-hidden="true"]'

const HEADING = /^h[1-6]$/u

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
    if (!heading || !HEADING.test(heading.localName?.toLowerCase() ?? '')) continue
    const panel = byId.get(button.getAttribute('aria-controls') ?? '')
    if (panel) {
      panel.removeAttribute('hidden')
      panel.removeAttribute('aria-hidden')
    }
    for (const chrome of Array.from(button.querySelectorAll(TOGGLE_CHROME))) chrome.remove()
    const question = doc.createElement('span')
    question.textContent = (button.textContent ?? '').replace(/\s+/gu, ' ').trim()
    button.replaceWith(question)
  }
}
