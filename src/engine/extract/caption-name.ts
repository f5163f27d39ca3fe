/**
 * Captions written without <figure>/<figcaption>, known only by their class: Elaph's td.ImgCaption under a
 * table image, Sky News's span.image-caption and span.image-credit, Drupal's div.media-caption. prepare-clone
 * moves their text into a <figcaption>, which build-blocks shows as a caption. A marker class would not do:
 * Readability rewrites such boxes (a div holding only text becomes a new <p>) and drops their classes.
 */
const PATTERNS = {
  captionName: /caption|(?:image|img|photo|pic)[-_]?credit/iu,
} as const

/** A caption is a line or two; an element so named holding more is a wrapper of other things. */
const MAX_CAPTION_CHARS = 300

export function isCaptionName(className: string | null): boolean {
  return className !== null && PATTERNS.captionName.test(className)
}

/** Wraps the element's content in a <figcaption> when it is short, holds no paragraphs and is in no caption. */
export function markCaption(element: Element): void {
  if (element.getElementsByTagName('p').length || element.getElementsByTagName('figcaption').length) return
  if ((element.textContent ?? '').length > MAX_CAPTION_CHARS) return
  // A credit inside a real caption (figcaption > span.image-credit) is part of it already.
  for (let up = element.parentElement; up; up = up.parentElement) if (up.localName === 'figcaption') return
  const caption = element.ownerDocument.createElement('figcaption')
  while (element.firstChild) caption.appendChild(element.firstChild)
  element.appendChild(caption)
}
