import { breakBetween, type Context, type TokenMention } from './context.ts'
import { FIELD_TAILS } from './word-lists.ts'

/**
 * Rule 4, last: an organisation takes in the field that follows its name ("المرصد السوري" + "لحقوق
 * الإنسان"), when no other mention holds those words.
 */
export function extendFieldTails(ctx: Context, mentions: TokenMention[]): void {
  const { tokens } = ctx
  mentions.forEach((mention, index) => {
    if (mention.type !== 'organization') return
    const tail = mention.last + 1
    if (tail >= tokens.length || ctx.owner[tail] >= 0 || breakBetween(ctx, mention.last, tail)) return
    const next = FIELD_TAILS.get(tokens[tail].norm)
    if (next === undefined) return
    let last = tail
    if (next !== null) {
      if (tail + 1 >= tokens.length || tokens[tail + 1].norm !== next || ctx.owner[tail + 1] >= 0 || breakBetween(ctx, tail, tail + 1)) return
      last = tail + 1
    }
    for (let t = tail; t <= last; t++) ctx.owner[t] = index
    mentions[index] = { ...mention, last }
  })
}
