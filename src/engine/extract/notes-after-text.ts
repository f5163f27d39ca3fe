/**
 * A text's notes or references set in a section of their own right after it: a book chapter's section.footnotes
 * ("هوامش"), a journal paper's section.item.references ("المراجع"). They are part of what the writer wrote, as a long
 * read's notes inside its body are (Asharq Al-Awsat's, Al Jazeera's), but Readability keeps the text's container only,
 * and its negative "footnote" class drops the section. Such a section is moved to the end of the text's container,
 * without the names that would make it furniture.
 */
import { normalizePhrase } from './clutter-rules.ts'
import { renameElement } from './rename-element.ts'

/** A notes section's own name: footnotes, endnotes, references, notes. */
export const NOTES_CLASS = /(?:^|[\s_-])(?:footnotes?|endnotes?|references|notes)(?:$|[\s_-])/iu
/** What a notes section's heading says (compared normalised). */
const NOTES_TITLES: ReadonlySet<string> = new Set(
  ['هوامش', 'الهوامش', 'المراجع', 'مراجع', 'المصادر والمراجع', 'الحواشي', 'حواشي', 'پانویس', 'پانوشت', 'منابع', 'حوالہ جات', 'حواشی'].map(normalizePhrase),
)
/** Paragraphs the element before the section must hold to be the text. */
const MIN_TEXT_PARAGRAPHS = 3
/** A notes section is notes, not another article: its text is short beside the text's. */
const MAX_NOTES_SHARE = 0.5

const text = (element: Element) => (element.textContent ?? '').replace(/\s+/gu, ' ').trim()

/** Whether the section's first heading names notes or references. */
function isTitledNotes(section: Element): boolean {
  const heading = section.querySelector('h2, h3, h4, h5, h6')
  return heading !== null && NOTES_TITLES.has(normalizePhrase(text(heading)))
}

/** Moves each notes section of `sections` that follows the text into the text's container. */
export function keepNotesAfterText(sections: readonly Element[]): void {
  for (const section of sections) {
    if (!section.parentNode || !isTitledNotes(section)) continue
    const before = section.previousElementSibling
    if (!before || before.getElementsByTagName('p').length < MIN_TEXT_PARAGRAPHS) continue
    if (text(section).length > MAX_NOTES_SHARE * text(before).length) continue
    const notes = renameElement(section, 'div', { keepAttributes: false })
    before.appendChild(notes)
  }
}
