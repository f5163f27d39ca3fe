import { add, breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { OUTLET_HEADS } from '../shared/word-lists.ts'

/**
 * Rule 5 for names in Latin letters: a run of capitalised Latin words after an outlet word of
 * OUTLET_HEADS, or a lone acronym ("CNN"), is an organisation. True when it claimed token t.
 */
export function findLatinOutlet(ctx: Context, mentions: TokenMention[], t: number): boolean {
  const { tokens } = ctx
  // A capital Latin letter first, before the slice and the pattern: this runs for every token.
  const initial = ctx.text.charCodeAt(tokens[t].start)
  const surface = initial >= 65 && initial <= 90 ? ctx.text.slice(tokens[t].start, tokens[t].end) : ''
  if (!(surface && PATTERNS.latinName.test(surface))) return false
  let last = t
  while (last + 1 < tokens.length && !breakBetween(ctx, last, last + 1) && ctx.owner[last + 1] < 0 &&
    PATTERNS.latinStart.test(ctx.text[tokens[last + 1].start])) last++
  const headed = t > 0 && !breakBetween(ctx, t - 1, t) && OUTLET_HEADS.has(ctx.stems[t - 1])
  if (!(headed || (last === t && PATTERNS.latinAcronym.test(surface)))) return false
  add(ctx, mentions, { type: 'organization', first: t, last })
  return true
}
