/**
 * Class names a page's own stylesheets hide. CSS-in-JS sites (BBC Arabic's "bbc-m04vo2") hide labels such as
 * "التعليق على الصورة،" and "Author," with generated class names that no list can know, so the inline
 * <style> text is read for single-class rules that hide: display:none, visibility:hidden, or the
 * visually-hidden recipe (1px box with clip/clip-path). Rules inside @media are ignored: those hide
 * things only at some widths (a mobile-only menu), which says nothing about the article.
 */

const PATTERNS = {
  /** A rule's declarations that take the element out of view. */
  hides: /display\s*:\s*none|visibility\s*:\s*hidden|clip-path\s*:\s*inset\(\s*(?:50|100)%|clip\s*:\s*rect\(\s*(?:0|1px)[\s,]+(?:0|1px)/giu,
  /** A selector that is one class, nothing else: `.name` (optionally with a leading tag). */
  singleClass: /^[a-z]*\.(-?[_a-zA-Z][\w-]*)$/u,
} as const

/** Bounds the scan: giant inline bundles are cut here (a 5 MB page must stay cheap). */
const MAX_CSS_CHARS = 400_000

/** Collects class names hidden by top-level rules of the given CSS texts. */
export function findHiddenClasses(cssTexts: string[]): Set<string> {
  const hidden = new Set<string>()
  let budget = MAX_CSS_CHARS
  for (const full of cssTexts) {
    if (budget <= 0) break
    const css = full.length > budget ? full.slice(0, budget) : full
    budget -= css.length
    scanCss(css, hidden)
  }
  return hidden
}

/**
 * One pass over the text: selectors are read at depth 0 only; at-rule blocks are skipped whole.
 *
 * The hiding declarations are found first, by one regex pass over the whole text: none of them can hold a
 * brace, so each lies inside one rule body, and a rule hides when one starts inside its braces. The rules
 * themselves are then only located (no slice of every selector and body, no regex per rule): CSS-in-JS
 * pages carry hundreds of kilobytes of rules (ar-bbcarabic-2024: 200 KB, 1.3 ms when every rule was cut out).
 */
function scanCss(css: string, hidden: Set<string>): void {
  const hides: number[] = []
  for (const match of css.matchAll(PATTERNS.hides)) hides.push(match.index)
  if (!hides.length) return
  /** The first hiding declaration not before the current rule. */
  let nextHide = 0
  /** The next '@' at or after i (n when none): a selector holding one opens an at-rule. */
  let nextAt = -1
  let i = 0
  const n = css.length
  while (i < n) {
    const open = css.indexOf('{', i)
    if (open < 0) return
    if (nextAt < i) {
      nextAt = css.indexOf('@', i)
      if (nextAt < 0) nextAt = n
    }
    if (nextAt < open) {
      // Skip the whole at-rule block, nested braces included.
      let depth = 1
      let j = open + 1
      while (j < n && depth > 0) {
        const c = css.charCodeAt(j)
        if (c === 123) depth++
        else if (c === 125) depth--
        j++
      }
      i = j
      continue
    }
    const close = css.indexOf('}', open)
    if (close < 0) return
    while (nextHide < hides.length && hides[nextHide] <= open) nextHide++
    if (nextHide < hides.length && hides[nextHide] < close) {
      const selector = css.slice(i, open).trim()
      for (const part of selector.split(',')) {
        const match = PATTERNS.singleClass.exec(part.trim().replace(/^.*\}/u, ''))
        if (match) hidden.add(match[1])
      }
    }
    i = close + 1
  }
}
