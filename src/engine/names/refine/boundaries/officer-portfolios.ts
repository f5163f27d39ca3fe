import { breakBetween, isHead, type Context, type TokenMention } from '../shared/context.ts'
import { MINISTRY, normSet } from '../shared/word-lists.ts'
import { isSpokesmansAudience } from './extend-field-tails.ts'
import { UNIVERSITY } from '../find/find-institutions.ts'

/** A ministry's deputy (undersecretary), the title whose portfolio follows the ministry's name. Normalised. */
const DEPUTY_TITLES = normSet(['وكيل', 'وكيلة', 'الوكيل', 'الوكيلة'])
/** "المساعد لشؤون …": the assistant deputy's word, his and not the ministry's. Normalised. */
const ASSISTANT = normSet(['المساعد', 'المساعدة'])
/** "وزارة الدولة لشؤون الإعلام": a minister of state's ministry is named by its "ل" field. Normalised. */
const STATE = normSet(['الدولة'])

/**
 * What an officer's title makes of the words after the body he serves: "وكيل [وزارة العمل] لتنمية الموارد البشرية", "وكيل
 * [وزارة البيئة والمياه والزراعة] للمياه": after a deputy's title the "ل" field is the deputy's portfolio, not the ministry's
 * name, which the tagger ran into it (the sets name the ministry alone 12 times of 12, "وكيل وزارة المالية السعودية للسياسات
 * المالية الكلية"); "المتحدث باسم [الجيش الإسرائيلي] للإعلام العربي": a spokesman's audience (extend-field-tails.ts, which
 * does not extend a body over either).
 */
export function trimOfficersPortfolios(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'organization') return
    const end = audienceStart(ctx, mention) - 1
    const trimmed = end >= mention.first ? end : portfolioEnd(ctx, mention)
    if (trimmed < mention.first) return
    for (let t = trimmed + 1; t <= mention.last; t++) ctx.owner[t] = -1
    mentions[index] = { ...mention, last: trimmed }
  })
}

/** "المتحدث باسم [الجيش الإسرائيلي للإعلام العربي]": where a spokesman's audience begins inside the body, or −1. */
function audienceStart(ctx: Context, { first, last }: TokenMention): number {
  for (let k = first + 1; k < last; k++) if (isSpokesmansAudience(ctx, first, k)) return k
  return -1
}

/** "نائب رئيس", "مساعد مدير": a vice-head's two words, whose "لشؤون …" after the body is his portfolio. Normalised. */
const VICE = normSet(['نائب', 'نائبة', 'مساعد', 'مساعدة'])
const CHIEF = normSet(['رئيس', 'رئيسة', 'مدير', 'مديرة'])
/** "لشؤون": "for the affairs of", as the tokens' norm spells it with its "ل". */
const FOR_AFFAIRS = normSet(['لشؤون'])

/**
 * The body's last word before an officer's portfolio, or −1: a ministry's before a deputy's "ل" field, and a university's
 * before a vice-president's "لشؤون" ("نائب رئيس [جامعة اليرموك] لشؤون الكليات العلمية", s60-a); other bodies are named so
 * ("نائب رئيس المفوضية السامية لشؤون اللاجئين").
 */
function portfolioEnd(ctx: Context, mention: TokenMention): number {
  const { first, last } = mention
  if (last > first && first >= 2 && isHead(ctx, UNIVERSITY, first) && CHIEF.has(ctx.stems[first - 1]) && VICE.has(ctx.stems[first - 2]) &&
    !breakBetween(ctx, first - 2, first - 1) && !breakBetween(ctx, first - 1, first)) {
    for (let k = first + 1; k <= last; k++) if (FOR_AFFAIRS.has(ctx.tokens[k].norm)) return k - 1
  }
  return deputysMinistryEnd(ctx, mention)
}

/** The ministry's last word before a deputy's portfolio, or −1 when the body is no ministry after a deputy's title. */
function deputysMinistryEnd(ctx: Context, { first, last }: TokenMention): number {
  if (last - first < 2 || !isHead(ctx, MINISTRY, first) || !isHead(ctx, DEPUTY_TITLES, first - 1) || breakBetween(ctx, first - 1, first)) return -1
  for (let k = first + 2; k <= last; k++) {
    if (ctx.tokens[k].clitics.pre[0] !== 'ل' || STATE.has(ctx.stems[k - 1])) continue
    const end = ASSISTANT.has(ctx.stems[k - 1]) ? k - 2 : k - 1
    return end > first ? end : -1
  }
  return -1
}
