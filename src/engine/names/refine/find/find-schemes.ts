import { isDefiniteStem } from '../shared/definite.ts'
import { add, breakBetween, isHead, type Context, type TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'

const SCHEME = normSet(['مشروع'])
/** The kind that makes a project a named scheme of land: "مشروع السوكي [الزراعي]". */
const SCHEME_KINDS = normSet(['الزراعي'])
/** Words of the scheme's name between head and kind, at most: "مشروع [حلفا الجديدة] الزراعي". */
const MAX_NAME_WORDS = 3

/**
 * An agricultural scheme named by its place and its kind, land that is farmed and governed as one ("مشروع الرهد
 * الزراعي", "مشروع حلفا الجديدة الزراعي", "مشروع الكفرة الزراعي"), is a place (session 23: the news sentences name four
 * so, as a place or an organisation; the tagger found none). Only with its kind: "مشروع" alone is any project.
 */
export function findScheme(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!isHead(ctx, SCHEME, t) || isDefiniteStem(ctx.stems[t])) return false
  for (let k = t + 2; k <= t + MAX_NAME_WORDS + 1 && k < ctx.tokens.length; k++) {
    const { pre, post } = ctx.tokens[k - 1].clitics
    // The name's words: free, bare but for the article.
    if (breakBetween(ctx, k - 2, k - 1) || ctx.owner[k - 1] >= 0 || post.length > 0 || pre.some((clitic) => clitic !== 'ال')) return false
    if (!SCHEME_KINDS.has(ctx.stems[k]) || breakBetween(ctx, k - 1, k) || ctx.owner[k] >= 0) continue
    add(ctx, mentions, { type: 'place', first: t, last: k })
    return true
  }
  return false
}

/** The tagger found a scheme whole as an organisation ("[مشروع حلفا الجديدة الزراعي]"): head, name and kind. */
export function isSchemeFoundWhole(ctx: Context, mention: TokenMention): boolean {
  return mention.type === 'organization' && isHead(ctx, SCHEME, mention.first) && !isDefiniteStem(ctx.stems[mention.first]) &&
    mention.last - mention.first >= 2 && mention.last - mention.first <= MAX_NAME_WORDS + 1 && SCHEME_KINDS.has(ctx.stems[mention.last])
}
