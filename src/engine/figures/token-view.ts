import type { ScanToken } from './scan-tokens.ts'

const PATTERNS = {
  letter: /\p{L}/u,
} as const

/**
 * Read access to the scanned tokens with the clitic handling every recognizer needs: a word may carry
 * و/ف/ب/ل/ك and the article in front ("وبالأمس", "للثاني", "بألفين"), and a figure's span starts after
 * the conjunction or preposition but keeps the article ("الـ36 عامًا", as the annotation guide says).
 */
export interface WordReading {
  /** What was stripped: conjunction/preposition letters, then 'ال' when the article was there. */
  pre: string
  article: boolean
  rest: string
}

/** Letters before the article or the word: conjunctions و ف, prepositions ب ل ك. */
const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']

export class TokenView {
  constructor(
    readonly text: string,
    readonly tokens: ScanToken[],
  ) {}

  get length(): number {
    return this.tokens.length
  }

  at(i: number): ScanToken | undefined {
    return this.tokens[i]
  }

  /** The normalised word at i, or undefined when i is not a word. */
  word(i: number): string | undefined {
    const t = this.tokens[i]
    return t?.type === 'word' ? t.norm : undefined
  }

  isWord(i: number, ...words: string[]): boolean {
    const w = this.word(i)
    return w !== undefined && words.includes(w)
  }

  isSymbol(i: number, ...symbols: string[]): boolean {
    const t = this.tokens[i]
    return t?.type === 'symbol' && symbols.includes(t.norm)
  }

  /** True when tokens i-1 and i may belong to one figure (no line or block break between them). */
  joins(i: number): boolean {
    const t = this.tokens[i]
    return t !== undefined && !t.breakBefore
  }

  /**
   * Every way to read the word at i as clitics + rest, the bare word first. `article` readings need the
   * article; 'لل' is ل + ال with the alef dropped.
   */
  readings(i: number): WordReading[] {
    // Every recognizer asks for the readings of the same few words: computed once per token.
    let cached = this.readingCache.get(i)
    if (cached === undefined) {
      cached = this.computeReadings(i)
      this.readingCache.set(i, cached)
    }
    return cached
  }

  private readonly readingCache = new Map<number, WordReading[]>()

  private computeReadings(i: number): WordReading[] {
    const w = this.word(i)
    if (w === undefined) return []
    const out: WordReading[] = []
    for (const pre of PROCLITICS) {
      if (!w.startsWith(pre)) continue
      const afterPre = w.slice(pre.length)
      // A preposition before a two-letter rest is usually the word's own letters (لست "I am not" ≠ ل + ست).
      // "كمية" is not ك + مية (100): the colloquial hundred takes no preposition.
      if (afterPre.length >= (pre ? 3 : 2) && !(pre && (afterPre === 'ميه' || afterPre === 'مايه'))) out.push({ pre, article: false, rest: afterPre })
      if (afterPre.startsWith('ال') && afterPre.length >= 4) out.push({ pre, article: true, rest: afterPre.slice(2) })
      if ((pre === 'ل' || pre === 'ول' || pre === 'فل') && afterPre.startsWith('ل') && afterPre.length >= 3) {
        out.push({ pre, article: true, rest: afterPre.slice(1) })
      }
    }
    return out
  }

  /** The last letter of the word at i as written (harakat and tatweel skipped). */
  lastLetter(i: number): string | undefined {
    const t = this.tokens[i]
    if (!t) return undefined
    for (let k = t.end - 1; k >= t.start; k--) if (this.text[k] !== '\u0640' && PATTERNS.letter.test(this.text[k])) return this.text[k]
    return undefined
  }

  /** Source offset where the word at i starts once `pre` letters (normalised) are skipped. */
  offsetAfter(i: number, pre: string): number {
    const t = this.tokens[i]
    if (!pre) return t.start
    let seen = 0
    for (let k = t.start; k < t.end; k++) {
      const ch = this.text[k]
      // Letters count; harakat and tatweel normalise away and stay with the letter before them.
      if (PATTERNS.letter.test(ch)) {
        if (seen === pre.length) return k
        seen++
      }
    }
    return t.end
  }
}
