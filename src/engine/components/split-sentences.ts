import type { Span } from '../doc.ts'
import type { Component } from '../pipeline.ts'
import { normalizeArabic } from '../arabic/normalize.ts'
import { GIVEN_NAME_WORDS } from '../names/lists/given-name-words.ts'

const PATTERNS = {
  /** Lines: a sentence never crosses a block boundary ('\n\n') or a line break inside a block (<br>). */
  lineBreak: /\n+/gu,
  /**
   * A sentence end: one or more stops (. ! ? ؟ … and the Urdu full stop ۔), then any closing quotes or
   * brackets written straight after the stop (Arabic pages use “ ” « » in both directions), then
   * whitespace or the end of the line. A stop glued to the next letter ("أ.ف.ب", "2.5") is not an end.
   */
  stop: /[.!?\u061F\u2026\u06D4]+[”“»«"'’)\]]*(?=\s|$)/gu,
  /**
   * Words before a '.' that abbreviate rather than end a sentence: one Arabic or Latin letter ("د.",
   * "م.", "أ. ف. ب", "J. Smith"), or a short title. Tested on the text just before the stop.
   */
  abbreviation: /(?:^|[\s(«“".])(?:\p{L}\u0640?|Dr|Mr|Mrs|Ms|St|Jr|vs|etc|No|Prof)$/u,
  /** The last two words before a stop. */
  lastTwoWords: /(\S+)\s+(\S+)$/u,
  /**
   * A full stop glued between two Arabic words ("الماضي.وقال"): a missing space, common in pasted and
   * older news text, not an abbreviation (those are single letters: "أ.ف.ب") nor a decimal (digits).
   */
  gluedStop: /(?<=[\u0621-\u064A]{2})\.(?=[\u0621-\u064A]{2})/gu,
  /** Closing quotes and brackets after a stop, stripped to see the stop itself. */
  closers: /[”“»«"'’)\]]+$/u,
  /** A segment that ends in a stop (with its closers): Intl.Segmenter's candidate ends. */
  endStop: /[.!?\u061F\u2026\u06D4]+[”“»«"'’)\]]*$/u,
  space: /\s/u,
  /** Whitespace trimmed off both ends of a sentence. */
  leadingSpace: /^\s+/u,
  trailingSpace: /\s+$/u,
} as const

export interface SplitSentencesOptions {
  /** Use Intl.Segmenter's sentence boundaries as extra candidates when available (default true). */
  useSegmenter?: boolean
}

type SentenceSegmenter = { segment(text: string): Iterable<{ index: number; segment: string }> }

let cachedSegmenter: SentenceSegmenter | null | undefined

function sentenceSegmenter(): SentenceSegmenter | null {
  if (cachedSegmenter !== undefined) return cachedSegmenter
  const Segmenter = (Intl as unknown as { Segmenter?: new (lang: string, o: object) => SentenceSegmenter }).Segmenter
  cachedSegmenter = Segmenter ? new Segmenter('ar', { granularity: 'sentence' }) : null
  return cachedSegmenter
}

/**
 * Latin letters as the Arabic press spells them when they stand for a middle initial ("جون إف. كينيدي",
 * "جورج دبليو. بوش"), normalised. Hand-written.
 */
const LETTER_NAMES = new Set(
  ['إيه', 'بي', 'سي', 'دي', 'إي', 'إف', 'جي', 'إتش', 'آي', 'جيه', 'كيه', 'كي', 'إل', 'إم', 'إن', 'أو', 'كيو', 'آر', 'إس', 'تي', 'يو', 'في', 'دبليو', 'إكس', 'واي', 'زد'].map((w) =>
    normalizeArabic(w),
  ),
)

/**
 * A letter's name after a given name is a middle initial, not the end of a sentence: splitting there cut
 * "مركز جون إف. كينيدي" in two, and the tagger then saw "جون إف" and "كينيدي" apart. Only after a given
 * name, since "… نقلا عن بي بي سي." does end one.
 */
function isMiddleInitial(before: string): boolean {
  const words = PATTERNS.lastTwoWords.exec(before)
  return words !== null && LETTER_NAMES.has(normalizeArabic(words[2])) && GIVEN_NAME_WORDS.has(normalizeArabic(words[1]))
}

/** True when the '.' ending at `stopAt` (exclusive end of the text before the stop) follows an abbreviation. */
function isAbbreviation(line: string, stopStart: number, stops: string): boolean {
  if (stops !== '.') return false
  const before = line.slice(Math.max(0, stopStart - 8), stopStart)
  return PATTERNS.abbreviation.test(before) || isMiddleInitial(line.slice(Math.max(0, stopStart - 40), stopStart))
}

/** Candidate ends (offsets just after a stop and its closing quotes) within one line. */
function ruleEnds(line: string): number[] {
  const ends: number[] = []
  const pattern = new RegExp(PATTERNS.stop.source, PATTERNS.stop.flags)
  for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
    const stops = m[0].replace(PATTERNS.closers, '')
    if (isAbbreviation(line, m.index, stops)) continue
    ends.push(m.index + m[0].length)
  }
  const glued = new RegExp(PATTERNS.gluedStop.source, PATTERNS.gluedStop.flags)
  for (let m = glued.exec(line); m !== null; m = glued.exec(line)) ends.push(m.index + 1)
  return ends
}

/**
 * How much of a line Intl.Segmenter is given at once. V8's sentence segmenter slows down more than
 * linearly on long strings (4 ms for 37,500 characters, 1.3 s for 150,000 on Node 20), and a page may set
 * a whole book in one paragraph; windows of this size keep it linear and leave news paragraphs whole.
 */
const SEGMENTER_WINDOW = 10_000

/**
 * Where the segmenter windows of a line end: at the last end the rules found in the window's second half,
 * else at its last whitespace, else at the window's size, so that a window seldom ends inside a sentence.
 */
function segmenterWindows(line: string, ruleEndsInOrder: readonly number[]): Span[] {
  const windows: Span[] = []
  let start = 0
  let next = 0
  while (line.length - start > SEGMENTER_WINDOW) {
    const limit = start + SEGMENTER_WINDOW
    let end = -1
    for (; next < ruleEndsInOrder.length && ruleEndsInOrder[next] <= limit; next++) end = ruleEndsInOrder[next]
    if (end < start + SEGMENTER_WINDOW / 2) {
      const space = line.lastIndexOf(' ', limit)
      end = space > start + SEGMENTER_WINDOW / 2 ? space : limit
    }
    windows.push({ start, end })
    start = end
  }
  windows.push({ start, end: line.length })
  return windows
}

/**
 * Ends proposed by Intl.Segmenter that the rules accept: at whitespace (never inside "أ.ف.ب") and not
 * after an abbreviation (ICU breaks after "د. " because Arabic letters have no case). A window's own
 * end is not proposed: it is where the text was cut, not where ICU saw a sentence end.
 */
function segmenterEnds(line: string, window: Span, segmenter: SentenceSegmenter): number[] {
  const ends: number[] = []
  for (const { index, segment } of segmenter.segment(line.slice(window.start, window.end))) {
    const body = segment.replace(PATTERNS.trailingSpace, '')
    const start = window.start + index
    const end = start + body.length
    if (end >= window.end || end === start) continue
    if (!PATTERNS.space.test(line[end])) continue
    const stops = body.match(PATTERNS.endStop)
    if (!stops) continue
    const bare = stops[0].replace(PATTERNS.closers, '')
    if (isAbbreviation(line, end - stops[0].length, bare)) continue
    ends.push(end)
  }
  return ends
}

/** Sentence spans of a text (offsets into it, trimmed of whitespace), in order. */
export function splitSentencesText(text: string, options: SplitSentencesOptions = {}): Span[] {
  const segmenter = options.useSegmenter === false ? null : sentenceSegmenter()
  const spans: Span[] = []
  let lineStart = 0
  const breaks = new RegExp(PATTERNS.lineBreak.source, PATTERNS.lineBreak.flags)
  const lines: Span[] = []
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    lines.push({ start: lineStart, end: m.index })
    lineStart = m.index + m[0].length
  }
  lines.push({ start: lineStart, end: text.length })

  for (const lineSpan of lines) {
    const line = text.slice(lineSpan.start, lineSpan.end)
    const byRule = ruleEnds(line).sort((a, b) => a - b)
    const ends = new Set(byRule)
    if (segmenter) for (const window of segmenterWindows(line, byRule)) for (const end of segmenterEnds(line, window, segmenter)) ends.add(end)
    ends.add(line.length)
    let from = 0
    for (const end of [...ends].sort((a, b) => a - b)) {
      const piece = line.slice(from, end)
      const lead = piece.match(PATTERNS.leadingSpace)?.[0].length ?? 0
      const trail = piece.match(PATTERNS.trailingSpace)?.[0].length ?? 0
      if (lead < piece.length) {
        spans.push({ start: lineSpan.start + from + lead, end: lineSpan.start + end - trail })
      }
      from = end
    }
  }
  return spans
}

export const splitSentences: Component<never, 'sentences'> = {
  name: 'split-sentences',
  requires: [],
  assigns: ['sentences'],
  run: (doc) => ({ ...doc, sentences: splitSentencesText(doc.text) }),
}
