import type { Context, TokenMention } from '../shared/context.ts'
import { isKnownPlacePhrase } from '../shared/known-place-phrase.ts'
import { normSet } from '../shared/word-lists.ts'

/** An Egyptian district's head ("مركز"), and the "و" of "مركز ومدينة". Normalised. */
const CENTRE = normSet(['مركز'])
const AND_TOWN = normSet(['ومدينة'])

/**
 * "[مركز ملوي]", "[مركز ومدينة البدرشين]": "مركز" and nothing but a known town after it is the Egyptian district (markaz)
 * of that town, a place, though the tagger reads "مركز" as a body's head (a centre named after a town says what it
 * does: "مركز أسوان للقلب"). The read sets write it a place (منفلوط 5, ملوي 4, البدرشين 3, طوخ, بسيون, أبنوب …); a
 * Palestinian camp's health centre is the exception they write a body ("مركز بلاطة", twice). (Not Sudan's "محلية": the
 * read sets write its localities a place and their administrations a body, "محلية كرري" both ways.)
 */
export function retypeDistrictCentres(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'organization' || mention.last === mention.first || !CENTRE.has(ctx.stems[mention.first])) return
    if (ctx.tokens[mention.first].clitics.post.length > 0) return
    const town = AND_TOWN.has(ctx.tokens[mention.first + 1].norm) ? mention.first + 2 : mention.first + 1
    if (town <= mention.last && isKnownPlacePhrase(ctx, town, mention.last)) mentions[index] = { ...mention, type: 'place' }
  })
}
