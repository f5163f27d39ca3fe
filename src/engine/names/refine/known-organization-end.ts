import { nextStem, type Context } from './context.ts'

// Shared by rule 5's takeover (prefer-known-organizations.ts) and its search for missed names (find-institutions.ts).

/** The last token of the longest known organisation (the hand-written lists, ARTICLE_ORGANIZATIONS) starting at token t, or -1. */
export function knownOrganizationEnd(ctx: Context, t: number): number {
  const { norm } = ctx.tokens[t]
  const lists = ctx.gazetteer.articleOrganizations
  // "وبايرن ميونخ": the tokenizer keeps an unknown word whole, conjunction and all.
  const known = lists.get(ctx.stems[t]) ?? lists.get(norm) ?? (startsWithConjunction(norm) ? lists.get(norm.slice(1)) : undefined)
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
