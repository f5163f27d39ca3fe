import { isDefiniteStem } from '../shared/definite.ts'
import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'
import { isAndDefiniteNoun } from '../shared/chain-noun.ts'
import { isCountryNisba } from '../shared/nationality-nisba.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'

/**
 * Parties and coalitions named for what they stand for take "من أجل" and its object into the name, where the tagger
 * stopped before it: "[التكتل الديمقراطي] من أجل العمل والحريات", "[الرابطة الوطنية] من أجل الديمقراطية",
 * "[القائمة الوطنية] من أجل [مصر]" (a place named there is the name's last word, not a mention of its own). The
 * object is a definite noun or a place, then at most two nisbas or definite nouns after "و"; an indefinite
 * verbal noun is the sentence's purpose, not the name ("الحزب الحاكم من أجل تحقيق …"). Runs on mentions sorted by
 * position.
 */
export function extendPurposeNames(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const result: TokenMention[] = []
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]
    const from = mention.last + 1
    const object = from + 2
    // "[الحركة الشعبية لتحرير] [السودان]": a place right after the verbal noun the tagger ended the movement on is its object.
    if (mention.type === 'organization' && PURPOSE_HEADS.has(ctx.stems[mention.first]) && endsOnPurpose(ctx, mention) && mentions[i + 1]?.first === from &&
      mentions[i + 1].type === 'place' && !breakBetween(ctx, mention.last, from)) {
      result.push({ ...mention, last: mentions[i + 1].last })
      i++
      continue
    }
    if (mention.type !== 'organization' || !PURPOSE_HEADS.has(ctx.stems[mention.first]) || !isForTheSakeOf(ctx, from)) {
      result.push(mention)
      continue
    }
    const next = mentions[i + 1]
    if (next?.first === object && next.type === 'place') {
      result.push({ ...mention, last: next.last })
      i++
      continue
    }
    if (ctx.owner[object] >= 0 || !isBareDefinite(ctx, object)) {
      result.push(mention)
      continue
    }
    let last = object
    while (last - object < 2 && last + 1 < ctx.tokens.length && ctx.owner[last + 1] < 0 && !breakBetween(ctx, last, last + 1) && goesOn(ctx, last + 1)) last++
    result.push({ ...mention, last })
  }
  return result
}

/** Heads of parties, coalitions and lists, with and without the article. Hand-written. */
const PURPOSE_HEADS: ReadonlySet<string> = normSet([
  'حزب', 'الحزب', 'تحالف', 'التحالف', 'ائتلاف', 'الائتلاف', 'تجمع', 'التجمع', 'تكتل', 'التكتل', 'رابطة', 'الرابطة',
  'جبهة', 'الجبهة', 'حركة', 'الحركة', 'قائمة', 'القائمة', 'مبادرة', 'المبادرة',
])
const FROM = normalizeArabic('من')

/** The mention's last word is an indefinite noun behind "ل" alone, and not its first: "لتحرير", "لإنقاذ". */
function endsOnPurpose(ctx: Context, mention: TokenMention): boolean {
  const { pre, post } = ctx.tokens[mention.last].clitics
  return mention.last > mention.first && pre.length === 1 && pre[0] === 'ل' && post.length === 0 && PATTERNS.arabicWord.test(ctx.stems[mention.last])
}
const SAKE = normalizeArabic('أجل')

/** "من أجل" stands free at tokens t and t + 1, with a word after it, no break among the three or before them. */
function isForTheSakeOf(ctx: Context, t: number): boolean {
  return t + 2 < ctx.tokens.length && ctx.tokens[t].norm === FROM && ctx.tokens[t + 1].norm === SAKE && ctx.owner[t] < 0 && ctx.owner[t + 1] < 0 &&
    !breakBetween(ctx, t - 1, t) && !breakBetween(ctx, t, t + 1) && !breakBetween(ctx, t + 1, t + 2)
}

/** Token t has the article and no other clitic: "الديمقراطية", not "والديمقراطية" or "للديمقراطية". */
function isBareDefinite(ctx: Context, t: number): boolean {
  const { pre, post } = ctx.tokens[t].clitics
  return post.length === 0 && ((pre.length === 0 && isDefiniteStem(ctx.stems[t])) || (pre.length === 1 && pre[0] === 'ال'))
}

/**
 * Token t goes on with the object: a nisba ("الوحدة [الوطنية]") or a definite noun after "و" ("العمل [والحريات]"); not
 * a participle or a title, which describe the party or begin the sentence's next part ("الرابطة … من أجل
 * الديمقراطية المنحلة", "التجمع … من أجل التقدم الرئيسَ إسماعيل عمر جيله").
 */
function goesOn(ctx: Context, t: number): boolean {
  const { pre, post } = ctx.tokens[t].clitics
  if (post.length > 0) return false
  if (pre[0] === 'و') return isAndDefiniteNoun(ctx, t)
  return isBareDefinite(ctx, t) && PATTERNS.nisba.test(ctx.stems[t]) && !isCountryNisba(ctx.stems[t], ctx.gazetteer)
}
