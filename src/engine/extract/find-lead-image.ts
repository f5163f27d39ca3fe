/**
 * The picture shown under the headline when the page declares none (no og:image) and Readability left it
 * out of the body: themes put the hero image in its own block between the headline and the text. The
 * first image after the headline element, within a short distance, is taken. The clone is prepared, so
 * icons, teaser thumbnails and hidden images are gone already.
 */
import type { Image } from '../doc.ts'
import { toHttpUrl } from './resolve-image-src.ts'
import { elementsAfter } from './next-in-order.ts'

/** How many elements after the headline the hero image may sit (meta lines, share bars come first). */
const MAX_DISTANCE = 60

export function findLeadImage(headline: Element, baseUrl?: string): Image | undefined {
  for (const element of elementsAfter(headline, MAX_DISTANCE)) {
    const tag = element.localName?.toLowerCase()
    if (tag === 'img' || tag === 'amp-img') {
      const src = toHttpUrl(element.getAttribute('src'), baseUrl)
      if (src) {
        const alt = element.getAttribute('alt')?.trim()
        return alt ? { src, alt } : { src }
      }
    }
  }
  return undefined
}
