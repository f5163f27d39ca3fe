import type { Context } from './context.ts'
import { knownPhraseEnd } from './known-phrase-end.ts'

// Shared by rule 5's takeover (prefer-known-organizations.ts) and its search for missed names (find-institutions.ts).

const HAMZA_ON_ALEF = /[أإآ]/u

/**
 * The last token of the longest known organisation (the hand-written lists, ARTICLE_ORGANIZATIONS) starting at
 * token t, or -1. Not one word written with a final ى, which normalises as ي does: no listed organisation
 * ends so, but verbs do ("وأودى الحريق بحياة", it claimed lives, is not the car maker "أودي"); nor a short one
 * written with a hamza.
 */
export function knownOrganizationEnd(ctx: Context, t: number): number {
  const end = knownPhraseEnd(ctx, t, ctx.gazetteer.articleOrganizations)
  if (end !== t) return end
  // "وأمّ المصلين" (and he led the prayer) is not the agency "وام": the hamza normalises away.
  const surface = ctx.text.slice(ctx.tokens[t].start, ctx.tokens[t].end)
  return ctx.text[ctx.tokens[t].end - 1] === 'ى' || (ctx.tokens[t].norm.length <= 3 && HAMZA_ON_ALEF.test(surface)) ? -1 : end
}
