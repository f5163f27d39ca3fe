import { breakBetween, isHead, type Context, type TokenMention } from '../shared/context.ts'
import { MINISTRY, normSet } from '../shared/word-lists.ts'
import { isSpokesmansAudience } from './extend-field-tails.ts'

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
    const { first, last } = mention
    // "المتحدث باسم [الجيش الإسرائيلي للإعلام العربي]": so is a spokesman's audience after the body he speaks for.
    if (mention.type === 'organization') {
      for (let k = first + 1; k < last; k++) {
        if (!isSpokesmansAudience(ctx, first, k)) continue
        for (let t = k; t <= last; t++) ctx.owner[t] = -1
        mentions[index] = { ...mention, last: k - 1 }
        return
      }
    }
    if (mention.type !== 'organization' || last - first < 2 || !isHead(ctx, MINISTRY, first)) return
    if (!isHead(ctx, DEPUTY_TITLES, first - 1) || breakBetween(ctx, first - 1, first)) return
    for (let k = first + 2; k <= last; k++) {
      if (ctx.tokens[k].clitics.pre[0] !== 'ل' || STATE.has(ctx.stems[k - 1])) continue
      const end = ASSISTANT.has(ctx.stems[k - 1]) ? k - 2 : k - 1
      if (end <= first) return
      for (let t = end + 1; t <= last; t++) ctx.owner[t] = -1
      mentions[index] = { ...mention, last: end }
      return
    }
  })
}
