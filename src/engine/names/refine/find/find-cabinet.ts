import { normalizeArabic } from '../../../arabic/normalize.ts'
import { add, breakBetween, isFree, isHead, type Context, type TokenMention } from '../shared/context.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { TITLES, hasWithArticle } from '../shared/word-lists.ts'

/** "مجلس" and "الوزراء" as the tokens' stems spell them. */
const COUNCIL: ReadonlySet<string> = new Set([normalizeArabic('مجلس')])
const MINISTERS = normalizeArabic('الوزراء')
/** "باسم", on behalf of: a title list's word that names the body after it. */
const ON_BEHALF = normalizeArabic('باسم')

/**
 * "وافق [مجلس الوزراء] على", "عرض القرارات على [مجلس الوزراء]": the cabinet, a body the tagger leaves alone (ANERcorp
 * and the reader's sets name it as often as it stands), at token t. Not inside a title: "رئيس مجلس الوزراء" is the prime
 * minister, "عيّنه رئيساً لمجلس الوزراء" the office, and "عضو مجلس الوزراء" a minister; there the words are his.
 */
export function findCabinet(ctx: Context, mentions: TokenMention[], t: number): boolean {
  const next = t + 1
  // (The next word first: this runs on every token.)
  if (next >= ctx.tokens.length || ctx.stems[next] !== MINISTERS || !isHead(ctx, COUNCIL, t) || ctx.owner[next] >= 0 || breakBetween(ctx, t, next) ||
    ctx.tokens[next].clitics.post.length > 0 || isAfterTitle(ctx, t) || !isFree(ctx, t, next)) return false
  add(ctx, mentions, { type: 'organization', first: t, last: next })
  return true
}

/** Token t begins "مجلس الوزراء" inside a title ("رئيس مجلس الوزراء"): the patterns leave those words to the officer. */
export function isTitleCabinetAt(ctx: Context, t: number): boolean {
  return t + 1 < ctx.tokens.length && ctx.stems[t + 1] === MINISTERS && isHead(ctx, COUNCIL, t) && !breakBetween(ctx, t, t + 1) && isAfterTitle(ctx, t)
}

/** The word before token t is a title ("رئيس", "نائب", "عضو"), also in the accusative before ل ("رئيساً لمجلس"). */
function isAfterTitle(ctx: Context, t: number): boolean {
  const before = t - 1
  // ("المتحدث باسم مجلس الوزراء": on behalf of the body, which is named.)
  if (before < 0 || breakBetween(ctx, before, t) || ctx.stems[before] === ON_BEHALF) return false
  const stem = PATTERNS.accusativeEnding.test(ctx.stems[before]) ? ctx.stems[before].slice(0, -1) : ctx.stems[before]
  return TITLES.has(ctx.stems[before]) || hasWithArticle(TITLES, ctx.stems[before]) || TITLES.has(stem) || hasWithArticle(TITLES, stem)
}
