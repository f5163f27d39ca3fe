/**
 * Class names a page's own stylesheets hide. CSS-in-JS sites (BBC Arabic's "bbc-m04vo2") hide labels such as
 * "التعليق على الصورة،" and "Author," with generated class names that no list can know, so the inline
 * <style> text is read for single-class rules that hide: display:none, visibility:hidden, or the
 * visually-hidden recipe (1px box with clip/clip-path). Rules inside @media are ignored: those hide
 * things only at some widths (a mobile-only menu), which says nothing about the article.
 */

const PATTERNS = {
  /** A rule's declarations that take the element out of view. */
  hides: /display\s*:\s*none|visibility\s*:\s*hidden|clip-path\s*:\s*inset\(\s*(?:50|100)%|clip\s*:\s*rect\(\s*(?:0|1px)[\s,]+(?:0|1px)/iu,
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

/** One pass over the text: selectors are read at depth 0 only; at-rule blocks are skipped whole. */
function scanCss(css: string, hidden: Set<string>): void {
  let i = 0
  const n = css.length
  while (i < n) {
    const open = css.indexOf('{', i)
    if (open < 0) return
    const selector = css.slice(i, open).trim()
    if (selector.startsWith('@') || selector.includes('@')) {
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
    const body = css.slice(open + 1, close)
    if (PATTERNS.hides.test(body)) {
      for (const part of selector.split(',')) {
        const match = PATTERNS.singleClass.exec(part.trim().replace(/^.*\}/u, ''))
        if (match) hidden.add(match[1])
      }
    }
    i = close + 1
  }
}
