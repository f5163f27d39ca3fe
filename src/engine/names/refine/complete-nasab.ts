import { breakBetween, type Context, type TokenMention } from './context.ts'
import { PATTERNS } from './patterns.ts'
import { JOINING_PARTICLES } from './word-lists.ts'

/**
 * Rule 11: a person the tagger ended on a joining particle takes the word after it: "وسام أبو علي" was
 * the person "وسام أبو" (the tagger read "علي" as the next given name). Only a free word right after it,
 * with no break between, that is a word and not a number.
 */
export function completeNasab(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.map((mention) => {
    if (mention.type !== 'person') return mention
    let last = mention.last
    while (JOINING_PARTICLES.has(ctx.tokens[last].norm) && canTake(ctx, last + 1)) last++
    return last === mention.last ? mention : { ...mention, last }
  })
}

function canTake(ctx: Context, t: number): boolean {
  return (
    t < ctx.tokens.length && ctx.owner[t] < 0 && !breakBetween(ctx, t - 1, t) &&
    !PATTERNS.digitStart.test(ctx.stems[t]) && !PATTERNS.latinStart.test(ctx.stems[t])
  )
}
