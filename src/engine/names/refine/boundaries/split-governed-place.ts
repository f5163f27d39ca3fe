import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { GIVEN, normSet } from '../shared/word-lists.ts'
import { isKnownPlacePhrase } from '../shared/known-place-phrase.ts'

/**
 * The office that names the place it governs right after it, and then its holder: "رئيس حكومة مانيتوبا واب كينيو",
 * "عمدة ميسيساغا كارولين باريش", "حاكم ولاية …".
 */
const GOVERNING_OFFICES = normSet(['حكومة', 'وزراء', 'عمدة', 'حاكم', 'بلدية', 'محافظ'])

/**
 * A person the tagger ran over the place an office governs: "رئيس حكومة [نيو ساوث ويلز كريس مينز]" is the place
 * "نيو ساوث ويلز" and the premier "كريس مينز". The tagger reads a run of unknown transliterated words after a title as
 * one person; a known given name inside it, after words none of which is one, starts the holder (session 23: s21-a's
 * premiers and mayors of Canadian provinces and Australian states). Without a known given name, a known place that opens
 * the run and leaves two words or more after it is the place: "رئيس حكومة [كتالونيا سلفادور إيا]", "رئيس بلدية [كوتونو لوك
 * أتروكبو]" (s61-d).
 */
export function splitGovernedPlaces(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const result: TokenMention[] = []
  for (const mention of mentions) {
    const { first, last } = mention
    if (mention.type !== 'person' || last - first < 2 || first === 0 || breakBetween(ctx, first - 1, first) || !GOVERNING_OFFICES.has(ctx.stems[first - 1])) {
      result.push(mention)
      continue
    }
    let holder = -1
    for (let t = first; t < last; t++) {
      if (!GIVEN.has(ctx.stems[t])) continue
      holder = t
      break
    }
    if (holder < 0) {
      for (let t = last - 2; t >= first; t--) {
        if (!isKnownPlacePhrase(ctx, first, t)) continue
        holder = t + 1
        break
      }
    }
    if (holder <= first) {
      result.push(mention)
      continue
    }
    result.push({ type: 'place', first, last: holder - 1 }, { type: 'person', first: holder, last })
  }
  return result
}
