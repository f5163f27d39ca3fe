import type { Context } from './context.ts'
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
