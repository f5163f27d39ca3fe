import { isDefiniteStem } from '../shared/definite.ts'
import { lightStem } from '../../../summary/light-stem.ts'
import { STOP_STEMS } from '../../../summary/stop-words.ts'
import { breakBetween, isHead, isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { FACILITY_NAMED_HEADS, GIVEN, HONORIFICS, IN, LINKING_PARTICLES, TITLES } from '../shared/word-lists.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { isUnclustered } from '../shared/name-like.ts'
import { isNationalityNisba } from '../shared/nationality-nisba.ts'
import { isOneWordKnownPlace } from '../shared/known-place-phrase.ts'

/** The types whose pieces are joined: two places side by side are often two ("القاهرة" "الجديدة" is rare). */
const JOINED_TYPES: ReadonlySet<TokenMention['type']> = new Set(['person', 'organization'])

/**
 * An organisation goes on only with one word the clusters never saw, in Latin letters or not ("[نيوؤ]",
 * "[Parisien]"): a body of known words after another is another ("مديرية الأمن العام الأردنية [وجهاز الإسعاف]").
 */
function isUnseenWord(ctx: Context, mention: TokenMention): boolean {
  return mention.first === mention.last && isUnclustered(ctx, ctx.tokens[mention.first].norm)
}

/**
 * Rule 9: two persons, or two organisations, side by side with nothing between them, not even "و", are one
 * name found in pieces ("غوستاف" tagged, "فوشيه" found by rule 7 from a later "قال فوشيه"; "شبكة [أي بي سي]
 * [نيوز]", "صحيفة [Le] [Parisien]"): Arabic prose puts a word or a conjunction between two of them. A function
 * word taken for a name ("محمد" + "حتى") is not joined. So is a person ending on a linking particle and the one word after
 * it ("بن" + "باديس"), and a venue and the person it is named after. `mentions` are sorted.
 */
export function joinAdjacentNames(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const result: TokenMention[] = []
  for (const mention of mentions) {
    const previous = result[result.length - 1]
    if (previous?.type === mention.type && JOINED_TYPES.has(mention.type) && mention.first === previous.last + 1 &&
      (mention.type === 'person' || isUnseenWord(ctx, mention)) &&
      !breakBetween(ctx, previous.last, mention.first) && ctx.tokens[mention.first].clitics.pre.length === 0 &&
      !STOP_STEMS.has(lightStem(ctx.tokens[mention.first].norm)) && !isListedFullName(ctx, previous, mention)) {
      result[result.length - 1] = { ...previous, last: mention.last }
    } else if (previous?.type === 'person' && mention.type !== 'person' && mention.first === mention.last && mention.first === previous.last + 1 &&
      !breakBetween(ctx, previous.last, mention.first) && LINKING_PARTICLES.has(ctx.stems[previous.last])) {
      // "[عبد الحميد بن] [باديس]": a name does not end on "بن"; the word after it, whatever the tagger took it for, is
      // the name's next.
      result[result.length - 1] = { ...previous, last: mention.last }
    } else if ((previous?.type === 'place' || previous?.type === 'organization') && isHead(ctx, FACILITY_NAMED_HEADS, previous.first) &&
      ((mention.first === previous.last + 1 && !breakBetween(ctx, previous.last, mention.first) &&
        (mention.type === 'person' || LINKING_PARTICLES.has(ctx.stems[mention.first])) && !(mention.type === 'person' && isOfficerAfterNamedVenue(ctx, previous, mention))) ||
        (mention.type === 'person' && previous.first === previous.last && onlyTitlesBetween(ctx, previous.last, mention.first)))) {
      // "[ملعب الأمير مولاي] [عبد الله]": a venue named after a person, the tagger's person its name's end (a place,
      // whatever the tagger typed its head: "[صالة الشيخ] [سعد بن عبدالله]"); so is the family name the tagger took for a
      // place of its own after the given name ("[ملعب عبد اللطيف] [أبو رجيلة]"); and the head alone, the person's title
      // left between ("[صالة] الشيخ [سعد بن عبدالله]").
      result[result.length - 1] = { ...previous, type: 'place', last: mention.last }
    } else if (mention.type === 'person' && previous?.type === 'place' && isSplitFirstName(ctx, previous, mention)) {
      // "المدرب الفرنسي [برتران] [جاك مارشان]": the tokenizer took the given name's first letter for "ب" (in), and the
      // tagger the rest for a place.
      result[result.length - 1] = { ...mention, first: previous.first }
    } else if (previous?.type === 'organization' && mention.type === 'place' && isUniversityIn(ctx, previous, mention)) {
      // "[الجامعة الأميركية] في [بيروت]": a university named by its adjectives alone is named by where it is too.
      result[result.length - 1] = { ...previous, last: mention.last }
    } else {
      result.push(mention)
    }
  }
  return result
}

const UNIVERSITY = normalizeArabic('الجامعة')

/**
 * "الجامعة" and one or two definite adjectives ("الأمريكية", "الإسلامية العالمية"), then "في" and the place: the sets
 * name 21 such universities whole ("الجامعة الأمريكية في القاهرة", "الجامعة الإسلامية في غزة") and none apart but one
 * with its field ("الجامعة المصرية اليابانية للعلوم والتكنولوجيا في برج العرب", which this leaves).
 */
function isUniversityIn(ctx: Context, university: TokenMention, place: TokenMention): boolean {
  const { first, last } = university
  if (ctx.stems[first] !== UNIVERSITY || last === first || last > first + 2) return false
  for (let t = first + 1; t <= last; t++) {
    const { pre, post } = ctx.tokens[t].clitics
    if (pre.length !== 1 || pre[0] !== 'ال' || post.length > 0 || !PATTERNS.nisba.test(ctx.stems[t])) return false
  }
  const between = last + 1
  return place.first === between + 1 && ctx.tokens[between].norm === IN && ctx.tokens[place.first].clitics.pre.length <= 1 &&
    !breakBetween(ctx, last, between) && !breakBetween(ctx, between, place.first)
}

/**
 * "مدير [ميناء المعلا] [عبد الرحمن فضل بن شعيب]": a venue already named by a definite word after its head that is no
 * title, given name or particle, and a full name after it, are the venue and its officer (the title before them governs both), not a
 * venue named after a person ("[ملعب الأمير مولاي] [عبد الله]", "[صالة الشيخ] [سعد بن عبدالله]" end on a title).
 */
function isOfficerAfterNamedVenue(ctx: Context, venue: TokenMention, person: TokenMention): boolean {
  if (venue.last === venue.first || person.last === person.first) return false
  const last = ctx.stems[venue.last]
  // (Only after a definite word: a venue is named by its city and a person, "مطار قسنطينة محمد بوضياف", or by a person in
  // pieces, "[جسر فرانسيس] [سكوت كي]".)
  if (!isDefiniteStem(last)) return false
  const bare = last.replace(PATTERNS.article, '')
  return !TITLES.has(last) && !HONORIFICS.has(last) && !LINKING_PARTICLES.has(last) && !GIVEN.has(last) && !GIVEN.has(bare) &&
    !ABD.has(ctx.stems[venue.last - 1])
}

/** "عبد", whose "عبد اللطيف" may end a venue's name before the family name ("[ملعب عبد اللطيف] [أبو رجيلة]"). */
const ABD: ReadonlySet<string> = new Set([normalizeArabic('عبد')])

/** One or two titles or honorifics stand between tokens a and b, no name holding them and nothing breaking them. */
function onlyTitlesBetween(ctx: Context, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3) return false
  for (let k = a + 1; k < b; k++) {
    if (ctx.owner[k] >= 0 || breakBetween(ctx, k - 1, k) || !(TITLES.has(ctx.stems[k]) || HONORIFICS.has(ctx.stems[k]))) return false
  }
  return !breakBetween(ctx, b - 1, b)
}

/**
 * "[فيكتور غلوفر] [وكريستينا كوك]": a full name after another, its first word behind the "و" the tokenizer kept on an
 * unknown word, is the second of two persons listed.
 */
function isListedFullName(ctx: Context, previous: TokenMention, mention: TokenMention): boolean {
  return mention.type === 'person' && previous.last > previous.first && mention.last > mention.first && ctx.tokens[mention.first].norm.startsWith('و') &&
    ctx.tokens[mention.first].norm.length >= 5
}

/**
 * A one-word place right before a person, after a title or a nationality, is the person's first name when its "ب" or
 * "ل" is the name's own first letter: a word the clusters never saw, and no known place ("الفرنسي [برتران] جاك
 * مارشان").
 */
function isSplitFirstName(ctx: Context, place: TokenMention, person: TokenMention): boolean {
  const t = place.first
  if (place.last !== t || person.first !== t + 1 || t === 0 || breakBetween(ctx, t, t + 1) || breakBetween(ctx, t - 1, t)) return false
  const { pre, post } = ctx.tokens[t].clitics
  if (pre.length !== 1 || (pre[0] !== 'ب' && pre[0] !== 'ل') || post.length > 0 || !isUnclustered(ctx, ctx.tokens[t].norm)) return false
  // Not a place written with its own ب: "ملك [بوتان]", "[بورسعيد]".
  if (isKnownPlace(ctx, t) || isOneWordKnownPlace(ctx, ctx.tokens[t].norm) || ctx.tokens[person.first].clitics.pre.length > 0) return false
  const before = ctx.stems[t - 1]
  return TITLES.has(before) || isNationalityNisba(before, ctx.gazetteer)
}
