import type { Context, TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'

/** Indefinite heads that open a place's name in the construct state ("مدينة أورسك", "ولاية كيرالا"), normalised. */
const PLACE_OPENERS = normSet(['مدينة', 'ولاية', 'محافظة', 'بلدة', 'قرية', 'إقليم', 'مديرية', 'منطقة'])

/**
 * Where a place the tagger ran into a second one begins: at a head that opens a place's name ("[نهر الأورال مدينة أورسك]"
 * is the river, then the town). Two words in at least: "ملعب مدينة خليفة الرياضية" and "حي مدينة نصر" are one place, a
 * head before another's.
 */
export function splitJoinedPlaces(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.flatMap((mention) => {
    if (mention.type !== 'place') return [mention]
    for (let k = mention.first + 2; k < mention.last; k++) {
      const { clitics } = ctx.tokens[k]
      if (clitics.pre.length === 0 && clitics.post.length === 0 && PLACE_OPENERS.has(ctx.stems[k])) {
        return [{ ...mention, last: k - 1 }, ...splitJoinedPlaces(ctx, [{ type: 'place', first: k, last: mention.last }])]
      }
    }
    return [mention]
  })
}
