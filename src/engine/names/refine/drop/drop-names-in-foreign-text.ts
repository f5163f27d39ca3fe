import type { Context, TokenMention } from '../shared/context.ts'
import { PATTERNS } from '../shared/patterns.ts'

/**
 * A name in Latin letters inside a run of Latin text is the tagger guessing at English: an article quoting an English
 * sentence or showing code ("developers don", "code you", "Get code" in AIT News's tutorial). The tagger reads Arabic;
 * a Latin name among Arabic words stays ("شركة Le Parisien", "(Google AI Studio)"). A name counts as inside Latin text
 * when most of the words around it are Latin too.
 */
export function dropNamesInForeignText(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.filter((m) => !(isLatin(ctx, m) && latinNeighbours(ctx, m) >= MIN_LATIN_NEIGHBOURS))
}

/** Tokens looked at on each side of the name. */
const SIDE = 4
/** Of the up to eight tokens around it, this many Latin words make the stretch foreign text. */
const MIN_LATIN_NEIGHBOURS = 5

function isLatin(ctx: Context, m: TokenMention): boolean {
  for (let t = m.first; t <= m.last; t++) if (!PATTERNS.latinStart.test(ctx.stems[t])) return false
  return true
}

function latinNeighbours(ctx: Context, m: TokenMention): number {
  let count = 0
  for (let t = Math.max(0, m.first - SIDE); t < m.first; t++) if (PATTERNS.latinStart.test(ctx.stems[t])) count++
  for (let t = m.last + 1; t <= Math.min(ctx.tokens.length - 1, m.last + SIDE); t++) if (PATTERNS.latinStart.test(ctx.stems[t])) count++
  return count
}
