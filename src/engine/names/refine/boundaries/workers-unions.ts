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
    if (mention.type !== 'organization' || mention.last === mention.first) return
    // (The tagger may have taken part of the sector already: "[النقابة العامة للعاملين في المناجم] والتعدين".)
    let workers = mention.first + 1
    while (workers <= mention.last && !WORKERS.has(ctx.stems[workers])) workers++
    if (workers > mention.last) return
    const mine = (t: number) => ctx.owner[t] < 0 || ctx.owner[t] === index
    let k = workers + 1
    if (k < ctx.tokens.length && ctx.tokens[k].norm === IN && !breakBetween(ctx, k - 1, k) && mine(k)) k++
    else if (!(k < ctx.tokens.length && ctx.tokens[k].clitics.pre.join('') === 'بال')) return
    if (!isSectorWord(ctx, k, k === workers + 1 ? 'بال' : 'ال', mine)) return
    let last = k
    while (last - k + 1 < MAX_SECTOR_WORDS && (isSectorWord(ctx, last + 1, 'ال', mine) || isSectorWord(ctx, last + 1, 'وال', mine))) last++
    if (last <= mention.last) return
    for (let t = mention.last + 1; t <= last; t++) ctx.owner[t] = index
    mentions[index] = { ...mention, last }
  })
}

/** Token t goes on with the sector: free (or the union's own), in the same phrase, with exactly these proclitics and no pronoun. */
function isSectorWord(ctx: Context, t: number, clitics: string, mine: (t: number) => boolean): boolean {
  return t < ctx.tokens.length && mine(t) && !breakBetween(ctx, t - 1, t) && ctx.tokens[t].clitics.pre.join('') === clitics &&
    ctx.tokens[t].clitics.post.length === 0
}
