import type { Context, TokenMention } from '../shared/context.ts'
import { readsMoroccan } from '../shared/moroccan-context.ts'
import { COMMUNE } from '../shared/word-lists.ts'

/**
 * "جماعة يسوع" (the Jesus Army) in an article about Massachusetts: a place the tagger found with the head "جماعة" is
 * a group, an organisation, unless the article is Moroccan, where "جماعة" is the commune ("جماعة تازروالت").
 */
export function retypeGroupsOutsideMorocco(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'place' || mention.last === mention.first || !COMMUNE.has(ctx.stems[mention.first])) return
    if (!readsMoroccan(ctx)) mentions[index] = { ...mention, type: 'organization' }
  })
}
