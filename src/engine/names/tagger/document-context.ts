import type { WordInfo } from './word-features.ts'

/**
 * What the rest of a document says about a word. A name recurs in an article ("الأهلي", "جوزيه",
 * "فولكسفاغن" four or five times each), often once in a telling context ("المدرب جوزيه") and elsewhere
 * bare ("ورفض جوزيه"). Ratinov & Roth (2009) gain several F1 points from such non-local features; the
 * tagger runs twice: the first pass tags every sentence alone, the second also sees, for each word, how
 * the first pass tagged its other occurrences and which trigger words stood before them.
 */
export interface TokenContext {
  /** Bits of the types the first pass gave other occurrences: PERS 1, LOC 2, ORG 4, MISC 8, O 16. */
  types: number
  /** Most frequent of those (0 PERS … 4 O), −1 when the word occurs nowhere else. */
  majority: number
  /** WORD_CLASS bits of the words just before other occurrences. */
  cues: number
}

const TYPE_SLOT: Record<string, number> = { PERS: 0, LOC: 1, ORG: 2, MISC: 3 }
const SLOTS = 5
const EMPTY: TokenContext = { types: 0, majority: -1, cues: 0 }
const CUE_BITS = 7
const WIDTH = SLOTS + CUE_BITS

/** Words shorter than this (particles, "في", "من") say nothing when repeated. */
const MIN_CORE_LENGTH = 3

function slotOf(tag: string): number {
  return tag === 'O' || tag.length < 3 ? 4 : (TYPE_SLOT[tag.slice(2)] ?? 4)
}

function isKeyed(info: WordInfo): boolean {
  return info.entry.core.length >= MIN_CORE_LENGTH && (info.entry.shape[0] === 'a' || info.entry.shape[0] === 'l')
}

/**
 * Contexts for every token of `sentences`; the "document" of sentence s is sentences [s − window,
 * s + window] (ANERcorp has no document marks), or all of them when `window` is Infinity (an article).
 */
export function documentContext(
  sentences: readonly (readonly WordInfo[])[],
  predictions: readonly (readonly string[])[],
  window: number,
): TokenContext[][] {
  const counts = new Map<string, Int32Array>()
  const apply = (s: number, sign: 1 | -1) => {
    const infos = sentences[s]
    for (let t = 0; t < infos.length; t++) {
      if (!isKeyed(infos[t])) continue
      let row = counts.get(infos[t].entry.core)
      if (!row) counts.set(infos[t].entry.core, (row = new Int32Array(WIDTH)))
      row[slotOf(predictions[s][t])] += sign
      const cues = t > 0 ? sentences[s][t - 1].entry.classes : 0
      for (let bit = 0; bit < CUE_BITS; bit++) if (cues & (1 << bit)) row[SLOTS + bit] += sign
    }
  }
  const n = sentences.length
  const span = Number.isFinite(window) ? window : n
  let lo = 0
  let hi = -1
  const result: TokenContext[][] = []
  for (let s = 0; s < n; s++) {
    const wantLo = Math.max(0, s - span)
    const wantHi = Math.min(n - 1, s + span)
    while (hi < wantHi) apply(++hi, 1)
    while (lo < wantLo) apply(lo++, -1)
    const infos = sentences[s]
    result.push(
      infos.map((info, t) => {
        if (!isKeyed(info)) return EMPTY
        const row = counts.get(info.entry.core)!
        // This occurrence itself does not count.
        const ownSlot = slotOf(predictions[s][t])
        const ownCues = t > 0 ? infos[t - 1].entry.classes : 0
        let types = 0
        let majority = -1
        let top = 0
        for (let slot = 0; slot < SLOTS; slot++) {
          const count = row[slot] - (slot === ownSlot ? 1 : 0)
          if (count <= 0) continue
          types |= 1 << slot
          if (count > top) {
            top = count
            majority = slot
          }
        }
        let cues = 0
        for (let bit = 0; bit < CUE_BITS; bit++) {
          if (row[SLOTS + bit] - ((ownCues >> bit) & 1) > 0) cues |= 1 << bit
        }
        return types === 0 && cues === 0 ? EMPTY : { types, majority, cues }
      }),
    )
  }
  return result
}
