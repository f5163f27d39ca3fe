import { normalizeArabic } from '../../../arabic/normalize.ts'
import type { Context, TokenMention } from '../shared/context.ts'
import { PATTERNS } from '../shared/patterns.ts'

const THE_CHURCH = normalizeArabic('الكنيسة')

/**
 * "الكنيسة الكاثوليكية", "الكنيسة القبطية الأرثوذكسية": the definite church and its denomination is the
 * institution, an organisation, wherever the tagger or a place rule typed it a place; a church building is
 * "كنيسة" and its saint or place ("كنيسة المهد"), which the news sentences let be either (session 22: every
 * denomination of theirs is an organisation, no church a place only).
 */
export function retypeChurchInstitutions(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'place' || mention.last === mention.first || ctx.stems[mention.first] !== THE_CHURCH) return
    if (!PATTERNS.nisba.test(ctx.stems[mention.last])) return
    mentions[index] = { ...mention, type: 'organization' }
  })
}
