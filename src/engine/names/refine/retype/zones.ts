import type { Context, TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'

/** Indefinite heads of a zone or a planned city ("منطقة الدقم", "مدينة الحسن"). Hand-written. */
const ZONE_HEADS = normSet(['منطقة', 'مدينة'])

/** What kind of zone or city a name ends on: economic, free, industrial, scientific. Hand-written. */
const ZONE_KINDS = normSet(['الاقتصادية', 'الخاصة', 'الحرة', 'الصناعية', 'العلمية', 'اللوجستية', 'التكنولوجية'])

/**
 * "[منطقة الدقم الاقتصادية الخاصة]", "مدينة الحسن العلمية": a zone named after its head and closed by its kind is a
 * place, whatever type the tagger gave it (the sets write 68 such names as places, 54 as either, 6 as bodies, and
 * those with the head definite: "المنطقة الاقتصادية لقناة السويس", its authority, which this leaves alone).
 */
export function retypeZones(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'organization' || mention.last === mention.first) return
    if (ctx.tokens[mention.first].clitics.post.length > 0 || !ZONE_HEADS.has(ctx.stems[mention.first]) || !ZONE_KINDS.has(ctx.stems[mention.last])) return
    mentions[index] = { ...mention, type: 'place' }
  })
}
