import type { Context, TokenMention } from '../shared/context.ts'
import { isKnownPlacePhrase } from '../shared/known-place-phrase.ts'
import { GIVEN } from '../shared/word-lists.ts'

/**
 * "[باماكو]", "[كهرمان مرعش]", "[خور عبد الله]" as persons: a person whose words are, all of them, a place the lists know
 * is that place (the tagger reads a city's unknown name, or one that begins like a given name, as someone's). Not where
 * the first word is a known given name standing alone ("[عمان]" may be Oman or the name "عمان"). In place.
 */
export function retypeKnownPlacePersons(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'person' || !isKnownPlacePhrase(ctx, mention.first, mention.last)) return
    if (mention.first === mention.last && GIVEN.has(ctx.stems[mention.first])) return
    mentions[index] = { ...mention, type: 'place' }
  })
}
