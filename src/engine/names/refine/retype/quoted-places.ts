import type { Context, TokenMention } from '../shared/context.ts'
import { isQuotedAlone } from '../boundaries/combine-mentions.ts'
import { normSet } from '../shared/word-lists.ts'

/**
 * Heads of places that the news write with the place's name in quotes after them: "حي «ويست إند»", "بركان «فويغو»",
 * "حقل «ظهر»", "مطار «لا أورورا»". Not "مشروع" or "مجمع", whose quoted names the news sentences type either way.
 */
const PLACE_HEADS = normSet([
  'حي', 'ضاحية', 'قرية', 'بلدة', 'مدينة', 'منطقة', 'مخيم', 'ساحة', 'شارع', 'ميدان',
  'بركان', 'جبل', 'جزيرة', 'جزر', 'وادي', 'بحيرة', 'نهر', 'حقل', 'منتجع', 'مطار', 'ميناء', 'سد',
])

/**
 * A name in quotes right after a place's head is that place: the tagger reads most quoted names as organisations
 * (companies and outlets are what the news quote), and typed the district "«بوكاغراندي»" and the volcano "«فويغو»" so
 * (session 23: s21-a's quoted districts and volcano; every quoted name after these heads in the news sentences is a
 * place, or either type).
 */
export function retypeQuotedPlaces(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type === 'place' || mention.first === 0) return
    // (The head as written too: the tokenizer reads "بركان" as ب + "ركان".)
    if (!PLACE_HEADS.has(ctx.stems[mention.first - 1]) && !PLACE_HEADS.has(ctx.tokens[mention.first - 1].norm)) return
    if (ctx.owner[mention.first - 1] >= 0 || !isQuotedAlone(ctx, mention)) return
    mentions[index] = { ...mention, type: 'place' }
  })
}
