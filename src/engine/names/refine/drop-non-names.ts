import { breakBetween, type Context, type TokenMention } from './context.ts'
import { PATTERNS } from './patterns.ts'
import { DISEASE_HEADS, WORK_HEADS } from './word-lists.ts'

/**
 * Rule 8, names that are not names: a title in quotes after a work's head ("فيلم «سيد الخواتم»"),
 * and a disease named after its head ("فيروس كورونا", "مرض إيبولا"). Run on the tagger's mentions
 * before the rules that spread names, so that none spreads.
 */
export function dropNonNames(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.filter(({ first }) => {
    if (DISEASE_HEADS.has(ctx.stems[first])) return false
    if (first === 0) return true
    const before = ctx.stems[first - 1]
    if (DISEASE_HEADS.has(before) && !breakBetween(ctx, first - 1, first)) return false
    const gap = ctx.text.slice(ctx.tokens[first - 1].end, ctx.tokens[first].start)
    return !(WORK_HEADS.has(before) && PATTERNS.openingQuote.test(gap) && !gap.includes('\n'))
  })
}
