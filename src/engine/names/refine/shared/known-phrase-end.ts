import { keepsItsFirstLetter } from '../../../arabic/clitics.ts'
import { nextStem, type Context } from './context.ts'

/**
 * The last token of the longest phrase of `index` (a gazetteer phrase index: first normalised word → the
 * entries, longest first) starting at token t, or -1. Shared by the known organisations
 * (known-organization-end.ts) and the known places (find-places.ts).
 */
export function knownPhraseEnd(ctx: Context, t: number, index: ReadonlyMap<string, readonly string[][]>): number {
  // The answer depends on the tokens alone, which no rule changes: computed once per token and index.
  const memos = (ctx.phraseEnds ??= new Map())
  let memo = memos.get(index)
  if (!memo) memos.set(index, (memo = new Int32Array(ctx.tokens.length).fill(NOT_YET)))
  if (memo[t] === NOT_YET) memo[t] = findKnownPhraseEnd(ctx, t, index)
  return memo[t]
}

/** knownPhraseEnd's memo value for a token not looked at yet (answers are −1 or a token index). */
const NOT_YET = -2

function findKnownPhraseEnd(ctx: Context, t: number, index: ReadonlyMap<string, readonly string[][]>): number {
  const { norm } = ctx.tokens[t]
  // "وبايرن ميونخ": the tokenizer keeps an unknown word whole, conjunction and all.
  // (Not a word the tokenizer keeps whole for its own first letter: "وفيات", deaths, is not و + "فيات", Fiat.)
  const known = index.get(ctx.stems[t]) ?? index.get(norm) ?? (startsWithConjunction(norm) ? withoutConjunction(norm, index) : undefined)
  // "لحلف شمال الأطلسي", "لبي بي سي": nor a preposition before a short word ("حلف"); a phrase of several words says it
  // is one. So it does after a conjunction on a word that keeps its first letter otherwise ("وعدل بكرو": "وعد", a promise).
  if (!known) {
    if (startsWithPreposition(norm) || startsWithConjunction(norm)) return phraseEnd(ctx, t, index.get(norm.slice(1)) ?? [], 2)
    return -1
  }
  return phraseEnd(ctx, t, known, 1)
}

/**
 * knownPhraseEnd for a word that begins with "و" the tokenizer kept on it, however short what follows ("وذي قار":
 * knownPhraseEnd reads a conjunction only before three letters or more). -1 when none.
 */
export function knownPhraseEndAfterAnd(ctx: Context, t: number, index: ReadonlyMap<string, readonly string[][]>): number {
  const { norm } = ctx.tokens[t]
  return norm.length >= 3 && norm[0] === 'و' ? phraseEnd(ctx, t, index.get(norm.slice(1)) ?? [], 1) : -1
}

/**
 * The last token of the longest entry of `minWords` words or more that starts at t, its first word matched
 * already, or -1. Entries are longest first. A later word matches as written or without its clitics ("والشام"
 * in the list, "الشام" as a stem). Plain loops: this runs for every token of the article.
 */
function phraseEnd(ctx: Context, t: number, entries: readonly string[][], minWords: number): number {
  entries: for (const entry of entries) {
    if (entry.length < minWords) continue
    for (let k = 1; k < entry.length; k++) {
      const stem = nextStem(ctx, t, k)
      if (stem === null || (stem !== entry[k] && ctx.tokens[t + k].norm !== entry[k])) continue entries
    }
    return t + entry.length - 1
  }
  return -1
}

/** The entries for the word without its first letter, unless the tokenizer keeps that letter as the word's own (looked up last: rare). */
function withoutConjunction(norm: string, index: ReadonlyMap<string, readonly string[][]>): readonly string[][] | undefined {
  const entries = index.get(norm.slice(1))
  return entries && !keepsItsFirstLetter(norm) ? entries : undefined
}

/** ل or ب before a word of two letters or more ("لبي بي سي": the phrase's other words make it safe). */
function startsWithPreposition(norm: string): boolean {
  return norm.length >= 3 && (norm[0] === 'ل' || norm[0] === 'ب')
}

/** و or ف before a word of three letters or more (a character test: this runs for every token). */
function startsWithConjunction(norm: string): boolean {
  return norm.length >= 4 && (norm[0] === 'و' || norm[0] === 'ف')
}
