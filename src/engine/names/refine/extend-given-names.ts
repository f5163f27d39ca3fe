import { breakBetween, type Context, type TokenMention } from './context.ts'
import { isGivenStart, takesThirdWord } from './given-name-start.ts'

/**
 * Rule 6 for the tagger's own person names: one it found right after a known given name that follows a
 * nationality or title ("الإيراني علي [باقري]", "الفنان سمير [غانم]": the tagger cut the given name off)
 * starts at that given name; a two-word name after a nationality or title ("الإيراني علي باقري كني،"
 * tagged "علي باقري") takes a third word on the same terms as the rule.
 */
export function extendGivenNames(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'person') return
    const before = mention.first - 1
    if (mention.last === mention.first && before >= 0 && ctx.owner[before] < 0 && !breakBetween(ctx, before, mention.first) &&
      isGivenStart(ctx, before)) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
    }
    if (mention.last === mention.first + 1 && isGivenStart(ctx, mention.first) && takesThirdWord(ctx, mention.first)) {
      mentions[index] = { ...mention, last: mention.first + 2 }
      ctx.owner[mention.first + 2] = index
    }
  })
}
