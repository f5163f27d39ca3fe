import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { knownPlaceEndAt } from '../shared/known-place-phrase.ts'

/**
 * "مجلس مدينة [ميت] غمر", "[ميت] غمر": a body or a place whose last words begin a known place of more words than the
 * mention holds of it goes on to that place's end, over free words ("مجلس مدينة ميت غمر"). The tagger stops where its
 * own words stop, and the lists know the whole town (arab-local-places.ts: "ميت غمر", "كفر الدوار", "القنطرة غرب").
 */
export function extendIntoKnownPlaces(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type === 'person') return
    for (let k = mention.first; k <= mention.last; k++) {
      const end = knownPlaceEndAt(ctx, k)
      if (end <= mention.last) continue
      if (!isFreeRun(ctx, mention.last, end)) return
      for (let t = mention.last + 1; t <= end; t++) ctx.owner[t] = index
      mentions[index] = { ...mention, last: end }
      return
    }
  })
}

/** The tokens after `last` up to `end` are held by no mention and follow without a break. */
function isFreeRun(ctx: Context, last: number, end: number): boolean {
  for (let t = last + 1; t <= end; t++) if (ctx.owner[t] >= 0 || breakBetween(ctx, t - 1, t)) return false
  return true
}
