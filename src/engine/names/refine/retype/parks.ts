import type { Context, TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'

/** A park's head, indefinite: "متنزه", "منتزه". Normalised. */
const PARK_HEADS = normSet(['متنزه', 'منتزه'])

/**
 * "[متنزه الملكة إليزابيث الوطني]", "[متنزه البراكين الوطني]" (s61-d): a national park is a place, however the rules that
 * read "الوطني" as a national body's typed it (the read sets write it a place, or either, in all nine).
 */
export function retypeParks(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    // (By the word as written: the tokenizer reads the head's last letter as a pronoun, "متنز" + ه.)
    if (mention.type === 'organization' && mention.last > mention.first && PARK_HEADS.has(ctx.tokens[mention.first].norm)) mentions[index] = { ...mention, type: 'place' }
  })
}
