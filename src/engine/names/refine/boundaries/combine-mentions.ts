import { isDefiniteStem } from '../shared/definite.ts'
import { isCompoundPlaceStart } from './compound-place-end.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { breakBetween, endsInPronounHa, isHead, isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { knownPhraseEnd } from '../shared/known-phrase-end.ts'
import { isDefiniteField, isInstitutionHead, NAMED_AFTER_A_PLACE, qualifiesField } from '../shared/institution-field.ts'
import { isChainNoun } from '../shared/chain-noun.ts'
import { isCountryNisba } from '../shared/nationality-nisba.ts'
import {
  BODY_OF_PLACE, CHAIN_HEADS, COMPANY_HEADS, COMPOUND_PLACE_STARTS, SAINTS, STADIUM_HEADS, COURT, DIRECTIONS, DISTRICT_WORDS, FACILITY_ADJECTIVES, FACILITY_HEADS, FIELD_NOUNS, FIELD_TAILS, HONORIFICS, INSTITUTION_HEADS, SHRINE_HEADS, KUNYA, PLACE_DESCRIPTORS, PLACE_NAME_HEADS, PLACE_RULERS,
  GIVEN, GROUP_HEADS, normSet, UNIT_HEADS, NAMED_STREET_HEADS, OUTLET_HEADS, STREET_HEADS, PERSON_NAMED_PLACE_HEADS, TITLES, VENUE_HEADS,
} from '../shared/word-lists.ts'
import { isClustered, isUnclustered } from '../shared/name-like.ts'
import { isHeadAfterAnd, placeAfterPreposition } from './adjust-boundaries.ts'
import { isBareDefinite } from './absorb-nationality.ts'


/** "سجن": a prison, or the imprisonment of whoever follows (normalised). */
const IMPRISONMENT = normSet(['سجن'])
/** "معرض": a fairground's head, or an exhibition's (normalised). */
const FAIRGROUNDS = normSet(['معرض'])
/**
 * Mentions that combine or change with their neighbours (rule 3):
 * - places: "بريف" + "دمشق" → "ريف دمشق"; "كردستان" + "العراق" → one place; a direction after a descriptor
 *   begins the place ("محافظة شمال سيناء"); a nisba-shaped place after a definite noun is an adjective
 *   ("الأميرة السعودية": Saudi, not Saudi Arabia);
 * - a place after a facility head is the facility ("قاعدة لاكلاند الجوية", "مطار دبي الدولي");
 * - a person after a street head is the street ("شارع جورج الخامس", "قصر باردو"), after an institution
 *   head the institution ("جامعة الملك عبد الله"), after a district word and a title a place ("منطقة
 *   السيدة زينب");
 * - organisations: a body of a place ("شرطة باريس", "جامعة القاهرة" tagged a place whole), and a definite
 *   place alone in quotes, the outlet named after it (لـ"الشرق الأوسط").
 */
/** Every word of the mention is one the unlabelled text never had (a transliterated name). */
function allUnclustered(ctx: Context, mention: TokenMention): boolean {
  for (let t = mention.first; t <= mention.last; t++) if (!isUnclustered(ctx, ctx.tokens[t].norm)) return false
  return true
}

/** Token `last` + 1 follows without a break and is a country's nisba in the feminine, with the article alone. */
function isFeminineNationalityAfter(ctx: Context, last: number): boolean {
  return isBareDefinite(ctx, last + 1, last) && ctx.stems[last + 1].endsWith('يه') && isCountryNisba(ctx.stems[last + 1], ctx.gazetteer)
}

const PREMIER = normalizeArabic('رئيس')
const GOVERNMENT = normalizeArabic('حكومة')

/** Token t is "حكومة" right after a free "رئيس": the premier of a province or a country ("رئيس حكومة كوينزلاند"). */
function isPremiersGovernment(ctx: Context, t: number): boolean {
  return ctx.stems[t] === GOVERNMENT && ctx.tokens[t].clitics.pre.length === 0 && t > 0 && ctx.stems[t - 1] === PREMIER &&
    ctx.owner[t - 1] < 0 && ctx.tokens[t - 1].clitics.post.length === 0 && !breakBetween(ctx, t - 1, t)
}

/** "[المحيط] [الهادي]": the ocean, definite (an indefinite "محيط" is the surroundings: "ومحيط ميدان المساحة"). */
const OCEAN = normalizeArabic('المحيط')
/** The most words of a saint's name a place after "سان" / "ساو" takes from a person ("جوزيه دوس كامبوس"). */
const MAX_SAINT_NAME_WORDS = 3

export function combineMentions(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const sorted = [...mentions].sort((a, b) => a.first - b.first)
  const result: TokenMention[] = []
  for (let i = 0; i < sorted.length; i++) {
    const mention = { ...sorted[i] }
    const next = sorted[i + 1]
    const firstStem = ctx.stems[mention.first]
    // "[خان] [يونس]": the first word of a compound place the tagger found apart joins the rest too.
    if (mention.type === 'place' && mention.first === mention.last &&
      (isHead(ctx, PLACE_NAME_HEADS, mention.first) || PLACE_NAME_HEADS.has(firstStem.replace(PATTERNS.article, '')) ||
        isCompoundPlaceStart(ctx, mention.first) || firstStem === OCEAN) &&
      // (Or one word the tagger took for a person: "[سانت] [لويس]"; after a saint, a saint's whole name: "[ساو] [جوزيه دوس كامبوس]".)
      (next?.type === 'place' || (next?.type === 'person' && COMPOUND_PLACE_STARTS.has(firstStem) &&
        (next.first === next.last || (SAINTS.has(firstStem) && next.last - next.first < MAX_SAINT_NAME_WORDS)))) &&
      // (Not a second place behind "و": "مصانع [الخليج] [ومصر]" are two; nor a known one behind ب: "سيربط [الخليج]
      // [بتركيا]" links two.)
      next.first === mention.last + 1 && !breakBetween(ctx, mention.last, next.first) && ctx.tokens[next.first].clitics.pre[0] !== 'و' &&
      placeAfterPreposition(ctx, next.first) === undefined) {
      result.push({ ...mention, last: next.last })
      i++
      continue
    }
    // "[لوس] [أنجلوس]", "[خيبر] [بختونخوا]": two places side by side that make one known place are that place.
    if (mention.type === 'place' && next?.type === 'place' && next.first === mention.last + 1 && !breakBetween(ctx, mention.last, next.first) &&
      (knownPhraseEnd(ctx, mention.first, ctx.gazetteer.places) === next.last || knownPhraseEnd(ctx, mention.first, ctx.gazetteer.articlePlaces) === next.last)) {
      result.push({ ...mention, last: next.last })
      i++
      continue
    }
    // "في [خان] [يونس عاطف الحوت]": a known place the tagger ran into the person after it takes its own word back.
    if (mention.type === 'place' && next?.type === 'person' && next.first === mention.last + 1 && next.last > next.first &&
      !breakBetween(ctx, mention.last, next.first) && knownPhraseEnd(ctx, mention.first, ctx.gazetteer.articlePlaces) === next.first) {
      result.push({ ...mention, last: next.first })
      sorted[i + 1] = { ...next, first: next.first + 1 }
      continue
    }
    // "رئيس [بلدية بيت] [ساحور إلياس إسحق]": a place or body the tagger ended on a compound place's first word takes the
    // person's first word back when a known given name starts the person after it.
    if (mention.type !== 'person' && mention.last > mention.first && next?.type === 'person' && next.first === mention.last + 1 &&
      next.last > next.first + 1 && !breakBetween(ctx, mention.last, next.first) && ctx.tokens[mention.last].clitics.pre.length === 0 &&
      COMPOUND_PLACE_STARTS.has(ctx.stems[mention.last]) && ctx.tokens[next.first].clitics.pre.length === 0 &&
      !GIVEN.has(ctx.stems[next.first]) && GIVEN.has(ctx.stems[next.first + 1])) {
      result.push({ ...mention, last: next.first })
      sorted[i + 1] = { ...next, first: next.first + 1 }
      continue
    }
    // "رئيسة وزراء [إيطاليا جورجيا] [ميلوني]": two known places as one, a person right after them: the second is
    // the person's given name ("جورجيا ميلوني"), not a place of the first.
    if (mention.type === 'place' && mention.last === mention.first + 1 && next?.type === 'person' && next.first === mention.last + 1 &&
      !breakBetween(ctx, mention.last, next.first) && isBareKnownPlace(ctx, mention.first) && isBareKnownPlace(ctx, mention.last)) {
      result.push({ ...mention, last: mention.first })
      sorted[i + 1] = { ...next, first: mention.last }
      continue
    }
    // "كردستان العراق": a known country or region right after a place, with no clitic, "و" or punctuation
    // between, is part of the place's name (the Kurdistan of Iraq).
    // Not after an adjective: in "العاصمة السعودية الرياض" the first is the capital's nationality (dropped below).
    if (mention.type === 'place' && next?.type === 'place' && next.first === mention.last + 1 && next.last === next.first &&
      !breakBetween(ctx, mention.last, next.first) && isBareKnownPlace(ctx, next.first) && !isNisbaAdjective(ctx, mention)) {
      sorted[i + 1] = { ...next, first: mention.first }
      continue
    }
    // "لـ«الشرق الأوسط»": a definite place name alone in quotes is the outlet named after it.
    if (mention.type === 'place' && isDefiniteStem(ctx.stems[mention.first]) && isQuotedAlone(ctx, mention)) {
      result.push({ ...mention, type: 'organization' })
      continue
    }
    // "[صالة الشيخ سعد بن عبدالله]" typed an organisation: a hall or a stadium named after its patron is a venue, a place.
    if (mention.type === 'organization' && mention.last > mention.first && isHead(ctx, SPORTS_VENUE_HEADS, mention.first)) {
      result.push({ ...mention, type: 'place' })
      continue
    }
    // "جامعة القاهرة" tagged as a place whole: a body of a place is an organisation, as below.
    if (mention.type === 'place' && mention.last > mention.first && isHead(ctx, BODY_OF_PLACE, mention.first)) {
      result.push({ ...mention, type: 'organization' })
      continue
    }
    const hasBefore = mention.first > 0 && !breakBetween(ctx, mention.first - 1, mention.first) && ctx.owner[mention.first - 1] < 0
    // "قاعدة لاكلاند الجوية", "مطار دبي الدولي": a facility named after a place is a place, head and kind.
    // (Also a transliterated name the tagger typed an organisation: "قاعدة [لاكلاند الجوية]".)
    const transliterated = mention.type === 'organization' && isUnclustered(ctx, ctx.tokens[mention.first].norm)
    // (And any name the tagger typed an organisation after a stadium's head: "استاد [برج العرب]".)
    const stadium = mention.type === 'organization' && isHead(ctx, STADIUM_HEADS, mention.first - 1)
    if (hasBefore && (mention.type === 'place' || transliterated || stadium) && isHead(ctx, FACILITY_HEADS, mention.first - 1) && !isDefiniteStem(ctx.stems[mention.first - 1])) {
      const kind = mention.last + 1
      const closed = kind < ctx.tokens.length && ctx.owner[kind] < 0 && !breakBetween(ctx, mention.last, kind) && FACILITY_ADJECTIVES.has(ctx.stems[kind])
      result.push({ type: 'place', first: mention.first - 1, last: closed ? kind : mention.last })
      continue
    }
    // "محافظة شمال سيناء": after a place's descriptor, a direction begins its name.
    if (hasBefore && mention.type === 'place' && isProvinceDirection(ctx, mention.first - 1)) {
      result.push({ ...mention, first: mention.first - 1 })
      continue
    }
    // "شارع [الحبيب] [بورقيبة]": a street's name the tagger split in two is one place with its head.
    // Not a known place behind a preposition: "حي [أبو سليم] [بطرابلس]", "حي تل السلطان [برفح]" are in the city
    // ("[بورقيبة]" is a name); nor a second district with its head: "حي [الميهان] [وحي أزلواز]".
    if (hasBefore && (mention.type === 'person' || mention.type === 'place') && (next?.type === 'person' || next?.type === 'place') &&
      next.first === mention.last + 1 && !breakBetween(ctx, mention.last, next.first) && isHead(ctx, STREET_HEADS, mention.first - 1) &&
      placeAfterPreposition(ctx, next.first) === undefined && !isHeadAfterAnd(ctx, next.first)) {
      result.push({ type: 'place', first: mention.first - 1, last: next.last })
      i++
      continue
    }
    if (hasBefore && mention.type === 'person' && isHead(ctx, STREET_HEADS, mention.first - 1) && !isByWayOf(ctx, mention.first - 1)) {
      result.push({ type: 'place', first: mention.first - 1, last: mention.last })
      continue
    }
    // "شارع [فلسطين]", "دوار [الداخلية]": a street named after a place, written right after its indefinite head (a
    // known place with the article only when it is no name of its own there).
    const { pre } = ctx.tokens[mention.first].clitics
    if (hasBefore && mention.type === 'place' && isHead(ctx, NAMED_STREET_HEADS, mention.first - 1) && !isDefiniteStem(ctx.stems[mention.first - 1]) &&
      (pre.length === 0 || (pre.length === 1 && pre[0] === 'ال' && !isKnownNameWord(ctx, mention.first)))) {
      result.push({ type: 'place', first: mention.first - 1, last: mention.last })
      continue
    }
    // "معبر [جابر]", "ملعب [أنفيلد]": a facility's indefinite head governs a name, not a person beside it: the
    // facility, head, name and kind ("مطار دبي الدولي").
    // Not a head with a pronoun: "من سجنه [أبو زايدة]" (from his prison); nor "سجن" before a given name, which is the
    // imprisonment of that person ("قضت بسجن [علي محمد علي عبد الرحمن]"); prisons are named for places ("سجن أبو غريب").
    if (hasBefore && mention.type === 'person' && isHead(ctx, PERSON_NAMED_PLACE_HEADS, mention.first - 1) && !isDefiniteStem(ctx.stems[mention.first - 1]) &&
      !endsInPronounHa(ctx, mention.first - 1) && !(isHead(ctx, IMPRISONMENT, mention.first - 1) && GIVEN.has(ctx.stems[mention.first]))) {
      const kind = mention.last + 1
      const closed = kind < ctx.tokens.length && ctx.owner[kind] < 0 && !breakBetween(ctx, mention.last, kind) && FACILITY_ADJECTIVES.has(ctx.stems[kind])
      result.push({ type: 'place', first: mention.first - 1, last: closed ? kind : mention.last })
      continue
    }
    // "معرض [رشيد كرامي الدولي]": a fairground named after a person, known by its kind, which ends no person's name ("معرض
    // الفنان محمد" is his exhibition). Session 61 (s60-a).
    if (hasBefore && mention.type === 'person' && isHead(ctx, FAIRGROUNDS, mention.first - 1) && !isDefiniteStem(ctx.stems[mention.first - 1]) &&
      mention.last > mention.first && FACILITY_ADJECTIVES.has(ctx.stems[mention.last])) {
      result.push({ type: 'place', first: mention.first - 1, last: mention.last })
      continue
    }
    // "مسرح [محمد عبده أرينا]", "مسجد [عمر]": a venue named after a person is a place, head and name.
    if (hasBefore && mention.type === 'person' && isHead(ctx, VENUE_HEADS, mention.first - 1) && !isDefiniteStem(ctx.stems[mention.first - 1]) &&
      !endsInPronounHa(ctx, mention.first - 1)) {
      result.push({ type: 'place', first: mention.first - 1, last: mention.last })
      continue
    }
    // "لمجموعة [بيركشاير هاثاواي]": a group's head before a transliterated name the tagger took for a person; and an
    // outlet's, "لشبكة [رووداو] الإعلامية".
    if (hasBefore && mention.type === 'person' && (isHead(ctx, GROUP_HEADS, mention.first - 1) || isHead(ctx, OUTLET_HEADS, mention.first - 1)) &&
      !isDefiniteStem(ctx.stems[mention.first - 1]) &&
      allUnclustered(ctx, mention)) {
      result.push({ type: 'organization', first: mention.first - 1, last: mention.last })
      continue
    }
    // "[بايت دانس] الصينية", "[إيلي ليلي] الأمريكية": a feminine nationality after a transliterated name of two
    // words or more is a company's (a person's comes before the name; "سوزي الأردنية" is a nickname).
    if (mention.type === 'person' && mention.last > mention.first && isFeminineNationalityAfter(ctx, mention.last) && allUnclustered(ctx, mention)) {
      result.push({ ...mention, type: 'organization' })
      continue
    }
    // "مجلس [الكاكاو الغاني]": a body's indefinite head and its field with a nationality, the tagger's person.
    if (hasBefore && mention.type === 'person' && mention.last > mention.first && isHead(ctx, CHAIN_HEADS, mention.first - 1) &&
      !isDefiniteStem(ctx.stems[mention.first - 1]) && isDefiniteStem(ctx.stems[mention.first]) && isCountryNisba(ctx.stems[mention.last], ctx.gazetteer)) {
      result.push({ type: 'organization', first: mention.first - 1, last: mention.last })
      continue
    }
    // "مخيم [نور شمس]", "حي [الشيخ جراح]": a district's or a camp's indefinite head governs its name, a place.
    if (hasBefore && mention.type === 'person' && isHead(ctx, DISTRICT_WORDS, mention.first - 1) && !isDefiniteStem(ctx.stems[mention.first - 1]) &&
      !endsInPronounHa(ctx, mention.first - 1)) {
      result.push({ ...mention, type: 'place' })
      continue
    }
    // "مطار الملك خالد الدولي", "جسر الملك فهد", "ملعب الأمير مولاي عبد الله": a facility named after a titled
    // person is a place, head, titles, name and kind.
    const facility = hasBefore && mention.type === 'person' ? titledFacilityHead(ctx, mention.first - 1) : -1
    if (facility >= 0) {
      const kind = mention.last + 1
      const closed = kind < ctx.tokens.length && ctx.owner[kind] < 0 && !breakBetween(ctx, mention.last, kind) && FACILITY_ADJECTIVES.has(ctx.stems[kind])
      result.push({ type: 'place', first: facility, last: closed ? kind : mention.last })
      continue
    }
    // "حيا الجمهور نادي [ليفربول]": a club the tagger found without its head is named with it.
    if (hasBefore && mention.type === 'organization' && isHead(ctx, CLUB_HEAD, mention.first - 1) && !isDefiniteStem(ctx.stems[mention.first - 1])) {
      result.push({ ...mention, first: mention.first - 1 })
      continue
    }
    // The tagger may have read a titled person as the organisation itself: "مستشفى [الملك فيصل]".
    // So may it a name of a kunya: "مستشفى [أبو الريش]".
    const named = mention.type === 'person' || (mention.type === 'organization' && (TITLES.has(firstStem) || KUNYA.has(firstStem)))
    const institution = hasBefore && named ? institutionHead(ctx, mention.first - 1) : -1
    if (institution >= 0) {
      result.push({ type: 'organization', first: institution, last: mention.last })
      continue
    }
    if (hasBefore && mention.type === 'person' && isTitledPlace(ctx, mention.first - 1)) {
      result.push({ type: 'place', first: mention.first - 1, last: mention.last })
      continue
    }
    // "محكمة جنايات القاهرة", "محكمة استئناف باريس": a court named by its kind and its seat.
    if (hasBefore && mention.type === 'place' && isCourtOfKind(ctx, mention.first - 1)) {
      result.push({ type: 'organization', first: mention.first - 2, last: mention.last })
      continue
    }
    // "معهد واشنطن لسياسة الشرق الأدنى", "مركز الدوحة للدراسات": an institution named after a place and its
    // field, the place and the field's own place (a genitive) part of its name.
    const fieldEnd = hasBefore && mention.type === 'place' ? placeInstitutionEnd(ctx, mention) : -1
    if (fieldEnd > 0) {
      result.push({ type: 'organization', first: mention.first - 1, last: fieldEnd })
      while (sorted[i + 1] && sorted[i + 1].last <= fieldEnd) i++
      continue
    }
    // And a city's court, right before its place ("محكمة باريس الجنائية"; not as a chain's head, as "محكمة أمريكية
    // بأن شركة غوغل" shows).
    // (Also a known place the tagger took for a person: "رئيس بلدية [نواذيبو] محمد ولد أحمد".)
    const placeAsPerson = mention.type === 'person' && mention.first === mention.last && isKnownPlace(ctx, mention.first)
    // (Not a premier's government: "رئيس حكومة [كوينزلاند]" names the province, as the news sets do.)
    if (hasBefore && (mention.type === 'place' || placeAsPerson) && ((isHead(ctx, BODY_OF_PLACE, mention.first - 1) && !isPremiersGovernment(ctx, mention.first - 1)) ||
      (isHead(ctx, COURT, mention.first - 1) && !isDefiniteStem(ctx.stems[mention.first - 1])))) {
      result.push({ type: 'organization', first: mention.first - 1, last: greaterEnd(ctx, mention.last) })
      continue
    }
    // "حكومة إقليم كوردستان", "بلدية مدينة الخليل": a body of a place named with its kind.
    if (hasBefore && mention.type === 'place' && mention.first >= 2 && isHead(ctx, PLACE_DESCRIPTORS, mention.first - 1) &&
      !isDefiniteStem(ctx.stems[mention.first - 1]) && !breakBetween(ctx, mention.first - 2, mention.first - 1) && ctx.owner[mention.first - 2] < 0 &&
      isHead(ctx, BODY_OF_PLACE, mention.first - 2)) {
      result.push({ type: 'organization', first: mention.first - 2, last: greaterEnd(ctx, mention.last) })
      continue
    }
    // "مدينة [سلمان]", "مدينة [صباح السالم] الجامعية": a town or a campus named after a person is named with its head.
    if (hasBefore && (mention.type === 'place' || mention.type === 'person') && isHead(ctx, CITY, mention.first - 1) &&
      !isDefiniteStem(ctx.stems[mention.first - 1]) && ctx.tokens[mention.first].clitics.pre.length === 0 && GIVEN.has(ctx.stems[mention.first])) {
      result.push({ type: 'place', first: mention.first - 1, last: mention.last })
      continue
    }
    // "صحيفة [الغد] الأردنية", "صحيفة [الأيام]": a paper or a channel named by one common word is named with its head,
    // and its nationality after. One named by a place or a known name keeps them out, as the annotations do
    // ("صحيفة [الشرق الأوسط] اللندنية", "صحيفة [نيويورك تايمز]").
    if (hasBefore && mention.type === 'organization' && mention.first === mention.last && isHead(ctx, PRESS_HEADS, mention.first - 1) && !isDefiniteStem(ctx.stems[mention.first - 1]) &&
      ctx.tokens[mention.first].clitics.pre.length === 1 && ctx.tokens[mention.first].clitics.pre[0] === 'ال' && !isKnownNameWord(ctx, mention.first)) {
      const national = isFeminineNationalityAfter(ctx, mention.last) && ctx.owner[mention.last + 1] < 0
      result.push({ type: 'organization', first: mention.first - 1, last: national ? mention.last + 1 : mention.last })
      continue
    }
    if (isNisbaAdjective(ctx, mention)) continue
    result.push(mention)
  }
  return result
}

/** The word at t begins a place or an organisation the lists know. */
function isKnownNameWord(ctx: Context, t: number): boolean {
  const stem = ctx.stems[t]
  return ctx.gazetteer.places.has(stem) || ctx.gazetteer.articlePlaces.has(stem) || ctx.gazetteer.articleOrganizations.has(stem)
}

/** "مدينة": a city, named with its head when it is named after a person ("مدينة عيسى", "مدينة زايد"). */
const CITY: ReadonlySet<string> = new Set([normalizeArabic('مدينة')])

/** Heads a newspaper's or a channel's name is written with. Hand-written. */
const PRESS_HEADS: ReadonlySet<string> = new Set(['صحيفة', 'جريدة', 'قناة', 'مجلة'].map((word) => normalizeArabic(word)))

/** Adjectives after the place a body serves that are part of its name: "أمانة عمّان الكبرى", "شرطة عُمان السلطانية". */
const BODY_OF_PLACE_ADJECTIVES: ReadonlySet<string> = new Set(
  ['الكبرى', 'السلطانية', 'الملكية', 'الجنائية', 'الاقتصادية', 'الإدارية', 'الابتدائية', 'العسكرية'].map((word) => normalizeArabic(word)),
)

/** Where a body named by the place ending at `last` ends: one word on when one of its adjectives follows. */
function greaterEnd(ctx: Context, last: number): number {
  const next = last + 1
  return next < ctx.tokens.length && ctx.owner[next] < 0 && !breakBetween(ctx, last, next) && BODY_OF_PLACE_ADJECTIVES.has(ctx.stems[next]) ? next : last
}

/**
 * "غرفة تجارة وصناعة البحرين", "هيئة تحرير الشام": a place at the end of a construct chain after a body's head
 * names the body, an organisation (rule 3, run after the patterns, which find places too: "دائرة صحة ذي قار").
 */
export function findChainBodies(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    // The place is the chain's genitive, with no preposition of its own ("حكومة فرنسية موالية [لألمانيا]"); or a
    // one-word organisation it is of: "شركة مياه [اليرموك]".
    const named = mention.type === 'place' || (mention.type === 'organization' && mention.first === mention.last)
    if (!named || mention.first === 0 || breakBetween(ctx, mention.first - 1, mention.first) ||
      ctx.tokens[mention.first].clitics.pre.some((c) => c === 'ل' || c === 'ب' || c === 'ك')) return
    const head = constructChainHead(ctx, mention.first - 1)
    if (head < 0) return
    const last = greaterEnd(ctx, mention.last)
    mentions[index] = { type: 'organization', first: head, last }
    for (let k = head; k <= last; k++) ctx.owner[k] = index
  })
}

/**
 * The head of a body named by a construct chain ending in a place, or -1: "غرفة [تجارة وصناعة] البحرين", "شبكة
 * [أطباء] السودان", "دائرة [صحة] ذي قار", "هيئة [تحرير] الشام". Token t is the word before the place; the
 * chain is one to three bare indefinite nouns (the second may come with "و"), after an indefinite head.
 */
function constructChainHead(ctx: Context, t: number): number {
  let k = t
  while (k >= 1 && t - k < 3 && (k === t || !breakBetween(ctx, k, k + 1)) && isChainNoun(ctx, k, true)) {
    const head = k - 1
    if (breakBetween(ctx, head, k) || ctx.owner[head] >= 0) return -1
    if ((isHead(ctx, BODY_OF_PLACE, head) || isHead(ctx, CHAIN_HEADS, head)) && !isDefiniteStem(ctx.stems[head]) && ctx.tokens[head].clitics.post.length === 0 &&
      !endsInPronounHa(ctx, head)) return head
    k--
  }
  return -1
}

/**
 * Where an institution named after the place `mention` ends: an indefinite NAMED_AFTER_A_PLACE word before
 * the place, and a field right after it, a word with ل: a field of FIELD_TAILS with an optional nisba
 * ("للدراسات الاستراتيجية"), any other definite field with its adjective or second field ("للغة العربية"), or a
 * field noun of FIELD_NOUNS with one or two definite words it governs ("لسياسة الشرق الأدنى"); -1
 * when there is none ("جامعة القاهرة" is BODY_OF_PLACE's, "مستشفى غزة" a place's hospital, no field).
 */
function placeInstitutionEnd(ctx: Context, mention: TokenMention): number {
  const head = mention.first - 1
  const field = mention.last + 1
  if (!isInstitutionHead(ctx, head, NAMED_AFTER_A_PLACE) || field >= ctx.tokens.length || breakBetween(ctx, mention.last, field)) return -1
  const { pre, post } = ctx.tokens[field].clitics
  const definite = (t: number) => t < ctx.tokens.length && !breakBetween(ctx, t - 1, t) && isDefiniteStem(ctx.stems[t]) && ctx.tokens[t].clitics.post.length === 0
  let last = field
  // A field, not a purpose: "مستشفى غزة للعلاج" is Gaza's hospital, for treatment. A listed field, or one an
  // adjective or a second field says is one ("مركز أبوظبي للغة العربية", "سوق أبوظبي للأوراق المالية").
  if (isDefiniteField(ctx, field)) {
    if (FIELD_TAILS.has(ctx.tokens[field].norm)) return definite(last + 1) && PATTERNS.nisba.test(ctx.stems[last + 1]) ? last + 1 : last
    return qualifiesField(ctx, last + 1) ? last + 1 : -1
  }
  if (post.length > 0 || pre[0] !== 'ل' || ctx.stems[field].length < 3) return -1
  if (pre.length !== 1 || !FIELD_NOUNS.has(ctx.stems[field]) || !definite(last + 1)) return -1
  last++
  if (definite(last + 1)) last++
  return last
}

/**
 * Token t is a court's kind, an indefinite bare word ("جنايات", "استئناف"), right after an indefinite "محكمة";
 * not a preposition ("محكمة في إسطنبول" is a court there).
 */
function isCourtOfKind(ctx: Context, t: number): boolean {
  if (t < 1 || ctx.owner[t - 1] >= 0 || breakBetween(ctx, t - 1, t) || ctx.tokens[t].clitics.pre.length > 0 || ctx.stems[t].length < 3) return false
  return isHead(ctx, COURT, t - 1) && !isDefiniteStem(ctx.stems[t - 1]) && !isDefiniteStem(ctx.stems[t])
}

/**
 * A one-word place shaped like a nisba right after a definite noun it agrees with is that noun's adjective
 * ("الأميرة السعودية": Saudi, not Saudi Arabia). The adjective agrees with its noun; a feminine plural in
 * ات takes a feminine one ("الاستثمارات السعودية").
 */
function isNisbaAdjective(ctx: Context, mention: TokenMention): boolean {
  if (mention.type !== 'place' || mention.first !== mention.last || mention.first === 0) return false
  const t = mention.first
  if (breakBetween(ctx, t - 1, t) || ctx.owner[t - 1] >= 0) return false
  const before = ctx.stems[t - 1]
  const stem = ctx.stems[t]
  if (isDefiniteStem(before)) return PATTERNS.nisba.test(stem) && stem.endsWith('يه') === (before.endsWith('ه') || before.endsWith('ات'))
  // "جهات [سورية] معارضة": after an indefinite feminine plural, bare, the feminine nisba agrees with it (Syrian), though
  // "سورية" also spells the country ("في سورية" keeps it: a preposition there is no noun).
  return PATTERNS.indefiniteFeminineNisba.test(stem) && before.length >= 4 && before.endsWith('ات') && ctx.tokens[t - 1].clitics.pre.length === 0 &&
    ctx.tokens[t].clitics.pre.length === 0 && isClustered(ctx, ctx.tokens[t - 1].norm)
}

/**
 * Token t is a person's title between a district word and the name: places named after people ("منطقة
 * السيدة زينب", "حي الشيخ جراح", "مدينة الملك عبدالله") are places, the title part of their name.
 */
function isTitledPlace(ctx: Context, t: number): boolean {
  // (Indefinite, in the construct state with the name: "في العاصمة المهندس إبراهيم زيدان" is the capital, then its mayor.)
  return t > 0 && TITLES.has(ctx.stems[t]) && !breakBetween(ctx, t - 1, t) && ctx.owner[t - 1] < 0 && isHead(ctx, DISTRICT_WORDS, t - 1) &&
    !isDefiniteStem(ctx.stems[t - 1])
}

/**
 * The institution head before a person's name, at token t or before the title at t ("مركز جون إف. كينيدي",
 * "جامعة الملك عبد الله"), or -1.
 */
function institutionHead(ctx: Context, t: number): number {
  if ((isHead(ctx, INSTITUTION_HEADS, t) || isHead(ctx, NAMED_UNIT_HEADS, t)) && !isDefiniteStem(ctx.stems[t])) return t
  const titled = t > 0 && TITLES.has(ctx.stems[t]) && !breakBetween(ctx, t - 1, t) && ctx.owner[t - 1] < 0
  if (titled && isHead(ctx, INSTITUTION_HEADS, t - 1) && !isDefiniteStem(ctx.stems[t - 1])) return t - 1
  return describedInstitutionHead(ctx, titled ? t - 1 : t)
}

/**
 * Armed units named after a person: "[لكتيبة] طارق بن زياد", "كتائب عبد الله عزام". Not "لواء", also a rank before its holder
 * ("برتبة لواء أحمد"). Normalised.
 */
const NAMED_UNIT_HEADS = new Set([...UNIT_HEADS].filter((word) => word !== normalizeArabic('لواء')))
/** "نادي": a club's head (normalised). */
const CLUB_HEAD = normSet(['نادي'])
/** How many definite nisbas may describe an institution's head before its namesake ("المستشفى الجامعي الدولي"). */
const MAX_INSTITUTION_NISBAS = 2

/**
 * "إنجاز [المستشفى الجامعي] الملك سلمان بن عبد العزيز", "في المستشفى الجامعي نفيسة حمود": a definite institution head and
 * one or two definite nisbas, token t the last of them, before a person's name: the institution named after the person, as
 * Maghrebi hospitals are. Not after a title, whose holder the person is ("مدير المركز الاستشفائي الجامعي فهد العمري"). −1
 * when none.
 */
function describedInstitutionHead(ctx: Context, t: number): number {
  let k = t
  // (Not a company, whose officer follows it, "الرئيس التنفيذي للشركة الإماراتية سلطان الجابر"; nor a body behind ل.)
  const isInstitutionHead = (j: number) => isDefiniteStem(ctx.stems[j]) && INSTITUTION_HEADS.has(ctx.stems[j].slice(2)) && !COMPANY_HEADS.has(ctx.stems[j].slice(2)) &&
    ctx.tokens[j].clitics.post.length === 0 && !ctx.tokens[j].clitics.pre.includes('ل')
  // (A head's normalised "المستشفي" has a nisba's shape.)
  while (k > 0 && t - k < MAX_INSTITUTION_NISBAS && ctx.owner[k] < 0 && !isInstitutionHead(k) && isBareDefinite(ctx, k, k - 1) && PATTERNS.nisba.test(ctx.stems[k])) k--
  if (k === t || ctx.owner[k] >= 0 || !isInstitutionHead(k)) return -1
  return k > 0 && TITLES.has(ctx.stems[k - 1]) && !breakBetween(ctx, k - 1, k) ? -1 : k
}

/**
 * The head of a facility named after a titled person, when token t ends its titles (one or two: "الملك",
 * "الأمير مولاي"), or -1. Not a person's own titles after another noun ("زيارة الملك فهد").
 */
function titledFacilityHead(ctx: Context, t: number): number {
  let k = t
  while (k > 0 && t - k < 2 && (TITLES.has(ctx.stems[k]) || HONORIFICS.has(ctx.stems[k])) && !breakBetween(ctx, k - 1, k) && ctx.owner[k - 1] < 0) k--
  if (k === t || (!TITLES.has(ctx.stems[k + 1]) && !HONORIFICS.has(ctx.stems[k + 1]))) return -1
  const head = k
  // (Not "سجن": "بسجن الصحفي شيروان شيرواني" is his imprisonment; nor a shrine before a title: "ضريح الشاعر حافظ الشيرازي".)
  if (isHead(ctx, IMPRISONMENT, head)) return -1
  if (isHead(ctx, SHRINE_HEADS, head) && ctx.stems.slice(head + 1, t + 1).some((stem) => TITLES.has(stem))) return -1
  return ((isHead(ctx, STREET_HEADS, head) && !isByWayOf(ctx, head)) || isHead(ctx, FACILITY_HEADS, head) || isHead(ctx, VENUE_HEADS, head)) &&
    !isDefiniteStem(ctx.stems[head]) ? head : -1
}

/** "عن طريق المهاجم حسام عادل" (by way of the striker): "طريق" after "عن" is no road. */
function isByWayOf(ctx: Context, head: number): boolean {
  return ctx.stems[head] === ROAD && head > 0 && ctx.tokens[head - 1].norm === BY && !breakBetween(ctx, head - 1, head)
}
const ROAD = normalizeArabic('طريق')
const BY = normalizeArabic('عن')

/** Token t is a direction between a place's descriptor (or its ruler) and the place: "محافظة شمال سيناء", "محافظ شمال سيناء". */
function isProvinceDirection(ctx: Context, t: number): boolean {
  return t > 0 && DIRECTIONS.has(ctx.stems[t]) && ctx.tokens[t].clitics.pre.length === 0 && !breakBetween(ctx, t - 1, t) &&
    ctx.owner[t - 1] < 0 && (isHead(ctx, PLACE_DESCRIPTORS, t - 1) || PLACE_RULERS.has(ctx.stems[t - 1]))
}

/** Token t is a known one-word place written without clitics (the article aside): "العراق", not "بمكة". */
/** Heads of sports venues, no article: "صالة", "ملعب", "استاد" (a theatre's "مسرح" may be its company). */
const SPORTS_VENUE_HEADS: ReadonlySet<string> = new Set(['صالة', 'ملعب', 'استاد', 'ستاد'].map((word) => normalizeArabic(word)))

function isBareKnownPlace(ctx: Context, t: number): boolean {
  const stem = ctx.stems[t]
  return ctx.tokens[t].norm === stem && (ctx.gazetteer.places.get(stem)?.some((words) => words.length === 1) ?? false)
}

/** The mention stands alone in quotation marks: "لـ«الشرق الأوسط»", "لـ\"الجزيرة\"". */
export function isQuotedAlone(ctx: Context, mention: TokenMention): boolean {
  const before = ctx.text.slice(mention.first > 0 ? ctx.tokens[mention.first - 1].end : 0, ctx.tokens[mention.first].start)
  const after = ctx.text.slice(ctx.tokens[mention.last].end, mention.last + 1 < ctx.tokens.length ? ctx.tokens[mention.last + 1].start : ctx.text.length)
  return PATTERNS.quoteBefore.test(before) && PATTERNS.quoteAfter.test(after)
}
