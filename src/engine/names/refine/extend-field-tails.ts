import { breakBetween, type Context, type TokenMention } from './context.ts'
import { PATTERNS } from './patterns.ts'
import { FIELD_TAILS } from './word-lists.ts'

/**
 * Rule 4, last: an organisation takes in the field that follows its name ("المرصد السوري" + "لحقوق
 * الإنسان"), when no other mention holds those words; a field of one word also takes the adjective or
 * the second field after it ("للفنون المسرحية", "للعلوم والتقنية").
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
    } else if (qualifiesField(ctx, tail + 1)) {
      last = tail + 1
    }
    for (let t = tail; t <= last; t++) ctx.owner[t] = index
    mentions[index] = { ...mention, last }
  })
}

/** Token t qualifies a one-word field: a definite adjective ("المسرحية") or "و" + a definite noun ("والتقنية"). */
function qualifiesField(ctx: Context, t: number): boolean {
  if (t >= ctx.tokens.length || ctx.owner[t] >= 0 || breakBetween(ctx, t - 1, t)) return false
  const pre = ctx.tokens[t].clitics.pre
  const stem = ctx.stems[t]
  if (pre.length === 1 && pre[0] === 'ال') return PATTERNS.nisba.test(stem)
  return pre.length === 2 && pre[0] === 'و' && pre[1] === 'ال'
}
