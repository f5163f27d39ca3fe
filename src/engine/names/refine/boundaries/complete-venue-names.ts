import { isDefiniteStem } from '../shared/definite.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { isHead, nextStem, onlyTheArticle, type Context, type TokenMention } from '../shared/context.ts'
import { isClustered, isNameLike } from '../shared/name-like.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { FACILITY_ADJECTIVES, FACILITY_HEADS, LINKING_PARTICLES, VENUE_HEADS } from '../shared/word-lists.ts'

/** Heads of a venue, and "مدينة" and "مجمع" of a sports city or complex: "ملعب مدينة خليفة الرياضية", "مجمع السعادة الرياضي". */
const HEADS: ReadonlySet<string> = new Set([...FACILITY_HEADS, ...VENUE_HEADS, ...['مدينة', 'مجمع'].map((word) => normalizeArabic(word))])
/** The kind that closes a sports venue's name. Hand-written. */
const SPORTS_KINDS: ReadonlySet<string> = new Set(['الرياضية', 'الرياضي'].map((word) => normalizeArabic(word)))

/**
 * A venue named after a person runs to the person's last word and to its kind: "ملعب مدينة الأمير عبدالعزيز
 * بن [مساعد الرياضية]", "ملعب مدينة خليفة [الرياضية]", "صالة الشيخ سعد بن [عبدالله]", and a definite family name
 * after the forebear's when the word clusters never saw it; so does a facility the tagger found with its head
 * ("مطار دبي [الدولي]"). A name never ends on "بن" or "أبو" (extend-given-names.ts does this for persons); a
 * sports venue's name ends on "الرياضية".
 */
export function completeVenueNames(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type === 'person' || !isHead(ctx, HEADS, mention.first)) return
    let { last } = mention
    // The particle's name ("بن [مساعد]"), and an unseen family name after a forebear's ("… بن حمد [العطية]" when unseen).
    while (LINKING_PARTICLES.has(ctx.stems[last]) && takes(ctx, last + 1)) last++
    if (last - mention.first >= 2 && LINKING_PARTICLES.has(ctx.stems[last - 1]) && takes(ctx, last + 1) && isFamilyName(ctx, last + 1)) last++
    // Its kind: "الرياضية", and a facility's ("قاعدة لاكلاند [الجوية]", "مطار دبي [الدولي]").
    const kind = nextStem(ctx, last, 1)
    if (kind !== null && ctx.owner[last + 1] < 0 && (SPORTS_KINDS.has(kind) || FACILITY_ADJECTIVES.has(kind)) && onlyTheArticle(ctx, last + 1)) last++
    if (last === mention.last) return
    for (let k = mention.last + 1; k <= last; k++) ctx.owner[k] = index
    mentions[index] = { ...mention, last }
  })
}

/** Token k is free, follows without a break, and is one bare word or one with the article only. */
function takes(ctx: Context, k: number): boolean {
  return nextStem(ctx, k - 1, 1) !== null && ctx.owner[k] < 0 && ctx.tokens[k].clitics.post.length === 0 &&
    onlyTheArticle(ctx, k) && PATTERNS.arabicWord.test(ctx.stems[k]) && !PATTERNS.digitStart.test(ctx.stems[k])
}

/** A definite family name after a forebear's name, one the clusters never saw: not a common word, a kind or an adjective. */
function isFamilyName(ctx: Context, k: number): boolean {
  return isDefiniteStem(ctx.stems[k]) && !SPORTS_KINDS.has(ctx.stems[k]) && !ctx.gazetteer.classes.has(ctx.stems[k]) &&
    isNameLike(ctx, ctx.stems[k].slice(2)) && !isClustered(ctx, ctx.tokens[k].norm)
}
