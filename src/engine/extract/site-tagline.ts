/**
 * A blog's or a site's tagline under its name: "گزارش‌ها و یادداشت‌های میدانی از شهرهای ساحلی خلیج فارس؛ به قلم …" under
 * the blog's <h1><a href="/">دفترچه خبرنگار جنوب</a></h1> (Blogfa, Blogger's description). Old layouts put the header in
 * the table that holds the post, so the tagline would open the text.
 */
import { findPlatformMarks, type PlatformMarks } from './platform-marks.ts'

/** A tagline is a line: a sentence about the site, no links. */
const MAX_TAGLINE_CHARS = 200

/** Removes the line under a heading that is only a link to the site's home page. */
export function dropSiteTagline(root: Element, marks: PlatformMarks = findPlatformMarks(root)): void {
  // (The page's first h1s: the site's name is among them.)
  for (const heading of marks.headings) {
    if (!heading.parentNode) continue
    const links = heading.getElementsByTagName('a')
    if (links.length !== 1 || !isHomeLink(links[0]!.getAttribute('href') ?? '')) continue
    if (squash(links[0]!.textContent) !== squash(heading.textContent)) continue
    const tagline = heading.nextElementSibling
    if (!tagline || tagline.getElementsByTagName('a').length || tagline.querySelector('h1, h2, h3, img')) continue
    const text = squash(tagline.textContent)
    if (text && text.length <= MAX_TAGLINE_CHARS) tagline.remove()
  }
}

function isHomeLink(href: string): boolean {
  return href === '/' || href === './' || /^https?:\/\/[^/?#]+\/?$/u.test(href)
}

function squash(text: string | null): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim()
}
