import { breakBetween, isHead, isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { readsMoroccan } from '../shared/moroccan-context.ts'
import { COMMUNE } from '../shared/word-lists.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'

/**
 * "جماعة يسوع" (the Jesus Army) in an article about Massachusetts: a place the tagger found with the head "جماعة" is
 * a group, an organisation, unless the article is Moroccan, where "جماعة" is the commune ("جماعة تازروالت"). So is a
 * place of one word the tagger found right after the head, head and all ("باسم جماعة [يسوع]"), when it is no place the
 * lists know (a commune of two words may be read where no cue tells Morocco: "جماعة أولاد فرج" beside "سيدي بنور").
 */
export function retypeGroupsOutsideMorocco(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'place') return
    const headed = mention.last > mention.first && COMMUNE.has(ctx.stems[mention.first])
    if (!headed && !isAfterFreeHead(ctx, mention)) return
    if (readsMoroccan(ctx)) return
    if (headed) mentions[index] = { ...mention, type: 'organization' }
    else {
      mentions[index] = { type: 'organization', first: mention.first - 1, last: mention.last }
      ctx.owner[mention.first - 1] = index
    }
  })
}

/**
 * "بدوار تنصغارت التابع [لجماعة ثلاث نيعقوب]", "[بجماعة عين الجمعة]": in a Moroccan article a commune someone lives in or a
 * village belongs to is a place, though the tagger read a body; a group is not where things are ("جماعة العدل والإحسان").
 */
export function retypeMoroccanCommunes(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'organization' || mention.last === mention.first || !COMMUNE.has(ctx.stems[mention.first])) return
    const { pre, post } = ctx.tokens[mention.first].clitics
    if (post.length > 0 || !(isWhere(pre) || isBelongingTo(ctx, mention.first)) || !readsMoroccan(ctx)) return
    mentions[index] = { ...mention, type: 'place' }
  })
}

/** "ب" alone before the head: in the commune. */
function isWhere(pre: readonly string[]): boolean {
  return pre.length === 1 && pre[0] === 'ب'
}

/** "التابع لجماعة", "التابعة لجماعة": the head behind "ل", after "belonging". */
function isBelongingTo(ctx: Context, head: number): boolean {
  const { pre } = ctx.tokens[head].clitics
  return pre.length === 1 && pre[0] === 'ل' && head > 0 && !breakBetween(ctx, head - 1, head) && BELONGING.has(ctx.tokens[head - 1].norm)
}
const BELONGING: ReadonlySet<string> = new Set(['التابع', 'التابعة'].map((word) => normalizeArabic(word)))

/** The mention is one word, the word before it a bare "جماعة" no name holds, and it is no known place. */
function isAfterFreeHead(ctx: Context, mention: TokenMention): boolean {
  const head = mention.first - 1
  if (mention.last !== mention.first || head < 0 || ctx.owner[head] >= 0 || breakBetween(ctx, head, mention.first) || isKnownPlace(ctx, mention.first)) return false
  return isHead(ctx, COMMUNE, head) && ctx.tokens[mention.first].clitics.pre.length === 0
}
