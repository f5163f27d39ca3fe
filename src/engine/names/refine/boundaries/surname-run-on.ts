import { isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { GIVEN } from '../shared/word-lists.ts'

/**
 * A person's surname alone, run into the word after it and typed as a place, is that person: "لكن
 * بنكيران نبّه في حديثه" after "عبد اللطيف بنكيران" came out as the place "بنكيران نبّه", the verb unseen by the
 * tagger. Only when the second word is no name the article or the lists know (not a given name, not in the
 * gazetteer, in no other mention). Organisations are left alone: companies take a family's name and a word after it ("الماجد
 * للعود", "حلواني إخوان", as in the news sentences).
 */
export function trimSurnameRunOn(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const { stems } = ctx
  const surnames = new Set<string>()
  const named = new Map<string, number>()
  for (const m of mentions) {
    for (let t = m.first; t <= m.last; t++) named.set(stems[t], (named.get(stems[t]) ?? 0) + 1)
    if (m.type !== 'person' || m.last === m.first) continue
    const surname = stems[m.last]
    // As propagation takes a surname alone: four letters at least, and no given name.
    if (surname.length >= 4 && !GIVEN.has(surname)) surnames.add(surname)
  }
  if (!surnames.size) return mentions
  return mentions.map((m) => {
    // Places only: organisations take a family's name and a word after it ("الماجد للعود", "حلواني إخوان").
    if (m.type !== 'place' || m.last !== m.first + 1 || !surnames.has(stems[m.first])) return m
    const next = stems[m.last]
    if ((named.get(next) ?? 0) > 1 || GIVEN.has(next) || ctx.gazetteer.classes.has(next) || isKnownPlace(ctx, m.last)) return m
    return { type: 'person', first: m.first, last: m.first }
  })
}
