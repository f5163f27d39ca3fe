import { isDefiniteStem } from '../shared/definite.ts'
import { add, isFree, isHead, type Context, type TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'
import { quotedNameEnd } from './find-institutions.ts'

/** Indefinite heads of a district, a street or a village whose name the news may put in quotes. Hand-written. */
const QUOTED_PLACE_HEADS = normSet(['حي', 'شارع', 'ضاحية', 'قرية', 'بلدة', 'مخيم', 'ساحة', 'جزيرة', 'منطقة'])

/**
 * "في حي «الياسمين»", "حي «المال والأعمال»": a name of one to six words in quotes right after the indefinite head of a
 * district, a street or a village is that place (the quotes had kept every pattern of place names from it).
 */
export function findQuotedPlace(ctx: Context, mentions: TokenMention[], t: number): void {
  if (!isHead(ctx, QUOTED_PLACE_HEADS, t) || isDefiniteStem(ctx.stems[t]) || ctx.tokens[t].clitics.post.length > 0) return
  const last = quotedNameEnd(ctx, t)
  if (last > t && isFree(ctx, t + 1, last)) add(ctx, mentions, { type: 'place', first: t + 1, last })
}
