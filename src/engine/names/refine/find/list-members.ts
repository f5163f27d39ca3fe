import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { isOneWordKnownPlace } from '../shared/known-place-phrase.ts'
import { hasTanween, isClustered, isNameLike, isUnclustered } from '../shared/name-like.ts'
import { isJoinedByAnd, PLURAL_PLACE_HEADS } from '../retype/listed-places.ts'
import { isHeadedOnlyPlace } from './find-places.ts'
import { clusterKey } from '../../tagger/word-clusters.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { DUAL_PLACE_HEADS, normSet } from '../shared/word-lists.ts'

/** A list member of more words than this is left to the tagger ("باش جراح" is two). */
const MAX_MEMBER_WORDS = 2
/** Places listed with the member, before and after it, that make the list one of places. */
const MIN_LISTED_PLACES = 2

/**
 * "أحياء باب الواد والحراش و[القبة] وباش جراح", "مرافئ الصيد في الحد و[عسكر] وسترة": a member of a list of places joined by
 * "و" that the tagger left out is a place too, when its words are names the word clusters never met (a district of
 * Algiers, a town of Bahrain) or a place the lists know. A common word the clusters know stays out ("بغداد والبصرة
 * والمحافظات"), and so does anything after punctuation: the list is the run of conjuncts the tagger's places open or
 * close, at least two of them around the member.
 */
export function findListMembers(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const placeAtFirst = new Map<number, TokenMention>()
  const placeAtLast = new Map<number, TokenMention>()
  for (const mention of mentions) {
    if (mention.type !== 'place') continue
    placeAtFirst.set(mention.first, mention)
    placeAtLast.set(mention.last, mention)
  }
  // Places listed right before token t (which carries "و"), each joined to the one before it by "و".
  const listedBefore = (t: number) => {
    let count = 0
    for (let place = placeAtLast.get(t - 1); place; place = placeAtLast.get(place.first - 1)) {
      count++
      if (!isJoinedByAnd(ctx, place.first) || breakBetween(ctx, place.first - 1, place.first)) break
    }
    return count
  }
  // Places listed right after token t, each joined by "و".
  const listedAfter = (t: number) => {
    let count = 0
    for (let place = placeAtFirst.get(t + 1); place && isJoinedByAnd(ctx, place.first) && !breakBetween(ctx, place.first - 1, place.first); place = placeAtFirst.get(place.last + 1)) count++
    return count
  }
  const found: TokenMention[] = []
  for (let t = 0; t < ctx.tokens.length; t++) {
    if (ctx.owner[t] >= 0) continue
    if (PLURAL_PLACE_HEADS.has(ctx.stems[t]) && ctx.tokens[t].clitics.post.length === 0) {
      const members = membersAfterPluralHead(ctx, t, placeAtFirst)
      found.push(...members)
      if (members.length > 0) t = members[members.length - 1].last
      continue
    }
    if (isCommonWordPlaceAfterPlace(ctx, t, placeAtLast)) {
      found.push({ type: 'place', first: t, last: t })
      continue
    }
    // Cheapest test first (this runs for every free token): a member carries "و" and has a listed place beside it.
    if (!carriesAnd(ctx, t) || !(placeAtLast.has(t - 1) || placeAtFirst.has(t + 1) || placeAtFirst.has(t + 2))) continue
    if (!isMemberWord(ctx, t)) continue
    // The member's words: the first, and one more that is no conjunct of its own.
    let last = t
    while (last + 1 - t < MAX_MEMBER_WORDS && last + 1 < ctx.tokens.length && ctx.owner[last + 1] < 0 && !isJoinedByAnd(ctx, last + 1) &&
      !breakBetween(ctx, last, last + 1) && isSecondWord(ctx, last + 1)) last++
    // A member carries "و" (one opening the list is as often the places' kind, "واحات", "أقضية"), and the list goes on or
    // stops after it ("والشواطئ [الرملية]" is a common noun and its adjective).
    if (!carriesAnd(ctx, t) || breakBetween(ctx, t - 1, t) || !endsCleanly(ctx, last)) continue
    if (listedBefore(t) + listedAfter(last) < MIN_LISTED_PLACES) continue
    found.push({ type: 'place', first: t, last })
    t = last
  }
  return found.length ? mentions.concat(found) : mentions
}

/**
 * "في مديريات المظفر والقاهرة و[صالة]", "في حارات [الهدف] والجابريات والسمران": after a plural head of places the conjuncts
 * joined by "و" are places of its kind, the common words among them too ("صالة", a hall; "الهدف", the target), when the
 * tagger found one of them a place and none a person or a body. A conjunct the rules may add is one word; the tagger's
 * places are conjuncts of any length. The free one-word conjuncts are returned.
 */
function membersAfterPluralHead(ctx: Context, head: number, placeAtFirst: ReadonlyMap<number, TokenMention>): TokenMention[] {
  const added: TokenMention[] = []
  let places = 0
  // A dual counts two ("محافظتي العلا وينبع [وأجزاء] من منطقة تبوك").
  const most = DUAL_PLACE_HEADS.has(ctx.stems[head]) ? 2 : Infinity
  for (let t = head + 1; t < ctx.tokens.length && !breakBetween(ctx, t - 1, t) && places + added.length < most; ) {
    if (t > head + 1 && !isJoinedByAnd(ctx, t)) break
    // Another kind's head ends the list: "أحياء صيدا القديمة [وبلدات] حارة صيدا".
    if (PLURAL_PLACE_HEADS.has(ctx.stems[t])) break
    const place = placeAtFirst.get(t)
    if (place) {
      places++
      t = place.last + 1
      continue
    }
    if (ctx.owner[t] >= 0 || !isListedWord(ctx, t)) return []
    added.push({ type: 'place', first: t, last: t })
    t++
  }
  return places > 0 && places + added.length >= MIN_LISTED_PLACES ? added : []
}

/**
 * A word that may stand for a place in a list after its kind: Arabic letters, no pronoun, no tanween, no verb's shape, and
 * no sound masculine plural the clusters know (the people the sentence goes on to: "وقرى الغزالة وفوكة [والعاملين] في").
 */
function isListedWord(ctx: Context, t: number): boolean {
  const token = ctx.tokens[t]
  return token.clitics.post.length === 0 && /^\p{Script=Arabic}+$/u.test(token.norm) && isNameLike(ctx, token.stem) && !hasTanween(ctx, t) &&
    !PATTERNS.verbShape.test(token.stem) && !(SOUND_PLURAL.test(token.stem) && isClustered(ctx, token.norm)) && endsCleanly(ctx, t)
}
/** A sound masculine plural's ending. */
const SOUND_PLURAL = /(?:ين|ون)$/u

/**
 * "في جنوب لبنان و[البقاع]": a place that is also a common word, which the rules otherwise take only after a head of its
 * kind (PLACES_AFTER_A_HEAD), joined by "و" right after a place is listed with it; one place before it is enough.
 */
function isCommonWordPlaceAfterPlace(ctx: Context, t: number, placeAtLast: ReadonlyMap<number, TokenMention>): boolean {
  const { clitics } = ctx.tokens[t]
  // (The article counts among the tokenizer's proclitics: "والبقاع" is و, ال, "بقاع".)
  return clitics.pre[0] === 'و' && clitics.pre.slice(1).every((clitic) => clitic === 'ال') && clitics.post.length === 0 && isHeadedOnlyPlace(ctx.stems[t]) &&
    placeAtLast.has(t - 1) && !breakBetween(ctx, t - 1, t) && endsCleanly(ctx, t)
}

/**
 * Token t carries "و": split off, or kept on a word that begins with "وو" ("وولاته": the tokenizer keeps "وول…" whole for
 * Wall Street). A kept "و" before any other letter is as often the word's own ("ولايتي").
 */
function carriesAnd(ctx: Context, t: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  return clitics.pre[0] === 'و' || (clitics.pre.length === 0 && norm.length >= 5 && norm.startsWith('وو'))
}

/**
 * A word that may be a place's name in a list: name-like, and unknown to the word clusters or a known place; the clusters
 * must not know it with its "و" either ("وقفات احتجاجية" is protests, not "و" and "قفات").
 */
function isMemberWord(ctx: Context, t: number): boolean {
  const token = ctx.tokens[t]
  if (!hasNoPronoun(token) || !/^\p{Script=Arabic}+$/u.test(token.norm)) return false
  if (!isNameLike(ctx, token.stem) || ctx.gazetteer.clusters.has(clusterKey(token.norm)) || hasTanween(ctx, t)) return false
  if (isOneWordKnownPlace(ctx, ctx.stems[t])) return true
  // (An unknown word in a verb's shape is as often a verb or its noun: "وتأهيل", "وتستدرج".)
  // (With a pronoun read off it, the word without it must be unknown too: "وفرعه" is a branch, "وولاته" a town.)
  return isUnclustered(ctx, token.norm) && (token.clitics.post.length === 0 || isUnclustered(ctx, token.stem)) && !PATTERNS.verbShape.test(token.stem)
}

/**
 * No pronoun on the word, or only the "ه" the tokenizer reads off a name that ends in ta marbuta written ه ("وولاته",
 * "تمبدغه"); isMemberWord keeps out a common word with its pronoun ("وفرعه").
 */
function hasNoPronoun(token: Context['tokens'][number]): boolean {
  const { post } = token.clitics
  return post.length === 0 || (post.length === 1 && post[0] === 'ه')
}

/** After token t the list goes on, or the clause does: punctuation, the next conjunct, a preposition, another name. */
function endsCleanly(ctx: Context, t: number): boolean {
  const next = t + 1
  if (next >= ctx.tokens.length || breakBetween(ctx, t, next) || ctx.owner[next] >= 0 || isJoinedByAnd(ctx, next)) return true
  const { clitics } = ctx.tokens[next]
  return PREPOSITIONS.has(ctx.stems[next]) || clitics.pre[0] === 'ب' || clitics.pre[0] === 'ل'
}

/** Prepositions that may follow a list of places ("في الحد وعسكر وسترة خلال فترة", "بين … من"). Hand-written. */
const PREPOSITIONS = normSet(['في', 'من', 'إلى', 'على', 'عن', 'خلال', 'منذ', 'حتى', 'قرب', 'بين', 'مع', 'عند', 'لدى', 'نحو', 'شمال', 'جنوب', 'شرق', 'غرب'])

/** The second word of a member: name-like with no preposition on it, and like the first unknown to the clusters ("دالي [إبراهيم]" is not taken: the clusters know "إبراهيم"). */
function isSecondWord(ctx: Context, t: number): boolean {
  const token = ctx.tokens[t]
  if (token.clitics.pre.length > 0 || token.clitics.post.length > 0 || !/^\p{Script=Arabic}+$/u.test(token.norm)) return false
  return isNameLike(ctx, token.stem) && !hasTanween(ctx, t) && isUnclustered(ctx, token.norm) && isUnclustered(ctx, ctx.tokens[t - 1].norm)
}
