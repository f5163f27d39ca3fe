/**
 * Elements a reader never sees: they must not become text. Readability only checks `hidden` and inline
 * display:none; news themes hide with classes (screen-reader-text in WordPress, sr-only/visually-hidden
 * in Bootstrap, d-none, hide) and aria-hidden, and put "زر الذهاب إلى الأعلى" and similar labels there.
 */

const PATTERNS = {
  /** Inline styles that hide: display:none, visibility:hidden. */
  hiddenStyle: /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu,
} as const

/** Class names common themes use to hide an element (exact tokens, not substrings). */
export const HIDDEN_CLASSES = new Set([
  'hidden',
  'hide',
  'd-none',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
  'element-invisible',
  'is-hidden',
  'u-hidden',
  'invisible',
])

/**
 * True when the element itself is hidden (ancestors are the caller's business). `className` may be passed
 * when the caller has read it already (reading attributes is the cost of a page walk).
 */
export function isHidden(element: Element, className: string | null = element.getAttribute('class')): boolean {
  if (element.hasAttribute('hidden')) return true
  if (element.getAttribute('aria-hidden') === 'true') return true
  const style = element.getAttribute('style')
  if (style && PATTERNS.hiddenStyle.test(style)) return true
  return className ? hasThemeHiddenClass(className) : false
}

/**
 * Whether a class attribute names a hiding class, cached per attribute value: pages repeat the same
 * few hundred class strings on thousands of elements. Emptied past CACHE_CLASSES (hostile pages with a
 * unique class per element).
 */
const hiddenByClass = new Map<string, boolean>()
const CACHE_CLASSES = 5_000

function hasThemeHiddenClass(className: string): boolean {
  let hidden = hiddenByClass.get(className)
  if (hidden === undefined) {
    hidden = false
    for (const name of className.split(/\s+/u)) {
      if (HIDDEN_CLASSES.has(name.toLowerCase())) {
        hidden = true
        break
      }
    }
    if (hiddenByClass.size >= CACHE_CLASSES) hiddenByClass.clear()
    hiddenByClass.set(className, hidden)
  }
  return hidden
}
