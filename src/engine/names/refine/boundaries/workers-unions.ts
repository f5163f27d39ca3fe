import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { IN, normSet } from '../shared/word-lists.ts'

/** "العاملين" (the workers), with or without the "ل" a union's name puts before it. Normalised. */
const WORKERS = normSet(['العاملين'])
/** How many words the sector after "في" or "ب" may take ("المناجم والتعدين", "الهيئات المحلية"). */
const MAX_SECTOR_WORDS = 4

/**
 * "[النقابة العامة للعاملين] في المناجم والتعدين", "[نقابة العاملين] في الهيئات المحلية", "للعاملين بالسكك الحديدية": a
 * union of the workers in a sector is named with the sector, which the tagger left out. The sector is definite words after
 * "في" (or one behind ب) and the definite adjectives and "و" + definite words that go on with it.
 */
export function extendWorkersUnions(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'organization' || mention.last === mention.first || !WORKERS.has(ctx.stems[mention.last])) return
    let k = mention.last + 1
    if (k < ctx.tokens.length && ctx.tokens[k].norm === IN && !breakBetween(ctx, k - 1, k) && ctx.owner[k] < 0) k++
    else if (!(k < ctx.tokens.length && ctx.tokens[k].clitics.pre.join('') === 'بال')) return
    if (!isSectorWord(ctx, k, k === mention.last + 1 ? 'بال' : 'ال')) return
    let last = k
    while (last - k + 1 < MAX_SECTOR_WORDS && (isSectorWord(ctx, last + 1, 'ال') || isSectorWord(ctx, last + 1, 'وال'))) last++
    for (let t = mention.last + 1; t <= last; t++) ctx.owner[t] = index
    mentions[index] = { ...mention, last }
  })
}

/** Token t goes on with the sector: free, in the same phrase, with exactly these proclitics and no pronoun. */
function isSectorWord(ctx: Context, t: number, clitics: string): boolean {
  return t < ctx.tokens.length && ctx.owner[t] < 0 && !breakBetween(ctx, t - 1, t) && ctx.tokens[t].clitics.pre.join('') === clitics &&
    ctx.tokens[t].clitics.post.length === 0
}
