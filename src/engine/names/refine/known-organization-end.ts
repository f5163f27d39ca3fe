import type { Context } from './context.ts'
import { knownPhraseEnd } from './known-phrase-end.ts'

// Shared by rule 5's takeover (prefer-known-organizations.ts) and its search for missed names (find-institutions.ts).

/** The last token of the longest known organisation (the hand-written lists, ARTICLE_ORGANIZATIONS) starting at token t, or -1. */
export function knownOrganizationEnd(ctx: Context, t: number): number {
  return knownPhraseEnd(ctx, t, ctx.gazetteer.articleOrganizations)
}
