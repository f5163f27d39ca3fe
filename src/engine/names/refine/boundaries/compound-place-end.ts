import { breakBetween, isKnownPlace, onlyTheArticle, type Context, type TokenMention } from '../shared/context.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { COMPOUND_PLACE_STARTS, DIRECTION_ADJECTIVES, NAME_ENDERS } from '../shared/word-lists.ts'

// Shared by the boundary rule (adjust-boundaries.ts), the settlement pattern (find-places.ts) and the places the
// patterns found (refine-mentions.ts), so that a compound place ends the same way whichever of them found it.

/**
 * Where a place starting at token t ends when t alone is the first word of a compound name ("تل" → "تل حلف"): t + 1, else t.
 * `tagged`: the tagger typed the word a place (isCompoundPlaceStart).
 */
export function compoundPlaceEnd(ctx: Context, t: number, tagged = false): number {
  return isCompoundPlaceStart(ctx, t, tagged) && continuesPlace(ctx, t + 1) ? t + 1 : t
}

/**
 * Token t is a compound place's first word (COMPOUND_PLACE_STARTS), also behind the "و" the tokenizer keeps on a
 * short word ("[وأم] باب", "[وسد] زقلاب"), and behind the "ب" or "ل" it keeps on a word it also knows whole ("[بريف]
 * الطبقة": "بريف" could be a word of its own, so the tokenizer leaves it).
 */
export function isCompoundPlaceStart(ctx: Context, t: number, tagged = false): boolean {
  const stem = ctx.stems[t]
  if (COMPOUND_PLACE_STARTS.has(stem)) return true
  if (ctx.tokens[t].clitics.pre.length > 0) return false
  const rest = stem.slice(1)
  // (A short start behind a kept "ب" when the tagger itself took the word for a place: "في المنطقة الصناعية [بأم] الحول", s60-c.)
  return (stem.startsWith('و') && COMPOUND_PLACE_STARTS.has(rest)) || (KEPT_PREPOSITIONS.has(stem[0]!) && (tagged ? COMPOUND_PLACE_STARTS : LONG_STARTS).has(rest))
}

/** The prepositions the tokenizer may leave on a word it also knows whole. */
const KEPT_PREPOSITIONS: ReadonlySet<string> = new Set(['ب', 'ل'])

/** Compound places' first words of three letters or more: behind a kept "ب" the shorter ones are other words ("بأم", "بتل"). */
const LONG_STARTS: ReadonlySet<string> = new Set([...COMPOUND_PLACE_STARTS].filter((word) => word.length >= 3))

/** Token t can end a compound place name: it follows without a break, no mention holds it, and it is a word, not a particle or a number. */
function continuesPlace(ctx: Context, t: number): boolean {
  if (breakBetween(ctx, t - 1, t) || ctx.owner[t] >= 0) return false
  const stem = ctx.stems[t]
  return stem.length >= 2 && !NAME_ENDERS.has(stem) && !PATTERNS.digitStart.test(stem) && !PATTERNS.latinStart.test(stem)
}

/**
 * Where a place of one word at token t ends when a direction follows it: "أيرلندا [الشمالية]", "بنزرت [الجنوبية]", a
 * region of its own name. The caller keeps it to a place of one word (after a head the direction is the head's:
 * "ريف القنيطرة الشمالي").
 */
export function directionEnd(ctx: Context, t: number): number {
  const next = t + 1
  return next < ctx.tokens.length && !breakBetween(ctx, t, next) && ctx.owner[next] < 0 && onlyTheArticle(ctx, next) &&
    DIRECTION_ADJECTIVES.has(ctx.stems[next]) ? next : t
}

/** Words that begin a place's name before another place's: "رأس النقب", "حمام سوسة", "حارة صيدا". Hand-written (session 17). */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(['رأس', 'حمام', 'حارة', 'تل', 'خان', 'كفر', 'بئر', 'عين'].map((word) => normalizeArabic(word)))

/**
 * Where a known place starting at token first starts when a compound place's first word stands bare right before it:
 * "[رأس] النقب", "[حمام] سوسة", "[حارة] صيدا" are places of their own names. The caller checks the place is known.
 */
export function compoundPlaceStart(ctx: Context, first: number): number {
  const head = first - 1
  // (The head may carry the conjunction of a list: "وحمام سوسة".)
  const pre = head >= 0 ? ctx.tokens[head].clitics.pre : []
  return head >= 0 && !breakBetween(ctx, head, first) && ctx.owner[head] < 0 && (pre.length === 0 || (pre.length === 1 && pre[0] === 'و')) &&
    ctx.tokens[head].clitics.post.length === 0 && COMPOUND_HEADS.has(ctx.stems[head]) ? head : first
}

/**
 * directionEnd and compoundPlaceStart for the places found after the boundary rules (by pattern or from the lists):
 * "بنزرت الجنوبية", "رأس النقب".
 */
export function extendFoundPlaces(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'place') return
    const last = mention.first === mention.last ? directionEnd(ctx, mention.last) : mention.last
    const first = isKnownPlace(ctx, mention.first) ? compoundPlaceStart(ctx, mention.first) : mention.first
    if (last === mention.last && first === mention.first) return
    ctx.owner[last] = ctx.owner[first] = index
    mentions[index] = { ...mention, first, last }
  })
}
