import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { knownOrganizationEnd } from '../shared/known-organization-end.ts'
import { isKnownPlacePhrase } from '../shared/known-place-phrase.ts'
import { DUAL_PLACE_HEADS, normSet } from '../shared/word-lists.ts'

/**
 * Plural heads that open a list of places of one kind: "أحياء الجامعة والقريات", "بلدتي عيترون وبنت جبيل". Not
 * "مناطق", whose bodies are whose areas they are: "مناطق المعارضة والنظام". Hand-written.
 */
export const PLURAL_PLACE_HEADS: ReadonlySet<string> = new Set([
  ...DUAL_PLACE_HEADS,
  ...normSet(['أحياء', 'حارات', 'مدن', 'قرى', 'بلدات', 'محافظات', 'ولايات', 'مديريات', 'بلديات', 'مخيمات', 'ضواحي', 'مواقع', 'واحات']),
])

/**
 * "في أحياء [الجامعة والقريات والسنابل] جنوب جدة": a name the tagger read as one organisation right after a plural
 * place head is the places the head counts, one per conjunct (Okaz's parks story; "الجامعة" is also a university,
 * which made the tagger's organisation). Only a list without a known body in it: a single name after the head is
 * left to the other rules.
 */
export function splitPlaceLists(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.flatMap((mention) => {
    const head = mention.first - 1
    if (mention.type !== 'organization' || head < 0 || ctx.owner[head] >= 0 || breakBetween(ctx, head, mention.first)) return [mention]
    if (ctx.tokens[head].clitics.post.length > 0 || !PLURAL_PLACE_HEADS.has(ctx.stems[head])) return [mention]
    const starts = [mention.first]
    for (let t = mention.first + 1; t <= mention.last; t++) if (ctx.tokens[t].clitics.pre[0] === 'و') starts.push(t)
    // A known body among them makes it the bodies' ("مدن الجيش الحر وقسد" is no list of towns).
    if (starts.length < 2 || starts.some((first) => knownOrganizationEnd(ctx, first) >= first)) return [mention]
    return starts.map((first, k) => ({ type: 'place' as const, first, last: k + 1 < starts.length ? starts[k + 1] - 1 : mention.last }))
  })
}

/**
 * "محافظات واسط ونينوى و[صلاح الدين]": a person the tagger found at the end of a list of places that a plural place head
 * opens is the last place of the list (the governorate named after Saladin). Each conjunct before it, back to the one
 * right after the head, is a place joined by "و".
 */
export function retypeListedPersons(ctx: Context, mentions: TokenMention[]): void {
  const byLast = new Map<number, number>()
  mentions.forEach((mention, index) => byLast.set(mention.last, index))
  mentions.forEach((mention, index) => {
    if (mention.type !== 'person' || !isJoinedByAnd(ctx, mention.first)) return
    let first = mention.first
    for (;;) {
      const before = byLast.get(first - 1)
      if (before === undefined || mentions[before].type !== 'place' || breakBetween(ctx, first - 1, first)) return
      first = mentions[before].first
      const head = first - 1
      if (head >= 0 && ctx.owner[head] < 0 && ctx.tokens[head].clitics.post.length === 0 && PLURAL_PLACE_HEADS.has(ctx.stems[head]) && !breakBetween(ctx, head, first)) break
      if (!isJoinedByAnd(ctx, first)) return
    }
    mentions[index] = { ...mention, type: 'place' }
  })
}

/** Token t carries "و", split off or kept on a word the tokenizer did not split ("وصلاح" of "وصلاح الدين"). */
export function isJoinedByAnd(ctx: Context, t: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  return clitics.pre[0] === 'و' || (clitics.pre.length === 0 && norm.length >= 4 && norm.startsWith('و'))
}

/**
 * "هي القبة وباب التبانة وأبي سمراء و[الميناء والزاهرية]": a place the tagger ran over the conjunction at the end of a list of
 * places, itself a conjunct ("و" on its first word, the place before it listed), is two places: each definite word after
 * "و" in it begins the next. Not a known place of two conjuncts ("البوسنة والهرسك").
 */
export function splitListedPairs(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const placeEnds = new Set(mentions.filter((m) => m.type === 'place').map((m) => m.last))
  return mentions.flatMap((mention) => {
    const { first, last } = mention
    if (mention.type !== 'place' || last === first || !placeEnds.has(first - 1) || !isJoinedByAnd(ctx, first)) return [mention]
    // (A known place of two conjuncts is one: "البوسنة والهرسك".)
    if (isKnownPlacePhrase(ctx, first, last)) return [mention]
    const starts = [first]
    for (let t = first + 1; t <= last; t++) {
      const { pre } = ctx.tokens[t].clitics
      if (pre.length === 2 && pre[0] === 'و' && pre[1] === 'ال') starts.push(t)
    }
    if (starts.length < 2) return [mention]
    return starts.map((start, k) => ({ type: 'place' as const, first: start, last: k + 1 < starts.length ? starts[k + 1] - 1 : last }))
  })
}
