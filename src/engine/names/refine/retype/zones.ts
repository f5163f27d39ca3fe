import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'
import { CITY_KINDS } from '../find/find-places.ts'

/** Indefinite heads of a zone or a planned city ("منطقة الدقم", "مدينة الحسن"). Hand-written. */
const ZONE_HEADS = normSet(['منطقة', 'مدينة'])

/** What kind of zone or city a name ends on: a purpose-built city's kinds, and a zone's "special", "free", "technological". */
const ZONE_KINDS: ReadonlySet<string> = new Set([...CITY_KINDS, ...normSet(['الخاصة', 'الحرة', 'التكنولوجية'])])

/**
 * A new or residential city's last word, "مدينة بسماية [الجديدة]", "مدينة الخيران [السكنية]" (s61-b), or an urban
 * region's, "منطقة الشمال [الحضرية]" (s61-d): the sets write its
 * head into the name (10 of 10 in the read sets). Only where the tagger found the town and its adjective: as a kind that
 * closes a city from afar (findKindCity), "الجديدة" would close a ship's name ("مدينة أولسان أولى ناقلاتها الجديدة").
 */
const NEW_TOWN_KINDS: ReadonlySet<string> = normSet(['الجديدة', 'السكنية', 'الحضرية'])

/**
 * "[منطقة الدقم الاقتصادية الخاصة]", "مدينة الحسن العلمية": a zone named after its head and closed by its kind is a
 * place, whatever type the tagger gave it (the sets write 68 such names as places, 54 as either, 6 as bodies, and
 * those with the head definite: "المنطقة الاقتصادية لقناة السويس", its authority, which this leaves alone).
 */
export function retypeZones(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    // "[بمنطقة] سحاب الصناعية" (s60-a): the tagger left out a head behind "ب"; the zone takes it back.
    const head = mention.first - 1
    if (mention.type !== 'person' && mention.last > mention.first && head >= 0 && ctx.owner[head] < 0 && !breakBetween(ctx, head, mention.first) &&
      ZONE_HEADS.has(ctx.stems[head]) && ctx.tokens[head].clitics.post.length === 0 && !ctx.tokens[head].clitics.pre.includes('ال') &&
      (ZONE_KINDS.has(ctx.stems[mention.last]) || NEW_TOWN_KINDS.has(ctx.stems[mention.last])) && ctx.tokens[mention.last].clitics.pre.join('') === 'ال') {
      mentions[index] = { ...mention, first: head, type: 'place' }
      ctx.owner[head] = index
      return
    }
    if (mention.type !== 'organization' || mention.last === mention.first) return
    if (ctx.tokens[mention.first].clitics.post.length > 0 || !ZONE_HEADS.has(ctx.stems[mention.first]) || !ZONE_KINDS.has(ctx.stems[mention.last])) return
    // (The kind as an adjective, bare but for the article: a field's "والتقنية" names a body, "مدينة الملك عبدالعزيز للعلوم والتقنية".)
    if (ctx.tokens[mention.last].clitics.pre.join('') !== 'ال') return
    mentions[index] = { ...mention, type: 'place' }
  })
}
