import { normalizeArabic } from '../../../arabic/normalize.ts'
import { add, breakBetween, isFree, nextStem, rebuildOwners, type Context, type TokenMention } from '../shared/context.ts'
import { knownPlaceEndAt } from '../shared/known-place-phrase.ts'
import { isDefiniteStem } from '../shared/definite.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { DIRECTIONS, GIVEN, NAME_ENDERS } from '../shared/word-lists.ts'

// Local bodies named after the village, camp or town they serve: a village council, a local committee.

/** "مجلس" and "قروي": a village council, the West Bank's local body, named after its village. */
const COUNCIL = normalizeArabic('مجلس')
const VILLAGE = normalizeArabic('قروي')
/** A village's name is this long at most ("عرب الرماضين الجنوبي"). */
const MAX_NAME_WORDS = 3

/**
 * "رئيس [مجلس قروي عزون عتمة]، ياسر داود", "[مجلس قروي عرب الرماضين الجنوبي] جنوب قلقيلية": a village council and its
 * village's name are one body (the read sets write every one so, nine of nine). The name is the place or person the tagger
 * found right after the head, when a break or another person closes it; or the free words up to a break, a direction, a
 * particle or a given name (the council's head named after it: "مجلس قروي سوسيا جهاد نواجعة").
 */
export function findVillageCouncil(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(ctx.stems[t] === COUNCIL && ctx.tokens[t].clitics.post.length === 0 && nextStem(ctx, t, 1) === VILLAGE && ctx.owner[t + 1] < 0)) return false
  const first = t + 2
  if (first >= ctx.tokens.length || breakBetween(ctx, t + 1, first)) return false
  const owner = ctx.owner[first]
  if (owner >= 0) {
    const found = mentions[owner]
    if (found.first !== first || found.type === 'organization' || !(found.type === 'place' || isClosed(ctx, found.last))) return false
    mentions.splice(owner, 1)
    rebuildOwners(ctx, mentions)
    add(ctx, mentions, { type: 'organization', first: t, last: found.last })
    return true
  }
  const known = knownPlaceEnd(ctx, first)
  let last = known >= first ? known : first - 1
  while (last + 1 < ctx.tokens.length && last + 1 - first < MAX_NAME_WORDS && isNameWord(ctx, last + 1, last + 1 === first) && !breakBetween(ctx, last, last + 1)) last++
  if (last < first) return false
  add(ctx, mentions, { type: 'organization', first: t, last })
  return true
}

/** The last token of a known place (the lists') that starts at token t, all its words free; -1 when none. */
function knownPlaceEnd(ctx: Context, t: number): number {
  const last = knownPlaceEndAt(ctx, t)
  return last >= t && isFree(ctx, t, last) ? last : -1
}

/** After token k a break, or a person the tagger found, closes the village's name. */
function isClosed(ctx: Context, k: number): boolean {
  return k + 1 >= ctx.tokens.length || breakBetween(ctx, k, k + 1) || ctx.owner[k + 1] >= 0
}

/** Token k, free and without a pronoun, may be a word of a village's name: no particle, direction or given name after the first. */
function isNameWord(ctx: Context, k: number, isFirst: boolean): boolean {
  const { clitics } = ctx.tokens[k]
  const stem = ctx.stems[k]
  if (ctx.owner[k] >= 0 || clitics.post.length > 0 || clitics.pre.some((clitic) => clitic !== 'ال') || NAME_ENDERS.has(stem) || DIRECTIONS.has(stem)) return false
  // (A definite word after the first is the name's adjective, "الجنوبي"; a given name is the council's head.)
  return isFirst || isDefiniteStem(stem) || !GIVEN.has(stem)
}

/** "لجنة": a committee. */
const COMMITTEE = normalizeArabic('لجنة')
/** Whom a local committee serves or speaks for: "لجنة خدمات", "لجنة أهالي", "لجنة سكان". */
const LOCAL_COMMITTEE_KINDS: ReadonlySet<string> = new Set(['خدمات', 'أهالي', 'سكان'].map((word) => normalizeArabic(word)))
/** The heads of the camp, village or district a local committee is named after: "لجنة خدمات [مخيم] جنين". */
const LOCALITY_HEADS: ReadonlySet<string> = new Set(['مخيم', 'بلدة', 'قرية', 'حي'].map((word) => normalizeArabic(word)))

/**
 * "[لجنة خدمات مخيم جنين]", "[لجنة أهالي كفر عقب]", "[لجنة خدمات المخيم]", "[لجنة أهالي الأسرى المقدسيين]": a camp's or a
 * town's local committee, named by whom it serves and where (or whom), is one body, as the read sets write each.
 */
export function findLocalCommittee(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(ctx.stems[t] === COMMITTEE && ctx.tokens[t].clitics.post.length === 0 && LOCAL_COMMITTEE_KINDS.has(nextStem(ctx, t, 1) ?? '') && ctx.owner[t + 1] < 0 &&
    ctx.tokens[t + 1].clitics.pre.length === 0)) return false
  let first = t + 2
  if (first >= ctx.tokens.length || breakBetween(ctx, t + 1, first)) return false
  const stem = ctx.stems[first]
  // "لجنة خدمات المخيم", "لجنة أهالي الأسرى [المقدسيين]": whom, definite, and its adjective.
  if (ctx.owner[first] < 0 && isDefiniteStem(stem) && ctx.tokens[first].clitics.post.length === 0) {
    const adjective = nextStem(ctx, first, 1)
    const last = adjective !== null && ctx.owner[first + 1] < 0 && PATTERNS.nisba.test(adjective) ? first + 1 : first
    add(ctx, mentions, { type: 'organization', first: t, last })
    return true
  }
  // "لجنة خدمات [مخيم] جنين": the locality's head, then its name.
  if (ctx.owner[first] < 0 && LOCALITY_HEADS.has(stem) && ctx.tokens[first].clitics.post.length === 0 && first + 1 < ctx.tokens.length &&
    !breakBetween(ctx, first, first + 1)) first++
  const owner = ctx.owner[first]
  if (owner >= 0) {
    const found = mentions[owner]
    if (found.first !== first || found.type !== 'place') return false
    mentions.splice(owner, 1)
    rebuildOwners(ctx, mentions)
    add(ctx, mentions, { type: 'organization', first: t, last: found.last })
    return true
  }
  const known = knownPlaceEnd(ctx, first)
  if (known >= first) {
    add(ctx, mentions, { type: 'organization', first: t, last: known })
    return true
  }
  let last = first - 1
  while (last + 1 < ctx.tokens.length && last + 1 - first < MAX_NAME_WORDS - 1 && isNameWord(ctx, last + 1, last + 1 === first) && !breakBetween(ctx, last, last + 1) &&
    !isDefiniteStem(ctx.stems[last + 1])) last++
  if (last < first || ctx.gazetteer.classes.has(ctx.stems[first])) return false
  add(ctx, mentions, { type: 'organization', first: t, last })
  return true
}
