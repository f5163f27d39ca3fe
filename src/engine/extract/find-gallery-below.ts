/**
 * A story's photo album under its text: a grid of thumbnails each linking to its full-size file for a lightbox
 * ("ألبوم صور الزيارة" on a governorate's portal, "تصاویر" under a university's news item, a Liferay "گزارش تصویری"), set
 * beside the text's container in the story's card, so Readability, which scores text, leaves it out. Found from the
 * headline, in its nearest ancestors: a box named as a gallery or an album, after the headline, whose pictures are
 * links to image files (a teaser's thumbnail links to a page) and which holds little text besides a title and captions.
 * Read on the prepared clone, before Readability empties it; the reader shows the pictures after the text.
 */
import type { Image } from '../doc.ts'
import { resolveImageSrc } from './resolve-image-src.ts'

/** How far up from the headline the story's card may be (h1 in a header, the text and the album beside it). */
const MAX_LEVELS = 4
const MIN_PICTURES = 3
const MAX_PICTURES = 40
/** A box with more text than a title and short captions is not an album. */
const MAX_TEXT_PER_PICTURE = 80

const PATTERNS = {
  albumName: /(?:^|[\s_-])(?:[\w-]*gallery|[\w-]*album)(?:$|[\s_-])/iu,
  /** A link to an image file ("…/conv5-01.jpg", Liferay's "/documents/…/photo-2.jpg/7b1d…"). */
  imageFile: /\.(?:jpe?g|png|gif|webp|avif)(?:[/?#]|$)/iu,
  whitespace: /\s+/gu,
} as const

export function findGalleryBelow(headline: Element, baseUrl?: string): Image[] {
  let scope: Element | null = headline.parentElement
  for (let level = 0; scope && level < MAX_LEVELS; level++, scope = scope.parentElement) {
    const tag = scope.localName?.toLowerCase()
    if (tag === 'body' || tag === 'html') break
    for (const box of Array.from(scope.querySelectorAll('[class]'))) {
      if (!PATTERNS.albumName.test(box.getAttribute('class') ?? '') || !follows(box, headline)) continue
      const pictures = albumPictures(box, baseUrl)
      if (pictures.length >= MIN_PICTURES) return pictures
    }
  }
  return []
}

/** Whether `box` comes after `headline` in the document (and does not hold it). */
function follows(box: Element, headline: Element): boolean {
  if (box.contains(headline)) return false
  // DOCUMENT_POSITION_FOLLOWING is not used (linkedom's compareDocumentPosition is unreliable): walk up from the
  // headline to the ancestor shared with the box, then compare the two children there.
  for (let child: Element = headline, parent = headline.parentElement; parent; child = parent, parent = parent.parentElement) {
    if (!parent.contains(box)) continue
    for (let sibling = child.nextElementSibling; sibling; sibling = sibling.nextElementSibling) if (sibling === box || sibling.contains(box)) return true
    return false
  }
  return false
}

/** The album's pictures, when each is a link to an image file and the box holds little else. */
function albumPictures(box: Element, baseUrl?: string): Image[] {
  const images = Array.from(box.querySelectorAll('img'))
  if (images.length < MIN_PICTURES || images.length > MAX_PICTURES) return []
  const text = (box.textContent ?? '').replace(PATTERNS.whitespace, ' ').trim()
  if (text.length > MAX_TEXT_PER_PICTURE * images.length) return []
  const pictures: Image[] = []
  const seen = new Set<string>()
  for (const img of images) {
    let link: Element | null = img.parentElement
    while (link && link !== box && link.localName?.toLowerCase() !== 'a') link = link.parentElement
    if (!link || link === box || !PATTERNS.imageFile.test(link.getAttribute('href') ?? '')) return []
    const src = resolveImageSrc(img, baseUrl)
    if (!src || seen.has(src)) continue
    seen.add(src)
    const alt = img.getAttribute('alt')?.trim()
    pictures.push(alt ? { src, alt } : { src })
  }
  return pictures
}
