/**
 * A story's photo strip set between the headline and the text: a slider or carousel of the story's pictures (INA's
 * swiper, BNA's "صور الخبر" owl carousel), outside the container that holds the text, so Readability leaves all but
 * the first (the lead) out. The pictures of the first such container within a short distance of the headline; the
 * reader shows them after the text. Read on the prepared clone (teasers' thumbnails and hidden images are gone) before
 * Readability empties it.
 */
import type { Image } from '../doc.ts'
import { elementsAfter } from './next-in-order.ts'
import { resolveImageSrc } from './resolve-image-src.ts'
import { opensItsFile } from './picture-file-link.ts'

/** How many elements after the headline the strip may begin (meta lines, tools, a share bar come first). */
const MAX_DISTANCE = 60
/** A strip shows two pictures or more; more than this is a gallery page, not an article's strip. */
const MIN_PICTURES = 2
const MAX_PICTURES = 24

const PATTERNS = {
  /** A strip's container, by the widget's class: "swiper", "owl-carousel", "news-slider", "photo-strip", "gallery". */
  strip: /(?:^|[\s_-])(?:swiper|owl-carousel|carousel|slider|slideshow|photo-strip|gallery)(?:$|[\s_-])/iu,
  /**
   * A box of the story's photos by a plainer name ("news-photos", BNA's ASP.NET page: a main photo and two beside it), taken
   * only when each picture opens its own file (a lightbox's), as a box of teasers' thumbnails does not.
   */
  photos: /(?:^|[\s_-])photos(?:$|[\s_-])/iu,
  /** A paragraph of prose: the text has begun, and a strip after it is the body's business. */
  prose: /[.،؟!]/u,
} as const

export function findGalleryAbove(headline: Element, baseUrl?: string): Image[] {
  for (const element of elementsAfter(headline, MAX_DISTANCE)) {
    const tag = element.localName?.toLowerCase()
    if (tag === 'p' && (element.textContent ?? '').length > 80 && PATTERNS.prose.test(element.textContent ?? '')) return []
    const name = element.getAttribute('class') ?? ''
    if (!PATTERNS.strip.test(name) && !(PATTERNS.photos.test(name) && opensItsFiles(element))) continue
    const pictures = picturesOf(element, baseUrl)
    if (pictures.length >= MIN_PICTURES && pictures.length <= MAX_PICTURES) return pictures
  }
  return []
}

/** Each picture in the box is a link to an image file. */
function opensItsFiles(box: Element): boolean {
  const images = Array.from(box.querySelectorAll('img'))
  return images.length > 0 && images.every((img) => opensItsFile(img, box))
}

/** A box's pictures, each once, with their alt text. */
export function picturesOf(strip: Element, baseUrl?: string): Image[] {
  const pictures: Image[] = []
  const seen = new Set<string>()
  for (const img of Array.from(strip.querySelectorAll('img, amp-img'))) {
    const src = resolveImageSrc(img, baseUrl)
    if (!src || seen.has(src)) continue
    seen.add(src)
    const alt = img.getAttribute('alt')?.trim()
    pictures.push(alt ? { src, alt } : { src })
  }
  return pictures
}
