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
/** A picture drawn smaller than this either way is a writer's avatar or an icon, not the article's picture. */
const MIN_HERO_PX = 120
const PATTERNS = {
  styleSize: /(?:^|;)\s*(width|height)\s*:\s*(\d+(?:\.\d+)?)px/giu,
} as const

export function findLeadImage(headline: Element, baseUrl?: string): Image | undefined {
  for (const element of elementsAfter(headline, MAX_DISTANCE)) {
    const tag = element.localName?.toLowerCase()
    if ((tag === 'img' || tag === 'amp-img') && !isDrawnSmall(element)) {
      const src = toHttpUrl(element.getAttribute('src'), baseUrl)
      if (src) {
        const alt = element.getAttribute('alt')?.trim()
        return alt ? { src, alt } : { src }
      }
    }
  }
  return undefined
}

/**
 * The size the page draws the picture at, from its width/height attributes or its inline style, is an avatar's or an
 * icon's: archive.today's snapshots keep no class to say so ("author-avatar") but inline every element's style.
 */
function isDrawnSmall(img: Element): boolean {
  const sizes: number[] = []
  for (const name of ['width', 'height']) {
    const value = Number.parseFloat(img.getAttribute(name) ?? '')
    if (Number.isFinite(value)) sizes.push(value)
  }
  for (const match of (img.getAttribute('style') ?? '').matchAll(PATTERNS.styleSize)) sizes.push(Number.parseFloat(match[2]))
  return sizes.some((px) => px > 0 && px < MIN_HERO_PX)
}
