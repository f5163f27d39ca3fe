import { add, breakBetween, commaAfter, type Context, type TokenMention } from '../shared/context.ts'
import { isNameLike, isUnclustered } from '../shared/name-like.ts'
import { KNOWN_AS } from '../shared/word-lists.ts'

/**
 * "محمد حمدان دقلو، المعروف [بحميدتي]": after a person's name, "known as" and ب, the name he goes by is the same person's
 * (one word, or two before a break), a word the clusters never saw or one shaped like a name. t is the nickname's first
 * word, its ب a clitic.
 */
export function findNickname(ctx: Context, mentions: TokenMention[], t: number): void {
  const { tokens } = ctx
  if (t < 2 || !KNOWN_AS.has(ctx.stems[t - 1]) || breakBetween(ctx, t - 1, t)) return
  const { pre, post } = tokens[t].clitics
  if (pre.length !== 1 || pre[0] !== 'ب' || post.length > 0) return
  // The person ends right before "المعروف", a comma between them or nothing.
  const owner = ctx.owner[t - 2]
  if (owner < 0 || mentions[owner].type !== 'person' || mentions[owner].last !== t - 2) return
  if (breakBetween(ctx, t - 2, t - 1) && !commaAfter(ctx, t - 2)) return
  if (!isNameLike(ctx, ctx.stems[t]) || !isUnclustered(ctx, tokens[t].norm)) return
  const two = t + 1 < tokens.length && !breakBetween(ctx, t, t + 1) && tokens[t + 1].clitics.pre.length === 0 && isNameLike(ctx, ctx.stems[t + 1]) &&
    isUnclustered(ctx, tokens[t + 1].norm) && (t + 2 >= tokens.length || breakBetween(ctx, t + 1, t + 2))
  add(ctx, mentions, { type: 'person', first: t, last: two ? t + 1 : t })
}
