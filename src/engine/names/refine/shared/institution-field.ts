import { isDefiniteStem } from './definite.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { breakBetween, isHead, type Context } from './context.ts'
import { PATTERNS } from './patterns.ts'
import { INSTITUTION_HEADS, PURPOSES } from './word-lists.ts'

// What an institution's field looks like after its name: shared by the place an institution is named after
// (combine-mentions.ts, "مركز أبوظبي للغة العربية") and the tagger's institutions (extend-field-tails.ts,
// "مركز الحسين للسرطان").

/** Heads of an institution named after a place, with a field after it: "سوق أبوظبي للأوراق المالية". Hand-written. */
export const NAMED_AFTER_A_PLACE: ReadonlySet<string> = new Set([
  ...INSTITUTION_HEADS, ...['سوق', 'بورصة', 'مجلس', 'هيئة', 'صندوق', 'جمعية', 'مكتب', 'نادي'].map((word) => normalizeArabic(word)),
])

/**
 * Token k is ل and a definite noun, a field ("للسرطان"; the tokenizer leaves a short one whole, "للغة" is ل +
 * "اللغة"), with no pronoun, and not a verb's purpose ("للمشاركة", PURPOSES).
 */
export function isDefiniteField(ctx: Context, k: number): boolean {
  if (k >= ctx.tokens.length || ctx.owner[k] >= 0 || breakBetween(ctx, k - 1, k)) return false
  const { pre, post } = ctx.tokens[k].clitics
  const norm = ctx.tokens[k].norm
  const whole = pre.length === 0 && norm.startsWith('لل') && norm.length >= 4
  return post.length === 0 && ((pre.length === 2 && pre[0] === 'ل' && pre[1] === 'ال') || whole) &&
    !PURPOSES.has(ctx.stems[k]) && !PURPOSES.has(norm.slice(1))
}

/**
 * Participles of verbs in ي that are shaped like a nisba and describe what the body does or when, not its field:
 * "شركة كومار للتأمين [الراعية] للجائزة" (the sponsor), "الموسم [الحالي]". Normalised; hand-written.
 */
export const DEFECTIVE_PARTICIPLES: ReadonlySet<string> = new Set(['الراعية', 'الراعي', 'الداعية', 'الداعي', 'الساعية', 'الساعي', 'الحالي',
  'الحالية', 'الماضي', 'الماضية', 'الجاري', 'الجارية', 'التالي', 'التالية', 'الباقي', 'الباقية'].map((word) => normalizeArabic(word)))

/**
 * Participles that qualify a field rather than begin what follows it: "للطاقة [المتجددة]", "للتنمية [المستدامة]", "لكرة
 * القدم [المحترفة]", "للمهن الطبية [المساعدة]". Normalised; hand-written (most participles begin the sentence's next
 * phrase: "الصادرة", "التابعة").
 */
export const FIELD_PARTICIPLES: ReadonlySet<string> = new Set(['المتجددة', 'المستدامة', 'المحترفة', 'المحترف', 'المساعدة'].map((word) => normalizeArabic(word)))

/** Token t qualifies a one-word field: a definite adjective ("المسرحية") or "و" + a definite noun ("والتقنية"). */
export function qualifiesField(ctx: Context, t: number): boolean {
  if (t >= ctx.tokens.length || ctx.owner[t] >= 0 || breakBetween(ctx, t - 1, t)) return false
  const pre = ctx.tokens[t].clitics.pre
  const stem = ctx.stems[t]
  if (pre.length === 1 && pre[0] === 'ال') return (PATTERNS.nisba.test(stem) && !DEFECTIVE_PARTICIPLES.has(stem)) || FIELD_PARTICIPLES.has(stem)
  return pre.length === 2 && pre[0] === 'و' && pre[1] === 'ال'
}

/** Token t is an indefinite head of an institution that may be named after a place or a person. */
export function isInstitutionHead(ctx: Context, t: number, heads: ReadonlySet<string> = INSTITUTION_HEADS): boolean {
  return t >= 0 && isHead(ctx, heads, t) && !isDefiniteStem(ctx.stems[t]) && ctx.tokens[t].clitics.post.length === 0
}
