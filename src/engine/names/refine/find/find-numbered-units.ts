import { normalizeArabic } from '../../../arabic/normalize.ts'
import { add, isHead, nextStem, type Context, type TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'

/**
 * Definite heads of military formations: "اللواء 63 مشاة", "الفرقة السابعة", "السرب 136" (not the rank "اللواء" before a
 * name). Not "الفوج", as often a class of graduates.
 */
const FORMATIONS = normSet(['اللواء', 'الفرقة', 'الكتيبة', 'السرب', 'الجناح', 'الفيلق', 'الأسطول', 'السرية'])
/** Heads a number must follow, an ordinal being too common after them ("الجناح الأول" of an exhibition). */
const NUMBERED_ONLY = normSet(['الجناح'])
/** The formation's arm, between its head and its number: "اللواء [المدرع] 35", "الجناح [الجوي] 48". */
const ARMS = normSet(['المدرع', 'المدرعة', 'الجوي', 'الجوية', 'الآلي', 'الآلية', 'البحري', 'البحرية', 'المظلي', 'المجوقل'])
const ORDINALS = normSet([
  'الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع', 'الرابعة', 'الخامس', 'الخامسة',
  'السادس', 'السادسة', 'السابع', 'السابعة', 'الثامن', 'الثامنة', 'التاسع', 'التاسعة', 'العاشر', 'العاشرة',
])
/** The arm after the number, in the army's shorthand: "اللواء 52 [مشاة]", "الكتيبة 11 [حرس حدود]" (normalised). */
const ARM_TAILS: readonly (readonly string[])[] = [
  ['مشاة', 'آلي'], ['حرس', 'حدود'], ['حراس', 'جمهورية'], ['للرد', 'السريع'], ['للبنادق', 'الآلية'],
  ['مشاة'], ['مدرع'], ['آلي'], ['مجحفل'], ['قتال'], ['مدفعية'], ['صاعقة'], ['مغاوير'],
].map((words) => words.map((word) => normalizeArabic(word)))
/** A zone of military command: "المنطقة العسكرية الخامسة", "الناحية العسكرية الرابعة", "المنطقة الشمالية العسكرية". */
const COMMAND_ZONES = normSet(['المنطقة', 'الناحية'])
const MILITARY = normalizeArabic('العسكرية')
/** A command zone's direction or feminine ordinal: "الشمالية", "الخامسة". */
const ZONE_NAMES = normSet([
  'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى', 'المركزية',
  'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة',
])

const PATTERNS = {
  /** A number as the news write a formation's: "63", "١١١". */
  number: /^[0-9٠-٩]{1,4}$/u,
  /** The tens of a compound ordinal: "الثاني [والعشرين]". */
  andTens: /^و(?:ال)?(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ين|ون)$/u,
} as const

/**
 * A military formation named by its number or ordinal, an organisation (session 23: s22-b, the defence news, names
 * forty of them and the tagger had learned none): its definite head, an arm, the number ("اللواء المدرع 35", "السرب
 * 136") or the ordinal ("الفرقة السابعة", "الفيلق السابع"), and the arm the army writes after the number ("اللواء 63
 * مشاة", "الفيلق السابع للرد السريع"); and a zone of military command ("المنطقة العسكرية الخامسة"). The rank "اللواء"
 * is followed by a name, never by a number.
 */
export function findNumberedUnit(ctx: Context, mentions: TokenMention[], t: number): boolean {
  return findFormation(ctx, mentions, t) || findCommandZone(ctx, mentions, t)
}

function findFormation(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!isHead(ctx, FORMATIONS, t) || ctx.tokens[t].clitics.pre.some((clitic) => clitic !== 'ال' && clitic !== 'و' && clitic !== 'ب' && clitic !== 'ل')) return false
  let k = t + 1
  if (follows(ctx, k) && ARMS.has(ctx.stems[k])) k++
  const last = numberEnd(ctx, k, !NUMBERED_ONLY.has(ctx.stems[t]))
  if (last < 0 || ctx.owner[t] >= 0) return false
  for (let i = t + 1; i <= last; i++) if (ctx.owner[i] >= 0) return false
  add(ctx, mentions, { type: 'organization', first: t, last })
  return true
}

/**
 * Where a formation's name ends when its number or ordinal is at token k: there, or at the arm after it ("63 [مشاة]");
 * -1 when k holds neither.
 */
function numberEnd(ctx: Context, k: number, ordinalAllowed: boolean): number {
  if (!follows(ctx, k)) return -1
  const numbered = PATTERNS.number.test(ctx.tokens[k].norm)
  if (!numbered && (!ordinalAllowed || !ORDINALS.has(ctx.stems[k]) || ctx.tokens[k].norm !== ctx.stems[k])) return -1
  // A compound ordinal counts more than formations ("الفوج الخامس والأربعين" of graduates; the news sentences leave
  // "اللواء الثاني والعشرين" unnamed).
  if (!numbered && follows(ctx, k + 1) && PATTERNS.andTens.test(ctx.tokens[k + 1].norm)) return -1
  let last = k
  for (const words of ARM_TAILS) {
    if (words.every((word, i) => follows(ctx, last + 1 + i) && ctx.tokens[last + 1 + i].norm === word)) {
      last += words.length
      break
    }
  }
  return last
}

/** Indefinite heads of formations named in words and then numbered: "لواء الاحتياط 55", "فوج التدخل الخامس". */
const NAMED_FORMATIONS = normSet(['لواء', 'فرقة', 'كتيبة', 'سرب', 'فيلق', 'فوج'])

/**
 * A formation the tagger found by its name takes the number or ordinal after it: "[لواء الاحتياط] 55", "[كتيبة الهندسة]
 * 605", "[فوج الحدود البرية] الأول" (session 23).
 */
export function extendNumberedUnits(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'organization' || mention.last === mention.first || !NAMED_FORMATIONS.has(ctx.stems[mention.first])) return
    const last = numberEnd(ctx, mention.last + 1, true)
    if (last < 0) return
    for (let t = mention.last + 1; t <= last; t++) if (ctx.owner[t] >= 0) return
    for (let t = mention.last + 1; t <= last; t++) ctx.owner[t] = index
    mentions[index] = { ...mention, last }
  })
}

function findCommandZone(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!isHead(ctx, COMMAND_ZONES, t) || !follows(ctx, t + 1) || !follows(ctx, t + 2)) return false
  const [second, third] = [ctx.stems[t + 1], ctx.stems[t + 2]]
  if (!((second === MILITARY && ZONE_NAMES.has(third)) || (ZONE_NAMES.has(second) && third === MILITARY))) return false
  if (ctx.owner[t + 1] >= 0 || ctx.owner[t + 2] >= 0 || ctx.owner[t] >= 0) return false
  add(ctx, mentions, { type: 'organization', first: t, last: t + 2 })
  return true
}

/** Token k exists and follows the token before it without a break. */
const follows = (ctx: Context, k: number) => nextStem(ctx, k - 1, 1) !== null
