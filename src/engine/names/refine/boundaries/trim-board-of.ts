import type { Context, TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'

/** A body's board, named before the body it runs: "الهيئة الإدارية", "المجلس الإداري". Normalised. */
const BOARD_HEADS = normSet(['الهيئة', 'اللجنة', 'المجلس'])
const ADMINISTRATIVE = normSet(['الإدارية', 'الإداري'])

/**
 * "الهيئة الإدارية [لنادي الزوراء]" (s61-b): a club's or a body's board is no name of its own; the sets write the body
 * it runs, as they write "مجلس إدارة [نادي الزمالك]" (every named body after "مجلس إدارة" in the read sets). The tagger
 * ran the two into one body; the body after "ل" keeps its name, two words or more. In place.
 */
export function trimBoardOf(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    const { first, last } = mention
    if (mention.type !== 'organization' || last < first + 3 || !BOARD_HEADS.has(ctx.stems[first]) || !ADMINISTRATIVE.has(ctx.stems[first + 1])) return
    const body = ctx.tokens[first + 2].clitics
    if (body.pre.length !== 1 || body.pre[0] !== 'ل' || body.post.length > 0) return
    ctx.owner[first] = -1
    ctx.owner[first + 1] = -1
    mentions[index] = { ...mention, first: first + 2 }
  })
}
