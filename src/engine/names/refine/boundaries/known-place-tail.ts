import type { Context, TokenMention } from '../shared/context.ts'
import { longerKnownPlaceEnd } from '../shared/known-place-phrase.ts'

/**
 * "مجلس مدينة [ميت] غمر", "[ميت] غمر": a body or a place whose last words begin a known place of more words than the
 * mention holds of it goes on to that place's end, over free words ("مجلس مدينة ميت غمر"). The tagger stops where its
 * own words stop, and the lists know the whole town (arab-local-places.ts: "ميت غمر", "كفر الدوار", "القنطرة غرب").
 * adjust-boundaries.ts does the same for a place that starts where the known place does; this is for a place inside a
 * longer name, after the rules that found the rest.
 */
export function extendIntoKnownPlaces(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type === 'person') return
    for (let k = mention.first; k <= mention.last; k++) {
      const end = longerKnownPlaceEnd(ctx, k, mention.last)
      if (end === mention.last) continue
      for (let t = mention.last + 1; t <= end; t++) ctx.owner[t] = index
      mentions[index] = { ...mention, last: end }
      return
    }
  })
}
