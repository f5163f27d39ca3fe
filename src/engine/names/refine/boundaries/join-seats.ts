import { normalizeArabic } from '../../../arabic/normalize.ts'
import { breakBetween, isHead, isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { isClustered } from '../shared/name-like.ts'
import { isCountryNisba } from '../shared/nationality-nisba.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { CONSTRUCT_RANKS, COURT, COURT_KINDS, GIVEN, LOCAL_LEVELS, PLACE_KIND_HEADS } from '../shared/word-lists.ts'

/**
 * A body named by what it does or what it is takes the town it sits in, after ب (or after ب or ل and the town's kind,
 * or in apposition after a local body's level: isSeatAfter), into its name, where the tagger
 * or the rules found the two apart (the data's convention, as Egyptian and Maghrebi bodies are named):
 * "[مديرية التربية والتعليم] [بالجيزة]", "[شركة مياه الشرب] [بالقاهرة]", "[محكمة الاستئناف] [بتونس]", "[الجامعة
 * الأمريكية] [بالقاهرة]". Not a body named after a place or a person, whose seat only says where it is ("جامعة تشرين
 * باللاذقية", "محكمة الدار البيضاء بالجزائر العاصمة"), nor a movement where it met ("وفد حركة حماس بموسكو").
 * Runs after the institutions are found (find-institutions.ts), on mentions sorted by position.
 */
export function joinSeats(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const result: TokenMention[] = []
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]
    const next = mentions[i + 1]
    if (mention.type === 'organization' && next?.type === 'place' && isSeatAfter(ctx, mention, next) && (isNamedByField(ctx, mention) || isNamedByKind(ctx, mention))) {
      result.push({ ...mention, last: next.last })
      i++
      continue
    }
    result.push(mention)
  }
  return result
}

/**
 * The place follows the body as its seat: right after it behind ب ("[بالقاهرة]"), or behind ب or ل and its kind's head,
 * which the place's own mention left out ("بولاية [آدرار]", "لولاية [البليدة]").
 */
function isSeatAfter(ctx: Context, body: TokenMention, place: TokenMention): boolean {
  if (place.first === body.last + 1) {
    if (breakBetween(ctx, body.last, place.first)) return false
    // (A body that ends in its level takes its town in apposition too, as Libya names them: "المجلس البلدي مصراتة".)
    const { pre } = ctx.tokens[place.first].clitics
    return pre[0] === 'ب' || (pre.length === 0 && LOCAL_LEVELS.has(ctx.stems[body.last]) && body.last > body.first)
  }
  if (place.first !== body.last + 2 || breakBetween(ctx, body.last, place.first)) return false
  const kind = ctx.tokens[body.last + 1]
  return (kind.clitics.pre[0] === 'ب' || kind.clitics.pre[0] === 'ل') && kind.clitics.pre.length === 1 && kind.clitics.post.length === 0 &&
    PLACE_KIND_HEADS.has(ctx.stems[body.last + 1])
}

/**
 * Bodies named with the town they sit in, after ب: courts, universities, faculties, societies, directorates,
 * authorities, utilities ("شركة مياه الشرب بالقاهرة"). Hand-written.
 */
const SEATED_HEADS: ReadonlySet<string> = new Set(['محكمة', 'المحكمة', 'جامعة', 'الجامعة', 'كلية', 'الجمعية', 'مديرية', 'هيئة', 'شركة'].map((word) => normalizeArabic(word)))

/**
 * The body that begins at token t is of a kind named with its seat (SEATED_HEADS): where the tagger found the
 * body and its seat as one, adjust-boundaries.ts leaves them one.
 */
export function isSeatedBody(ctx: Context, t: number): boolean {
  // (Behind a preposition or و too: "[بالمحكمة الابتدائية بتونس]".)
  return SEATED_HEADS.has(ctx.stems[t]) && ctx.tokens[t].clitics.pre.every((clitic) => HEAD_PROCLITICS.has(clitic))
}

/** The clitics a seated body's head may carry: the article, a preposition, و. */
const HEAD_PROCLITICS: ReadonlySet<string> = new Set(['ال', 'ب', 'ل', 'و'])

/** Heads of local bodies named by their field, then their seat: "مديرية", "هيئة", "شركة". Hand-written. */
const SEATED_BY_FIELD: ReadonlySet<string> = new Set(['مديرية', 'هيئة', 'شركة'].map((word) => normalizeArabic(word)))

/** "جامعة", "الجامعة". */
const UNIVERSITY: ReadonlySet<string> = new Set(['جامعة', 'الجامعة'].map((word) => normalizeArabic(word)))

/** A directorate, an authority or a utility whose words after the head are common words: no place, no given name, no unseen word. */
function isNamedByField(ctx: Context, mention: TokenMention): boolean {
  if (mention.last === mention.first) return false
  // (Any body whose level comes right after its head, its field after ل: "الاتحاد الجهوي للشغل ببنزرت"; not a body
  // named after a person, "المستشفى الجهوي الحسن الثاني بأكادير".)
  if (!isHead(ctx, SEATED_BY_FIELD, mention.first) && !isLevelThenField(ctx, mention)) return false
  for (let t = mention.first + 1; t <= mention.last; t++) {
    if (isKnownPlace(ctx, t) || GIVEN.has(ctx.stems[t]) || !isClustered(ctx, ctx.tokens[t].norm)) return false
  }
  return true
}

/** A body's head, its level, and nothing or a field after ل: "المجلس الجهوي", "الاتحاد الجهوي للشغل". */
function isLevelThenField(ctx: Context, mention: TokenMention): boolean {
  if (!LOCAL_LEVELS.has(ctx.stems[mention.first + 1])) return false
  return mention.last === mention.first + 1 || ctx.tokens[mention.first + 2].clitics.pre[0] === 'ل'
}

/** A court named by its kind ("محكمة الاستئناف", "المحكمة الابتدائية"), or a university by a nationality ("الجامعة الأمريكية"). */
function isNamedByKind(ctx: Context, mention: TokenMention): boolean {
  if (mention.last === mention.first) return false
  const rest = ctx.stems.slice(mention.first + 1, mention.last + 1)
  if (isHead(ctx, COURT, mention.first)) return rest.every((stem) => COURT_KINDS.has(stem) || CONSTRUCT_RANKS.has(stem) || PATTERNS.nisba.test(stem))
  return UNIVERSITY.has(ctx.stems[mention.first]) && rest.every((stem) => isCountryNisba(stem, ctx.gazetteer))
}
