import type { Context, TokenMention } from '../shared/context.ts'
import { knownOrganizationEnd } from '../shared/known-organization-end.ts'
import { isOneWordKnownPlace } from '../shared/known-place-phrase.ts'
import { normSet } from '../shared/word-lists.ts'

/**
 * Words after which a word alone is someone speaking or cited: "بحسب [كبارة]", "وقال [كبارة]". Elsewhere a person's
 * surname alone is as often a place or a body of the same name ("مدينة تريم" beside a person "… تريم"). Normalised.
 */
const ATTRIBUTION = normSet(['بحسب', 'حسب', 'وفق', 'وفقا', 'قال', 'وقال', 'يقول', 'ويقول', 'أضاف', 'وأضاف', 'تابع', 'وتابع', 'أوضح', 'وأوضح', 'أكد', 'وأكد', 'رأى', 'ويرى', 'يرى'])

/**
 * "يقدّر المهندس وسيم كبارة …، وهو ما يتيح، بحسب [كبارة]، رفع الفاتورة": a word alone that ends a person named in full in the
 * article, cited or speaking (ATTRIBUTION before it), is that person called by his surname, whatever type the tagger gave
 * it, unless the lists know it as a place or a body.
 */
export function retypeSurnames(ctx: Context, mentions: TokenMention[]): void {
  const surnames = new Set<string>()
  for (const m of mentions) if (m.type === 'person' && m.last > m.first) surnames.add(ctx.stems[m.last])
  if (!surnames.size) return
  mentions.forEach((m, index) => {
    if (m.type === 'person' || m.first !== m.last || ctx.tokens[m.first].clitics.post.length > 0) return
    const stem = ctx.stems[m.first]
    if (!surnames.has(stem) || m.first === 0 || !ATTRIBUTION.has(ctx.tokens[m.first - 1].norm)) return
    if (isOneWordKnownPlace(ctx, stem) || knownOrganizationEnd(ctx, m.first) >= m.first) return
    mentions[index] = { ...m, type: 'person' }
  })
}
