import { isDefiniteStem } from '../shared/definite.ts'
import { isBareDefinite } from '../boundaries/absorb-nationality.ts'
import { add, isFree, isHead, nextStem, type Context, type TokenMention } from '../shared/context.ts'
import { isAndDefiniteNoun, isChainNoun } from '../shared/chain-noun.ts'
import { isNationalityNisba } from '../shared/nationality-nisba.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { normSet, PUBLIC_BODY_ADJECTIVES } from '../shared/word-lists.ts'

/** "جهاز": an agency (a security or state body) before its field, a device before its kind. */
const APPARATUS = normSet(['جهاز'])
/** What a device is for: "جهاز الكمبيوتر", "جهاز التنفس". Hand-written. */
const DEVICE_FIELDS = normSet([
  'الكمبيوتر', 'الحاسوب', 'الحاسب', 'الهاتف', 'التكييف', 'التنفس', 'الطرد', 'الكشف', 'التلفاز', 'التلفزيون', 'الاستقبال', 'التحكم',
  'الإنذار', 'الرادار', 'الراديو', 'الجوال', 'التسجيل', 'العرض', 'القياس', 'الغسيل',
])
/** Bare nouns of the chain before the field ("جهاز [تنفيذ] [مشروعات] الإسكان"), at most. */
const MAX_CHAIN = 2
/** Adjectives after the field ("جهاز الأمن [الداخلي]", "جهاز مشروعات الخدمة [الوطنية]"), at most. */
const MAX_ADJECTIVES = 2

/**
 * An agency named "جهاز" and its field, which the news names whether or not a country follows (the news
 * sentences name it so in 56 of 58 uses; session 22): "جهاز الردع", "جهاز دعم الاستقرار", "جهاز تنفيذ مشروعات
 * الإسكان", "جهاز الإسعاف والطوارئ الليبي", "جهاز حماية وتنمية البحيرات والثروة السمكية". The head indefinite (the definite "الجهاز الفني" is a team's staff), the
 * field a definite noun after at most two bare nouns of the chain, not a device's ("جهاز التنفس"), nor an
 * indefinite kind ("جهاز رنين مغناطيسي" names no body); then a second field after "و" and its adjectives.
 */
export function findApparatus(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!isHead(ctx, APPARATUS, t) || isDefiniteStem(ctx.stems[t])) return false
  let field = t + 1
  // (The chain's second noun may come after "و": "جهاز حماية [وتنمية] البحيرات".)
  while (field - t <= MAX_CHAIN && nextStem(ctx, field - 1, 1) !== null && (isChainNoun(ctx, field, field > t + 1) || isDefectiveVerbalNoun(ctx, field, field > t + 1))) field++
  if (!isFreeDefinite(ctx, field) || !PATTERNS.arabicWord.test(ctx.stems[field]) || DEVICE_FIELDS.has(ctx.stems[field]) ||
    isNationalityNisba(ctx.stems[field], ctx.gazetteer)) return false
  let last = field
  if (isAndDefiniteNoun(ctx, last + 1) && ctx.owner[last + 1] < 0) last++
  while (last - field < MAX_ADJECTIVES + 1 && isFreeDefinite(ctx, last + 1) &&
    (PATTERNS.nisba.test(ctx.stems[last + 1]) || PUBLIC_BODY_ADJECTIVES.has(ctx.stems[last + 1]))) last++
  if (!isFree(ctx, t, last)) return false
  add(ctx, mentions, { type: 'organization', first: t, last })
  return true
}

/** Token k follows without a break, is written with the article alone, and no other name holds it. */
function isFreeDefinite(ctx: Context, k: number): boolean {
  return isBareDefinite(ctx, k, k - 1) && ctx.owner[k] < 0
}

/**
 * A verbal noun of a weak verb, shaped like a nisba but none: "حماية", "رعاية" (فعالة), "تنمية", "تربية" (تفعلة), which the
 * chain's nouns must otherwise not be ("جهاز [حماية] [وتنمية] البحيرات"). Not a nationality ("تركية"). "و" allowed as for
 * isChainNoun's second noun.
 */
function isDefectiveVerbalNoun(ctx: Context, k: number, conjunction: boolean): boolean {
  const { pre, post } = ctx.tokens[k].clitics
  const clitics = conjunction && pre[0] === 'و' ? pre.length - 1 : pre.length
  return ctx.owner[k] < 0 && clitics === 0 && post.length === 0 && DEFECTIVE_VERBAL_NOUN.test(ctx.stems[k]) &&
    !isNationalityNisba(ctx.stems[k], ctx.gazetteer)
}
/** Normalised: "حمايه", "تنميه". */
const DEFECTIVE_VERBAL_NOUN = /^(?:..ايه|ت..يه)$/u
