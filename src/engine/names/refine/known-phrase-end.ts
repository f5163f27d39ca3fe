import { nextStem, type Context } from './context.ts'

/**
 * The last token of the longest phrase of `index` (a gazetteer phrase index: first normalised word → the
 * entries, longest first) starting at token t, or -1. Shared by the known organisations
 * (known-organization-end.ts) and the known places (find-places.ts).
 */
export function knownPhraseEnd(ctx: Context, t: number, index: ReadonlyMap<string, readonly string[][]>): number {
  const { norm } = ctx.tokens[t]
  // "وبايرن ميونخ": the tokenizer keeps an unknown word whole, conjunction and all.
  const known = index.get(ctx.stems[t]) ?? index.get(norm) ?? (startsWithConjunction(norm) ? index.get(norm.slice(1)) : undefined)
  if (!known) return -1
  // Entries are longest first. A later word matches as written or without its clitics ("والشام" in the
  // list, "الشام" as a stem). Plain loops: this runs for every token of the article.
  entries: for (const entry of known) {
    for (let k = 1; k < entry.length; k++) {
      const stem = nextStem(ctx, t, k)
      if (stem === null || (stem !== entry[k] && ctx.tokens[t + k].norm !== entry[k])) continue entries
    }
    return t + entry.length - 1
  }
  return -1
}

/** و or ف before a word of three letters or more (a character test: this runs for every token). */
function startsWithConjunction(norm: string): boolean {
  return norm.length >= 4 && (norm[0] === 'و' || norm[0] === 'ف')
}
