import { breakBetween, rebuildOwners, startsOf, type Context, type TokenMention } from '../shared/context.ts'
import { wordRuns } from '../shared/word-runs.ts'

/**
 * Rule 7, first: a person's full name found once takes in the pieces the tagger found of it elsewhere
 * ("قدمت نعيمة عاكف": the tagger found "نعيمة" alone, twice in one akhbarelyom article). Inside a match every token is
 * either in no mention or in a person mention that lies wholly within the match.
 */
export function rejoinSplitNames(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const { stems } = ctx
  const names = new Map<string, string[]>()
  for (const m of mentions) {
    if (m.type !== 'person' || m.last === m.first) continue
    const words = stems.slice(m.first, m.last + 1)
    // The full name and each run of two or more of its words: "باقري كني" of "علي باقري كني" rejoins a
    // "باقري" the tagger found alone before "كني".
    for (const run of wordRuns(words, words.length)) names.set(run.join(' '), run)
  }
  if (names.size === 0) return mentions
  const removed = new Set<number>()
  const claimed = new Set<number>()
  const added: TokenMention[] = []
  for (const words of [...names.values()].sort((a, b) => b.length - a.length)) {
    for (const t of startsOf(ctx, words[0])) {
      const last = t + words.length - 1
      if (last >= stems.length) continue
      // Cheapest test first: most places a name's first word recurs are no run of its words.
      let same = true
      for (let k = 1; k < words.length && same; k++) same = stems[t + k] === words[k]
      if (!same) continue
      const owners = new Set<number>()
      let matches = true
      for (let k = 0; k < words.length && matches; k++) {
        const owner = ctx.owner[t + k]
        const piece = owner >= 0 ? mentions[owner] : undefined
        matches =
          stems[t + k] === words[k] &&
          (k === 0 || !breakBetween(ctx, t + k - 1, t + k)) &&
          !claimed.has(t + k) &&
          (!piece || (piece.type === 'person' && piece.first >= t && piece.last <= last && !removed.has(owner)))
        if (owner >= 0) owners.add(owner)
      }
      // No piece to rejoin (propagation's business), or already whole: one mention exactly over the match.
      const only = owners.size === 1 ? mentions[owners.values().next().value!] : undefined
      if (!matches || owners.size === 0 || (only?.first === t && only.last === last)) continue
      for (const owner of owners) removed.add(owner)
      for (let k = t; k <= last; k++) claimed.add(k)
      added.push({ type: 'person', first: t, last })
    }
  }
  if (added.length === 0) return mentions
  const result = [...mentions.filter((_, index) => !removed.has(index)), ...added]
  rebuildOwners(ctx, result)
  return result
}
