import { isDefiniteStem } from '../shared/definite.ts'
import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'

const NOT = normSet(['غير'])

/**
 * "جهاز مكافحة [الهجرة غير الشرعية]", "المنظمة الدولية للهجرة [غير النظامية]": a body whose name ends on a definite word
 * goes on over "غير" and the definite adjective it negates (the tagger stops at "غير", a word of every sentence). Not over
 * a participle. In place.
 */
export function extendNegatedAdjectives(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'organization' || mention.last === mention.first || !isDefiniteStem(ctx.stems[mention.last])) return
    const not = mention.last + 1
    const adjective = not + 1
    if (adjective >= ctx.tokens.length || ctx.owner[not] >= 0 || ctx.owner[adjective] >= 0 || !NOT.has(ctx.tokens[not].norm)) return
    if (breakBetween(ctx, mention.last, not) || breakBetween(ctx, not, adjective)) return
    const { clitics } = ctx.tokens[adjective]
    // (Not a participle, which describes the body: "حزب الرك [غير المرخص]", unlicensed.)
    if (clitics.pre.length !== 1 || clitics.pre[0] !== 'ال' || clitics.post.length > 0 || ctx.stems[adjective].startsWith('الم')) return
    ctx.owner[not] = ctx.owner[adjective] = index
    mentions[index] = { ...mention, last: adjective }
  })
}
