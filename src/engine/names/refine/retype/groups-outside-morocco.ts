import { breakBetween, isHead, isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { readsMoroccan } from '../shared/moroccan-context.ts'
import { COMMUNE } from '../shared/word-lists.ts'

/**
 * "جماعة يسوع" (the Jesus Army) in an article about Massachusetts: a place the tagger found with the head "جماعة" is
 * a group, an organisation, unless the article is Moroccan, where "جماعة" is the commune ("جماعة تازروالت"). So is a
 * place of one word the tagger found right after the head, head and all ("باسم جماعة [يسوع]"), when it is no place the
 * lists know (a commune of two words may be read where no cue tells Morocco: "جماعة أولاد فرج" beside "سيدي بنور").
 */
export function retypeGroupsOutsideMorocco(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'place') return
    const headed = mention.last > mention.first && COMMUNE.has(ctx.stems[mention.first])
    if (!headed && !isAfterFreeHead(ctx, mention)) return
    if (readsMoroccan(ctx)) return
    if (headed) mentions[index] = { ...mention, type: 'organization' }
    else {
      mentions[index] = { type: 'organization', first: mention.first - 1, last: mention.last }
      ctx.owner[mention.first - 1] = index
    }
  })
}

/** The mention is one word, the word before it a bare "جماعة" no name holds, and it is no known place. */
function isAfterFreeHead(ctx: Context, mention: TokenMention): boolean {
  const head = mention.first - 1
  if (mention.last !== mention.first || head < 0 || ctx.owner[head] >= 0 || breakBetween(ctx, head, mention.first) || isKnownPlace(ctx, mention.first)) return false
  return isHead(ctx, COMMUNE, head) && ctx.tokens[mention.first].clitics.pre.length === 0
}
