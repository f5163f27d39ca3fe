import type { Context, TokenMention } from '../shared/context.ts'
import { isOneWordKnownPlace } from '../shared/known-place-phrase.ts'
import { isClustered } from '../shared/name-like.ts'
import { GIVEN } from '../shared/word-lists.ts'

/** A verb's past in the plural, normalised: "قالوا", "بداوا". */
const PAST_PLURAL_VERB = /^.{3,}وا$/u
/**
 * A reflexive verb's present, third person masculine: "يتفقد", "يتابع"; no name ends so ("يتسحاق" begins one). Not the
 * feminine: a movement may be named by a sentence ("الحرية تتقدم").
 */
const REFLEXIVE_PRESENT = /^يت[^اوي].+[^اه]$/u

/**
 * Token t is a verb that ends no name: bare, a reflexive present or a past plural the clusters know (names end in "وا" too,
 * "نيكاراغوا", "أوتاوا", unseen there or listed), and no known place or given name.
 */
function isRunOnVerb(ctx: Context, t: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  if (clitics.pre.length > 0 || clitics.post.length > 0 || isOneWordKnownPlace(ctx, ctx.stems[t]) || GIVEN.has(ctx.stems[t])) return false
  return REFLEXIVE_PRESENT.test(norm) || (PAST_PLURAL_VERB.test(norm) && isClustered(ctx, norm))
}

/**
 * "[نقابة المزارعين قالوا] إن", "منطقة [آفطوط بدأوا] يتجهون", "وقف [أبو محمد يتفقد] أنابيب": the verb after a subject's name is
 * the sentence's, whichever rule ran the name into it (the tagger, or a person's name extended over an unseen word). Last,
 * after every rule that finds or extends names.
 */
export function trimRunOnVerbs(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.map((mention) => {
    let last = mention.last
    while (last > mention.first && isRunOnVerb(ctx, last)) last--
    return last === mention.last ? mention : { ...mention, last }
  })
}
