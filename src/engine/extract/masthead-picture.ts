/**
 * A declared sharing picture (og:image) that the page shows only in its masthead is the site's banner, no picture of
 * the article's: a newsletter's web copy declares its header image (Mailchimp's td#templateHeader, "نشرة الموجز"), as a
 * paper may its masthead. Known by the masthead's own names; an article's header ("article-header", "entry-header") holds
 * its lead picture and is not one of them.
 */
import { isSamePicture } from './same-picture.ts'

/** Names (id or class) of a site's masthead, compared whole and in lower case. */
// (Not a theme's "site-header": some pages leave it unclosed around the whole article, Btolat's.)
const MASTHEAD_NAMES: ReadonlySet<string> = new Set(['templateheader', 'masthead'])

/** How far up from a picture its masthead is looked for. */
const MAX_LEVELS = 12
/** Pictures looked at (the page's first ones: a masthead is at the top). */
const MAX_PICTURES = 100

export function isMastheadPicture(document: Document, src: string): boolean {
  let shown = 0
  const images = document.getElementsByTagName('img')
  for (let i = 0; i < images.length && i < MAX_PICTURES; i++) {
    const img = images[i]!
    const imgSrc = img.getAttribute('src')
    if (!imgSrc || !isSamePicture(src, imgSrc)) continue
    if (!inMasthead(img)) return false
    shown++
  }
  return shown > 0
}

function inMasthead(img: Element): boolean {
  let level = 0
  for (let up = img.parentElement; up && level < MAX_LEVELS; up = up.parentElement, level++) {
    if (`${up.getAttribute('id') ?? ''} ${up.getAttribute('class') ?? ''}`.split(/\s+/u).some(isMastheadName)) return true
  }
  return false
}

/** Whether an id or a class names a site's masthead. */
export function isMastheadName(name: string): boolean {
  return MASTHEAD_NAMES.has(name.toLowerCase())
}
