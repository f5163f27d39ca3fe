import { breakBetween, nextStem, type Context } from './context.ts'
import { isNationalityNisba } from './nationality-nisba.ts'
import { GIVEN, NAME_ENDERS, ON_BEHALF_OF, SPOKESPERSON, TITLES } from './word-lists.ts'

// Rule 6's terms, shared by the names it finds (find-patterns.ts) and those it completes (extend-given-names.ts).

/** A known given name right after a nationality or a title: "الإيراني علي", "الرئيس محمد". */
export function isGivenStart(ctx: Context, t: number): boolean {
  if (t === 0 || breakBetween(ctx, t - 1, t) || !GIVEN.has(ctx.stems[t])) return false
  const before = ctx.stems[t - 1]
  // "المتحدث باسم": "on behalf of", not the given name Basem.
  if (SPOKESPERSON.has(before) && ON_BEHALF_OF.has(ctx.stems[t])) return false
  return isNationalityNisba(before, ctx.gazetteer) || TITLES.has(before)
}

/**
 * Whether the name of two words starting at token t takes the third: only when punctuation closes the
 * name right after it ("علي باقري كني، الذي"); otherwise it is as likely the predicate ("علي باقري
 * موجود"). Propagation then finds the full name wherever it recurs.
 */
export function takesThirdWord(ctx: Context, t: number): boolean {
  const third = nextStem(ctx, t, 2)
  return third !== null && ctx.owner[t + 2] < 0 && !NAME_ENDERS.has(third) && !third.startsWith('ال') && nextStem(ctx, t, 3) === null
}
