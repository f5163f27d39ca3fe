import { type Context, type TokenMention } from '../shared/context.ts'
import { DIRECTION_ADJECTIVES, normSet } from '../shared/word-lists.ts'

/**
 * Places the article has already named, pointed at again by their kind with the article ("للقلعة", "للمدينة",
 * "للعاصمة"). Hand-written; not the moon or a sea ("القطب الجنوبي للقمر" is a place the sets name).
 */
const NAMED_PLACE_KINDS = normSet(['القلعة', 'المدينة', 'البلدة', 'القرية', 'العاصمة', 'المخيم', 'المحافظة', 'المملكة', 'البلاد',
  'النهر', 'القناة', 'المسجد', 'الحي', 'المستشفى', 'المبنى', 'القصر', 'الجامعة', 'الملعب', 'المطار', 'الميناء'])

/**
 * "ترميم [البرج الجنوبي للقلعة]", "عند المدخل الشمالي للمدينة": a part of a place named before, told by its side, is a
 * description, no name (the tagger took the tower for a body). Only a definite word, a direction and "لل" + the place's kind,
 * so a company named by a side and its field stays ("الأفق الشرقي للمقاولات").
 */
export function isSideOfNamedPlace(ctx: Context, m: TokenMention): boolean {
  const t = m.first
  if (m.last !== t + 2) return false
  const owner = ctx.tokens[t + 2].clitics.pre
  return ctx.tokens[t].clitics.pre.length === 1 && ctx.tokens[t].clitics.pre[0] === 'ال' && DIRECTION_ADJECTIVES.has(ctx.stems[t + 1]) &&
    owner.length === 2 && owner[0] === 'ل' && owner[1] === 'ال' && NAMED_PLACE_KINDS.has(ctx.stems[t + 2])
}
