import { breakBetween, type Context } from './context.ts'
import { PATTERNS } from './patterns.ts'
import { COMPOUND_PLACE_STARTS, NAME_ENDERS } from './word-lists.ts'

// Shared by the boundary rule (adjust-boundaries.ts) and the settlement pattern (find-places.ts), so
// that a compound place ends the same way whichever of them found it.

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
