import type { Context, TokenMention } from '../shared/context.ts'
import { GIVEN, normSet } from '../shared/word-lists.ts'
import { isKnownPlacePhrase } from '../shared/known-place-phrase.ts'

const UMM = normSet(['أم'])

/**
 * "أم" and a given name is a mother called by her eldest son's name, the way ordinary people are quoted in the
 * news ("قالت أم عبدالله، وهي أم لثلاثة طلاب"): a person. The tagger read it as a place, for the towns "أم" starts
 * ("أم قصر", "أم درمان", "أم صلال"), none of which goes on with a given name; a place the gazetteer knows whole
 * stays one. Not "أبو": its towns do take given names ("أبو حماد", "أبو كبير").
 */
export function retypeMothersKunya(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type === 'person' || mention.last !== mention.first + 1) return
    // (The given name as written too: the tokenizer reads "عبدالله" as a pronoun after "عبدالل".)
    if (!UMM.has(ctx.stems[mention.first]) || !(GIVEN.has(ctx.stems[mention.last]) || GIVEN.has(ctx.tokens[mention.last].norm))) return
    if (isKnownPlacePhrase(ctx, mention.first, mention.last)) return
    mentions[index] = { ...mention, type: 'person' }
  })
}
