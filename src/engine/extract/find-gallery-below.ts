/**
 * A story's photo album under its text: a grid of thumbnails each linking to its full-size file for a lightbox
 * ("ألبوم صور الزيارة" on a governorate's portal, "تصاویر" under a university's news item, a Liferay "گزارش تصویری"), set
 * beside the text's container in the story's card, so Readability, which scores text, leaves it out. Found from the
 * headline, in its nearest ancestors: a box named as a gallery or an album, after the headline, whose pictures are
 * links to image files (a teaser's thumbnail links to a page) and which holds little text besides a title and captions.
 * Read on the prepared clone, before Readability empties it; the reader shows the pictures after the text.
 */
import type { Image } from '../doc.ts'
import { isAfter } from './document-order.ts'
import { picturesOf } from './find-gallery-above.ts'
import { fileNameOf, offersItsFile, opensItsFile } from './picture-file-link.ts'

/** How far up from the headline the story's card may be (h1 in a header, the text and the album beside it). */
const MAX_LEVELS = 4
const MIN_PICTURES = 3
const MAX_PICTURES = 40
/** A box with more text than a title and short lines besides its captions is not an album. */
const MAX_TEXT_PER_PICTURE = 80
/** A photo essay's caption of two or three sentences; more is an article's text set in a figure. */
const MAX_CAPTION_CHARS = 400

const PATTERNS = {
  albumName: /(?:^|[\s_-])(?:[\w-]*gallery|[\w-]*album)(?:$|[\s_-])/iu,
  whitespace: /\s+/gu,
} as const

export function findGalleryBelow(headline: Element, baseUrl?: string): Image[] {
  // The ancestors to look in, nearest first; the named boxes after the headline are read once, in the farthest.
  const scopes: Element[] = []
  for (let scope = headline.parentElement; scope && scopes.length < MAX_LEVELS; scope = scope.parentElement) {
    const tag = scope.localName?.toLowerCase()
    if (tag === 'body' || tag === 'html') break
    scopes.push(scope)
  }
  const outermost = scopes[scopes.length - 1]
  if (!outermost) return []
  const albums = Array.from(outermost.querySelectorAll('[class]')).filter(
    (box) => PATTERNS.albumName.test(box.getAttribute('class') ?? '') && isAfter(box, headline) && isAlbum(box),
  )
  for (const scope of scopes) {
    for (const album of albums) {
      if (!scope.contains(album)) continue
      // (Counted again once each picture is taken once: a grid repeating one file is no album.)
      const pictures = picturesOf(album, baseUrl)
      if (pictures.length >= MIN_PICTURES) return pictures
    }
  }
  return []
}

/**
 * Pictures each linking to an image file (or offering it beside them), and little text besides their captions. A photo essay's captions are long, two or
 * three sentences that carry the story under each picture (Al-Wasat's "صور" pages): a <figcaption> is the picture's
 * whatever its length, up to a caption's.
 */
function isAlbum(box: Element): boolean {
  const images = Array.from(box.querySelectorAll('img'))
  if (images.length < MIN_PICTURES || images.length > MAX_PICTURES) return false
  let captions = 0
  for (const caption of Array.from(box.querySelectorAll('figcaption'))) {
    const length = (caption.textContent ?? '').replace(PATTERNS.whitespace, ' ').trim().length
    if (length > MAX_CAPTION_CHARS) return false
    captions += length
  }
  const text = (box.textContent ?? '').replace(PATTERNS.whitespace, ' ').trim()
  if (text.length - captions > MAX_TEXT_PER_PICTURE * images.length) return false
  // A carousel's thumbnail strip repeats the slides' files, each smaller and linked to nothing: a picture counts when its
  // file is one another picture of the box opens or offers.
  const files = new Set(images.filter((img) => opensItsFile(img, box) || offersItsFile(img, box)).map((img) => fileNameOf(img.getAttribute('src') ?? '')))
  return images.every((img) => files.has(fileNameOf(img.getAttribute('src') ?? '')))
}
