import { breakBetween, onlyTheArticle, type Context, type TokenMention } from './context.ts'
import { PATTERNS } from './patterns.ts'
import { COMPOUND_PLACE_STARTS, DIRECTION_ADJECTIVES, NAME_ENDERS } from './word-lists.ts'

// Shared by the boundary rule (adjust-boundaries.ts), the settlement pattern (find-places.ts) and the places the
// patterns found (refine-mentions.ts), so that a compound place ends the same way whichever of them found it.

/** Where a place starting at token t ends when t alone is the first word of a compound name ("تل" → "تل حلف"): t + 1, else t. */
export function compoundPlaceEnd(ctx: Context, t: number): number {
  return COMPOUND_PLACE_STARTS.has(ctx.stems[t]) && continuesPlace(ctx, t + 1) ? t + 1 : t
}

/** Token t can end a compound place name: it follows without a break, no mention holds it, and it is a word, not a particle or a number. */
function continuesPlace(ctx: Context, t: number): boolean {
  if (breakBetween(ctx, t - 1, t) || ctx.owner[t] >= 0) return false
  const stem = ctx.stems[t]
  return stem.length >= 2 && !NAME_ENDERS.has(stem) && !PATTERNS.digitStart.test(stem) && !PATTERNS.latinStart.test(stem)
}

/**
 * Where a place of one word at token t ends when a direction follows it: "أيرلندا [الشمالية]", "بنزرت [الجنوبية]", a
 * region of its own name. The caller keeps it to a place of one word (after a head the direction is the head's:
 * "ريف القنيطرة الشمالي").
 */
export function directionEnd(ctx: Context, t: number): number {
  const next = t + 1
  return next < ctx.tokens.length && !breakBetween(ctx, t, next) && ctx.owner[next] < 0 && onlyTheArticle(ctx, next) &&
    DIRECTION_ADJECTIVES.has(ctx.stems[next]) ? next : t
}

/** directionEnd for the one-word places found after the boundary rules (by pattern or from the lists). */
export function extendPlaceDirections(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'place' || mention.first !== mention.last) return
    const last = directionEnd(ctx, mention.last)
    if (last === mention.last) return
    ctx.owner[last] = index
    mentions[index] = { ...mention, last }
  })
}
