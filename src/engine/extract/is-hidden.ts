/**
 * Elements a reader never sees: they must not become text. Readability only checks `hidden` and inline
 * display:none; news themes hide with classes (screen-reader-text in WordPress, sr-only/visually-hidden
 * in Bootstrap, d-none, hide) and aria-hidden, and put "زر الذهاب إلى الأعلى" and similar labels there.
 */

const PATTERNS = {
  /** Inline styles that hide: display:none, visibility:hidden. */
  hiddenStyle: /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu,
  /**
   * A display utility from a breakpoint up (Tailwind's "md:flex", "lg:hidden"; Bootstrap's "d-md-block", "d-lg-none"):
   * its breakpoint and whether it hides.
   */
  responsiveDisplay: /^(?:(sm|md|lg|xl|2xl):(hidden|block|flex|grid|inline|inline-block|inline-flex|table|contents)|d-(sm|md|lg|xl|xxl)-(none|block|flex|grid|inline|inline-block|inline-flex|table))$/u,
} as const

/** Breakpoints in the order screens widen. */
const BREAKPOINTS = ['sm', 'md', 'lg', 'xl', '2xl', 'xxl']

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
    const names = className.split(/\s+/u)
    hidden = names.some((name) => HIDDEN_CLASSES.has(name.toLowerCase()))
    // A responsive theme shows or hides a box from a breakpoint up: the reader reads the page on a computer's screen, the
    // widest, so the widest breakpoint's utility decides. Safa's desktop byline is "hidden md:flex" (shown), its phone copy
    // "md:hidden" (not shown).
    const widest = widestDisplay(names)
    if (widest !== undefined) hidden = widest
    if (hiddenByClass.size >= CACHE_CLASSES) hiddenByClass.clear()
    hiddenByClass.set(className, hidden)
  }
  return hidden
}

/** Whether the widest breakpoint's display utility among a class's names hides the box; undefined when it names none. */
function widestDisplay(names: readonly string[]): boolean | undefined {
  let rank = -1
  let hides: boolean | undefined
  for (const name of names) {
    if (!name.includes('-') && !name.includes(':')) continue
    const match = PATTERNS.responsiveDisplay.exec(name)
    if (!match) continue
    const breakpoint = BREAKPOINTS.indexOf(match[1] ?? match[3])
    if (breakpoint <= rank) continue
    rank = breakpoint
    hides = (match[2] ?? match[4]) === 'hidden' || match[4] === 'none'
  }
  return hides
}
