import type { Context, TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'

/** Heads of a border crossing, normalised, without the article. */
const CROSSINGS = normSet(['منفذ', 'معبر'])
/** The crossing's kind after its name: by land. Normalised. */
const BY_LAND = normSet(['البري'])

/**
 * "[منفذ سفوان] البري", "[معبر قسطل] البري": a border crossing is named by its head and its place, and "البري" after them
 * says what kind it is (the sets name 116 crossings, 5 with it), though the rules close other facilities with their
 * kind ("مطار دبي الدولي"). Run after every rule that extends names.
 */
export function trimCrossingKind(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.map((mention) => {
    if (mention.type === 'person' || mention.last < mention.first + 2 || !BY_LAND.has(ctx.stems[mention.last])) return mention
    return CROSSINGS.has(ctx.stems[mention.first].replace(/^ال/u, '')) ? { ...mention, last: mention.last - 1 } : mention
  })
}
