import { isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { isDefiniteStem } from '../shared/definite.ts'
import { knownPlaceEndAt } from '../shared/known-place-phrase.ts'

/** The preposition that puts one place in another: "ب" (in). ("ل", of, names a venue by its town: "الملعب الكبير لمراكش".) */
const IN = 'ب'

/**
 * "[منطقة اللسان] [برأس البر]": a known place of two words or more behind "ب" that ends a place is where the first place
 * is, a place of its own; the tagger ran the two into one. A body keeps its town ("مديرية التموين ببني سويف" is one
 * name), and a place of one word behind "ب" may be no preposition at all ("ميناء بوجدور").
 */
export function splitPlaceAtPreposition(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.flatMap((mention) => {
    if (mention.type !== 'place') return [mention]
    for (let k = mention.first + 1; k <= mention.last; k++) {
      if (!behindPreposition(ctx, k)) continue
      // (A bare head alone before it names nothing: "[فندق] بالقاهرة الجديدة" is a hotel in the town.)
      if (k === mention.first + 1 && !isDefiniteStem(ctx.stems[mention.first])) continue
      const end = knownPlaceEndAt(ctx, k)
      if (end === mention.last && end > k) return [{ ...mention, last: k - 1 }, { ...mention, first: k }]
    }
    return [mention]
  })
}

/**
 * Token k carries "ب": as a clitic the tokenizer split, or as a first letter it kept because the word could be one of
 * its own ("برأس"), where the place's list knows the word only without it.
 */
function behindPreposition(ctx: Context, k: number): boolean {
  const { clitics, norm } = ctx.tokens[k]
  if (clitics.pre.length > 0) return clitics.pre[0] === IN
  return norm[0] === IN && !isKnownPlace(ctx, k)
}
