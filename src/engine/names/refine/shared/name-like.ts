import { isDefiniteStem } from './definite.ts'
import { clusterKey } from '../../tagger/word-clusters.ts'
import { splitProcliticsForFeatures } from '../../tagger/word-features.ts'
import type { Gazetteer } from '../../tagger/gazetteer.ts'
import type { Context } from './context.ts'
import { PATTERNS } from './patterns.ts'
import { GIVEN, NAME_ENDERS, NUMBER_WORDS, OBJECT_NOUNS, PREPOSITION_ALA, TITLES } from './word-lists.ts'

/**
 * A word (its stem) that may be part of a name: not a particle, not the article's, not a trigger word,
 * not a number ("بحبس المتهم أربعة أيام": "المتهم" is a title, "أربعة" no name).
 */
export function isNameLike(ctx: Context, stem: string): boolean {
  return stem.length >= 3 && !isDefiniteStem(stem) && !NAME_ENDERS.has(stem) && !ctx.gazetteer.classes.has(stem) && !PATTERNS.digitStart.test(stem) &&
    !NUMBER_WORDS.has(stem) && !isTitleInAccusative(stem)
}

/** "عيّنه الرئيس [وزيرا] أول": a title in the accusative says what someone became; it begins no name after a title. */
function isTitleInAccusative(stem: string): boolean {
  if (stem.length <= 3 || !stem.endsWith('ا')) return false
  const title = stem.slice(0, -1)
  return TITLES.has(title) || TITLES.has(`ال${title}`)
}

/** The word clusters (learned from ANERcorp's and AQMAR's text) do not know the word. */
export function isUnclustered(ctx: Context, word: string): boolean {
  return isUnclusteredIn(ctx.gazetteer, word)
}

/** isUnclustered for a caller with the gazetteer alone (name-start.ts). */
export function isUnclusteredIn(gazetteer: Gazetteer, word: string): boolean {
  const { clusters } = gazetteer
  return clusters.size > 0 && !clusters.has(clusterKey(splitProcliticsForFeatures(word).core))
}

/** The word clusters know the word, a common one or a name of 2007's news; without clusters nothing is known. */
export function isClustered(ctx: Context, word: string): boolean {
  return ctx.gazetteer.clusters.size > 0 && !isUnclustered(ctx, word)
}

/**
 * Token k is "و" the tokenizer kept on a short word the clusters know (it splits no clitic off a remainder of three
 * letters or fewer): "وعدد" (and a number of), "وفن", "وفد"; not a longer name such as "وليام" (William).
 */
export function isAndBeforeShortKnownWord(ctx: Context, k: number): boolean {
  const { clitics, norm } = ctx.tokens[k]
  return clitics.pre.length === 0 && norm.length <= 4 && norm.startsWith('و') && isClustered(ctx, norm.slice(1))
}

/**
 * A verb the clusters know ("يعيش", "تشهد"): shaped like one, not ending in ة as no verb does ("سترة" is a town),
 * and seen in the unlabelled text (an unseen word of that shape is as often a name: "يركوسيون").
 */
export function isKnownVerb(ctx: Context, word: string): boolean {
  return PATTERNS.verbShape.test(word) && !PATTERNS.taMarbutaEnding.test(word) && isClustered(ctx, word)
}

/** The word at t is written with the accusative's tanween ("روسياً", "هدفاً"): names in news prose do not take it. */
export function hasTanween(ctx: Context, t: number): boolean {
  return PATTERNS.tanween.test(ctx.text.slice(ctx.tokens[t].start, ctx.tokens[t].end))
}

/**
 * Token k may be the third word of a person's name: not a noun that, after a subject's name, is the verb's
 * object ("رستم عمروف [وفد] بلاده", "يوري سيزار [هدفين]،"). Family names are as often common words
 * ("ذبيح الله مجاهد", "علي باقري كني"), so only these nouns (OBJECT_NOUNS) and feminine ones are ruled out.
 */
export function isThirdNameWord(ctx: Context, k: number): boolean {
  // Nor a feminine noun the clusters know ("بتسلئيل سموتريتش [خطة]،"); a feminine given name is listed ("حمزة").
  const feminineNoun = PATTERNS.taMarbutaEnding.test(ctx.stems[k]) && isClustered(ctx, ctx.tokens[k].norm) && !GIVEN.has(ctx.stems[k])
  return !OBJECT_NOUNS.has(ctx.stems[k]) && !feminineNoun
}

/**
 * Token k is a preposition and a common word ("لبحث الأزمة", to discuss), which ends a name; a name the word
 * clusters never saw keeps a first ل or ب as its own letter ("رمطان لعمامرة").
 */
export function isPrepositionalPhrase(ctx: Context, k: number): boolean {
  const token = ctx.tokens[k]
  const preposition = token.clitics.pre.some((c) => c === 'ب' || c === 'ل') || PATTERNS.prepositionStart.test(token.norm)
  // A common word is one the clusters know (without them, nothing is known to be one); not a given name ("بدر").
  return preposition && isClustered(ctx, token.norm) && !GIVEN.has(ctx.stems[k]) && !GIVEN.has(token.norm)
}

/** Three letters with a shadda on the second, as written: a verb's second form in the past ("قلّص", "حذّر"). */
const FORM_TWO_PAST = /^\p{Script=Arabic}\p{Script=Arabic}\u0651\p{Script=Arabic}$/u
/** Harakat other than the shadda, left out before the shape is read. */
const VOWEL_MARKS = /[\u064B-\u0650\u0652]/gu

/**
 * Token t is written as a verb's second form in the past, shadda and all ("وأوكافور [قلّص] الفارق"): a writer marks the
 * shadda to tell the verb from a noun, and no name of three letters is so written (a place of four takes it, "عمّان").
 */
export function isWrittenFormTwoPast(ctx: Context, t: number): boolean {
  const { start, end, clitics } = ctx.tokens[t]
  return clitics.pre.length === 0 && clitics.post.length === 0 && FORM_TWO_PAST.test(ctx.text.slice(start, end).replace(VOWEL_MARKS, ''))
}

/** "أبو علي": "علي" normalises as the preposition "على" does, but written with ي it is the name. */
export function isGivenNotPreposition(ctx: Context, t: number): boolean {
  return GIVEN.has(ctx.stems[t]) && ctx.text.slice(ctx.tokens[t].start, ctx.tokens[t].end) !== PREPOSITION_ALA
}
