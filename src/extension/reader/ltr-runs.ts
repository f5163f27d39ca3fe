/**
 * Finds left-to-right runs (Latin words, with the digits and punctuation inside them) in right-to-left
 * text, so each can be isolated: "قالت Reuters, Inc. إن" must not have its comma and full stop pulled to
 * the wrong side by the bidi algorithm.
 */
const PATTERNS = {
  // Starts and ends on a Latin letter or digit; may contain spaces, digits and in-word punctuation.
  ltr: /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9 .,'’&/:+-]*[A-Za-z\u00C0-\u024F0-9]|[A-Za-z\u00C0-\u024F]/gu,
}

/** A letter PATTERNS.ltr starts on: A-Z, a-z, U+00C0-U+024F. */
function startsLtrRun(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)
}

/** Alternating pieces of the text; `ltr` marks the runs to isolate. Joined, they give back the text. */
export function splitLtrRuns(text: string): { text: string; ltr: boolean }[] {
  // Most pieces of an Arabic article hold no Latin letter: a plain scan answers them without running the
  // regex (on a reopened article this function was a third of the reader's render, profiled in Chromium).
  let first = 0
  while (first < text.length && !startsLtrRun(text.charCodeAt(first))) first++
  if (first === text.length) return text ? [{ text, ltr: false }] : []
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

/** Right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko …, and the Arabic presentation forms. */
function isRtlLetter(code: number): boolean {
  return (code >= 0x590 && code <= 0x8ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)
}

/** Left-to-right letters: Latin, Greek, Cyrillic. */
function isLtrLetter(code: number): boolean {
  return startsLtrRun(code) || (code >= 0x370 && code <= 0x4ff)
}

/**
 * A block's direction: the article's, unless the block is mostly left-to-right letters (an English quote
 * in an Arabic article). Not `dir="auto"`, which goes by the first strong letter and would turn
 * "BBC قالت …" left to right.
 */
export function blockDir(text: string, articleDir: 'rtl' | 'ltr'): 'rtl' | 'ltr' {
  // Counted by a scan rather than text.match(/…/g), which builds an array of every letter of the block.
  let rtl = 0
  let ltr = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isRtlLetter(code)) rtl++
    else if (isLtrLetter(code)) ltr++
  }
  if (rtl === 0 && ltr === 0) return articleDir
  return ltr > rtl ? 'ltr' : 'rtl'
}
