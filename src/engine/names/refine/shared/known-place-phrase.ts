import { breakBetween, type Context } from './context.ts'
import { lookupForms } from '../../tagger/word-features.ts'
import { knownPhraseEnd } from './known-phrase-end.ts'

/**
 * Tokens first..last spell a known place of the tagger's or the rules' lists (one word or more). One word is read as
 * written too, for a place whose first letter the tokenizer took for a clitic ("باماكو" → ب + "اماكو").
 */
export function isKnownPlacePhrase(ctx: Context, first: number, last: number): boolean {
  if (first === last) return isOneWordKnownPlace(ctx, ctx.stems[first]) || (ctx.tokens[first].clitics.pre.length > 0 && isOneWordKnownPlace(ctx, ctx.tokens[first].norm))
  return knownPhraseEnd(ctx, first, ctx.gazetteer.places) === last || knownPhraseEnd(ctx, first, ctx.gazetteer.articlePlaces) === last
}

/** The last token of the longest known place of either list (the tagger's or the rules') starting at token t, or -1. */
export function knownPlaceEndAt(ctx: Context, t: number): number {
  return Math.max(knownPhraseEnd(ctx, t, ctx.gazetteer.places), knownPhraseEnd(ctx, t, ctx.gazetteer.articlePlaces))
}

/** The stem is a known place of one word, for the tagger or the rules. */
export function isOneWordKnownPlace(ctx: Context, stem: string): boolean {
  const oneWord = (entries: readonly string[][] | undefined) => entries?.some((words) => words.length === 1) ?? false
  return oneWord(ctx.gazetteer.places.get(stem)) || oneWord(ctx.gazetteer.articlePlaces.get(stem))
}

/**
 * Where a place the tagger found at `first` ends when a longer known place starts there: "واشنطن" before
 * "العاصمة" is "واشنطن العاصمة", "مكسيكو" before "سيتي" "مكسيكو سيتي" (the gazetteer's and the rules'
 * multi-word places, longest first), when the words after `last` follow without a break and no other
 * mention holds them.
 */
export function longerKnownPlaceEnd(ctx: Context, first: number, last: number): number {
  // The stem, or a form without a clitic the tokenizer left on a short word ("بمكة": ب + مكة).
  const forms = [ctx.stems[first], ...(ctx.forms[first] ??= lookupForms(ctx.tokens[first].norm))]
  const known = forms.flatMap((form) => [...(ctx.gazetteer.places.get(form) ?? []), ...(ctx.gazetteer.articlePlaces.get(form) ?? [])]).sort((a, b) => b.length - a.length)
  for (const words of known) {
    const end = first + words.length - 1
    if (end <= last) break
    if (!spellsPlaceAt(ctx, first, words)) continue
    let free = true
    for (let t = last + 1; t <= end && free; t++) free = !breakBetween(ctx, t - 1, t) && ctx.owner[t] < 0
    if (free) return end
  }
  return last
}

/** The tokens from t spell a gazetteer place entry (its first word is looked up by t's stem already). */
export function spellsPlaceAt(ctx: Context, t: number, words: readonly string[]): boolean {
  return words.every((word, k) => k === 0 || (t + k < ctx.tokens.length && ctx.tokens[t + k].norm === word))
}
