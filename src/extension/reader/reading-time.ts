/**
 * Minutes to read a text. 180 words a minute: silent reading of Arabic prose by adults measures lower
 * than English (about 140–180 wpm against 238 in Brysbaert's 2019 review), so we take the top of that
 * range and never show less than one minute.
 */
const WORDS_PER_MINUTE = 180

const PATTERNS = { word: /[\p{L}\p{N}]+/gu }

export function readingMinutes(text: string): number {
  const words = text.match(PATTERNS.word)?.length ?? 0
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
