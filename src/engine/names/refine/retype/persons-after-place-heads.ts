import { breakBetween, isHead, type Context, type TokenMention } from '../shared/context.ts'
import { isUnclustered } from '../shared/name-like.ts'
import { GIVEN, KUNYA, STATION, UNSEEN_PLACE_HEADS } from '../shared/word-lists.ts'

/**
 * "القريبة من مستوطنة [كرمي تسور]": a person the tagger found right after an indefinite head of a place's kind is that place,
 * when its first word is no given name and one the unlabelled text never had (a transliterated name; "قرية [أحمد] …" may
 * be anything); so is one after a station's head whose first word is a kunya.
 */
export function retypePersonsAfterPlaceHeads(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    const head = mention.first - 1
    if (mention.type !== 'person' || head < 0 || ctx.owner[head] >= 0 || breakBetween(ctx, head, mention.first)) return
    const first = ctx.tokens[mention.first]
    // (A station takes a kunya's name too: "محطة [أبو عرقوب]".)
    const station = isHead(ctx, STATION, head) && KUNYA.has(ctx.stems[mention.first]) && mention.last > mention.first
    if (!station && !isHead(ctx, UNSEEN_PLACE_HEADS, head)) return
    if (!station && (first.clitics.pre.length > 0 || GIVEN.has(ctx.stems[mention.first]) || !isUnclustered(ctx, first.norm))) return
    mentions[index] = { ...mention, type: 'place' }
  })
}
