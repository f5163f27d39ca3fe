import { add, isFree, type Context, type TokenMention } from '../shared/context.ts'
import { knownOrganizationEnd } from '../shared/known-organization-end.ts'

/**
 * "بين الجمهورية الجزائرية [وصندوق النقد]": a known organisation of two words or more (ARTICLE_ORGANIZATIONS) that the
 * tagger and every rule before left untouched is still one. After the rules that find names, so that a longer name holding
 * it ("هيئة السوق المالية السعودية" over "السوق المالية") has claimed its words first; one word alone is left to the tagger
 * ("وفا", "تاس" are common words too).
 */
export function findKnownOrganizations(ctx: Context, mentions: TokenMention[]): void {
  for (let t = 0; t < ctx.tokens.length; t++) {
    if (ctx.owner[t] >= 0) continue
    const last = knownOrganizationEnd(ctx, t)
    if (last > t && isFree(ctx, t, last)) {
      add(ctx, mentions, { type: 'organization', first: t, last })
      t = last
    }
  }
}
