import type { Context, TokenMention } from '../shared/context.ts'
import { knownOrganizationEnd } from '../shared/known-organization-end.ts'
import { isKnownPlacePhrase } from '../shared/known-place-phrase.ts'
import { normSet } from '../shared/word-lists.ts'

/**
 * The plurals of a body's head that name several bodies of a kind by their field: "وزارات التربية", "منظمات المجتمع المدني",
 * "مصنعو الأكياس البلاستيكية", "بنوك [مورغان ستانلي]". Not those whose plural is one body's name ("مستشفيات قصر العيني", "مدارس الظهران
 * الأهلية"). Normalised; hand-written.
 */
const PLURAL_BODY_HEADS = normSet(['وزارات', 'هيئات', 'منظمات', 'جمعيات', 'نقابات', 'وكالات', 'مصنعو', 'مصنعي', 'بنوك', 'مصارف'])

/**
 * "[وزارات التموين والمالية] في المنطقة", "مطالبة [وزارات التربية]": several bodies of a kind are no one body's name, and
 * go; where a known body or place follows the plural ("وكالات الأمم المتحدة"), the name is that body's.
 */
export function trimPluralBodyHeads(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const out: TokenMention[] = []
  for (const mention of mentions) {
    const { first, last } = mention
    if (mention.type === 'person' || ctx.tokens[first].clitics.pre.length > 0 || !PLURAL_BODY_HEADS.has(ctx.tokens[first].norm)) {
      out.push(mention)
      continue
    }
    if (first === last) continue
    if (knownOrganizationEnd(ctx, first + 1) === last) out.push({ type: 'organization', first: first + 1, last })
    else if (isKnownPlacePhrase(ctx, first + 1, last)) out.push({ type: 'place', first: first + 1, last })
  }
  return out
}
