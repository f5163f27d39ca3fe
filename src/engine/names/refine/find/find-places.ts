import { isDefiniteStem } from '../shared/definite.ts'
import { countryForceEnd } from './country-forces.ts'
import { normalizeArabicFast as normalizeArabic } from '../../../arabic/normalize.ts'
import { MONTH_NAMES } from '../../../figures/calendar-words.ts'
import { NOT_A_PLACE_BEFORE, PLACES_AFTER_A_HEAD } from '../../lists/known-places.ts'
import { add, breakBetween, endsInPronounHa, isFree, isHead, nextStem, onlyTheArticle, rebuildOwners, type Context, type TokenMention } from '../shared/context.ts'
import { compoundPlaceEnd } from '../boundaries/compound-place-end.ts'
import { WORD_CLASS } from '../../tagger/gazetteer.ts'
import { hasTanween, isClustered, isNameLike, isPrepositionalPhrase, isUnclustered } from '../shared/name-like.ts'
import { isCountryNisba, isNationalityNisba } from '../shared/nationality-nisba.ts'
import { knownPhraseEnd } from '../shared/known-phrase-end.ts'
import { isOneWordKnownPlace, knownPlaceEndAt } from '../shared/known-place-phrase.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { readsMoroccan } from '../shared/moroccan-context.ts'
import {
  COMMUNE, DIRECTORATE, normSet, DESCRIBING_ADJECTIVES, PURPOSE_ADJECTIVES, DIRECTIONS, FACILITY_ADJECTIVES, FACILITY_HEADS, FACILITY_NAMED_HEADS, GIVEN, GOVERNORATE, HONORIFICS, NAME_ENDERS, NAMED_STREET_HEADS, NOT_A_SQUARE, UNSEEN_PLACE_HEADS, DUAL_PLACE_HEADS, STATION, STATION_KINDS, LINKING_PARTICLES, ORDINAL_WORDS, PALACE, PALACE_NAMES, PLACE_KIND_HEADS, SETTLEMENT_HEADS, STADIUM_HEADS, STATE_HEADS, STREET_HEADS, TITLES,
} from '../shared/word-lists.ts'

// Rule 4's patterns for places the tagger missed (find-patterns.ts runs them in its one loop). Each
// `find…` takes a free token t and returns true when it claimed it: the loop then skips the later patterns.

/** A settlement: the name after an indefinite "قرية" / "بلدة" (isSettlementName), or a compound name there. */
export function findSettlement(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, SETTLEMENT_HEADS, t) && !isDefiniteStem(ctx.stems[t]))) return false
  const name = nextStem(ctx, t, 1)
  // "بلدة تل حلف": a compound name's first word takes the next, as the tagger's places do.
  const last = name === null ? t : compoundPlaceEnd(ctx, t + 1)
  if (!((last > t + 1 && isFree(ctx, t + 1, last)) || (name !== null && isSettlementName(ctx, t + 1, name)))) return false
  add(ctx, mentions, { type: 'place', first: t + 1, last })
  return true
}

/** PLACES_AFTER_A_HEAD, normalised. */
const HEADED_PLACES: ReadonlySet<string> = new Set(PLACES_AFTER_A_HEAD.map((place) => normalizeArabic(place)))

/** A place of PLACES_AFTER_A_HEAD: also a common word, so it is not spread through the article on its own. */
export function isHeadedOnlyPlace(stem: string): boolean {
  return HEADED_PLACES.has(stem)
}

/**
 * "مدينة صور", "محافظة حجة", "ولاية القصرين": a place that is also a common word, named right after a
 * head of its kind (token t, indefinite), is the place; the head stays out, as in "مدينة حلب". So after the title of
 * whoever governs it: "والي الكاف", "محافظ عدن".
 */
export function findHeadedPlace(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!((isHead(ctx, PLACE_KIND_HEADS, t) || isHead(ctx, GOVERNORS, t)) && !isDefiniteStem(ctx.stems[t]) && ctx.tokens[t].clitics.post.length === 0)) return false
  const name = nextStem(ctx, t, 1)
  if (name === null || ctx.owner[t + 1] >= 0 || !HEADED_PLACES.has(name) || ctx.tokens[t + 1].clitics.post.length > 0) return false
  add(ctx, mentions, { type: 'place', first: t + 1, last: t + 1 })
  return true
}

/** Governors of a wilaya, a governorate, a Tunisian delegation, in the construct state with the place they govern. */
export const GOVERNORS: ReadonlySet<string> = new Set(['والي', 'محافظ', 'معتمد'].map((word) => normalizeArabic(word)))

/** "ريف": a town's countryside is named by the town. */
export const COUNTRYSIDE = new Set([normalizeArabic('ريف')])

/**
 * "في ريف ربيعة": the countryside of a town the tagger does not know, whose name is a given name or a word the
 * unlabelled text never had; the head is part of the place's name, as in "ريف دمشق".
 */
export function findCountryside(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, COUNTRYSIDE, t) && !isDefiniteStem(ctx.stems[t]) && ctx.tokens[t].clitics.post.length === 0)) return false
  const name = nextStem(ctx, t, 1)
  if (name === null || ctx.owner[t + 1] >= 0 || ctx.tokens[t + 1].clitics.pre.length > 0 || ctx.tokens[t + 1].clitics.post.length > 0) return false
  if (!(GIVEN.has(name) || (isUnclustered(ctx, ctx.tokens[t + 1].norm) && isNameLike(ctx, name)))) return false
  add(ctx, mentions, { type: 'place', first: t, last: t + 1 })
  return true
}

/**
 * "ولاية هرات", "بقضاء المتن", "مديرية الصليف", "مركز منيا القمح", "مناطق بولاق الدكرور وإمبابة والوراق": after
 * an indefinite head of a place's kind (token t), a name the unlabelled text never had is the place (a
 * common word there is as often the head's complement: "ولاية العهد", "منطقة الحدود", "مديرية الأمن"), with
 * the definite word a bare first word governs ("منيا القمح"), and the names a list goes on with after "و". A
 * governorate also takes its adjective-like names ("بمحافظة الشرقية").
 */
export function findUnseenPlace(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, UNSEEN_PLACE_HEADS, t) && !isDefiniteStem(ctx.stems[t]) && ctx.tokens[t].clitics.post.length === 0 && !endsInPronounHa(ctx, t))) return false
  if (nextStem(ctx, t, 1) === null) return false
  if (isHead(ctx, DUAL_PLACE_HEADS, t) && findDualPlaces(ctx, mentions, t)) return true
  if (ctx.owner[t + 1] >= 0) {
    continueTaggedList(ctx, mentions, t + 1)
    return false
  }
  const governorate = isHead(ctx, GOVERNORATE, t)
  const first = t + 1
  if (!(isUnseenPlaceWord(ctx, first, 'first', governorate) || (governorate && isGovernorateAdjective(ctx, first)))) return false
  // A directorate named by a verbal noun is the office of that field, no district: "مديرية [التموين] ببني سويف" (supply).
  if (ctx.stems[t] === DIRECTORATE && isDefiniteStem(ctx.stems[first]) && PATTERNS.verbalNounShape.test(ctx.stems[first].slice(2))) return false
  if (isHead(ctx, COMMUNE, t) && !(isCommuneName(ctx, first) && readsMoroccan(ctx))) return false
  const firstPre = ctx.tokens[first].clitics.pre
  let last = constructPlaceEnd(ctx, first, firstPre.length === 0 || (firstPre.length === 1 && firstPre[0] !== 'ال'))
  // "بلدتي مجدل شمس ومسعدة": a compound name's first word takes the next.
  if (last === first && firstPre.length === 0) last = compoundPlaceEnd(ctx, first)
  add(ctx, mentions, { type: 'place', first, last })
  continueList(ctx, mentions, last)
  return true
}

/**
 * Token k, after "جماعة", names a commune: a bare word, no adjective of the group ("جماعة [قروية]", a rural commune;
 * "جماعة [منشقة]", a splinter group). The caller also asks that the article be Moroccan (readsMoroccan).
 */
function isCommuneName(ctx: Context, k: number): boolean {
  const stem = ctx.stems[k]
  return ctx.tokens[k].clitics.pre.length === 0 && !PATTERNS.indefiniteNisba.test(stem) && !PATTERNS.splitOffParticiple.test(stem)
}

/**
 * "منيا القمح", "بولاق الدكرور", "ساقية الزيت": an unseen place's bare first word (`bare`: the caller checked its clitics)
 * in the construct state with a definite one, not an adjective or a participle of the head's ("قضاء جمجمال التابع
 * لمحافظة السليمانية"), ends at that word; else at the first.
 */
function constructPlaceEnd(ctx: Context, first: number, bare: boolean): number {
  const second = nextStem(ctx, first, 1)
  if (second !== null && bare && ctx.owner[first + 1] < 0 && ctx.tokens[first + 1].clitics.post.length === 0 &&
    isDefiniteStem(second) && ctx.tokens[first + 1].clitics.pre.length === 1 && !PATTERNS.nisba.test(second) && !PATTERNS.definiteParticiple.test(second) &&
    !PATTERNS.definiteFeminineParticiple.test(second) && !NAME_ENDERS.has(second)) return first + 1
  return first
}

/** The list of places ending at token `last` goes on: "وإمبابة والوراق", "وساقية الخير". */
function continueList(ctx: Context, mentions: TokenMention[], last: number): void {
  for (let k = last + 1; k < ctx.tokens.length && !breakBetween(ctx, k - 1, k) && ctx.tokens[k].clitics.pre[0] === 'و' && isUnseenPlaceWord(ctx, k, 'listed'); k++) {
    const end = constructPlaceEnd(ctx, k, ctx.tokens[k].clitics.pre.length === 1)
    add(ctx, mentions, { type: 'place', first: k, last: end })
    k = end
  }
}

/**
 * "مناطق [بولاق الدكرور] [وإمبابة] والوراق": the tagger found the first places after the head (token `first` on);
 * the list goes on after the last of them.
 */
function continueTaggedList(ctx: Context, mentions: TokenMention[], first: number): void {
  let mention = mentions[ctx.owner[first]]
  if (mention.type !== 'place' || mention.first !== first) return
  for (;;) {
    const next = mention.last + 1 < ctx.tokens.length ? ctx.owner[mention.last + 1] : -1
    if (next < 0 || mentions[next].type !== 'place' || mentions[next].first !== mention.last + 1 || ctx.tokens[mention.last + 1].clitics.pre[0] !== 'و') break
    mention = mentions[next]
  }
  continueList(ctx, mentions, mention.last)
}

/**
 * "محافظتي الأحمدي والفروانية", "بولايتي تمنراست وبرج باجي مختار", "محليتي أم درمان وكرري": a dual head names two
 * places, whatever words they are: the words up to the one with "و" (three at most), and that word with the
 * unseen or compound words after it. Each is free, bare but for the article, no particle or number.
 */
function findDualPlaces(ctx: Context, mentions: TokenMention[], t: number): boolean {
  const fits = (k: number, conjunction: boolean) => {
    if (k >= ctx.tokens.length || breakBetween(ctx, k - 1, k)) return false
    const { pre, post } = ctx.tokens[k].clitics
    // Right after the head a name takes no preposition: what the tokenizer split off is its own letter ("مديريتي بيحان").
    const ownLetter = k === t + 1 && pre.length === 1 && (pre[0] === 'ب' || pre[0] === 'ل')
    const rest = conjunction ? pre.slice(1) : ownLetter ? [] : pre
    const stem = ctx.stems[k]
    return (!conjunction || pre[0] === 'و') && post.length === 0 && (rest.length === 0 || (rest.length === 1 && rest[0] === 'ال')) &&
      PATTERNS.arabicWord.test(stem) && !NAME_ENDERS.has(stem) && !hasTanween(ctx, k)
  }
  // The first place: the tagger's, or the words up to the "و".
  let firstEnd = -1
  const own = ctx.owner[t + 1]
  if (own >= 0) {
    if (mentions[own].type === 'organization' || mentions[own].first !== t + 1) return false
    // The tagger ran both into one name, a person or a place ("[خوست وبكتيكا]", "[بيلغورود وكورسك]"): two places.
    const mention = mentions[own]
    for (let k = mention.first + 1; k <= mention.last; k++) {
      if (ctx.tokens[k].clitics.pre[0] !== 'و') continue
      mentions[own] = { type: 'place', first: mention.first, last: k - 1 }
      mentions.push({ type: 'place', first: k, last: mention.last })
      for (let j = k; j <= mention.last; j++) ctx.owner[j] = mentions.length - 1
      return true
    }
    // "ناحيتي [سيد صادق] وخورمال": a dual head names no person; a name before the "و" is the first place.
    const listed = mention.last + 1 < ctx.tokens.length && ctx.tokens[mention.last + 1].clitics.pre[0] === 'و' && !breakBetween(ctx, mention.last, mention.last + 1)
    if (mention.type === 'person' && listed) mentions[own] = { ...mention, type: 'place' }
    else if (mention.type !== 'place') return false
    firstEnd = mention.last
  } else {
    for (let k = t + 1; k <= t + 3 && fits(k, false) && ctx.owner[k] < 0; k++) {
      if (k + 1 < ctx.tokens.length && ctx.tokens[k + 1].clitics.pre[0] === 'و' && !breakBetween(ctx, k, k + 1)) {
        firstEnd = k
        break
      }
    }
    if (firstEnd < 0) return false
  }
  const second = firstEnd + 1
  // "ببلديتي الرمشي [وسبدو]": the second of the two, one word the tagger took for a person, is the other place.
  const held = second < ctx.tokens.length ? ctx.owner[second] : -1
  if (held >= 0 && mentions[held].type === 'person' && mentions[held].first === second && mentions[held].last === second && fits(second, true)) {
    mentions[held] = { ...mentions[held], type: 'place' }
    if (own < 0) add(ctx, mentions, { type: 'place', first: t + 1, last: firstEnd })
    return true
  }
  if (!fits(second, true) || (ctx.owner[second] >= 0 && own >= 0)) return false
  let secondEnd = second
  // A known place there is left to findKnownPlace, which makes it whole ("بلدتي عيترون [وبنت جبيل]").
  const known = knownPlaceEndAt(ctx, second)
  if (known > second) secondEnd = -1
  else if (ctx.owner[second] < 0) {
    secondEnd = compoundPlaceEnd(ctx, second)
    while (secondEnd - second < 2 && fits(secondEnd + 1, false) && ctx.owner[secondEnd + 1] < 0 && isUnclustered(ctx, ctx.tokens[secondEnd + 1].norm)) secondEnd++
  }
  if (own < 0) add(ctx, mentions, { type: 'place', first: t + 1, last: firstEnd })
  if (ctx.owner[second] < 0 && secondEnd >= second) add(ctx, mentions, { type: 'place', first: second, last: secondEnd })
  return true
}

/**
 * A word that may name a place after its head: no pronoun, no clitic but the article (or, in a list, "و" and
 * the article), no listed word, particle, number or verb, and unknown to the word clusters.
 */
function isUnseenPlaceWord(ctx: Context, k: number, at: 'first' | 'listed', governorate = false): boolean {
  const { pre, post } = ctx.tokens[k].clitics
  if (ctx.owner[k] >= 0 || post.length > 0) return false
  const norm = ctx.tokens[k].norm
  // Right after its head a name takes no clitic of its own: the tokenizer split "واسط" as و + "اسط", "بولاق" as
  // ب + "ولاق".
  const whole = at === 'first' && pre.length === 1 && pre[0] !== 'ال'
  const clitics = at === 'listed' ? pre.slice(1) : whole ? [] : pre
  if (!(clitics.length === 0 || (clitics.length === 1 && clitics[0] === 'ال'))) return false
  const stem = whole ? norm : ctx.stems[k]
  const definite = isDefiniteStem(stem)
  const core = definite ? stem.slice(2) : stem
  // A club's word may be its town's name ("السويق"); no other listed word.
  const listed = (ctx.gazetteer.classes.get(stem) ?? 0) & ~WORD_CLASS.sportsClub
  // A head begins the next place, it names none: "منطقة جازان [ومحافظتي] صبيا وأبو عريش"; an adjective describes the
  // head: "حي [سكني]", "منطقة [صناعية]".
  if (UNSEEN_PLACE_HEADS.has(stem) || DESCRIBING_ADJECTIVES.has(stem)) return false
  // Nor a country's force that the list reaches ("محافظة تعز [وخفر السواحل] اليمني").
  if (countryForceEnd(ctx, k) >= 0) return false
  // An indefinite word ending in alef may be an accusative ("منطقة واسعا"); a definite one takes none ("مدينة المخا").
  if (!PATTERNS.arabicWord.test(core) || !isNameLike(ctx, core) || listed !== 0 || (!definite && PATTERNS.accusativeEnding.test(core))) return false
  // An indefinite word may be a verb or a participle of a clause on the head ("منطقة تتقاطع مع", "منطقة
  // موبوءة"); after "محافظة" a participle's shape is a name ("بمحافظة مطروح").
  if (!definite && (governorate ? PATTERNS.verbShape.test(core) && !PATTERNS.taMarbutaEnding.test(core) : isVerbOrParticiple(core))) return false
  // Nor an indefinite nisba, an adjective of the head: "لمخيم [صيفي]" (a summer camp), "منطقة [لوجستية]"; a noun of
  // that shape governs the definite word after it, which no adjective does ("ساقية الزيت").
  if (!definite && at === 'first' && PATTERNS.indefiniteNisba.test(core) && !isDefiniteStem(nextStem(ctx, k, 1) ?? '')) return false
  return isUnclustered(ctx, norm)
}

/**
 * A bare word shaped like a verb or a participle ("تتقاطع", "تشهد", "موبوءة", "متنازع"), unless a verb's shape ends
 * in ة, which no verb does ("سترة" is a town).
 */
function isVerbOrParticiple(word: string): boolean {
  return PATTERNS.participleShape.test(word) || (PATTERNS.verbShape.test(word) && !PATTERNS.taMarbutaEnding.test(word))
}

/** "الشرقية", "الدقهلية": a definite adjective in ـية after "محافظة", bare but for the article. */
function isGovernorateAdjective(ctx: Context, k: number): boolean {
  const { pre, post } = ctx.tokens[k].clitics
  const stem = ctx.stems[k]
  return ctx.owner[k] < 0 && post.length === 0 && pre.length === 1 && pre[0] === 'ال' && stem.length >= 6 && stem.endsWith('يه') && !ctx.gazetteer.classes.has(stem)
}

/**
 * "شارع فيصل", "ميدان المساحة", "دوار الداخلية", "كورنيش المنتزه": a street, square or roundabout (token t,
 * indefinite) named by the word after it, a definite noun, or a known given name alone.
 */
export function findNamedStreet(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, NAMED_STREET_HEADS, t) && !isDefiniteStem(ctx.stems[t]) && ctx.tokens[t].clitics.post.length === 0)) return false
  const name = nextStem(ctx, t, 1)
  if (name === null || ctx.owner[t + 1] >= 0 || ctx.tokens[t + 1].clitics.post.length > 0 || NOT_A_SQUARE.has(name)) return false
  const pre = ctx.tokens[t + 1].clitics.pre
  // Listed words may name a street ("دوار الداخلية", after the ministry), titles not ("شارع الرئيس …" goes on).
  const title = ((ctx.gazetteer.classes.get(name) ?? 0) & WORD_CLASS.personTitle) !== 0
  // A definite word after the indefinite head is its genitive, not an adjective, nisba-shaped or not ("كورنيش المعادي").
  const definite = pre.length === 1 && pre[0] === 'ال' && !NAME_ENDERS.has(name) && !title
  // A given name alone: the street is named after someone the reader knows by it ("شارع فيصل"), not the first
  // name of a full one ("شارع محمد علي", which the tagger's person makes a street).
  const next = nextStem(ctx, t, 2)
  // (A common word with a preposition after it ends the name: "شارع فيصل بطول ثلاثة كيلومترات".)
  const given = pre.length === 0 && GIVEN.has(name) &&
    (next === null || ctx.owner[t + 2] >= 0 || ctx.tokens[t + 2].clitics.pre[0] === 'و' || (!GIVEN.has(next) && (!isNameLike(ctx, next) || NAME_ENDERS.has(next))) ||
      isPrepositionalPhrase(ctx, t + 2))
  if (!definite && !given) return false
  add(ctx, mentions, { type: 'place', first: t, last: t + 1 })
  return true
}

/**
 * "محطة مترو المريوطية", "محطة قطارات بشتيل", "محطة كهرباء حزيز": a station (token t, indefinite), its kind, and the
 * name after it, one word, definite or bare, that the word clusters never saw (not "محطة كهرباء جديدة", a new one): a
 * place, head and all; so is a station named after a person ("محطة مترو جمال عبدالناصر"), and one the tagger began at
 * its kind ("محطة [مترو المريوطية]").
 */
export function findStation(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, STATION, t) && !isDefiniteStem(ctx.stems[t])) || nextStem(ctx, t, 2) === null || !STATION_KINDS.has(ctx.stems[t + 1])) return false
  const name = t + 2
  // "بمحطة مترو [جمال عبدالناصر]": a station named after a person the tagger found is that station, a place.
  const owner = ctx.owner[name]
  if (owner >= 0 && mentions[owner].type === 'person' && mentions[owner].first === name && ctx.owner[t] < 0 && ctx.owner[t + 1] < 0) {
    mentions[owner] = { type: 'place', first: t, last: mentions[owner].last }
    ctx.owner[t] = owner
    ctx.owner[t + 1] = owner
    return true
  }
  // "محطة [مترو المريوطية]": a station the tagger began at its kind takes its head too (-news-32 reads it so).
  const fromKind = ctx.owner[t + 1]
  if (fromKind >= 0 && fromKind === owner && mentions[fromKind].first === t + 1 && mentions[fromKind].type !== 'person' && ctx.owner[t] < 0) {
    mentions[fromKind] = { type: 'place', first: t, last: mentions[fromKind].last }
    ctx.owner[t] = fromKind
    return true
  }
  const { pre, post } = ctx.tokens[name].clitics
  const stem = ctx.stems[name]
  const core = isDefiniteStem(stem) ? stem.slice(2) : stem
  // A name in the construct state takes no preposition: a clitic the tokenizer split off is its own ("بشتيل").
  if (ctx.owner[name] >= 0 || post.length > 0 || pre.length > 1 || !isNameLike(ctx, core) ||
    !isUnclustered(ctx, ctx.tokens[name].norm) || hasTanween(ctx, name) || !isFree(ctx, t, name)) return false
  add(ctx, mentions, { type: 'place', first: t, last: name })
  return true
}

/** "العاصمة" as the tokens' stems spell it. */
const CAPITAL = normalizeArabic('العاصمة')

/**
 * "العاصمة المالية باماكو", "العاصمة الكينية نيروبي": after "the capital" and a country's nisba, a bare name-like
 * word is the capital's name (t is "العاصمة"), with the next word when it is a compound place's.
 */
export function findCapital(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (ctx.stems[t] !== CAPITAL || nextStem(ctx, t, 2) === null || ctx.owner[t + 1] >= 0 || ctx.owner[t + 2] >= 0) return false
  if (!isNationalityNisba(ctx.stems[t + 1], ctx.gazetteer)) return false
  const { pre, post } = ctx.tokens[t + 2].clitics
  const name = ctx.stems[t + 2]
  if (pre.length > 0 || post.length > 0 || !PATTERNS.arabicWord.test(name) || !isNameLike(ctx, name) || hasTanween(ctx, t + 2) ||
    isVerbOrParticiple(name)) return false
  const last = compoundPlaceEnd(ctx, t + 2)
  if (!isFree(ctx, t + 2, last)) return false
  add(ctx, mentions, { type: 'place', first: t + 2, last })
  return true
}

/** "من" between a day and its month ("السادس من أكتوبر"), normalised. */
const MIN = normalizeArabic('من')
/** Each month name's words by its first word (figures' calendar words, already normalised). */
const MONTHS_BY_FIRST_WORD: ReadonlyMap<string, string[][]> = MONTH_NAMES.reduce((map, month) => {
  map.set(month.words[0], [...(map.get(month.words[0]) ?? []), month.words])
  return map
}, new Map<string, string[][]>())

/**
 * "مدينة السادس من أكتوبر", "مدينة العاشر من رمضان", "شارع 26 يوليو": a city, district or street named after
 * a date. The place is the date's words, with the head only for a street (as "شارع جورج الخامس").
 */
export function findDateNamedPlace(ctx: Context, mentions: TokenMention[], t: number): boolean {
  const street = isHead(ctx, STREET_HEADS, t)
  if (!(street || isHead(ctx, PLACE_KIND_HEADS, t)) || isDefiniteStem(ctx.stems[t])) return false
  const day = nextStem(ctx, t, 1)
  if (day === null || !(ORDINAL_WORDS.has(day) || PATTERNS.dayDigits.test(day))) return false
  let k = t + 2
  if (nextStem(ctx, t, 2) === MIN) k++
  const monthWord = nextStem(ctx, t, k - t)
  const month = monthWord === null ? undefined : MONTHS_BY_FIRST_WORD.get(monthWord)?.find((words) => words.every((w, i) => nextStem(ctx, k - 1, i + 1) === w))
  if (!month) return false
  const first = street ? t : t + 1
  const last = k + month.length - 1
  // The tagger may have found the day alone as the place ("[السادس] من أكتوبر"): it takes the rest.
  const own = ctx.owner[t + 1]
  if (own >= 0 && mentions[own].type === 'place' && mentions[own].first === t + 1 && mentions[own].last === t + 1 && isFree(ctx, t + 2, last)) {
    mentions[own] = { type: 'place', first, last }
    for (let i = first; i <= last; i++) ctx.owner[i] = own
    return true
  }
  if (!isFree(ctx, first, last)) return false
  add(ctx, mentions, { type: 'place', first, last })
  return true
}

/** The words of a place named after a date ("السادس من اكتوبر"): not spread to the date elsewhere. */
export function isDateNamedPlaceWords(words: readonly string[]): boolean {
  return words.length >= 2 && (ORDINAL_WORDS.has(words[0]) || PATTERNS.dayDigits.test(words[0]) || STREET_HEADS.has(words[0])) && words.some((w) => MONTHS_BY_FIRST_WORD.has(w))
}

/**
 * "ملعب أنفيلد", "منفذ طريبيل", "مطار لو بورجيه": a facility the tagger did not see, its head (token t,
 * indefinite) and a name of one or two bare words, closed by the facility's kind ("الدولي") or,
 * without one, words the unlabelled text never had (a transliterated name; "ملعب كبير" is known words).
 */
export function findFacility(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, FACILITY_HEADS, t) && !isDefiniteStem(ctx.stems[t]))) return false
  // A known place is the known place's rule's: "ميناء الفاو الكبير" whole.
  if (knownPhraseEnd(ctx, t, ctx.gazetteer.articlePlaces) >= 0) return false
  if (findStadium(ctx, mentions, t)) return true
  if (isSentencedToPrison(ctx, t)) return false
  let last = t
  while (last - t < 2 && nextStem(ctx, last, 1) !== null && ctx.owner[last + 1] < 0 && isBareNameWord(ctx, last + 1)) last++
  if (last === t) return false
  const kind = nextStem(ctx, last, 1)
  if (kind !== null && ctx.owner[last + 1] < 0 && FACILITY_ADJECTIVES.has(kind)) {
    add(ctx, mentions, { type: 'place', first: t, last: last + 1 })
    return true
  }
  // Otherwise words the unlabelled text never had, as far as they go: "استاد [لوسيل] المباراة".
  let unseen = t
  while (unseen < last && isUnclustered(ctx, ctx.tokens[unseen + 1].norm)) unseen++
  if (unseen === t) return false
  add(ctx, mentions, { type: 'place', first: t, last: unseen })
  return true
}

/** A mine's and a factory's heads, indefinite. Normalised. */
export const WORKS_HEADS = normSet(['منجم', 'مصنع'])
/** What a works makes or mines, bare, that the clusters may never have seen. Normalised; hand-written. */
const PRODUCTS = normSet(['أسمدة', 'سماد', 'إسمنت', 'اسمنت', 'أسمنت', 'حديد', 'صلب', 'نسيج', 'ذهب', 'فوسفات', 'فحم', 'نحاس', 'ألبان', 'أدوية', 'سيارات', 'بطاريات', 'حلويات'])

/**
 * "منجم سياما", "مصنع آزوفستال", "مصنع بواسي": a mine or a factory (token t, indefinite) named by a bare word the unlabelled
 * text never had (a transliterated name; one or two words), is a place with its head. Not a definite word or a known one,
 * which is what it mines or makes: "مصنع البطاريات", "مصنع إسمنت", "منجم ذهب" (the read sets: a looser pattern found 14
 * such false names; PRODUCTS lists the bare ones the clusters lack).
 */
export function findUnseenWorks(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, WORKS_HEADS, t) && !isDefiniteStem(ctx.stems[t]) && ctx.tokens[t].clitics.post.length === 0)) return false
  const bareUnseen = (k: number) => nextStem(ctx, k - 1, 1) !== null && ctx.owner[k] < 0 && ctx.tokens[k].clitics.pre.length === 0 &&
    ctx.tokens[k].clitics.post.length === 0 && ctx.tokens[k].norm.length >= 4 && PATTERNS.arabicWord.test(ctx.tokens[k].norm) &&
    isUnclustered(ctx, ctx.tokens[k].norm) && !hasTanween(ctx, k) && !PRODUCTS.has(ctx.tokens[k].norm)
  if (!bareUnseen(t + 1)) return false
  const last = bareUnseen(t + 2) ? t + 2 : t + 1
  add(ctx, mentions, { type: 'place', first: t, last })
  return true
}

/** "سجن" as the tokens' stems spell it: a prison, or imprisonment. */
const PRISON = normalizeArabic('سجن')

/**
 * "قضت المحكمة [بسجن موظف] سابق": "بسجن" (t) before an indefinite word is a sentence to prison, of whoever follows; a
 * prison after ب is named by a definite word ("بسجن المرناقية") or a known place.
 */
function isSentencedToPrison(ctx: Context, t: number): boolean {
  const next = t + 1
  // (The tokenizer leaves "بسجن" whole: three letters after ب.)
  const behindBa = (ctx.stems[t] === PRISON && ctx.tokens[t].clitics.pre.includes('ب')) || ctx.stems[t] === `ب${PRISON}`
  if (!behindBa || next >= ctx.tokens.length) return false
  return !isDefiniteStem(ctx.stems[next]) && knownPlaceEndAt(ctx, next) < 0
}

/**
 * "استاد البيت", "ستاد السلام", "استاد المدينة التعليمية", "استاد برج العرب": a stadium's name is often a common
 * word, so after its unambiguous head (token t) one definite word is its name, or a bare word and the definite
 * one it governs, with the adjective of its kind after it.
 * (ملعب is as often "the pitch" or "a stadium of": findFacility's stricter test is its.)
 */
function findStadium(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!isHead(ctx, STADIUM_HEADS, t) || nextStem(ctx, t, 1) === null || ctx.owner[t + 1] >= 0) return false
  const { pre, post } = ctx.tokens[t + 1].clitics
  const name = ctx.stems[t + 1]
  if (post.length > 0 || isNationalityNisba(name, ctx.gazetteer) || NAME_ENDERS.has(name)) return false
  let last = t + 1
  // "استاد برج العرب", "استاد جابر الأحمد الدولي": a bare known word and the definite one it governs (a name on its
  // own, one the clusters never saw, governs nothing: "استاد لوسيل [النهائي]" is the stadium and the final).
  if (pre.length === 0 && PATTERNS.arabicWord.test(name) && !PATTERNS.verbShape.test(name) && isClustered(ctx, ctx.tokens[t + 1].norm) &&
    isDefiniteStem(nextStem(ctx, t + 1, 1) ?? '') &&
    ctx.owner[t + 2] < 0 && ctx.tokens[t + 2].clitics.pre.length === 1 && ctx.tokens[t + 2].clitics.post.length === 0 &&
    !isNationalityNisba(ctx.stems[t + 2], ctx.gazetteer)) last = t + 2
  else if (pre.length !== 1 || pre[0] !== 'ال') return false
  const kind = nextStem(ctx, last, 1)
  if (kind !== null && ctx.owner[last + 1] < 0 && isDefiniteStem(kind) && (FACILITY_ADJECTIVES.has(kind) ||
    (PATTERNS.nisba.test(kind) && !isNationalityNisba(kind, ctx.gazetteer)))) last++
  add(ctx, mentions, { type: 'place', first: t, last })
  return true
}

/**
 * A word that may be part of a facility's name: bare (no clitic but the article: "ميناء الشويخ"), not a
 * particle, a listed word or a number.
 */
function isBareNameWord(ctx: Context, k: number): boolean {
  const { pre, post } = ctx.tokens[k].clitics
  const stem = ctx.stems[k]
  const definite = pre.length === 1 && pre[0] === 'ال'
  return (pre.length === 0 || definite) && post.length === 0 && isNameLike(ctx, definite ? stem.slice(2) : stem) && !FACILITY_ADJECTIVES.has(stem) &&
    !DESCRIBING_ADJECTIVES.has(stem) && !PURPOSE_ADJECTIVES.has(stem)
}

/**
 * "جسر الملك فهد أمس", "ملعب الأمير مولاي عبد الله": a facility named after a titled person the tagger did
 * not see, from its head (token t, indefinite) over one or two titles and a known given name (and the
 * word a linking particle or another given name brings: "عبد الله"), with its kind after ("الدولي").
 */
export function findTitledFacility(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, FACILITY_NAMED_HEADS, t) && !isDefiniteStem(ctx.stems[t]))) return false
  let k = t + 1
  while (k - t <= 2 && nextStem(ctx, k - 1, 1) !== null && ctx.owner[k] < 0 && (TITLES.has(ctx.stems[k]) || HONORIFICS.has(ctx.stems[k]))) k++
  if (k === t + 1 || nextStem(ctx, k - 1, 1) === null || ctx.owner[k] >= 0 || !GIVEN.has(ctx.stems[k])) return false
  let last = k
  while (last - k < 2 && nextStem(ctx, last, 1) !== null && ctx.owner[last + 1] < 0 &&
    (LINKING_PARTICLES.has(ctx.stems[last]) || GIVEN.has(ctx.stems[last + 1]))) last++
  if (nextStem(ctx, last, 1) !== null && ctx.owner[last + 1] < 0 && FACILITY_ADJECTIVES.has(ctx.stems[last + 1])) last++
  add(ctx, mentions, { type: 'place', first: t, last })
  return true
}

/**
 * "قصر الإليزيه", "قصر بعبدا": a palace of PALACE_NAMES after "قصر" (token t) is a place with its head,
 * also when the tagger or the known list found the name alone (a place, the presidency).
 */
export function findPalace(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, PALACE, t) && !isDefiniteStem(ctx.stems[t]))) return false
  if (nextStem(ctx, t, 1) === null || !(PALACE_NAMES.has(ctx.stems[t + 1]) || PALACE_NAMES.has(ctx.tokens[t + 1].norm))) return false
  const owner = ctx.owner[t + 1]
  if (owner < 0) {
    add(ctx, mentions, { type: 'place', first: t, last: t + 1 })
    return true
  }
  const inner = mentions[owner]
  if (inner.first !== t + 1 || inner.last !== t + 1) return false
  mentions[owner] = { type: 'place', first: t, last: t + 1 }
  ctx.owner[t] = owner
  return true
}

/** NOT_A_PLACE_BEFORE, normalised: a place's first word → the words that make it a common expression. */
const NOT_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...NOT_A_PLACE_BEFORE].map(([place, words]) => [normalizeArabic(place), new Set(words.map(normalizeArabic))]),
)

/**
 * A place of NEWER_PLACES (known-places.ts) starting at the free token t and missed by the tagger, or found
 * in part: "محافظة ذي قار", "في الفاشر", "بمسقط", "سانت [بطرسبرغ]". Not before the words that make it a
 * common expression: "مسقط رأسه" is his birthplace.
 */
export function findKnownPlace(ctx: Context, mentions: TokenMention[], t: number): boolean {
  const last = knownPhraseEnd(ctx, t, ctx.gazetteer.articlePlaces)
  if (last < 0 || isCommonExpression(ctx, last)) return false
  // "سانت [بطرسبرغ]", "شبه جزيرة [القرم]", "قناة [السويس]": a place the tagger found part of is the whole; so is a
  // name of another type inside a longer known place ("محور [فيلادلفيا]", which it took for a person).
  let inner = -1
  for (let k = t; k <= last; k++) {
    const owner = ctx.owner[k]
    if (owner < 0) continue
    const mention = mentions[owner]
    if ((mention.type !== 'place' && last === t) || mention.first < t || mention.last > last || (inner >= 0 && owner !== inner)) return false
    inner = owner
  }
  if (inner < 0) {
    add(ctx, mentions, { type: 'place', first: t, last })
    return true
  }
  mentions[inner] = { type: 'place', first: t, last }
  for (let k = t; k <= last; k++) ctx.owner[k] = inner
  return true
}

/**
 * A one-word place the tagger's own list holds (its countries and capitals, gazetteer.places), standing alone and
 * missed: "حصة [مصر] من مياه النيل", "إن [السعودية] وافقت", "دول [أفريقيا]". Not a nisba after a definite noun, which
 * is an adjective ("الشركة السعودية"); not before the words that make a common expression.
 */
export function findListedPlace(ctx: Context, mentions: TokenMention[], t: number): boolean {
  const stem = ctx.stems[t]
  // (The lookup first: this runs for every free token, and nearly every one is no place.)
  const entries = ctx.gazetteer.places.get(stem)
  if (!entries?.some((entry) => entry.length === 1)) return false
  const { clitics } = ctx.tokens[t]
  if (clitics.post.length > 0 || COMMON_WORD_PLACES.has(stem) || hasTanween(ctx, t) || isCommonExpression(ctx, t)) return false
  // After a name ("شركة «أفيليس» السعودية", "«أوبر» مصر") it is the name's country or its last word.
  if (t > 0 && PATTERNS.closingQuote.test(ctx.text.slice(ctx.tokens[t - 1].end, ctx.tokens[t].start))) return false
  const before = t > 0 && !breakBetween(ctx, t - 1, t) ? t - 1 : -1
  if (before >= 0 && ctx.owner[before] >= 0) return false
  // A competition's name holds its region: "دوري أبطال [آسيا] للنخبة", "كأس [أفريقيا] للأمم".
  for (let k = t - 1; k >= Math.max(0, t - 3) && !breakBetween(ctx, k, k + 1); k--) if (COMPETITION_WORDS.has(ctx.stems[k])) return false
  // A word shaped like a nisba is the country only after a particle: "إن [السعودية]", "في [السعودية]".
  if (isNisbaShaped(stem) && !(hasPreposition(clitics.pre) || (before >= 0 && PARTICLES_BEFORE_A_COUNTRY.has(ctx.tokens[before].norm)))) return false
  // "[شرق أفريقيا]", "[وسط سيناء]": a direction before it in the construct state is the region's.
  const direction = before >= 0 && DIRECTIONS.has(ctx.stems[before])
  add(ctx, mentions, { type: 'place', first: direction ? before : t, last: t })
  return true
}

const isNisbaShaped = (stem: string): boolean => stem.endsWith('يه') || stem.endsWith('ي')
/** A preposition among a token's proclitics ("بالسعودية", "لمصر"). */
const hasPreposition = (pre: readonly string[]): boolean => pre.some((c) => c === 'ب' || c === 'ل' || c === 'ك')

/**
 * The word at t is a country's name shaped like a nisba right after a definite word, which makes it that word's adjective:
 * "الشركة [السعودية]", "الدراما [المصرية والسعودية]". (Not after a preposition on it: "[بالسعودية]".)
 */
export function isNisbaAfterDefinite(ctx: Context, t: number): boolean {
  const { pre } = ctx.tokens[t].clitics
  return t > 0 && isNisbaShaped(ctx.stems[t]) && !hasPreposition(pre) && !breakBetween(ctx, t - 1, t) &&
    ctx.tokens[t - 1].clitics.pre.includes('ال')
}

/**
 * Places of the tagger's list that are also common words: pictures, the coast, money, cables, floods, the gulf, force
 * majeure ("القوة القاهرة"), mangroves ("أشجار القرم"), a ligament ("الرباط الصليبي"), blue ammonia, a scene (normalised).
 */
const COMMON_WORD_PLACES: ReadonlySet<string> = new Set(['صور', 'الساحل', 'ساحل', 'مالي', 'كابل', 'سيول', 'الخليج', 'قطر', 'المغرب', 'الجزيره', 'النيل', 'القاهره', 'القرم', 'الرباط', 'الزرقاء', 'مشهد'].map((word) => normalizeArabic(word)))
/**
 * Words that begin a competition's name (normalised, without the article). Not "أولمبياد": the Games are named by
 * their host city, which the news sets mark as a place ("أولمبياد [باريس]").
 */
const COMPETITION_WORDS: ReadonlySet<string> = new Set(['دوري', 'كاس', 'بطوله', 'تصفيات'].map((word) => normalizeArabic(word)))
/** Particles after which a nisba-shaped word is the country: "إن السعودية", "مع السعودية" (normalised). */
const PARTICLES_BEFORE_A_COUNTRY: ReadonlySet<string> = new Set(['ان', 'في', 'من', 'الي', 'مع', 'عن', 'علي', 'بين', 'وان', 'لان', 'كانت', 'زار', 'زيارته'].map((word) => normalizeArabic(word)))

/** A place ending at token `last` is a common expression with the word after it ("مسقط رأسه"): no place. */
export function isCommonExpression(ctx: Context, last: number): boolean {
  const blockers = NOT_BEFORE.get(ctx.stems[last])
  const after = blockers ? nextStem(ctx, last, 1) : null
  return after !== null && (blockers!.has(after) || blockers!.has(ctx.tokens[last + 1].norm))
}

/**
 * The word after an indefinite "قرية" / "بلدة" names it when it is definite (a definite adjective cannot
 * follow an indefinite noun, so "قرية التويمية" is the village of التويمية) or an indefinite word that
 * does not end in ة, as the adjectives of these feminine nouns do ("قرية صغيرة", "بلدة سورية"); and when
 * it is no word the tagger's lists know (a title, a verb of saying, a head).
 */
function isSettlementName(ctx: Context, t: number, stem: string): boolean {
  if (ctx.owner[t] >= 0 || !PATTERNS.arabicWord.test(stem) || ctx.gazetteer.classes.has(stem)) return false
  // A verb's past plural the clusters know is the villagers' verb: "أهالي 15 قرية [كانوا] يراجعون".
  if (PATTERNS.pastPlural.test(stem) && isClustered(ctx, stem)) return false
  const definite = isDefiniteStem(stem)
  const core = definite ? stem.slice(2) : stem
  return core.length >= 3 && (definite || !core.endsWith('ه'))
}

/** Adjectives that name a purpose-built city after "مدينة": "مدينة الملك عبدالله الاقتصادية", "مدينة الحسن الصناعية". */
export const CITY_KINDS: ReadonlySet<string> = new Set(
  ['الصناعية', 'الاقتصادية', 'الطبية', 'الرياضية', 'الجامعية', 'الإعلامية', 'اللوجستية', 'الترفيهية', 'الذكية', 'التقنية', 'الإدارية', 'العلمية']
    .map((word) => normalizeArabic(word)),
)

/**
 * A purpose-built city: an indefinite "مدينة" at the free token t, one to five words and an adjective of its kind
 * ("مدينة الملك عبدالله الاقتصادية", "مدينة الجبيل الصناعية"), is one place, whatever the tagger found inside it (a
 * person it is named after, the town it is built by).
 */
export function findKindCity(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!isHead(ctx, CITY, t) || isDefiniteStem(ctx.stems[t]) || endsInPronounHa(ctx, t)) return false
  for (let end = t + 2; end <= t + 6 && end < ctx.tokens.length; end++) {
    // (Its name's words carry no clitic but the article: "مدينة العقبة خصصت [لبحث] …" ends no city name.)
    if (breakBetween(ctx, end - 1, end) || !onlyTheArticle(ctx, end - 1)) return false
    if (!CITY_KINDS.has(ctx.stems[end]) || !onlyTheArticle(ctx, end)) continue
    // What the tagger found inside must lie wholly inside: drop it, the city takes its place.
    const inside = new Set<number>()
    for (let k = t + 1; k <= end; k++) if (ctx.owner[k] >= 0) inside.add(ctx.owner[k])
    for (const index of inside) if (mentions[index].first <= t || mentions[index].last > end) return false
    const kept = mentions.filter((_, index) => !inside.has(index))
    mentions.length = 0
    mentions.push(...kept, { type: 'place', first: t, last: end })
    rebuildOwners(ctx, mentions)
    return true
  }
  return false
}
export const CITY: ReadonlySet<string> = new Set([normalizeArabic('مدينة')])

/**
 * "بين [الجمهورية التونسية] والبنك": a state by its formal name, its head and its nisba, where the tagger passed over it.
 */
export function findStateFormalName(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!STATE_HEADS.has(ctx.stems[t]) || t + 1 >= ctx.tokens.length || ctx.tokens[t].clitics.post.length > 0) return false
  const next = ctx.tokens[t + 1]
  if (ctx.owner[t + 1] >= 0 || breakBetween(ctx, t, t + 1) || next.clitics.post.length > 0 || next.clitics.pre.length !== 1) return false
  if (!isCountryNisba(ctx.stems[t + 1], ctx.gazetteer)) return false
  // Only after a preposition: after a title it is the title's ("رئيس الجمهورية اللبنانية", "مفتي الجمهورية").
  if (!isAfterPreposition(ctx, t)) return false
  add(ctx, mentions, { type: 'place', first: t, last: t + 1 })
  return true
}

/** Token t carries a proclitic other than "و" before its article ("بالجمهورية"), or follows "بين" or "مع". */
function isAfterPreposition(ctx: Context, t: number): boolean {
  const { pre } = ctx.tokens[t].clitics
  if (pre.length > 1 && pre[0] !== 'و') return true
  return t > 0 && !breakBetween(ctx, t - 1, t) && STATE_PREPOSITIONS.has(ctx.stems[t - 1])
}

/** Prepositions a state's formal name follows as a party: "بين", "مع". */
const STATE_PREPOSITIONS: ReadonlySet<string> = new Set(['بين', 'مع'].map((word) => normalizeArabic(word)))

/** What governs a country's name in the construct state: its president(s), government, army, authorities. Normalised. */
const OF_A_STATE: ReadonlySet<string> = new Set(
  ['رئيس', 'رئيسة', 'رئيسي', 'رئيسا', 'حكومة', 'حكومتي', 'جيش', 'سلطات'].map((word) => normalizeArabic(word)),
)

/**
 * "رئيسي [مالي] وبوركينا فاسو", "حكومة [مالي]": a country (or a place) of one word the lists know, the tagger passing over it because
 * the word is also a common one ("مالي", financial), right after its president or government in the construct state.
 */
export function findGovernedCountry(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (t === 0 || ctx.owner[t] >= 0 || !OF_A_STATE.has(ctx.tokens[t - 1].norm) || breakBetween(ctx, t - 1, t)) return false
  const { pre, post } = ctx.tokens[t].clitics
  if (pre.length > 0 || post.length > 0 || !isOneWordKnownPlace(ctx, ctx.stems[t])) return false
  add(ctx, mentions, { type: 'place', first: t, last: t })
  return true
}
