import { breakBetween, rebuildOwners, type Context, type TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'

/** Verbal nouns whose object follows "من": prevention, protection, limiting, disposal. Normalised, without ل / و / ال. */
const TAKES_MIN = normSet(['وقاية', 'حماية', 'حد', 'تخلص'])
const MIN = normSet(['من'])
/** Verbal nouns whose object follows "على": preserving, overseeing, eliminating ("للمحافظة على المدن التاريخية"). */
const TAKES_ALA = normSet(['محافظة', 'حفاظ', 'رقابة', 'قضاء'])
const ALA = normSet(['على'])
/** Each preposition with the verbal nouns that take their object after it. */
const OBJECT_PREPOSITIONS: readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[] = [[TAKES_MIN, MIN], [TAKES_ALA, ALA]]
/** "ومكافحتها", "ومحاربتها": a second verbal noun with the first's object as its pronoun closes the field. */
const AND_ITS = /^و(?:مكافح|محارب|علاج)ت(?:ها|ه)$/u

/**
 * "المركز الوطني للوقاية [من الآفات النباتية والأمراض الحيوانية]", "الهيئة الوطنية للنزاهة والوقاية [من الرشوة ومحاربتها]":
 * a body whose name ends on a verbal noun that takes its object after "من" (see TAKES_MIN) goes on over "من", the definite
 * noun, its definite adjectives, a second definite noun after "و" with its own, and "ومكافحتها"; one that takes it after "على"
 * goes on over "على" the same way ("الهيئة العامة للمحافظة [على المدن التاريخية]"). In place, after
 * extendFieldTails, which ends such names on the verbal noun.
 */
export function extendMinObjectTails(ctx: Context, mentions: TokenMention[]): void {
  const dropped = new Set<TokenMention>()
  mentions.forEach((mention, index) => {
    if (mention.type !== 'organization' || mention.last === mention.first) return
    // (The tagger may have run the name onto the preposition: "[الهيئة العامة للمحافظة على] المدن التاريخية".)
    const ranOn = OBJECT_PREPOSITIONS.some(([, prepositions]) => prepositions.has(ctx.tokens[mention.last].norm)) && mention.last - mention.first >= 2
    const nounAt = ranOn ? mention.last - 1 : mention.last
    const noun = ctx.tokens[nounAt]
    const entry = OBJECT_PREPOSITIONS.find(([nouns]) => nouns.has(ctx.stems[nounAt].replace(/^ال/u, '')))
    if (noun.clitics.post.length > 0 || !entry) return
    const min = nounAt + 1
    if (min >= ctx.tokens.length || !entry[1].has(ctx.tokens[min].norm)) return
    // (Or another rule read "على" as the given name "علي" and began a person there: "للحفاظ [على المدن]".)
    const person = !ranOn && ctx.owner[min] >= 0 && mentions[ctx.owner[min]].type === 'person' && mentions[ctx.owner[min]].first === min ? ctx.owner[min] : -1
    if (person >= 0) for (let t = min; t <= mentions[person].last; t++) ctx.owner[t] = -1
    if (!(ranOn || isFreeNext(ctx, min))) return
    let last = definiteRun(ctx, min + 1)
    if (last <= min) {
      if (person >= 0) for (let t = min; t <= mentions[person].last; t++) ctx.owner[t] = person
      return
    }
    if (person >= 0) dropped.add(mentions[person])
    // A second object after "و" ("والأمراض الحيوانية"), or the closing "ومكافحتها".
    const and = last + 1
    if (isFreeNext(ctx, and)) {
      if (AND_ITS.test(ctx.tokens[and].norm)) last = and
      else if (ctx.tokens[and].clitics.pre.join('') === 'وال') last = Math.max(last, definiteRun(ctx, and))
    }
    for (let t = min; t <= last; t++) ctx.owner[t] = index
    mentions[index] = { ...mention, last }
  })
  if (dropped.size === 0) return
  const kept = mentions.filter((m) => !dropped.has(m))
  mentions.splice(0, mentions.length, ...kept)
  rebuildOwners(ctx, mentions)
}

/** Token t exists, no mention holds it, and it follows the token before it without a break. */
function isFreeNext(ctx: Context, t: number): boolean {
  return t < ctx.tokens.length && ctx.owner[t] < 0 && !breakBetween(ctx, t - 1, t)
}

/** The last of the definite words without pronouns from token t on, at most three; t − 1 when t is none. */
function definiteRun(ctx: Context, t: number): number {
  let last = t - 1
  for (let k = t; k < t + 3 && isFreeNext(ctx, k); k++) {
    const { clitics } = ctx.tokens[k]
    const definite = k === t ? clitics.pre.includes('ال') : clitics.pre.length === 1 && clitics.pre[0] === 'ال'
    if (!definite || clitics.post.length > 0) break
    last = k
  }
  return last
}
