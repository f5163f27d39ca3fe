import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { isDefiniteStem } from '../shared/definite.ts'
import { isOneWordKnownPlace } from '../shared/known-place-phrase.ts'
import { isNationalityNisba } from '../shared/nationality-nisba.ts'
import { ADVERBS } from '../shared/word-lists.ts'

/**
 * "مصدرا دبلوماسيا [روسيا]", "وفدا [تركيا]": a country whose name is also its nisba in the accusative (روسيا، تركيا،
 * سوريا، ألمانيا، إيطاليا، بريطانيا) is that adjective after an indefinite noun or adjective in the accusative,
 * its tanween written as alef; the country in the construct state would have lost it. Written with the tanween
 * ("روسياً") the tagger's own features and the rules already see it. Not after an adverb ("أيضا روسيا") or a place.
 */
export function dropAccusativeNisbas(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.filter((mention) => !(mention.type === 'place' && mention.first === mention.last && isAccusativeNisba(ctx, mention.first)))
}

function isAccusativeNisba(ctx: Context, t: number): boolean {
  const token = ctx.tokens[t]
  if (t === 0 || token.clitics.pre.length > 0 || token.clitics.post.length > 0 || !token.norm.endsWith('يا')) return false
  if (!isNationalityNisba('ال' + token.norm.slice(0, -1), ctx.gazetteer)) return false
  const before = ctx.tokens[t - 1]
  const word = before.norm
  // (Not a verb's plural, "قالوا".)
  if (breakBetween(ctx, t - 1, t) || before.clitics.post.length > 0 || word.length < 4 || !word.endsWith('ا') || word.endsWith('وا')) return false
  return !isDefiniteStem(ctx.stems[t - 1]) && !ADVERBS.has(word) && !isOneWordKnownPlace(ctx, ctx.stems[t - 1]) && ctx.owner[t - 1] < 0
}
