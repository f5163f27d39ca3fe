import { isDefiniteStem } from './definite.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { WEEKDAYS } from '../../../figures/calendar-words.ts'
import { breakBetween, nextStem, type Context } from './context.ts'
import { hasTanween, isThirdNameWord, isUnclustered } from './name-like.ts'
import { isNationalityNisba } from './nationality-nisba.ts'
import { PATTERNS } from './patterns.ts'
import { GIVEN, KUNYA, NAME_ADJECTIVES, NAME_ENDERS, ON_BEHALF_OF, SPOKESPERSON, TITLE_PHRASES, TITLES } from './word-lists.ts'

// Rule 6's terms, shared by the names it finds (find-persons.ts) and those it completes (extend-given-names.ts).

/**
 * The token that may be the title or nationality of a name starting at t: the word before it, or the
 * one before that when one or two adjectives of NAME_ADJECTIVES stand between ("الفنان السوري الكبير دريد لحام",
 * "الرئيس السابق حسني مبارك"); -1 when t starts the phrase.
 */
export function titleBefore(ctx: Context, t: number): number {
  if (t === 0 || breakBetween(ctx, t - 1, t)) return -1
  let before = t - 1
  // Two at most: "المرجع الديني الأعلى علي السيستاني".
  for (let k = 0; k < 2 && before > 0 && NAME_ADJECTIVES.has(ctx.stems[before]) && !breakBetween(ctx, before - 1, before) && ctx.owner[before - 1] < 0; k++) before--
  return before
}

/** A known given name right after a nationality or a title: "الإيراني علي", "الرئيس محمد", "الرئيس السابق محمد". */
export function isGivenStart(ctx: Context, t: number): boolean {
  // The word as written may be the name the tokenizer split a letter off: "بتسلئيل" is no ب + "تسلئيل".
  if (!GIVEN.has(ctx.stems[t]) && !(GIVEN.has(ctx.tokens[t].norm) && !ctx.tokens[t].clitics.pre.includes('و'))) return false
  const at = titleBefore(ctx, t)
  if (at < 0) return false
  const before = ctx.stems[at]
  if (isOnBehalfOf(ctx, t)) return false
  return isNationalityNisba(before, ctx.gazetteer) || TITLES.has(before) || titlePhraseEndsAt(ctx, at)
}

/**
 * "المتحدث باسم", "المتحدث العسكري باسم": "on behalf of" after a spokesperson (and an adjective of his), not
 * the given name Basem.
 */
export function isOnBehalfOf(ctx: Context, t: number): boolean {
  if (t === 0 || !ON_BEHALF_OF.has(ctx.stems[t]) || breakBetween(ctx, t - 1, t)) return false
  if (SPOKESPERSON.has(ctx.stems[t - 1])) return true
  return t > 1 && PATTERNS.nisba.test(ctx.stems[t - 1]) && SPOKESPERSON.has(ctx.stems[t - 2]) && !breakBetween(ctx, t - 2, t - 1)
}

/** A title phrase ("آية الله", "آية الله العظمى") ends at token t. */
export function titlePhraseEndsAt(ctx: Context, t: number): boolean {
  return TITLE_PHRASES.some((words) => {
    const first = t - words.length + 1
    if (first < 0) return false
    // Words as written: the tokenizer reads "الله" as الل + a pronoun.
    for (let k = 0; k < words.length; k++) if (ctx.tokens[first + k].norm !== words[k] || (k > 0 && breakBetween(ctx, first + k - 1, first + k))) return false
    return true
  })
}

/**
 * Whether the name of two words starting at token t takes the third: only when punctuation closes the
 * name right after it ("علي باقري كني، الذي"); otherwise it is as likely the predicate ("علي باقري
 * موجود"). Propagation then finds the full name wherever it recurs.
 */
export function takesThirdWord(ctx: Context, t: number): boolean {
  const third = nextStem(ctx, t, 2)
  if (third === null) return false
  // Not a word with a conjunction or a pronoun: "الرئيس السابق صدام حسين ومساعديه،" (and his aides).
  const { pre, post } = ctx.tokens[t + 2].clitics
  // Nor a verb in the future: "المدرب روبرتو مانشيني سيرحل." (will leave).
  // Nor a word with the accusative's tanween: "فلاديمير بيتكوفيتش مدرباً" (as coach).
  // Nor a common word the clusters know ("يوري سيزار [هدفين]،").
  // Nor a preposition written apart with a tatweel: "النائب خليل العبادي [لـ]”رأي اليوم”" (one letter).
  return ctx.owner[t + 2] < 0 && third.length > 1 && !NAME_ENDERS.has(third) && !isDefiniteStem(third) && post.length === 0 && !pre.includes('و') && !hasTanween(ctx, t + 2) &&
    !PATTERNS.shortFutureVerb.test(ctx.tokens[t + 2].norm) && nextStem(ctx, t, 3) === null && isThirdNameWord(ctx, t + 2)
}

/** "البارحة" (last night) is when, as the days of the week are ("قال محمد الخميس إن" is Mohammed, on Thursday). */
const LAST_NIGHT = normalizeArabic('البارحة')

/** What opens reported speech after a name: "قال أشرف القدرة إن …", "وأكد باسم السعدي أن …". */
const SPEECH_OPENERS: ReadonlySet<string> = new Set(['إن', 'أن', 'إنه', 'إنها', 'أنه', 'أنها'].map((word) => normalizeArabic(word)))

/**
 * Whether a known given name the tagger found alone takes the definite word after it as the family name
 * ("[أشرف] القدرة إن", "[باسم] السعدي إن"): a word with the article and no other clitic, no trigger or
 * listed word, no day of the week, no plural, and reported speech opening right after it (or, where a title
 * and its body stand before the name, any particle or punctuation: `closedBy`).
 */
export function takesDefiniteFamilyName(ctx: Context, t: number, closedBy: 'speech' | 'any ender' = 'speech'): boolean {
  if (!GIVEN.has(ctx.stems[t]) || ctx.owner[t + 1] >= 0) return false
  const next = nextStem(ctx, t, 1)
  if (next === null || NAME_ENDERS.has(next) || Object.hasOwn(WEEKDAYS, next) || next === LAST_NIGHT || ctx.gazetteer.classes.has(next) || isNationalityNisba(next, ctx.gazetteer)) return false
  const { pre, post } = ctx.tokens[t + 1].clitics
  // Not a plural ("أبلغ محمد الصحفيين أن": he told the journalists).
  if (pre.length !== 1 || pre[0] !== 'ال' || post.length > 0 || ctx.stems[t + 1].length < 5 || PATTERNS.pluralEnding.test(next)) return false
  // Closed by what opens reported speech: after a verb and its subject a definite word is as often the
  // object ("قابل محمد الدبلوماسي ثم", "زار محمد المستشفى،"), which "إن" / "أن" do not follow.
  // A word the clusters never saw needs no closing: "عمدة الدار البيضاء نبيلة [الرميلي] إغلاق" (a family name; the
  // 2007 text had the common nouns).
  if (isUnclustered(ctx, ctx.tokens[t + 1].norm)) return true
  const after = nextStem(ctx, t, 2)
  if (closedBy === 'any ender') return after === null || NAME_ENDERS.has(after)
  return after !== null && SPEECH_OPENERS.has(after)
}

/**
 * Whether a kunya of two words ("[أبو مهدي] المهندس", "[أبو بكر] البغدادي") takes the definite word after it,
 * the epithet or nisba it is known by: a word with the article alone, no listed word but a title, and the name closed
 * right after it by punctuation or a particle.
 */
export function takesLaqab(ctx: Context, mention: { first: number; last: number }): boolean {
  if (mention.last !== mention.first + 1 || !KUNYA.has(ctx.stems[mention.first])) return false
  const t = mention.last + 1
  const word = nextStem(ctx, mention.last, 1)
  // A title may be the epithet ("المهندس", the engineer); no other listed word.
  if (word === null || ctx.owner[t] >= 0 || NAME_ENDERS.has(word) || (ctx.gazetteer.classes.has(word) && !TITLES.has(word)) || PATTERNS.pluralEnding.test(word)) return false
  const { pre, post } = ctx.tokens[t].clitics
  if (pre.length !== 1 || pre[0] !== 'ال' || post.length > 0) return false
  const after = nextStem(ctx, t, 1)
  return after === null || NAME_ENDERS.has(after)
}

const ABD = normalizeArabic('عبد')
/** "عبد" and the article written as one word with the name after it (normalised): "عبدالله", "عبداللطيف". */
const JOINED_ABD = /^عبدال.{2,}/u

/** A known given name or "عبد" (of "عبد القادر") at token t: where a person's name starts. */
export function startsPersonName(ctx: Context, t: number): boolean {
  return GIVEN.has(ctx.stems[t]) || ctx.stems[t] === ABD
}

/** The normalised word is a theophoric given name written as one word ("عبدالله", "عبدالرحمن"). */
export function isJoinedAbd(word: string): boolean {
  return JOINED_ABD.test(word)
}
