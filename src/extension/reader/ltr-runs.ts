/**
 * Finds left-to-right runs (Latin words, with the digits and punctuation inside them) in right-to-left
 * text, so each can be isolated: "قالت Reuters, Inc. إن" must not have its comma and full stop pulled to
 * the wrong side by the bidi algorithm.
 */
const PATTERNS = {
  // Starts and ends on a Latin letter or digit; may contain spaces, digits and in-word punctuation.
  ltr: /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9 .,'’&/:+-]*[A-Za-z\u00C0-\u024F0-9]|[A-Za-z\u00C0-\u024F]/gu,
}

/** Alternating pieces of the text; `ltr` marks the runs to isolate. Joined, they give back the text. */
export function splitLtrRuns(text: string): { text: string; ltr: boolean }[] {
  const out: { text: string; ltr: boolean }[] = []
  let at = 0
  for (const match of text.matchAll(PATTERNS.ltr)) {
    const start = match.index ?? 0
    if (start > at) out.push({ text: text.slice(at, start), ltr: false })
    out.push({ text: match[0], ltr: true })
    at = start + match[0].length
  }
  if (at < text.length) out.push({ text: text.slice(at), ltr: false })
  return out
}

const LETTERS = {
  rtl: /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu,
  ltr: /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/gu,
}

/**
 * A block's direction: the article's, unless the block is mostly left-to-right letters (an English quote
 * in an Arabic article). Not `dir="auto"`, which goes by the first strong letter and would turn
 * "BBC قالت …" left to right.
 */
export function blockDir(text: string, articleDir: 'rtl' | 'ltr'): 'rtl' | 'ltr' {
  const rtl = text.match(LETTERS.rtl)?.length ?? 0
  const ltr = text.match(LETTERS.ltr)?.length ?? 0
  if (rtl === 0 && ltr === 0) return articleDir
  return ltr > rtl ? 'ltr' : 'rtl'
}
