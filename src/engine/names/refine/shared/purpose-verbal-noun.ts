import type { Context } from './context.ts'
import { PATTERNS } from './patterns.ts'

/**
 * Token t is "ل" and a bare verbal noun, a purpose: "لتوثيق", "لتأسيس", "لاستكمال". A name after ل has other shapes
 * ("لتونس" is no verbal noun's; "ليفربول", "لسطيف").
 */
export function isPurposeVerbalNoun(ctx: Context, t: number): boolean {
  const { pre, post } = ctx.tokens[t].clitics
  const stem = ctx.stems[t]
  return pre.length === 1 && pre[0] === 'ل' && post.length === 0 &&
    (PATTERNS.verbalNoun.test(stem) || PATTERNS.tafilVerbalNoun.test(stem) || PATTERNS.derivedVerbalNoun.test(stem))
}
