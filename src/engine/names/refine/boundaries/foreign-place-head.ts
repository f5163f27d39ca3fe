import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { SAINTS } from '../shared/word-lists.ts'

/**
 * English place heads as Arabic news transliterates them, after the name they belong to: "تايمز سكوير"
 * (Times Square), "سان أنطونيو بارك", "وول ستريت", "فيفث أفنيو". Normalised (أ → ا). Hand-written.
 * Left out: heads that also name buildings or firms ("سنتر", "تاور", "هاوس"), and "رود" (Rhode Island).
 */
const FOREIGN_PLACE_HEADS = new Set([
  'سكوير', 'سكوار', 'بارك', 'ستريت', 'افنيو', 'افينيو', 'بلازا', 'بوليفارد', 'بيتش', 'هايتس', 'هيلز',
])


/**
 * Rule 10: a name with a transliterated place head is that place, head included. The tagger knows
 * "تايمز" as the newspaper and "بارك" as nothing, so the reader saw Times Square listed under "نيويورك
 * تايمز" and "سان أنطونيو بارك" as a person "أنطونيو بارك". Runs after the in-article propagation, which
 * is what finds "تايمز" there. The head counts only as the whole word ("وبارك" is "and he blessed").
 */
export function extendForeignPlaceHeads(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.map((mention) => {
    const first = mention.first
    let last = mention.last
    const next = last + 1
    if (next < ctx.tokens.length && ctx.owner[next] < 0 && !breakBetween(ctx, last, next) && FOREIGN_PLACE_HEADS.has(ctx.tokens[next].norm)) {
      last = next
    } else if (last === first || !FOREIGN_PLACE_HEADS.has(ctx.tokens[last].norm)) {
      return mention
    }
    const saint = first > 0 && ctx.owner[first - 1] < 0 && !breakBetween(ctx, first - 1, first) && SAINTS.has(ctx.tokens[first - 1].norm)
    // A person needs the saint to be a place: "بارك" is also a Korean family name ("سارة بارك").
    if (mention.type === 'person' && !saint) return mention
    return { type: 'place', first: saint ? first - 1 : first, last }
  })
}
