/**
 * The real address of an image: lazy-loading themes put a placeholder (a 1×1 GIF data: URL or a spinner)
 * in `src` and the picture in `data-src` and friends, so those are read first. Only http(s) survives;
 * relative addresses are resolved against the page URL.
 */

const PATTERNS = {
  /** Placeholder files lazy loaders put in src: blank.gif, pixel.png, lazy.svg, spinner, loading … */
  placeholder: /(?:^data:|blank|pixel|spacer|placeholder|lazy|loading|spinner|transparent)[^/]*$/iu,
  /** One srcset candidate: URL then an optional descriptor. */
  srcsetCandidate: /^\s*(\S+)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*$/u,
  /** An <img>'s src and srcset in a <noscript>'s text (a live page with scripts on keeps its markup as text). */
  noscriptSrc: /<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/iu,
  noscriptSrcset: /<img\b[^>]*?\ssrcset\s*=\s*["']([^"']+)["']/iu,
} as const

const MAX_URL_CHARS = 4096

/** Attributes lazy loaders use, most specific first (WordPress lazyload, lazysizes, jQuery lazy, Jetpack). */
const LAZY_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-full-src', 'data-orig-file']
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'srcset']

/** Makes `raw` absolute against `base`; undefined unless the result is http(s). */
export function toHttpUrl(raw: string | null | undefined, base?: string): string | undefined {
  const value = raw?.trim()
  if (!value) return undefined
  try {
    const url = base ? new URL(value, base) : new URL(value)
    // Longer addresses are refused by the extension's message check (and are never real pictures).
    if (url.href.length > MAX_URL_CHARS) return undefined
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** The largest candidate of a srcset (by width or density), else its first. */
function pickFromSrcset(srcset: string): string | undefined {
  let best: string | undefined
  let bestSize = -1
  for (const part of srcset.split(/,\s+/u)) {
    const match = PATTERNS.srcsetCandidate.exec(part)
    if (!match) continue
    const size = match[2] ? Number(match[2]) : 0
    if (size > bestSize) {
      best = match[1]
      bestSize = size
    }
  }
  return best
}

/** The picture an <img> (or <source>/<amp-img>) shows once loaded, as an absolute http(s) URL. */
export function resolveImageSrc(img: Element, base?: string): string | undefined {
  for (const name of LAZY_ATTRIBUTES) {
    const url = toHttpUrl(img.getAttribute(name), base)
    if (url) return url
  }
  const src = img.getAttribute('src')
  if (src && !PATTERNS.placeholder.test(src.trim())) {
    const url = toHttpUrl(src, base)
    if (url) return url
  }
  for (const name of LAZY_SRCSET_ATTRIBUTES) {
    const srcset = img.getAttribute(name)
    const url = srcset ? toHttpUrl(pickFromSrcset(srcset), base) : undefined
    if (url) return url
  }
  return noscriptCopy(img, base)
}

/**
 * The picture a placeholder stands for, from the <noscript> copy right after it (Next.js's legacy next/image: a 1×1 GIF
 * in src, the real srcset only in <noscript><img>). Parsers without scripts read the copy as elements, a live page as
 * text.
 */
function noscriptCopy(img: Element, base?: string): string | undefined {
  const noscript = img.nextElementSibling
  if (noscript?.localName?.toLowerCase() !== 'noscript') return undefined
  const copy = noscript.getElementsByTagName('img')[0]
  if (copy) return resolveImageSrc(copy, base)
  const markup = (noscript.textContent ?? '').replaceAll('&amp;', '&')
  const srcset = PATTERNS.noscriptSrcset.exec(markup)?.[1]
  return toHttpUrl(srcset ? pickFromSrcset(srcset) : PATTERNS.noscriptSrc.exec(markup)?.[1], base)
}
