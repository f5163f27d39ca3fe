import { lightStem } from '../../summary/light-stem.ts'
import { STOP_STEMS } from '../../summary/stop-words.ts'
import { breakBetween, type Context, type TokenMention } from './context.ts'

/**
 * Rule 9: two persons side by side with nothing between them, not even "و", are one person found in
 * pieces ("غوستاف" tagged, "فوشيه" found by rule 7 from a later "قال فوشيه"): Arabic prose puts a word
 * or a conjunction between two people. A function word taken for a name ("محمد" + "حتى") is not joined.
 * `mentions` are sorted.
 */
export function joinAdjacentPersons(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const result: TokenMention[] = []
  for (const mention of mentions) {
    const previous = result[result.length - 1]
    if (previous?.type === 'person' && mention.type === 'person' && mention.first === previous.last + 1 &&
      !breakBetween(ctx, previous.last, mention.first) && ctx.tokens[mention.first].clitics.pre.length === 0 &&
      !STOP_STEMS.has(lightStem(ctx.tokens[mention.first].norm))) {
      result[result.length - 1] = { ...previous, last: mention.last }
    } else {
      result.push(mention)
    }
  }
  return result
}
