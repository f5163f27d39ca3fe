import { normalizeArabic } from '../../../arabic/normalize.ts'
import { breakBetween, isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'

/** "طريق", a road, as the tokens' stems spell it (the tokenizer's stem drops a proclitic: "بطريق" is one). */
const ROAD = normalizeArabic('طريق')
/** "السريع", an expressway's last word. */
const EXPRESSWAY = normalizeArabic('السريع')

/**
 * An expressway is named with its head and its kind: "[طريق الجهراء السريع]", "طريق قراقرم السريع" (every one the news
 * sentences name, ten of them). The tagger finds the road's place and the kind ("[الجهراء السريع]") or the place alone;
 * the road's head before it and the kind after it join. Session 57.
 */
export function extendExpressways(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'place' || mention.first === 0) return
    const head = mention.first - 1
    if (ctx.stems[head] !== ROAD || ctx.tokens[head].clitics.post.length > 0 || ctx.owner[head] >= 0 || breakBetween(ctx, head, mention.first)) return
    let last = mention.last
    if (ctx.stems[last] !== EXPRESSWAY) {
      const kind = last + 1
      if (kind >= ctx.tokens.length || ctx.stems[kind] !== EXPRESSWAY || ctx.owner[kind] >= 0 || breakBetween(ctx, last, kind)) return
      last = kind
    }
    mention.first = head
    mention.last = last
    for (let t = head; t <= last; t++) ctx.owner[t] = index
  })
}

/** The kind of an intercity road after its two towns: "الصحراوي" (desert), "الزراعي" (agricultural), "السريع". Normalised. */
const ROAD_KINDS = new Set(['الصحراوي', 'الزراعي', 'السريع', 'الساحلي', 'الدولي'].map((word) => normalizeArabic(word)))

/**
 * "طريق القاهرة أسيوط الزراعي", "طريق مصر الإسماعيلية الصحراوي", "طريق الرياض الطائف السريع": a road named by the two towns it
 * joins is one place with its head and its kind, where the tagger or the rules found the towns apart. Only two places side by
 * side, the second bare (no "و": "طريق بغداد [وأربيل]" is a list, and so is "[وحي] العليا", whose "و" the tokenizer kept).
 */
export function joinIntercityRoads(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const joined = new Set<number>()
  const result = mentions.map((mention, index) => {
    if (mention.type !== 'place' || joined.has(index)) return mention
    const head = ctx.stems[mention.first] === ROAD ? mention.first : mention.first - 1
    if (head < 0 || ctx.stems[head] !== ROAD || ctx.tokens[head].clitics.post.length > 0 || head === mention.last) return mention
    if (head < mention.first && (ctx.owner[head] >= 0 || breakBetween(ctx, head, mention.first))) return mention
    const next = mention.last + 1
    const other = next < ctx.tokens.length ? ctx.owner[next] : -1
    if (other < 0 || other === index || mentions[other].type !== 'place' || mentions[other].first !== next || breakBetween(ctx, mention.last, next) ||
      ctx.tokens[next].clitics.pre.length > 0 || (ctx.tokens[next].norm.startsWith('و') && !isKnownPlace(ctx, next))) return mention
    let last = mentions[other].last
    const kind = last + 1
    if (kind < ctx.tokens.length && ctx.owner[kind] < 0 && !breakBetween(ctx, last, kind) && ROAD_KINDS.has(ctx.stems[kind])) last = kind
    joined.add(other)
    return { ...mention, first: head, last }
  })
  return joined.size === 0 ? mentions : result.filter((_, index) => !joined.has(index))
}
