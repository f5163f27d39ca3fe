import { isDefiniteStem } from '../shared/definite.ts'
import type { Context, TokenMention } from '../shared/context.ts'
import { FACILITY_HEADS, PLACE_FACILITY_HEADS, normSet } from '../shared/word-lists.ts'

/** Heads of places the news name a place by and then refer back to with the article alone. Hand-written. */
const HEADS = new Set([...PLACE_FACILITY_HEADS, ...FACILITY_HEADS, ...normSet(['وادي', 'حي', 'جبل', 'نهر', 'بحيرة', 'مخيم', 'سوق', 'جسر', 'نفق'])])

/**
 * A place's head alone with the article ("السد", "الحي", "المطار") in an article that names a place by that head ("سد أيت
 * حمد", "حي المطرية") refers back to it: "the dam", no name. The tagger took "السد" for a place (Al Sadd, Qatar's club
 * and district) three times in Wikipedia's article on a dam, and propagation made twelve of them.
 */
export function dropHeadAnaphors(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const namedHeads = new Set<string>()
  for (const m of mentions) if (m.last > m.first && HEADS.has(ctx.stems[m.first])) namedHeads.add(ctx.stems[m.first])
  if (!namedHeads.size) return mentions
  return mentions.filter((m) => {
    if (m.first !== m.last || m.type === 'person') return true
    const stem = ctx.stems[m.first]
    return !(isDefiniteStem(stem) && namedHeads.has(stem.slice(2)))
  })
}
