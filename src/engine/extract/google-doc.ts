/**
 * A Google Docs document "published to the web" (docs.google.com/document/d/e/…/pub): no newsroom markup, the document
 * as Docs exports it in div#contents > div.doc-content. Its <title> and banner carry the file's name ("بيان النقابة -
 * حريق المستودع 7 - نهائي"); the document's own title is p.title, and what stands above it is a letterhead (the logo, the
 * sender's name and address, a reference number, "للنشر الفوري"). Docs sets each table cell's text in a <p> of its own,
 * which would read as paragraphs; a row is one line. A statement signed above its end mark ("— انتهى —") names its
 * sender in the signature.
 */
import { findPlatformMarks, type PlatformMarks } from './platform-marks.ts'
import { renameElement } from './rename-element.ts'

export interface GoogleDoc {
  signature?: string
}

/** A signature is a line. */
const MAX_SIGNATURE_CHARS = 80
const END_MARK = /^[\s\-–—]*(?:انتهى|-?انتهى-?|انتها)[\s\-–—.]*$/u
const SENTENCE_MARK = /[.!?؟:]/u

export function readGoogleDoc(root: Element, marks: PlatformMarks = findPlatformMarks(root)): GoogleDoc | undefined {
  const contents = marks.docContents
  if (!contents?.parentNode) return undefined
  const content = contents.querySelector(':scope > .doc-content') ?? contents
  const title = content.querySelector(':scope > p.title')
  if (!title) return undefined
  // The letterhead above the title, then the title as the headline it is; the document's "Heading 1" sections are
  // subheadings under it.
  while (title.previousElementSibling) title.previousElementSibling.remove()
  for (const section of Array.from(content.getElementsByTagName('h1'))) renameElement(section, 'h2', { keepAttributes: false })
  renameElement(title, 'h1', { keepAttributes: false })
  for (const cell of Array.from(content.querySelectorAll('td, th'))) {
    const paragraphs = cell.getElementsByTagName('p')
    if (paragraphs.length === 1 && cell.children.length === 1) paragraphs[0]!.replaceWith(...Array.from(paragraphs[0]!.childNodes))
  }
  return { signature: takeSignature(content) }
}

/** The short line above the end mark, taken out of the text. */
function takeSignature(content: Element): string | undefined {
  const paragraphs = Array.from(content.querySelectorAll(':scope > p'))
  const end = paragraphs.findIndex((p) => END_MARK.test(p.textContent ?? ''))
  for (let i = end - 1; i >= 0; i--) {
    const text = (paragraphs[i]!.textContent ?? '').replace(/\s+/gu, ' ').trim()
    if (!text) continue
    if (text.length > MAX_SIGNATURE_CHARS || SENTENCE_MARK.test(text)) return undefined
    paragraphs[i]!.remove()
    return text
  }
  return undefined
}
