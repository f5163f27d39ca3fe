import { isDefiniteStem } from './definite.ts'
import { breakBetween, type Context } from './context.ts'
import { hasTanween } from './name-like.ts'
import { PATTERNS } from './patterns.ts'
import { NAME_ENDERS, TITLES, hasWithArticle } from './word-lists.ts'

// The nouns of bodies' names. Shared by the bodies named by a construct chain ending in a place (combine-mentions.ts:
// "غرفة تجارة وصناعة البحرين"), those with a chain noun before their field (find-institutions.ts: "شركة تسويق النفط
// العراقية"), and the second field or noun after "و" of bodies, coalitions and ministries (find-institutions.ts,
// absorb-nationality.ts).

/** A known place of one word ("منطقة" only begins longer ones: "منطقة اليورو"). */
function isOneWordPlace(ctx: Context, stem: string): boolean {
  return ctx.gazetteer.places.get(stem)?.some((words) => words.length === 1) ?? false
}

/**
 * Token k is an indefinite noun of a construct chain: free, no clitic (or only "و", where `conjunction`
 * allows it: "تجارة [وصناعة]"), no particle, title, listed word, known place or number, and no adjective
 * ("حكومة فرنسية موالية": a nisba, a participle).
 */
export function isChainNoun(ctx: Context, k: number, conjunction = false): boolean {
  if (ctx.owner[k] >= 0) return false
  const { pre, post } = ctx.tokens[k].clitics
  const stem = ctx.stems[k]
  const clitics = conjunction && pre[0] === 'و' ? pre.length - 1 : pre.length
  return post.length === 0 && clitics === 0 && PATTERNS.arabicWord.test(stem) && stem.length >= 3 && !NAME_ENDERS.has(stem) &&
    !hasWithArticle(TITLES, stem) && !isOneWordPlace(ctx, stem) && !hasTanween(ctx, k) && !PATTERNS.indefiniteNisba.test(stem) &&
    !PATTERNS.participleShape.test(stem) && !stem.startsWith('مو')
}

/**
 * Token k follows token k − 1 without a break and is "و" and a definite noun, no adjective, no pronoun: a body's
 * second field or noun ("جهاز الإسعاف [والطوارئ]", "ائتلاف الإعمار [والتنمية]"). The tokenizer keeps the article
 * on a short word: "والري" is و + "الري". Whether another name holds the token is the caller's to check.
 */
export function isAndDefiniteNoun(ctx: Context, k: number): boolean {
  if (k <= 0 || k >= ctx.tokens.length || breakBetween(ctx, k - 1, k)) return false
  const { pre, post } = ctx.tokens[k].clitics
  const definite = (pre.length === 2 && pre[1] === 'ال') || (pre.length === 1 && isDefiniteStem(ctx.stems[k]))
  return pre[0] === 'و' && definite && post.length === 0 && !PATTERNS.nisba.test(ctx.stems[k])
}
