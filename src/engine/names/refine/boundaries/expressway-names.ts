import { normalizeArabic } from '../../../arabic/normalize.ts'
import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'

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
