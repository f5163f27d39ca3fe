import { isDefiniteStem } from '../shared/definite.ts'
import { isListedClub } from '../shared/listed-club.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { isAndDefiniteNoun } from '../shared/chain-noun.ts'
import { breakBetween, isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { knownOrganizationEnd } from '../shared/known-organization-end.ts'
import { isCountryNisba } from '../shared/nationality-nisba.ts'
import { isClustered, isGivenNotPreposition } from '../shared/name-like.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { ALLAH, GROUP_HEADS, PUBLIC_BODY_ADJECTIVES } from '../shared/word-lists.ts'

/**
 * Rule 4's last step: a country's nisba after an organisation named in common words is the organisation's
 * ("الهيئة العامة للإحصاء [السعودية]", "وزارة الصحة [العامة القطرية]"), even where the tagger read the nisba
 * as the country (Saudi Arabia is "السعودية"), and so are a rank and a second field between them ("العامة",
 * "والري"). The nisba agrees with the head in gender, and the name ends in a common noun or its adjective,
 * not a proper name ("انتقدت حركة حماس السعودية": Hamas criticised Saudi Arabia).
 */
export function absorbNationalities(ctx: Context, mentions: readonly TokenMention[]): TokenMention[] {
  const dropped = new Set<number>()
  const result = mentions.map((mention) => ({ ...mention }))
  const personStarts = new Set(result.filter((mention) => mention.type === 'person').map((mention) => mention.first))
  result.forEach((mention, index) => {
    // "مدرب [الهلال البرتغالي] جورجي جيسوس": a club the tagger ran into the nationality of the person after it gives the
    // nationality back (the coach is Portuguese).
    if (mention.type === 'organization' && mention.last === mention.first + 1 && personStarts.has(mention.last + 1) &&
      !breakBetween(ctx, mention.last, mention.last + 1) && isClub(ctx, mention.first) && isCountryNisba(ctx.stems[mention.last], ctx.gazetteer) &&
      mention.first > 0 && !breakBetween(ctx, mention.first - 1, mention.first) && CLUB_MEN.has(ctx.stems[mention.first - 1]) &&
      knownOrganizationEnd(ctx, mention.first) !== mention.last) {
      mention.last = mention.first
      return
    }
    // A name of two words or more: one word is a proper name ("مدرب الهلال البرتغالي": the coach is Portuguese).
    // (Or one definite word: "[الكونغرس] الأميركي".)
    if (mention.type !== 'organization' || dropped.has(index) || (mention.last === mention.first && !isDefiniteStem(ctx.stems[mention.first]))) return
    // A listed name is whole as listed ("حزب الله السوري" is Hezbollah's Syrian branch, or the Syrian said so),
    // unless it ends in its field after ل, a common noun the country's nisba does not describe ("الهيئة العامة
    // للإحصاء السعودية").
    // (A listed name of one word takes it: "[الكونغرس] الأميركي".)
    // (Nor one listed in common words, whose last word is a definite common noun: "[مجمع اللغة العربية] الأردني", "هيئة
    // أسواق المال الكويتية"; the lists name a country's body without its country.)
    const listed = mention.last > mention.first && knownOrganizationEnd(ctx, mention.first) === mention.last
    if (listed && !ctx.tokens[mention.last].clitics.pre.includes('ل') && !endsInCommonNoun(ctx, mention)) return
    const lastStem = ctx.stems[mention.last]
    // The name's last word: a definite common noun, bare or after ل ("للإحصاء"); or any word after a group's head
    // ("مجموعة بلاكستون [الأمريكية]").
    if (!isDefiniteStem(lastStem) && !GROUP_HEADS.has(ctx.stems[mention.first])) return
    // One nationality to a name: in "الاتحاد الجزائري لكرة القدم السويسري فلاديمير" the second is the coach's.
    for (let t = mention.first; t <= mention.last; t++) if (isCountryNisba(ctx.stems[t], ctx.gazetteer)) return
    let k = mention.last + 1
    // A second field after "و" ("وزارة المياه [والري] الأردنية"), then a rank ("العامة").
    // (Not after a listed name, which is whole: "[الإدارة الذاتية] والحكومة السورية" are two.)
    if (!listed && isAndDefiniteNoun(ctx, k) && ctx.owner[k] < 0) k++
    if (isBareDefinite(ctx, k, k - 1) && ctx.owner[k] < 0 && PUBLIC_BODY_ADJECTIVES.has(ctx.stems[k])) k++
    if (!isBareDefinite(ctx, k, k - 1) || !isCountryNisba(ctx.stems[k], ctx.gazetteer)) return
    // After an adjective, only a nationality that is no country's name: in "منظمة العفو الدولية السعودية" the
    // last word may be Saudi Arabia, the verb's object; "منظمة الطاقة الذرية الإيرانية" is the Iranian one.
    if (PATTERNS.nisba.test(ctx.stems[k - 1]) && isKnownPlace(ctx, k)) return
    // A nationality before a person's name is the person's ("… السويسري فلاديمير بيتكوفيتش").
    const after = k + 1 < ctx.tokens.length && !breakBetween(ctx, k, k + 1) ? k + 1 : -1
    // (Not "على", the preposition, which normalises as "علي" does: "الكونغرس الأميركي على".)
    if (after >= 0 && (isGivenNotPreposition(ctx, after) || (ctx.owner[after] >= 0 && result[ctx.owner[after]].type === 'person'))) return
    // A sound feminine plural takes a feminine adjective too: "قوات الدفاع [الأسترالية]".
    const feminine = ctx.stems[mention.first].endsWith('ه') || ctx.stems[mention.first].endsWith('ات')
    if (ctx.stems[k].endsWith('يه') !== feminine) return
    const owner = ctx.owner[k]
    if (owner >= 0) {
      const place = result[owner]
      if (place.type !== 'place' || place.first !== k || place.last !== k) return
      dropped.add(owner)
    }
    mention.last = k
  })
  return result.filter((_, index) => !dropped.has(index))
}

/** A club's men, before its name: "مدرب الهلال", "لاعب الأهلي". Hand-written. */
const CLUB_MEN: ReadonlySet<string> = new Set(['مدرب', 'لاعب', 'مهاجم', 'مدافع', 'حارس', 'جناح', 'نجم'].map((word) => normalizeArabic(word)))

/** Token t is a club of the sports list. */
function isClub(ctx: Context, t: number): boolean {
  return isListedClub(ctx, ctx.stems[t])
}

/** Token k follows token `previous` without a break and is written with the article alone. */
export function isBareDefinite(ctx: Context, k: number, previous: number): boolean {
  if (k >= ctx.tokens.length || breakBetween(ctx, previous, k)) return false
  const { pre, post } = ctx.tokens[k].clitics
  return pre.length === 1 && pre[0] === 'ال' && post.length === 0
}

/** The mention ends in a definite word the clusters know that is no place and not "الله" ("حزب الله"): a common noun. */
function endsInCommonNoun(ctx: Context, mention: TokenMention): boolean {
  const stem = ctx.stems[mention.last]
  return isDefiniteStem(stem) && stem !== ALLAH && isClustered(ctx, ctx.tokens[mention.last].norm) && !isKnownPlace(ctx, mention.last)
}
