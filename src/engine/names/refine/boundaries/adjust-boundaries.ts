import { isDefiniteStem } from '../shared/definite.ts'
import { isListedClub } from '../shared/listed-club.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { breakBetween, isHead, isKnownPlace, onlyTheArticle, type Context, type TokenMention } from '../shared/context.ts'
import { WORD_CLASS } from '../../tagger/gazetteer.ts'
import { compoundPlaceEnd } from './compound-place-end.ts'
import { isLoneHead } from '../drop/drop-non-names.ts'
import { CITY, CITY_KINDS } from '../find/find-places.ts'
import { isAboutSport } from '../drop/drop-clubs-off-the-pitch.ts'
import { hasTanween, isClustered, isKnownVerb, isNameLike, isUnclustered } from '../shared/name-like.ts'
import { knownOrganizationEnd } from '../shared/known-organization-end.ts'
import { isSeatedBody } from './join-seats.ts'
import { isNamedInCommonWords } from '../shared/named-in-common-words.ts'
import { isJoinedAbd, startsPersonName, titlePhraseEndsAt } from '../shared/given-name-start.ts'
import { isCountryNisba, isNationalityNisba } from '../shared/nationality-nisba.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { isPurposeVerbalNoun } from '../shared/purpose-verbal-noun.ts'
import { knownPhraseEnd, knownPhraseEndAfterAnd } from '../shared/known-phrase-end.ts'
import { isKnownPlacePhrase, isOneWordKnownPlace, knownPlaceEndAt, longerKnownPlaceEnd, spellsPlaceAt } from '../shared/known-place-phrase.ts'
import { isWorldFamilyName } from '../shared/known-full-name.ts'
import { compoundPlaceStart, directionEnd as placeDirectionEnd, isCompoundPlaceStart } from './compound-place-end.ts'
import { singularOfPluralTitle } from '../shared/plural-title.ts'
import {
  ADVERBS, DIRECTORATE, ORDINAL_WORDS, UNSEEN_PLACE_HEADS, BODY_OF_PLACE, CHAIN_HEADS, REGNAL_TITLES, CLUB_CITIES, COMPOUND_PLACE_STARTS, DISTRICT_WORDS, IN, INSTITUTION_HEADS, AGENCY, AGENCY_TAIL, DUAL_PLACE_HEADS, GROUP_HEADS, PUBLIC_BODY_HEADS, PUBLIC_BODY_ADJECTIVES, VENUE_HEADS, PREPOSITION_ALA, PURPOSES, DESCRIPTOR_HEADS, FACILITY_HEADS, GIVEN, NAMED_STREET_HEADS, NOT_A_NAME_END, PLACE_RULERS, PRODUCT_HEADS, STATE_HEADS, TITLE_PHRASES, CLUB_NAME_WORDS, DIRECTION_ADJECTIVES, DIRECTIONS, KINSHIP, ORIENTATIONS, PLACE_KIND_HEADS, STATION, STATION_KINDS, STREET_HEADS, LINKING_PARTICLES, MINISTRY, NAME_ADJECTIVES, NAME_ENDERS, NAME_HEADS, NATIONAL_HEADS, PLACE_DESCRIPTORS, PLACE_NAME_HEADS, PLACE_FACILITY_HEADS, HOSTED_EVENTS, SEMI, SEMI_PLACES, TITLES, TRANSLITERATED_DIRECTIONS, PERSON_NAMED_PLACE_HEADS, SPEECH_VERB_STEMS, WEEKDAYS, hasWithArticle,
} from '../shared/word-lists.ts'
import { countryForceEnd } from '../find/country-forces.ts'
import { isObjectVerbalNoun } from './trim-run-ons.ts'
import { isSchemeFoundWhole } from '../find/find-schemes.ts'

/** "التابعة ل…": affiliated to; a weekday. Neither is in a body's name. Hand-written. */
const AFFILIATED: ReadonlySet<string> = new Set(['التابعة', 'التابع', 'التابعين', 'التابعتين'].map((word) => normalizeArabic(word)))
/** A body's stance after its nationality: "الائتلاف الوطني السوري المعارض". */
const STANCES: ReadonlySet<string> = new Set(['المعارض', 'المعارضة', 'الموالي', 'الموالية'].map((word) => normalizeArabic(word)))
/**
 * When a body sat, after its name: "الحكومة [السابقة]", "البرلمان [الحالي]". Not "الجديد", which as often ends a
 * name ("حراك الجيل الجديد", "استاد السويس الجديد"). Hand-written (session 17).
 */
const TERM_ADJECTIVES: ReadonlySet<string> = new Set(['السابق', 'السابقة', 'الحالي', 'الحالية', 'المقبل', 'المقبلة', 'المنتهية'].map((word) => normalizeArabic(word)))
/** The continents, whose parts are named with a direction before them ("جنوب آسيا", "غرب أفريقيا"). Hand-written. */
const CONTINENTS: ReadonlySet<string> = new Set(['آسيا', 'أفريقيا', 'إفريقيا', 'أوروبا', 'أمريكا', 'أميركا'].map((word) => normalizeArabic(word)))

/** Pronouns standing alone: "هي" after a name begins what is said of her. Normalised; hand-written. */
const DETACHED_PRONOUNS = new Set(['هو', 'هي', 'هم', 'هن', 'هما', 'انا', 'نحن', 'انت', 'انتم'])
/** A word with a digit in it ("لرصيف22"): no part of a person's name. */
const HAS_DIGIT = /[0-9]/u

/** Words (as written, clitics on) that give an example or single one out of a list: "مثل", "خاصة", "لاسيما", "منها" (not "سيما" alone: Sima Bahous). Hand-written. */
const EXAMPLE_WORDS = new Set(['مثل', 'خاصة', 'وخاصة', 'لاسيما', 'منها', 'ومنها', 'بينها'].map((word) => normalizeArabic(word)))
/** Verbs of saying in the present, a reported speaker's name after them ("تضيف سليمان", "يقول أحمد"). Stems; hand-written. */
const PRESENT_SAYING = new Set(
  ['تضيف', 'يضيف', 'تقول', 'يقول', 'توضح', 'يوضح', 'تتابع', 'يتابع', 'تشير', 'يشير', 'تؤكد', 'يؤكد', 'تروي', 'يروي', 'تحكي', 'يحكي', 'تعلق', 'يعلق']
    .map((verb) => normalizeArabic(verb)),
)

/** Verbs of saying in the past, as PRESENT_SAYING. Not "بين" as written without its shadda: "between", or Ben. Hand-written. */
const PAST_SAYING = new Set(['قال', 'أكد', 'أوضح', 'أضاف', 'أشار', 'ذكر', 'شدد', 'لفت', 'نوه', 'صرح', 'أفاد'].map((verb) => normalizeArabic(verb)))
const EXPLAINED_AS_WRITTEN = 'بيّن'
/** The short vowels and tanween, not the shadda (U+0651). */
const VOWEL_MARKS = /[\u064B-\u0650\u0652]/gu

/** A present verb with an object pronoun on it ("يرتاده", "تديرها"), not a known place. */
function isVerbWithObject(ctx: Context, t: number): boolean {
  const { clitics } = ctx.tokens[t]
  return clitics.pre.length === 0 && OBJECT_PRONOUNS.has(clitics.post[0] ?? '') && PATTERNS.presentVerb.test(ctx.stems[t]) &&
    ctx.stems[t].length >= MIN_VERB_LETTERS && !isKnownPlace(ctx, t)
}
const OBJECT_PRONOUNS = new Set(['ه', 'ها', 'هم', 'هما', 'هن'])
/** The stem's letters (the pronoun off): "يرتاد"; shorter stems are names as often ("يافا"). */
const MIN_VERB_LETTERS = 5

function isVerbOfSaying(ctx: Context, t: number): boolean {
  const stem = ctx.stems[t]
  if (PRESENT_SAYING.has(stem) || PAST_SAYING.has(stem)) return true
  const { start, end } = ctx.tokens[t]
  // Its other marks dropped, the shadda kept: "بيَّن" too.
  return ctx.text.slice(start, end).replace(VOWEL_MARKS, '').endsWith(EXPLAINED_AS_WRITTEN)
}

/** Rules 1–2: trims and head extensions on the tagger's own mentions (an empty list: not a name after all). */
export function adjustBoundaries(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  // "[الحركة الفلسطينية]" cut to its head by the nisba rule: a head alone names nothing (the movement already named).
  // A head alone names nothing: "الكورنيش" (isLoneHead), and a street's bare head a verb was cut from ("في شارع [يرتاده]").
  // So does a place's kind with the article, "في [المحافظة]" (the governorate already named).
  return adjustEach(ctx, mentions).filter((m) => !(m.first === m.last && m.type !== 'person' &&
    ((isDefiniteStem(ctx.stems[m.first]) && (isLoneHead(ctx.stems[m.first]) || isPlaceKindAnaphor(ctx.stems[m.first]))) || STREET_HEADS.has(ctx.stems[m.first]))))
}

/**
 * "قيادة [الجيش] اللبناني": a national head (NATIONAL_HEADS) right after an indefinite head in the construct state, which
 * keeps its nisba as it would first; not where a second name follows "و" ("قطارات الاتحاد وأسياد العمانية").
 */
function isNationalHeadInConstruct(ctx: Context, first: number, last: number): boolean {
  if (first >= last || isDefiniteStem(ctx.stems[first]) || !isDefiniteStem(ctx.stems[first + 1]) || !NATIONAL_HEADS.has(ctx.stems[first + 1])) return false
  for (let t = first + 2; t <= last; t++) if (ctx.tokens[t].clitics.pre[0] === 'و') return false
  return true
}

/**
 * "المحافظة", "القرية": a place's kind with the article, which refers back to the place. Not "المدينة" (Medina), nor
 * "الإقليم", which a nisba may have been cut from ("الإقليم الصومالي", Ethiopia's Somali Region).
 */
function isPlaceKindAnaphor(stem: string): boolean {
  return !PLACE_KIND_NAMES.has(stem) && PLACE_KIND_HEADS.has(stem.slice(2))
}
const PLACE_KIND_NAMES: ReadonlySet<string> = new Set(['المدينة', 'الإقليم'].map((word) => normalizeArabic(word)))
/** What is said of a state before its name: its unity, sovereignty, safety, stability, territory. Hand-written. */
const STATE_QUALITIES: ReadonlySet<string> = new Set(['وحدة', 'سيادة', 'سلامة', 'استقرار', 'أراضي'].map((word) => normalizeArabic(word)))
/** A nisba in the masculine plural: "الفلسطينيين", "المصريون". */
const PLURAL_NISBA = /ي(?:ين|ون)$/u

/**
 * "في بلدة [مثل كفر قاسم]", "[خاصة الطيرة]": a word giving an example opens the list, not the name, and alone is
 * none (a settlement's head before it had taken it for the town's name). Run last, on every rule's names.
 */
export function trimExampleWords(ctx: Context, mentions: readonly TokenMention[]): TokenMention[] {
  return mentions.flatMap((m) => {
    if (!EXAMPLE_WORDS.has(ctx.tokens[m.first].norm)) return [m]
    return m.last > m.first ? [{ ...m, first: m.first + 1 }] : []
  })
}

/**
 * "الظهير [الأيمن] عمر الشافعي": the side of a player's position opens no person's name; last, after the rules that
 * extend a person backwards over the words before it.
 */
export function trimPitchSides(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.map((m) => {
    let first = m.first
    if (m.type === 'person') while (first < m.last && PITCH_SIDES.has(ctx.stems[first])) first++
    return first === m.first ? m : { ...m, first }
  })
}

function adjustEach(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.flatMap((mention): TokenMention[] => {
    // "أنهت [الهيئة ترميم البوابة الشمالية لحصن الأخيضر]": a definite general head followed by a bare verbal noun is the
    // verb's subject and its object, no name (a body's name goes on with a definite word: "الهيئة العامة").
    if (mention.type === 'organization' && isHeadIntoVerbalNoun(ctx, mention)) return []
    // "[وزار الملك] فهد الرياض": a verb of acting, then a title, begins the sentence's subject, not a name.
    if (mention.type !== 'person' && mention.last > mention.first && isVerbBeforeTitle(ctx, mention.first)) {
      return adjustBoundaries(ctx, [{ ...mention, first: mention.first + 1 }])
    }
    // "جهاز [رنين مغناطيسي]": what a device is, no person.
    if (mention.type === 'person' && mention.first > 0 && ctx.tokens[mention.first - 1].norm === DEVICE && !breakBetween(ctx, mention.first - 1, mention.first)) return []
    // "وفد حركة حماس بموسكو": the tagger ran the organisation on into the place it met in; "حي أبو سليم بطرابلس",
    // a place into the city it is in.
    for (let t = mention.first + 1; t <= mention.last; t++) {
      const entry = placeAfterPreposition(ctx, t)
      // (But a court, a university or a local body is named with its seat: "محكمة الاستئناف بتونس", "الجامعة الأمريكية
      // بالقاهرة", join-seats.ts.)
      if (entry && mention.type === 'organization' && isSeatedBody(ctx, mention.first) && t + entry.length - 1 === mention.last) break
      if (entry) {
        const place: TokenMention = { type: 'place', first: t, last: t + entry.length - 1 }
        return [...adjustBoundaries(ctx, [{ ...mention, last: t - 1 }]), place]
      }
      // "[مستشفى حراء العام بحي الشرائع]": a district's or a town's head behind ب, and its name, are where the body is; a
      // word with a pronoun before it was no name ("[مكتبه بحي البراق]": his office).
      if (t < mention.last && mention.type !== 'person' && isDistrictAfterPreposition(ctx, t)) {
        const place: TokenMention = { type: 'place', first: t, last: mention.last }
        const before = ctx.tokens.slice(mention.first, t).some((token) => token.clitics.post.length > 0) ? [] : adjustBoundaries(ctx, [{ ...mention, last: t - 1 }])
        return [...before, place]
      }
    }
    // "[الاتحاد سيدعم أوكرانيا]": a verb in the future inside a mention is the sentence's; a known place after it is its
    // object, the words before it a name of their own.
    // (A name may begin so, "سيمون", but not with a known place the last word after it.)
    if (mention.last > mention.first + 1 && isKnownPlace(ctx, mention.last)) {
      const t = mention.last - 1
      const word = ctx.tokens[t].norm
      if (ctx.tokens[t].clitics.pre.length === 0 && (PATTERNS.futureVerb.test(word) || PATTERNS.shortFutureVerb.test(word)) && !GIVEN.has(ctx.stems[t])) {
        return [...adjustBoundaries(ctx, [{ ...mention, last: t - 1 }]), { type: 'place', first: mention.last, last: mention.last }]
      }
    }
    // "[الجيش المالي وجبهة تحرير أزواد]", "[الشركة العامة للكهرباء وجهاز تنمية …]": a body's head behind "و" begins a
    // second body the tagger ran the first into.
    if (mention.type === 'organization') {
      for (let t = mention.first + 1; t <= mention.last; t++) {
        // (With two words after it at least: "مستشفى الملك فيصل التخصصي ومركز الأبحاث" is one name.)
        if (t + 2 <= mention.last && isListedBodyHead(ctx, t) && !breakBetween(ctx, t - 1, t)) {
          return [...adjustBoundaries(ctx, [{ ...mention, last: t - 1 }]), ...adjustBoundaries(ctx, [{ ...mention, first: t }])]
        }
      }
    }
    // "[كورنيش المعادي]": a person's name does not begin with a street's or a facility's head; a place does.
    if (mention.type === 'person' && mention.last > mention.first && !isDefiniteStem(ctx.stems[mention.first]) &&
      (NAMED_STREET_HEADS.has(ctx.stems[mention.first]) || PERSON_NAMED_PLACE_HEADS.has(ctx.stems[mention.first]))) {
      return adjustBoundaries(ctx, [{ ...mention, type: 'place' }])
    }
    // "[المحور كورنيش المعادي]": a street's head begins the place; the definite word before it is another phrase's.
    if (mention.type === 'place' && mention.last > mention.first + 1 && isDefiniteStem(ctx.stems[mention.first]) &&
      NAMED_STREET_HEADS.has(ctx.stems[mention.first + 1])) {
      return adjustBoundaries(ctx, [{ ...mention, first: mention.first + 1 }])
    }
    // "[بابا الفاتيكان]": a ruler's title in construct before the place he rules is his, not the place's (not "لواء",
    // a general and a Jordanian district).
    if (mention.type === 'place' && mention.last > mention.first && ctx.tokens[mention.first].clitics.pre.length === 0 &&
      !isDefiniteStem(ctx.stems[mention.first]) && hasWithArticle(REGNAL_TITLES, ctx.stems[mention.first]) && isDefiniteStem(ctx.stems[mention.first + 1])) {
      return adjustBoundaries(ctx, [{ ...mention, first: mention.first + 1 }])
    }
    // "دعم [وحدة سوريا]": a state's unity, sovereignty or safety is said of the place, no body's name. (Not in sport:
    // "وحدة عدن" is a club.)
    if (mention.type === 'organization' && mention.last > mention.first && ctx.tokens[mention.first].clitics.post.length === 0 &&
      STATE_QUALITIES.has(ctx.stems[mention.first]) && isKnownPlacePhrase(ctx, mention.first + 1, mention.last) && !isAboutSport(ctx)) {
      return [{ type: 'place', first: mention.first + 1, last: mention.last }]
    }
    // "[الملك فهد الرياض]" typed a body: a definite title and a given name begin a person (where he went is cut below).
    // (Not a place named so after its kind's head: "أحياء [الحاج يوسف]", "بلدة [النبي شيت]".)
    if (mention.type !== 'person' && mention.last > mention.first && isDefiniteStem(ctx.stems[mention.first]) && TITLES.has(ctx.stems[mention.first]) &&
      GIVEN.has(ctx.stems[mention.first + 1]) && !(PLACE_NAMING_TITLES.has(ctx.stems[mention.first]) && isAfterPlaceHead(ctx, mention.first))) {
      return adjustBoundaries(ctx, [{ ...mention, type: 'person' }])
    }
    // "[عصام عمر وطه] دسوقي": "و" and a given name begin another person (found after, as a list goes on).
    if (mention.type === 'person') {
      for (let t = mention.first + 1; t <= mention.last; t++) {
        // (The tokenizer keeps a short one whole: "وطه".)
        const { norm } = ctx.tokens[t]
        const andGiven = (ctx.tokens[t].clitics.pre[0] === 'و' && GIVEN.has(ctx.stems[t])) || (norm.startsWith('و') && norm.length <= 4 && GIVEN.has(norm.slice(1)))
        if (andGiven) return adjustBoundaries(ctx, [{ ...mention, last: t - 1 }])
      }
    }
    // "[آبي أحمد سد] النهضة": a person's name does not end in a facility's head either.
    if (mention.type === 'person' && mention.last > mention.first && (NOT_A_NAME_END.has(ctx.stems[mention.last]) || NAMED_STREET_HEADS.has(ctx.stems[mention.last]))) {
      return adjustBoundaries(ctx, [{ ...mention, last: mention.last - 1 }])
    }
    // "موقع [دادان الأثري]", "مدينة [تيمقاد الأثرية]": "archaeological" describes the site, no part of its name (the read sets
    // name the site alone, or with its head, 19 times the tagger took the adjective).
    if (mention.type === 'place' && mention.last > mention.first && ARCHAEOLOGICAL.has(ctx.tokens[mention.last].norm) && !isLoneHead(ctx.stems[mention.first])) {
      return adjustBoundaries(ctx, [{ ...mention, last: mention.last - 1 }])
    }
    // "سوق [المنامة المركزي]": "central" after a known place describes the head before it (the market), no part of the place;
    // with the head, "[سوق المنامة] المركزي", it is the market's.
    if (mention.type === 'place' && mention.last > mention.first && CENTRAL.has(ctx.tokens[mention.last].norm) && isKnownPlacePhrase(ctx, mention.first, mention.last - 1)) {
      return adjustBoundaries(ctx, [{ ...mention, last: mention.last - 1 }])
    }
    const after = mention.last + 1
    if (mention.type === 'place' && mention.last > mention.first && after < ctx.tokens.length && CENTRAL.has(ctx.tokens[after].norm) && ctx.owner[after] < 0 &&
      !breakBetween(ctx, mention.last, after) && isKnownPlacePhrase(ctx, mention.first + 1, mention.last) && !isKnownPlacePhrase(ctx, mention.first, mention.last)) {
      return [{ ...mention, last: after }]
    }
    // "اتهم [مركز الميزان لحقوق الإنسان] [الجيش الإسرائيلي]": a body named for human rights ends there; a country's
    // institution after it is the verb's object.
    if (mention.type === 'organization') {
      for (let k = mention.first + 2; k < mention.last; k++) {
        if (ctx.stems[k - 1] === HUMAN && ctx.stems[k - 2] === RIGHTS && ctx.tokens[k - 2].clitics.pre.join('') === 'ل' && NATIONAL_HEADS.has(ctx.stems[k]) &&
          isNationalityNisba(ctx.stems[k + 1], ctx.gazetteer)) {
          return [...adjustBoundaries(ctx, [{ ...mention, last: k - 1 }]), ...adjustBoundaries(ctx, [{ ...mention, first: k }])]
        }
      }
    }
    // "على [شارع البحر غربي دير البلح]": a bare direction between a place and a known place says where the first lies;
    // two places.
    if (mention.type === 'place') {
      for (let k = mention.first + 1; k < mention.last; k++) {
        if (SIDE_OF.has(ctx.tokens[k].norm) && isKnownPlacePhrase(ctx, k + 1, mention.last)) {
          return [...adjustBoundaries(ctx, [{ ...mention, last: k - 1 }]), { type: 'place', first: k + 1, last: mention.last }]
        }
      }
    }
    // "زار [مديرية الدريهمي]": a directorate named by a known place, or by a definite word the unlabelled text never had, is a
    // district (Yemen's); one named by its field is a body ("مديرية الأمن", "مديرية تربية النجف", "مديرية التموين", whose
    // verbal noun the clusters never saw).
    if (mention.type === 'organization' && mention.last === mention.first + 1 && ctx.stems[mention.first] === DIRECTORATE &&
      ctx.tokens[mention.first].clitics.post.length === 0 && ctx.tokens[mention.last].clitics.post.length === 0 &&
      (isKnownPlace(ctx, mention.last) || (isDefiniteStem(ctx.stems[mention.last]) && isUnclustered(ctx, ctx.tokens[mention.last].norm) &&
        !PATTERNS.verbalNounShape.test(ctx.stems[mention.last].slice(2))))) {
      return [{ ...mention, type: 'place' }]
    }
    // "[سوق المنامة المركزي]": a town's central market is a place, though the tagger read it as a body (a market that trades
    // shares is one: "سوق دبي المالي").
    if (mention.type === 'organization' && mention.last > mention.first + 1 && ctx.stems[mention.first] === MARKET &&
      ctx.tokens[mention.first].clitics.pre.length === 0 && CENTRAL.has(ctx.tokens[mention.last].norm) && isKnownPlacePhrase(ctx, mention.first + 1, mention.last - 1)) {
      return [{ ...mention, type: 'place' }]
    }
    // "في [مدينة العين عيادة] متخصصة": nor a place's in an institution's or a clinic's head, the object after it. (Not a facility's:
    // "محافظة حقل" is a Saudi governorate.)
    if (mention.type === 'place' && mention.last > mention.first && ctx.tokens[mention.last].clitics.pre.length === 0 && ctx.tokens[mention.last].clitics.post.length === 0 &&
      (INSTITUTION_HEADS.has(ctx.stems[mention.last]) || CLINIC.has(ctx.stems[mention.last]))) {
      return adjustBoundaries(ctx, [{ ...mention, last: mention.last - 1 }])
    }
    // "[سعاد لرصيف22]": a word with a digit in it ends no person's name; nor does a pronoun after a given name alone, "[سعاد
    // هي] من بدأت الجمعية" (Korean names end in the same sounds: "كيم كون هي", "كيم جونغ هو").
    if (mention.type === 'person' && mention.last > mention.first && (HAS_DIGIT.test(ctx.tokens[mention.last].norm) ||
      (mention.last === mention.first + 1 && DETACHED_PRONOUNS.has(ctx.tokens[mention.last].norm) && GIVEN.has(ctx.stems[mention.first])))) {
      return adjustBoundaries(ctx, [{ ...mention, last: mention.last - 1 }])
    }
    // "[البصرة وذي قار]": a known place, then "و" and more, is two places; a country named so whole ("البوسنة والهرسك")
    // is a known phrase and stays.
    if (mention.type === 'place' && !isKnownPlacePhrase(ctx, mention.first, mention.last)) {
      for (let t = mention.first + 1; t <= mention.last; t++) {
        // (The tokenizer keeps a short word whole, "وذي": then the place after "و" must be a known one too.)
        const and = ctx.tokens[t].clitics.pre[0] === 'و' ||
          Math.max(knownPhraseEndAfterAnd(ctx, t, ctx.gazetteer.places), knownPhraseEndAfterAnd(ctx, t, ctx.gazetteer.articlePlaces)) >= t
        if (!and || !isKnownPlacePhrase(ctx, mention.first, t - 1)) continue
        return [...adjustBoundaries(ctx, [{ ...mention, last: t - 1 }]), ...adjustBoundaries(ctx, [{ ...mention, first: t }])]
      }
    }
    // "في شارع [يرتاده] التجار" (a street the traders frequent): a present verb carrying an object pronoun ends no
    // place's or body's name; the name ends before it (Xinhua's caption).
    if (mention.type !== 'person' && mention.last > mention.first && isVerbWithObject(ctx, mention.last)) {
      return adjustBoundaries(ctx, [{ ...mention, last: mention.last - 1 }])
    }
    // "وتضيف [سليمان]": a verb of saying in the present before a name is the sentence's, not the name's; so is one in
    // the past ("بيّن الغامدي", Okaz), which the tagger joins to a surname alone.
    if (mention.type === 'person' && mention.last > mention.first && isVerbOfSaying(ctx, mention.first)) {
      return adjustBoundaries(ctx, [{ ...mention, first: mention.first + 1 }])
    }
    // "[صادق] الكنيست", "البرلمان [صادق] في قراءة": the verb "ratified", spelled as the given name Sadiq, before the
    // body that ratified or before "على" / "في".
    if (mention.type === 'person' && ctx.stems[mention.first] === RATIFIED && isRatifying(ctx, mention)) {
      return mention.first === mention.last ? [] : adjustBoundaries(ctx, [{ ...mention, first: mention.first + 1, type: 'organization' }])
    }
    // "[الشهيد رجائي بميناء] بندر عباس": a common word behind a preposition ends a person's name.
    if (mention.type === 'person' && mention.last > mention.first && isCommonWordAfterPreposition(ctx, mention.last)) {
      return adjustBoundaries(ctx, [{ ...mention, last: mention.last - 1 }])
    }
    // "[محكمة الاستئناف بتأييد] الحكم": a verbal noun of the تفعيل kind behind ب ends a body's name (the ruling, not
    // the seat; a town of that shape is known: "بتبريز").
    if (mention.type === 'organization' && mention.last > mention.first && ctx.tokens[mention.last].clitics.pre.length === 1 &&
      ctx.tokens[mention.last].clitics.pre[0] === 'ب' && PATTERNS.verbalNoun.test(ctx.stems[mention.last]) &&
      isClustered(ctx, ctx.stems[mention.last]) && !isKnownPlace(ctx, mention.last)) {
      return adjustBoundaries(ctx, [{ ...mention, last: mention.last - 1 }])
    }
    // "البنك المركزي التركي فاتح قره": the tagger ran an institution named by its country on into the
    // name of the person after it (its governor, spokesman): the person starts after the nationality. Not
    // where the name goes on with a field ("المرصد السوري [لحقوق] الإنسان": no name begins with ل).
    if (mention.type === 'organization' && NATIONAL_HEADS.has(ctx.stems[mention.first])) {
      for (let t = mention.first + 1; t < mention.last; t++) {
        if (!isNationalityNisba(ctx.stems[t], ctx.gazetteer) || isDefiniteStem(ctx.stems[t + 1]) || breakBetween(ctx, t, t + 1)) continue
        // (The tokenizer leaves ل on some words: "لكرة القدم".)
        if (ctx.tokens[t + 1].clitics.pre.length > 0 || (ctx.tokens[t + 1].norm.startsWith('ل') && !GIVEN.has(ctx.stems[t + 1]) && isClustered(ctx, ctx.tokens[t + 1].norm))) continue
        // Nor where a preposition follows: "الجامعة الأمريكية [في] الشارقة" is the university's name.
        if (PREPOSITIONS_AS_WRITTEN.has(ctx.text.slice(ctx.tokens[t + 1].start, ctx.tokens[t + 1].end))) continue
        // Nor before a place behind ب, the body's seat, which the tokenizer may leave whole: "الجامعة الإسلامية [بغزة]".
        if (placeAfterPreposition(ctx, t + 1) !== undefined) continue
        return [{ ...mention, last: t }, { type: 'person', first: t + 1, last: personEnd(ctx, mention.last) }]
      }
    }
    // "[شيخ الأزهر أحمد] الطيب": a title in the construct state and the body it is of, the tagger's person
    // running over both; the person starts after the body, which is a name of its own. (Or the tagger's person is the
    // title and the body alone, "[شيخ الأزهر] [أحمد الطيب]", which would join the name after it: the body only.)
    if (mention.type === 'person' && !isDefiniteStem(ctx.stems[mention.first]) && hasWithArticle(TITLES, ctx.stems[mention.first])) {
      const body = knownOrganizationEnd(ctx, mention.first + 1)
      if (body > mention.first && body < mention.last) {
        return [{ type: 'organization', first: mention.first + 1, last: body }, ...adjustBoundaries(ctx, [{ ...mention, first: body + 1 }])]
      }
      if (body === mention.last && body > mention.first) return [{ type: 'organization', first: mention.first + 1, last: body }]
    }
    // "محافظ [صلاح الدين بدر الفحل]", "محافظ ذي [قار مرتضى الإبراهيمي]": a known place of two words after a ruler's
    // title, the tagger's person run on from it or begun inside it; the person starts after it (a given name, or two words).
    if (mention.type === 'person' && mention.last > mention.first) {
      for (const start of [mention.first, mention.first - 1]) {
        if (start < 1 || breakBetween(ctx, start - 1, start) || !PLACE_RULERS.has(ctx.stems[start - 1])) continue
        if (start < mention.first && ctx.owner[start] >= 0) continue
        const end = knownPlaceEndAt(ctx, start)
        if (end > start && end >= mention.first && end < mention.last && (startsPersonName(ctx, end + 1) || end + 1 < mention.last)) {
          return [{ type: 'place', first: start, last: end }, ...adjustBoundaries(ctx, [{ ...mention, first: end + 1 }])]
        }
      }
    }
    // "عمدة [مرسيليا بونوا بايان]", "عمدة [مانشستر الكبرى آندي بورنهام]": a known city (or one with "الكبرى") after a
    // ruler's title, then two words or more: the city, then its mayor.
    // (The tagger's person may be the city alone: "عمدة [مانشستر الكبرى]".)
    if (mention.type === 'person' && mention.first > 0 && !breakBetween(ctx, mention.first - 1, mention.first) &&
      PLACE_RULERS.has(ctx.stems[mention.first - 1]) && !startsPersonName(ctx, mention.first)) {
      const city = mention.first < mention.last && GREATER.has(ctx.stems[mention.first + 1]) ? mention.first + 1 :
        isOneWordKnownPlace(ctx, ctx.stems[mention.first]) || CLUB_CITIES.has(ctx.stems[mention.first]) ? mention.first : -1
      if (city === mention.last) return [{ type: 'place', first: mention.first, last: city }]
      if (city >= 0 && city + 2 <= mention.last) return [{ type: 'place', first: mention.first, last: city }, ...adjustBoundaries(ctx, [{ ...mention, first: city + 1 }])]
    }
    // "محافظ [نينوى عبد القادر الدخيل]", "رئيس بلدية [نواذيبو محمد ولد أحمد]": a ruler's title in the construct
    // state governs the place he rules; the tagger ran that place on into his name, which starts at a given name.
    if (mention.type === 'person' && mention.first > 0 && !breakBetween(ctx, mention.first - 1, mention.first) &&
      PLACE_RULERS.has(ctx.stems[mention.first - 1]) && !startsPersonName(ctx, mention.first)) {
      for (let t = mention.first + 1; t <= Math.min(mention.last, mention.first + 2); t++) {
        if (startsPersonName(ctx, t)) return [{ type: 'place', first: mention.first, last: t - 1 }, ...adjustBoundaries(ctx, [{ ...mention, first: t }])]
      }
    }
    // "حاكم ولاية [ريو غراندي دو سول إدواردو ليتي]", "رئيس إقليم [بيمونتي ألبرتو تشيريو]": a place after its kind's
    // head or a ruler's title, the tagger's place run on into the name of the man who rules it, which starts at a
    // given name and has two words or more. Not a place named after a person: the word before the given name is no
    // title, particle, place head or given name itself ("مدينة الملك عبدالله", "وادي عبد الله").
    // (The tagger may have taken the whole for a person: after a place's kind, it is still the place first.)
    if (mention.first > 0 && !breakBetween(ctx, mention.first - 1, mention.first) && !startsPersonName(ctx, mention.first) &&
      ((mention.type === 'place' && PLACE_RULERS.has(ctx.stems[mention.first - 1])) ||
        (mention.type !== 'organization' && PLACE_KIND_HEADS.has(ctx.stems[mention.first - 1])))) {
      for (let t = mention.first + 1; t < mention.last; t++) {
        const before = ctx.stems[t - 1]
        if (TITLES.has(before) || LINKING_PARTICLES.has(before) || GIVEN.has(before) || PLACE_NAME_HEADS.has(before) ||
          COMPOUND_PLACE_STARTS.has(before) || PLACE_KIND_HEADS.has(before)) continue
        if (breakBetween(ctx, t - 1, t)) break
        if ((startsPersonName(ctx, t) || isListedGivenName(ctx, t)) && ctx.tokens[t].clitics.pre.length === 0) {
          return [{ type: 'place', first: mention.first, last: t - 1 }, ...adjustBoundaries(ctx, [{ type: 'person', first: t, last: mention.last }])]
        }
      }
    }
    // "[سلطان عُمان هيثم بن طارق]": the tagger ran the ruler's title and his country into his name ("سلطان" is
    // also a given name, so only a known place after it, and a given name after that, say it is the title).
    // The tagger may have found the name as a person of its own ("[سلطان عُمان] [هيثم بن طارق]").
    if (mention.type === 'person' && mention.last > mention.first && PLACE_RULERS.has(ctx.stems[mention.first]) &&
      ctx.gazetteer.places.has(ctx.stems[mention.first + 1]) && mention.first + 2 < ctx.tokens.length && startsPersonName(ctx, mention.first + 2) &&
      !breakBetween(ctx, mention.first + 1, mention.first + 2)) {
      const place: TokenMention = { type: 'place', first: mention.first + 1, last: mention.first + 1 }
      return mention.last === mention.first + 1 ? [place] : [place, ...adjustBoundaries(ctx, [{ ...mention, first: mention.first + 2 }])]
    }
    // "وصل الوزير إلى [كابول]": a known place after a preposition, taken for a person alone, is the place.
    if (mention.type === 'person' && mention.first === mention.last && isKnownPlaceAfterPreposition(ctx, mention.first)) {
      return [{ ...mention, type: 'place' }]
    }
    // "وزار الملك [فهد الرياض]": a known place with the article after a person is where he went, not his
    // family name (not "الخليل", as often a family name as Hebron).
    if (mention.type === 'person' && mention.last > mention.first && isDefiniteKnownPlace(ctx, mention.last)) {
      return [...adjustBoundaries(ctx, [{ ...mention, last: mention.last - 1 }]), { type: 'place', first: mention.last, last: mention.last }]
    }
    // "قاد الألماني [ماتياس يايسله الأهلي] السعودي": a club of the sports list after a person's two words is the
    // club he led, the verb's object, not his family name.
    // Only in a report of sport: elsewhere it is a family name ("الشيخ أحمد سيف النصر").
    if (mention.type === 'person' && mention.last >= mention.first + 2 && (isDefiniteClub(ctx, mention.last) || CLUB_CITIES.has(ctx.stems[mention.last])) && isAboutSport(ctx)) {
      return [...adjustBoundaries(ctx, [{ ...mention, last: mention.last - 1 }]), { type: 'organization', first: mention.last, last: mention.last }]
    }
    // "[قيصري سبور]", "[آينتراخت فرانكفورت]": a foreign name with a club's word is the club, whatever the tagger typed it.
    if (mention.type !== 'organization') {
      for (let t = mention.first; t <= mention.last; t++) {
        if (CLUB_NAME_WORDS.has(ctx.stems[t]) || CLUB_NAME_WORDS.has(ctx.tokens[t].norm)) return adjustBoundaries(ctx, [{ ...mention, type: 'organization' }])
      }
    }
    // "[مستقبل سليمان]", "[أولمبي أقبو]", "ريال [باماكو]": in a report of sport, a club's first word of the Arab leagues (also a
    // common word: future, Olympic, youth) and the town after it are the club, whatever the tagger typed them.
    if (mention.type !== 'organization' && mention.last <= mention.first + 2 && isAboutSport(ctx)) {
      if (mention.last > mention.first && ARAB_CLUB_WORDS.has(ctx.stems[mention.first]) && !isDefiniteStem(ctx.stems[mention.first + 1])) {
        return [{ ...mention, type: 'organization' }]
      }
      const before = mention.first - 1
      if (mention.type === 'place' && before >= 0 && ctx.owner[before] < 0 && !breakBetween(ctx, before, mention.first) && ARAB_CLUB_WORDS.has(ctx.stems[before])) {
        return [{ ...mention, type: 'organization', first: before }]
      }
    }
    // "[الأهلي والنصر]": two listed clubs joined by "و" are two, whatever the tagger ran them into.
    if (mention.last === mention.first + 1 && isDefiniteClub(ctx, mention.first) && ctx.tokens[mention.last].clitics.pre.join('') === 'وال' &&
      isListedClub(ctx, ctx.stems[mention.last])) {
      return [{ type: 'organization', first: mention.first, last: mention.first }, { type: 'organization', first: mention.last, last: mention.last }]
    }
    // "[الترجي] الجرجيسي", "[النادي] البنزرتي": in a report of sport, a club keeps its town's nisba, which names it.
    if (mention.type === 'organization' && mention.last - mention.first <= 1 && isAboutSport(ctx) &&
      (isDefiniteClub(ctx, mention.last) || CLUB_DEFINITE_HEADS.has(ctx.stems[mention.last]))) {
      const next = mention.last + 1
      // (Not the nationality of the coach or player named right after it: "مدرب الهلال [البرتغالي] جورجي جيسوس".)
      const person = next + 1 < ctx.tokens.length && ctx.owner[next + 1] >= 0 && !breakBetween(ctx, next, next + 1) && isNationalityNisba(ctx.stems[next], ctx.gazetteer)
      if (next < ctx.tokens.length && ctx.owner[next] < 0 && !breakBetween(ctx, mention.last, next) && onlyTheArticle(ctx, next) &&
        PATTERNS.nisba.test(ctx.stems[next]) && ctx.stems[next].endsWith('ي') && !person) return adjustBoundaries(ctx, [{ ...mention, last: next }])
    }
    // "مديرية [حرض]": a district's head and one bare word, a known place or one the clusters never saw, is the place
    // the tagger typed as its administration.
    if (mention.type === 'organization' && mention.last === mention.first + 1 && isHead(ctx, PLACE_KIND_HEADS, mention.first) &&
      !isDefiniteStem(ctx.stems[mention.first]) && ctx.tokens[mention.last].clitics.pre.length === 0 &&
      (isOneWordKnownPlace(ctx, ctx.stems[mention.last]) || isUnclustered(ctx, ctx.tokens[mention.last].norm))) {
      return [{ type: 'place', first: mention.last, last: mention.last }]
    }
    // "دعماً [روسياً]", "سجل محمد صلاح [هدفاً]": a word written with the accusative's tanween is an adjective or an
    // object; names in news prose do not take it. Such words end a name, and a name of such words only is none
    // (but a person of one word keeps it, as vocalised text writes "محمداً").
    let { first, last } = mention
    // "أصدر البنك [صكوكاً دولارية]": a person's first word in the accusative's tanween, then a nisba, is a thing described;
    // "اختباراً [جينياً يرصد]": no person begins with one, and a known verb left alone is none either.
    if (mention.type === 'person' && last === first + 1 && hasTanween(ctx, first) && PATTERNS.indefiniteNisba.test(ctx.stems[last])) return []
    if (mention.type === 'person' && last > first && hasTanween(ctx, first)) {
      let start = first
      while (start <= last && hasTanween(ctx, start)) start++
      if (start > last || (start === last && PATTERNS.presentVerb.test(ctx.tokens[start].norm) && !GIVEN.has(ctx.stems[start]))) return []
      return adjustBoundaries(ctx, [{ ...mention, first: start, last }])
    }
    if (!(mention.type === 'person' && first === last)) {
      while (last >= first && hasTanween(ctx, last)) last--
      if (last < first) return []
      // Nor does a name go on past one: "جامعة حمد بن خليفة [اختباراً جينياً يرصد]".
      for (let t = first + 1; t <= last; t++) {
        if (hasTanween(ctx, t)) {
          last = t - 1
          break
        }
      }
    }
    // "[وزارة الصحة] التابعة للحركة الخميس": what the body is affiliated to, and a weekday, follow its name; so do a
    // verb in the future ("[وزارة الأشغال العامة] ستنجز") and when it sat ("[الحكومة] السابقة").
    if (mention.type === 'organization') {
      for (let t = first + 1; t <= last; t++) {
        if (AFFILIATED.has(ctx.stems[t]) || WEEKDAYS.has(ctx.stems[t]) || isFutureVerbAfterName(ctx, t) || PATTERNS.groupedNumber.test(ctx.tokens[t].norm) ||
          (t === last && t >= first + 2 && (TERM_ADJECTIVES.has(ctx.stems[t]) || isBarePurpose(ctx, t)))) {
          last = t - 1
          break
        }
      }
      // "الائتلاف الوطني السوري [المعارض]": the opposition's stance after the nationality is no part of the name.
      if (last > first + 1 && STANCES.has(ctx.stems[last]) && isCountryNisba(ctx.stems[last - 1], ctx.gazetteer)) last--
      // Nor is a party's orientation after its name ("الحزب الحاكم" is how that party is named: not right after the head;
      // nor after other heads: "قصر المعارض" is the exhibition palace).
      const party = NAME_HEADS.has(ctx.stems[first].replace(PATTERNS.article, ''))
      for (let t = first + 2; party && t <= last; t++) {
        if (ORIENTATIONS.has(ctx.stems[t]) && onlyTheArticle(ctx, t)) {
          last = t - 1
          break
        }
      }
    }
    // "[وجامعة القاهرة وجامعة عربية]": a second head after "و" begins another name (or none); the rules
    // after this one find it if it is one. So do a known organisation and a body's definite head ("[منظمة الصحة
    // العالمية واليونيسف]", "[بنك الأمان والشركة التونسية للبنك]"), each a name of its own.
    if (mention.type === 'organization') {
      for (let t = first + 1; t <= last; t++) {
        if (ctx.tokens[t].clitics.pre[0] !== 'و') continue
        if (ctx.stems[t] === ctx.stems[first]) {
          last = t - 1
          break
        }
        // (Or an indefinite head with its own name after it, the first name ended by a definite word: "[سوق أبوظبي
        // العالمي ومركز دبي المالي العالمي]", "[بنك الاتحاد ومجموعة المناصير]".)
        // (Not a head and one common word, which may be the first body's own: "مستشفى الملك فيصل التخصصي ومركز الأبحاث".)
        const named = t < last && (t + 1 < last || !isClustered(ctx, ctx.tokens[t + 1].norm) || isOneWordKnownPlace(ctx, ctx.stems[t + 1]))
        const secondHead = named && isHead(ctx, SECOND_BODY_HEADS, t) && !isDefiniteStem(ctx.stems[t]) && isDefiniteStem(ctx.stems[t - 1])
        const secondClub = CLUB_DEFINITE_HEADS.has(ctx.stems[t]) && t < last && isAboutSport(ctx)
        // (And a country's government: "[الإدارة الذاتية والحكومة السورية]", s60-a; not "هيئة المعلومات والحكومة الإلكترونية".)
        const government = GOVERNMENT.has(ctx.stems[t]) && (t === last || (t + 1 === last && isCountryNisba(ctx.stems[last], ctx.gazetteer)))
        if (knownOrganizationEnd(ctx, t) >= t || PUBLIC_BODY_HEADS.has(ctx.stems[t]) || secondHead || secondClub || government) {
          return [...adjustBoundaries(ctx, [{ ...mention, first, last: t - 1 }]), ...adjustBoundaries(ctx, [{ ...mention, first: t, last }])]
        }
      }
    }
    // "[لجنة الشؤون الاقتصادية بمجلس الأمة]", "[شعبة المخابز بغرفة تجارة أسيوط]": a committee or a section and then "ب" and the
    // house or the chamber it belongs to are two bodies, as the sets write a house's committees (10 of 10). Session 61 (s60-c).
    if (mention.type === 'organization' && SUB_BODY_HEADS.has(ctx.stems[first])) {
      for (let t = first + 2; t <= last; t++) {
        const { pre } = ctx.tokens[t].clitics
        if (pre.length === 1 && pre[0] === 'ب' && HOUSES_OF_SUB_BODIES.has(ctx.stems[t]) && t < last) {
          return [...adjustBoundaries(ctx, [{ ...mention, first, last: t - 1 }]), ...adjustBoundaries(ctx, [{ ...mention, first: t, last }])]
        }
      }
    }
    // "[الأردن ولبنان]": a known place after "و" is a place of its own, listed after the first; so is a word the
    // clusters never saw after a known place ("[رانية وكلار]"), and a known place's list the tagger took for a person
    // ("[مرجعيون وبنت جبيل]"). A known place with "و" inside stays whole ("البوسنة والهرسك").
    // "[مدينة الملك عبدالله الاقتصادية برابغ]": a purpose-built city (findKindCity) ends at its kind, a place whatever
    // the tagger typed it; a town after it is another place.
    if (mention.type !== 'person' && isHead(ctx, CITY, first) && !isDefiniteStem(ctx.stems[first])) {
      for (let k = first + 2; k <= last && k <= first + 6; k++) {
        if (!onlyTheArticle(ctx, k - 1)) break
        if (!CITY_KINDS.has(ctx.stems[k]) || !onlyTheArticle(ctx, k)) continue
        const town: TokenMention[] = k < last ? adjustBoundaries(ctx, [{ type: 'place', first: k + 1, last }]) : []
        return [{ type: 'place', first, last: k }, ...town]
      }
    }
    // "[أحمد آباد]", "[حيدر آباد]": a name ending in "آباد" (-abad, a town) is a place.
    if (mention.type === 'person' && last > first && ctx.tokens[last].norm === ABAD) return adjustBoundaries(ctx, [{ ...mention, type: 'place' }])
    // "جامعة بكين [الصينيتان]": a nisba in the dual describes two names listed before it, no part of the last.
    if (mention.type === 'organization' && last > first && isDefiniteStem(ctx.stems[last]) && PATTERNS.dualNisba.test(ctx.stems[last])) last--
    // "حاكم ولاية وداي [بأبشي عبد الله حسن بشير]": a town behind ب, then a given name: the town, then the person.
    // (Also inside a place the tagger ran on: "[وداي بأبشي عبد الله حسن بشير]".)
    if (mention.type === 'person' || mention.type === 'place') {
      for (let k = first; k <= last - 2; k++) {
        const { pre } = ctx.tokens[k].clitics
        // (The tokenizer leaves "بأبشي" whole: ب before a written hamza is the preposition.)
        const behindBa = (pre.length === 1 && pre[0] === 'ب') || (pre.length === 0 && /^ب[أإآ]/u.test(ctx.text.slice(ctx.tokens[k].start, ctx.tokens[k].end)))
        if (!(behindBa && !GIVEN.has(ctx.tokens[k].norm) && !GIVEN.has(ctx.stems[k]) && isUnclustered(ctx, ctx.tokens[k].norm) &&
          startsPersonName(ctx, k + 1)) || (k > first && mention.type === 'person' && startsPersonName(ctx, first))) continue
        const before: TokenMention[] = k > first ? adjustBoundaries(ctx, [{ type: 'place', first, last: k - 1 }]) : []
        return [...before, { type: 'place', first: k, last: k }, ...adjustBoundaries(ctx, [{ type: 'person', first: k + 1, last }])]
      }
    }
    // "مدير [المنظمة عماد حداد]", "[المهندس إبراهيم زيدان]": a body's head alone with the article, or a title, then a
    // given name and a name after it: the head is the body already named, the person is the name.
    if (mention.type !== 'person' && first + 1 < last && isDefiniteStem(ctx.stems[first]) &&
      (isLoneHead(ctx.stems[first]) || TITLES.has(ctx.stems[first])) && startsPersonName(ctx, first + 1)) {
      return adjustBoundaries(ctx, [{ type: 'person', first: first + 1, last }])
    }
    // "وزير الشؤون الإسلامية والدعوة و[الإرشاد الشيخ عبد اللطيف] آل الشيخ": the last word of a body's name, then a definite
    // title, run into the person the title names; the person starts after the title.
    if (mention.type === 'person' && first + 2 <= last && isDefiniteStem(ctx.stems[first]) && !GIVEN.has(ctx.stems[first]) &&
      !TITLES.has(ctx.stems[first]) && isDefiniteStem(ctx.stems[first + 1]) && TITLES.has(ctx.stems[first + 1]) &&
      ctx.tokens[first + 1].clitics.pre.every((c) => c === 'ال') && startsPersonName(ctx, first + 2)) {
      return adjustBoundaries(ctx, [{ ...mention, first: first + 2 }])
    }
    // "اللواء الركن [طيار حمد بن عبدالله آل خليفة]": the arm an officer's rank names, indefinite, is no part of his name.
    // (And the Egyptian army's "أركان حرب", staff: "اللواء أركان حرب حسام الدين محمود".)
    if (mention.type === 'person' && first < last && RANK_ARMS.has(ctx.stems[first]) && startsPersonName(ctx, first + 1)) {
      return adjustBoundaries(ctx, [{ ...mention, first: first + 1 }])
    }
    if (mention.type === 'person' && first + 1 < last && ctx.stems[first] === STAFF[0] && ctx.stems[first + 1] === STAFF[1]) {
      return adjustBoundaries(ctx, [{ ...mention, first: first + 2 }])
    }
    // "[الرئيس إيمرسون]" typed a place: a definite title and one word is the person the title names.
    // (Not a title that names villages and shrines too: "[الشيخ عبادة]", "السيدة زينب".)
    if (mention.type !== 'person' && last === first + 1 && TITLES.has(ctx.stems[first]) && isDefiniteStem(ctx.stems[first]) &&
      !PLACE_NAMING_TITLES.has(ctx.stems[first]) && !isDefiniteStem(ctx.stems[last]) && ctx.tokens[last].clitics.pre.length === 0) {
      return adjustBoundaries(ctx, [{ type: 'person', first: last, last }])
    }
    // "[سد كفرنجة وسد زقلاب]": the place's own head again after "و" begins a second place.
    if (mention.type === 'place') {
      for (let t = first + 2; t <= last; t++) {
        // (The tokenizer keeps a short head whole: "وسد".)
        const again = ctx.stems[t] === ctx.stems[first] ? ctx.tokens[t].clitics.pre[0] === 'و' : ctx.stems[t] === 'و' + ctx.stems[first]
        if (again && !isDefiniteStem(ctx.stems[first])) {
          // (The tagger may have stopped at the second head: it takes the word after it, "[وسد] زقلاب".)
          const end = t === last && last + 1 < ctx.tokens.length && ctx.owner[last + 1] < 0 && !breakBetween(ctx, last, last + 1) ? last + 1 : last
          return [...adjustBoundaries(ctx, [{ ...mention, first, last: t - 1 }]), ...adjustBoundaries(ctx, [{ ...mention, first: t, last: end }])]
        }
      }
    }
    // "[حي الحسين وحي العروبة]", "[حي الشعب وناحية الفضيلية]": a district's or a town's head after "و" begins a
    // second place, head and all; the tagger may have taken the head alone ("[وحي] أزلواز"), and the place is the
    // name after it too.
    if (mention.type === 'place') {
      for (let t = first; t <= last; t++) {
        if (!isHeadAfterAnd(ctx, t)) continue
        if (t > first && t < last) return [...adjustBoundaries(ctx, [{ ...mention, last: t - 1 }]), ...adjustBoundaries(ctx, [{ ...mention, first: t }])]
        const next = last + 1
        if (t === first && first === last && next < ctx.tokens.length && ctx.owner[next] < 0 && !breakBetween(ctx, last, next) &&
          onlyTheArticle(ctx, next) && ctx.tokens[next].clitics.post.length === 0 && isNameLike(ctx, ctx.stems[next].replace(/^ال/u, ''))) {
          return [{ ...mention, last: next }]
        }
      }
    }
    // "[ساحة عدن بحي الكاظمية]", "[الحوايج بريف] دير الزور": a district's head behind ب begins where the place is;
    // the name the tagger ran on into it ends before it.
    if (mention.type === 'place' || mention.type === 'organization') {
      for (let t = first + 1; t <= last; t++) {
        const { pre } = ctx.tokens[t].clitics
        if (!(pre.length === 1 && pre[0] === 'ب' && isHead(ctx, WHERE_HEADS, t))) continue
        const rest: TokenMention[] = t < last ? adjustBoundaries(ctx, [{ type: 'place', first: t + 1, last }]) : []
        return [...adjustBoundaries(ctx, [{ ...mention, first, last: t - 1 }]), ...rest]
      }
    }
    if (mention.type === 'place' || mention.type === 'person') {
      const whole = isKnownPlacePhrase(ctx, first, last)
      for (let t = first + 1; t <= last && !whole; t++) {
        const { pre } = ctx.tokens[t].clitics
        if (!(pre.length >= 1 && pre[0] === 'و')) continue
        const listedPlace = pre.length === 1 && isOneWordKnownPlace(ctx, ctx.stems[t])
        const placeBefore = t - 1 === first ? isOneWordKnownPlace(ctx, ctx.stems[first]) : isKnownPlacePhrase(ctx, first, t - 1)
        if (mention.type === 'place' ? listedPlace || (placeBefore && t === last && isUnclustered(ctx, ctx.tokens[t].norm)) : placeBefore) {
          const rest = mention.type === 'place' || isKnownPlacePhrase(ctx, t, last) ? 'place' : mention.type
          return [...adjustBoundaries(ctx, [{ type: 'place', first, last: t - 1 }]), ...adjustBoundaries(ctx, [{ type: rest, first: t, last }])]
        }
      }
    }
    // "والي [الجزيرة الطاهر إبراهيم الخير]", "[المفوضية الوطنية العليا للانتخابات عماد السايح]": a known given name
    // and a word after it, right after a known place or a body's field, begin the person who holds the office.
    if (mention.type === 'place' || mention.type === 'organization') {
      // (The officer's given name may be the mention's last word: the tagger cut him there, "[حزب الاستقلال نزار] بركة".)
      for (let t = first + 1; t <= last; t++) {
        // (A given name with the article, "الطاهر", when a given name follows it.)
        const stem = ctx.stems[t]
        const given = GIVEN.has(stem) ? ctx.tokens[t].clitics.pre.length === 0 :
          isDefiniteStem(stem) && GIVEN.has(stem.slice(2)) && GIVEN.has(ctx.stems[t + 1]) && ctx.tokens[t].clitics.pre.length === 1
        // (Or, after a ruler's title, any word the clusters never saw: "محافظ [نينوى شيروان الدوبرداني]".)
        const ruled = first > 0 && !breakBetween(ctx, first - 1, first) && PLACE_RULERS.has(ctx.stems[first - 1])
        const officer = given || (ruled && mention.type === 'place' && ctx.tokens[t].clitics.pre.length === 0 && isUnclustered(ctx, ctx.tokens[t].norm))
        // (Nor a given name in a town's or a tribe's name after "بني": "مستشفى [بني وليد] العام".)
        if (!officer || TITLES.has(ctx.stems[t - 1]) || NAMESAKE_TITLES.has(ctx.stems[t - 1]) || LINKING_PARTICLES.has(ctx.stems[t - 1]) || SONS_OF.has(ctx.stems[t - 1])) continue
        const field = ctx.tokens[t - 1].clitics.pre.join('') === 'لال'
        // (Or a body of a head and a definite noun, no title: "[حزب الاستقلال] نزار بركة", not "جامعة الملك سعود".)
        const body = mention.type === 'organization' && given && t === first + 2 && NAME_HEADS.has(ctx.stems[first]) && isDefiniteStem(ctx.stems[t - 1])
        // (Or a body an officer's title governs, his given name two words or more into it and a name after that: "الرئيس
        // التنفيذي [لمجمع سوناطراك رشيد حشيشي]", "رئيس مجلس إدارة [مجموعة ريلاينس إندستريز موكيش] أمباني" is not;
        // "مؤسسة [الأمير] محمد", "جامعة حمد بن خليفة" keep theirs: a title before the given name, or the head right before it.)
        // (Nor the second name of a titled namesake: "مدير [مدرسة الشهيد أحمد حمدي] الإعدادية".)
        const namesake = GIVEN.has(ctx.stems[t - 1]) && t - 2 >= first && (TITLES.has(ctx.stems[t - 2]) || NAMESAKE_TITLES.has(ctx.stems[t - 2]))
        const officerOfBody = mention.type === 'organization' && given && t >= first + 2 && t < last && !namesake && isOfficersBody(ctx, first)
        // (A ruler's title before an institution's head alone is its head's: "رئيس [جامعة عمر المختار]" is named after him.)
        const ruledPlace = ruled && t - 1 === first && given && !INSTITUTION_HEADS.has(ctx.stems[first])
        if (!(field || body || officerOfBody || isKnownPlacePhrase(ctx, first, t - 1) || ruledPlace)) continue
        if (t === last && !body) continue
        return [...adjustBoundaries(ctx, [{ ...mention, first, last: t - 1 }]), { type: 'person', first: t, last }]
      }
    }
    // "منصة "[ووتش] إت"": a name the tagger found in quotes, its quote still open, runs to the closing quote (three words at most).
    if (mention.type === 'organization') last = closingQuoteEnd(ctx, first, last)
    // "[فيكتور غلوفر وكريستينا كوك]": two full names joined by "و" are two persons.
    // (Also where the tokenizer kept the و on a known given name: "فريد شوقي [ورشدي] أباظة".)
    if (mention.type === 'person') {
      for (let t = first + 2; t < last; t++) {
        const { clitics, norm } = ctx.tokens[t]
        const keptAnd = clitics.pre.length === 0 && norm.length >= 4 && norm.startsWith('و') && !GIVEN.has(norm) &&
          (GIVEN.has(norm.slice(1)) || isUnclustered(ctx, norm))
        if ((keptAnd || (clitics.pre.length === 1 && clitics.pre[0] === 'و')) && !NAME_PARTICLE_WORDS.has(ctx.stems[t])) {
          return [...adjustBoundaries(ctx, [{ ...mention, first, last: t - 1 }]), ...adjustBoundaries(ctx, [{ ...mention, first: t, last }])]
        }
      }
      // "[زيلينسكي وبوتين]": two family names of world news, the second with "و", are two persons.
      if (last === first + 1 && ctx.tokens[last].clitics.pre.join('') === 'و' && isWorldFamilyName(ctx.stems[first]) && isWorldFamilyName(ctx.stems[last])) {
        return [{ ...mention, first, last: first }, { ...mention, first: last, last }]
      }
    }
    // "[الفيدرالي أرون سوبرامانيان]", "[البلجيكيان كيفن دي بروين]": a nisba of the title before the name begins none.
    if (mention.type === 'person' && last > first && isDefiniteStem(ctx.stems[first]) && onlyTheArticle(ctx, first) &&
      (PATTERNS.nisba.test(ctx.stems[first]) || PATTERNS.dualNisba.test(ctx.stems[first])) && !GIVEN.has(ctx.stems[first].slice(2)) && !GIVEN.has(ctx.stems[first])) first++
    // "[معبر رفح] سيفتح": a verb in the future after any name is the sentence's.
    // (A known word: transliterations begin so too, "سيراليون", "ستيلانتيس".)
    if (mention.type !== 'person') {
      // (Nor after a saint's "سان": "[سان سيباستيان]" is San Sebastián.)
      while (last > first && PATTERNS.shortFutureVerb.test(ctx.tokens[last].norm) && ctx.tokens[last].clitics.pre.length === 0 && isClustered(ctx, ctx.tokens[last].norm) &&
        !isOneWordKnownPlace(ctx, ctx.stems[last]) && !(mention.type === 'place' && isCompoundPlaceStart(ctx, last - 1))) last--
    }
    // "آرون بوشنيل [يكافحون]": a known verb in the present's plural after a person is what they do.
    if (mention.type === 'person' && last > first && PATTERNS.presentPlural.test(ctx.tokens[last].norm) && ctx.tokens[last].clitics.pre.length === 0) last--
    // "غسان السيد [أحمد محافظ] حماة": a bare title after a name begins what he is, not his name.
    // (Not an honorific, which goes before a title or a name and never says what someone is: after a name "سعادة" is a
    // family name, "زياد سعادة".)
    if (mention.type === 'person' && last > first && ctx.tokens[last].clitics.pre.length === 0 && TITLES.has(ctx.stems[last]) && !GIVEN.has(ctx.stems[last]) &&
      !FORMS_OF_ADDRESS.has(ctx.stems[last])) last--
    // "[وزارة الصحة مدير المستشفى الإندونيسي]": a bare title after a body's definite word begins the officer's title
    // (not right after the head: "مكتب رئيس الوزراء" is the office's name).
    if (mention.type === 'organization') {
      for (let t = first + 2; t <= last; t++) {
        if (ctx.tokens[t].clitics.pre.length === 0 && TITLES.has(ctx.stems[t]) && !GIVEN.has(ctx.stems[t]) && isDefiniteStem(ctx.stems[t - 1])) {
          last = t - 1
          break
        }
      }
    }
    // "[ابن الفنان] الراحل": a kinship particle and a title, no name in them (the artist's son).
    if (mention.type === 'person' && isNamelessPerson(ctx, first, last)) return []
    // "وأعلنت [وزارة البيئة توسيع محمية ديحمري البحرية]": a verbal noun after the body's definite word is what it did; the
    // words after it are the verb's object, a name of their own (trim-run-ons.ts trims one the name ends on).
    if (mention.type === 'organization') {
      for (let t = first + 2; t < last; t++) {
        if (!isObjectVerbalNoun(ctx, { ...mention, first }, t)) continue
        return [...adjustBoundaries(ctx, [{ ...mention, first, last: t - 1 }]), ...adjustBoundaries(ctx, [{ ...mention, first: t + 1, last }])]
      }
    }
    // "[بنك الكويت المركزي تثبيت] سعر الخصم", "[دائرة الآثار العامة ترميم] البرج": a bare indefinite word after a definite
    // adjective (a nisba; or a public body's, "العامة", before a plain common noun) begins a new
    // phrase (an adjective closes the noun phrase it agrees with); the tagger ran the name into the verb's
    // object. Not a field after ل ("المنظمة المصرية لحقوق الإنسان"), also where the tokenizer left the ل on a word
    // the clusters know ("المعهد الوطني لعلوم البحار"; not "لدى", a preposition).
    if (mention.type !== 'person') {
      for (let t = first + 2; t <= last; t++) {
        const norm = ctx.tokens[t].norm
        // "[الجامعة الأمريكية في الشارقة]", "[القيادة الأمريكية في أفريقيا]": "in" and a known place go on with the name.
        if (norm === IN && t === last - 1 && isKnownPlace(ctx, last)) break
        // ("[الديوان الوطني للحج] والعمرة": a field after "لل" the tokenizer left whole, as "لحج" is also a town.)
        if (norm.startsWith('لل') && norm.length > 3 && ctx.tokens[t].clitics.pre.length === 0) continue
        if (norm.startsWith('ل') && norm.length > 3 && t < last && isClustered(ctx, norm.slice(1))) {
          // (A nationality after the field of a body named by its country is the next person's: "الاتحاد الجزائري
          // لكرة القدم [السويسري] ...".)
          if (t + 2 <= last && isNationalityNisba(ctx.stems[t + 2], ctx.gazetteer) && ctx.stems.slice(first + 1, t).some((stem) => isCountryNisba(stem, ctx.gazetteer))) {
            last = t + 1
            break
          }
          continue
        }
        // (Not a namesake's title shaped like one: "جامعة القاضي عياض"; nor "multi-" in the construct state, "الشركة الجهوية
        // [متعددة] الخدمات", "القوة [متعددة] الجنسيات"; nor a nasab after a given name of that shape, "جمعية «أحباب الشيخ
        // العربي [بن] صاري»".)
        if ((PATTERNS.nisba.test(ctx.stems[t - 1]) || (PUBLIC_BODY_ADJECTIVES.has(ctx.stems[t - 1]) && isPlainCommonNoun(ctx, t))) && !NAMESAKE_TITLES.has(ctx.stems[t - 1]) && !PLACE_NAMING_TITLES.has(ctx.stems[t - 1]) && ctx.tokens[t].clitics.pre.length === 0 && PATTERNS.arabicWord.test(ctx.stems[t]) &&
          !MULTI.has(ctx.stems[t]) && !LINKING_PARTICLES.has(ctx.stems[t])) {
          // "[المركز الاستشفائي الجامعي] فهد العمري": a known given name there begins the person who leads it. (A king's
          // name and number is the one it is named after, part of its name: "المستشفى الجامعي محمد السادس".)
          if (GIVEN.has(ctx.stems[t]) && t + 1 <= last && ORDINAL_WORDS.has(ctx.stems[t + 1])) continue
          // Only after the title he holds there: elsewhere the body is named after the person ("أجرى فريق [بالمستشفى الجامعي
          // فرحات حشاد] بسوسة", "في المستشفى الجامعي نفيسة حمود").
          if (GIVEN.has(ctx.stems[t])) {
            if (first > 0 && TITLES.has(ctx.stems[first - 1])) return [{ ...mention, first, last: t - 1 }, { type: 'person', first: t, last }]
            continue
          }
          // "[البحرية الأمريكية في البحر الأحمر]": where the body is, a known place of two words or more after "في", is a name
          // of its own. (Not adjusted again: a closing quote would run the body back over it.)
          if (norm === IN && t + 1 < last && isKnownPlacePhrase(ctx, t + 1, last)) {
            return [{ ...mention, first, last: t - 1 }, { type: 'place', first: t + 1, last }]
          }
          last = t - 1
          break
        }
      }
    }
    const firstStem = ctx.stems[first]
    // ("[الشركة المصرية] لنقل الكهرباء": a definite general head keeps it too, its name in common words.)
    // (So does a force every country has, whose name its country's nisba is: "مشاة البحرية الأمريكية", country-forces.ts.)
    const forceEnd = mention.type === 'organization' ? countryForceEnd(ctx, first) : -1
    // (And a state's formal name, "المملكة المغربية", "الجمهورية التونسية": its nisba is its name.)
    const headed = NATIONAL_HEADS.has(firstStem) || isNationalHeadInConstruct(ctx, first, last) || MINISTRY.has(firstStem) || NAME_HEADS.has(firstStem) ||
      PUBLIC_BODY_HEADS.has(firstStem) ||
      isDescriptiveName(ctx, mention) || (forceEnd > first && forceEnd < last) || (mention.type === 'place' && STATE_HEADS.has(firstStem))
    // A person keeps it: after a person's name a nisba is the family name ("محمد شياع السوداني", "سيف الدين
    // الجزيري"); Arabic puts a nationality before the name ("التونسي سيف الدين الجزيري").
    // A direction after a place is part of its name, not an adjective: "القدس الشرقية", "كوريا الشمالية".
    // So is a nationality in a known place's name: "غويانا الفرنسية".
    // And inside a body named after such a place: "منتخب كوريا الجنوبية".
    const directionEnd = last > first && (DIRECTION_ADJECTIVES.has(ctx.stems[last]) ||
      (mention.type === 'place' && knownPhraseEnd(ctx, first, ctx.gazetteer.articlePlaces) === last))
    // (A nisba in the plural describes a plural inside the name, not its head: "وكالة … لإغاثة وتشغيل اللاجئين [الفلسطينيين]".)
    while (last > first && !headed && !directionEnd && mention.type !== 'person' && isNationalityNisba(ctx.stems[last], ctx.gazetteer) &&
      !PLURAL_NISBA.test(ctx.stems[last])) last--
    // (But a network is named with its head, "شبكة الجزيرة الإعلامية", "شبكة أطباء السودان", unless what follows is a
    // body of its own or a line, whose network it is: "شبكة [مؤسسة كهرباء لبنان]", "شبكة [قطار الرياض]".)
    while (first < last && DESCRIPTOR_HEADS.has(ctx.stems[first]) && !(ctx.stems[first] === NETWORK && !isHeadOfItsOwn(ctx.stems[first + 1]))) first++
    if (mention.type === 'person') while (first < last && isKin(ctx, first)) first++
    // What describes the person before the name, in any order ("[السعودي الأمير] عبدالعزيز بن سعود"):
    // - the nationality ("الرئيس [الموريتاني] محمد ولد الشيخ الغزواني");
    // - an adjective of the title ("الممثل المصري [القدير] نور الشريف");
    // - a definite title ("[البابا] فرنسيس", "[الفنانة] نعيمة عاكف"; annotation convention), or a plural one ("[الوزيرين]
    //   أحمد عطاف"); not an indefinite one, which may be a given name ("أمير", "ملك").
    if (mention.type === 'person') {
      // (Any country's nisba: "السعودي" too, which a name ending "السعودية" keeps.)
      const describes = (k: number) => isCountryNisba(ctx.stems[k], ctx.gazetteer) || NAME_ADJECTIVES.has(ctx.stems[k]) ||
        (isDefiniteStem(ctx.stems[k]) && (TITLES.has(ctx.stems[k]) || singularOfPluralTitle(ctx.stems[k]) !== null))
      while (first < last && describes(first)) first++
      // "[السباح التونسي] أحمد الجوادي", "[السعودي الأمير] عبدالعزيز": titles and nationalities alone are no person.
      if (first === last && mention.last > mention.first && describes(first)) return []
    }
    // "تعيين حسام حسن مدربا": a role in the accusative after the name says what he became.
    if (mention.type === 'person') while (last > first && isRoleAccusative(ctx.stems[last])) last--
    // "بعد الفوز [على] كالياري": "على" as written (with ى) is the preposition; the name Ali is written "علي".
    if (mention.type === 'person') {
      const before = first
      while (first < last && ctx.text.slice(ctx.tokens[first].start, ctx.tokens[first].end) === PREPOSITION_ALA) first++
      // ("صادق المجلس [على دفتر] التحملات": what is left, a common word in the construct state, is no person.)
      if (first > before && first === last && isCommonNounInConstruct(ctx, first)) return []
    }
    // "المبعوث الخاص للرئيس الروسي [للاستثمار] كيريل دميترييف": a person begins with no field after ل.
    if (mention.type === 'person') while (first < last && ctx.tokens[first].clitics.pre.length === 2 && ctx.tokens[first].clitics.pre[0] === 'ل' && ctx.tokens[first].clitics.pre[1] === 'ال') first++
    // "معهد قطر [للمشاركة] في": the purpose of the verb, not a field of the body.
    if (mention.type === 'organization' && last > first && ctx.tokens[last].clitics.pre[0] === 'ل' && PURPOSES.has(ctx.stems[last])) last--
    // "علاء عبد الفتاح [تعسفيا]": an adverb after a name.
    while (last > first && ADVERBS.has(ctx.tokens[last].norm)) last--
    // "سجلت محطة في منطقة [العين أعلى] كمية أمطار": a comparative after a place or a body begins what is said of it.
    // (Not after a person: "علي أكبر ولايتي".)
    if (mention.type !== 'person') while (last > first && ctx.tokens[last].clitics.pre.length === 0 && COMPARATIVES.has(ctx.stems[last])) last--
    // "أعلنت [وزارة السياحة اليوم]": the day the ministry spoke ends its name ("المصري اليوم", a paper, has no ministry's head).
    if (mention.type === 'organization' && last > first + 1 && DAY_WORDS.has(ctx.stems[last]) && isHead(ctx, MINISTRY, first)) last--
    // "اعتماد الاستراتيجية العامة للمركز [وخططه التشغيلية]": a word with a possessive pronoun ("its plans") opens no name.
    if (mention.type === 'organization' && last > first && ctx.tokens[first].clitics.post.length > 0 && isClustered(ctx, ctx.stems[first]) && !isHead(ctx, MINISTRY, first)) return []
    // "أوزغور أوزيل [أمام حشد]": a preposition as written ends a person, though the tagger, having seen the
    // name "إمام" nearby ("أكرم إمام أوغلو"), ran the name into it, and on past it.
    if (mention.type === 'person') {
      for (let t = first + 1; t <= last; t++) {
        const written = ctx.text.slice(ctx.tokens[t].start, ctx.tokens[t].end)
        // (Inside a name "بين" is "Ben", "جون بين ستوكس", and "من" "Min", "أطهر من الله".)
        if (PREPOSITIONS_AS_WRITTEN.has(written) && (t === last || !NAME_SYLLABLES.has(written))) {
          last = t - 1
          break
        }
      }
    }
    // "اختتم البرازيلي [مالكوم الثلاثية]": a definite feminine nisba is what the person did (the hat-trick),
    // not a family name, which takes the masculine form ("محمد شياع السوداني").
    // (A word the clusters never saw is a family name: "مازن الفراية"; so is a known one: "ناصر العطية".)
    if (mention.type === 'person' && last > first && isDefiniteStem(ctx.stems[last]) && PATTERNS.nisba.test(ctx.stems[last]) &&
      PATTERNS.feminineNisbaAsWritten.test(ctx.text.slice(ctx.tokens[last].start, ctx.tokens[last].end)) && !isUnclustered(ctx, ctx.tokens[last].norm) &&
      !FAMILY_NAMES_IN_IYA.has(ctx.stems[last])) last--
    // A person's name holds no number ("[حياة 220] شخصا"): it ends before one.
    if (mention.type === 'person') {
      for (let t = first + 1; t <= last; t++) {
        if (PATTERNS.digitStart.test(ctx.stems[t])) {
          last = t - 1
          break
        }
      }
    }
    // "[بافاروتي مشهورا]", "[لنوار محركه]", "أبو طالب [شقيق] أبيه", "[بافاروتي Nessun]": a known word that ends no
    // name, and "[كعازف] بيانو", "[مهندسون] ألمان" one that begins none (the reader's model runs names on into them).
    // (A given name keeps the one word after it, its family name: "[أنطونيو كوستا]", whose "كوست" the clusters know.)
    if (mention.type === 'person') {
      while (last > first && !(last === first + 1 && GIVEN.has(ctx.stems[first]) && isAccusativeShaped(ctx, last)) && isCommonPersonEnd(ctx, first, last)) last--
      while (first < last && (isCommonPersonStart(ctx, first) || isAndDefiniteBeforeGiven(ctx, first))) first++
    }
    // "إيمانويل ماكرون [سيزور] الجزائر", "عباس [سيلقي خطابا]": the verb after the subject, in the future, and
    // what follows it; a last word of that shape only after two (it may be a name: "إدوارد سنودن").
    if (mention.type === 'person') {
      for (let t = first + 1; t <= last; t++) {
        // Inside the name, or its last word before an object in the accusative ("[عباس سيلقي] خطابا").
        // Not "مما", "كما", "بينما": conjunctions in ما end like an accusative.
        const next = t + 1 < ctx.tokens.length && !breakBetween(ctx, t, t + 1) ? ctx.tokens[t + 1].norm : ''
        const objectAfter = t === last && next.length >= 4 && PATTERNS.accusativeEnding.test(next) && !next.endsWith('ما')
        if ((t < last || objectAfter) && PATTERNS.shortFutureVerb.test(ctx.tokens[t].norm)) {
          last = t - 1
          break
        }
      }
      // (A family name may begin so, "أنطونيو خوسيه [سيغورو]", "يوناس غار [ستوره]": a verb is one the clusters know, with or
      // without its "س".)
      while (last - first >= 2 && PATTERNS.shortFutureVerb.test(ctx.tokens[last].norm) && isKnownFutureVerb(ctx, last)) last--
    }
    // "شركة [أبل هاتف] آيفون": the tagger ran the company into the product after it.
    if (mention.type === 'organization') while (last > first && PRODUCT_HEADS.has(ctx.stems[last])) last--
    // (A district keeps its "حي": the sets name it so, "حي أبو سليم", most with the bare name as an alternate.)
    // "[ريف إدلب] الجنوبي": the countryside's direction after it is part of its name, as the sets have it.
    if (mention.type === 'place' && last > first && ctx.stems[first] === COUNTRYSIDE_HEAD && last + 1 < ctx.tokens.length &&
      !breakBetween(ctx, last, last + 1) && ctx.owner[last + 1] < 0 && onlyTheArticle(ctx, last + 1) && DIRECTION_ADJECTIVES.has(ctx.stems[last + 1])) last++
    // "[محيط كادقلي]", "[أطراف المدينة]", "[مرتفعات إفران]": the outskirts or the heights of a place are no part of its
    // name (the sets name the place alone; "مرتفعات" left the place heads in session 20).
    if (mention.type === 'place' && OUTSKIRTS.has(ctx.stems[first]) && ctx.tokens[first].clitics.pre.every((clitic) => clitic !== 'ال')) {
      if (first === last) return []
      first++
    }
    // "[منطقة سقارة] الأثرية": a zone's head keeps its name and takes the adjective of its kind after it (below).
    const zoneEnd = mention.type === 'place' && ZONE_HEADS.has(ctx.stems[first]) && last > first ? zoneAdjectiveEnd(ctx, first, last) : -1
    if (zoneEnd > 0) last = zoneQualifierEnd(ctx, zoneEnd)
    else if (mention.type === 'place' && (PLACE_DESCRIPTORS.has(ctx.stems[first]) || UNIT_DESCRIPTORS.has(ctx.stems[first])) && !isDirectionsOnly(ctx, first + 1, last)) {
      // "العاصمة الروسية" describes a place without naming it; "مدينة حلب" names حلب. (Not where only directions follow:
      // "ولاية جنوب الغرب", Somalia's South West State, is named with its head.)
      if (first === last) return []
      first++
    }
    // "منطقة [سقارة الأثرية]", "مدينة [سدير للصناعة والأعمال]": a zone's or a purpose-built city's name is whole with its
    // head when an adjective of its kind or a field ends it ("سقارة الأثرية" alone names nothing).
    // (Also when the tagger left the adjective out: "منطقة [الدقم] الاقتصادية الخاصة".)
    if (mention.type === 'place' && first > 0 && !breakBetween(ctx, first - 1, first) && ctx.owner[first - 1] < 0 &&
      ZONE_HEADS.has(ctx.stems[first - 1]) && ctx.tokens[first - 1].clitics.pre.every((clitic) => clitic === 'ال')) {
      const end = zoneAdjectiveEnd(ctx, first - 1, last)
      if (end === last && last > first) first--
      else if (end === last + 1 && first === last) {
        first--
        last = zoneQualifierEnd(ctx, end)
      }
    }
    // "شبيلي [السفلى]", "مصر [العليا]": a place's lower or upper part is a place of that name.
    if (mention.type === 'place' && last + 1 < ctx.tokens.length && !breakBetween(ctx, last, last + 1) && ctx.owner[last + 1] < 0 &&
      UPPER_LOWER.has(ctx.stems[last + 1])) last++
    // "أيرلندا [الشمالية]", "سومطرة [الغربية]": a direction right after a place of one word names a region of its own
    // (after a head it is the head's: "ريف القنيطرة الشمالي").
    if (mention.type === 'place' && first === last) last = placeDirectionEnd(ctx, last)
    // "[جنوب] آسيا", "[جنوب شرق] آسيا": a continent's part is named with its direction.
    if (mention.type === 'place' && first === last && CONTINENTS.has(ctx.stems[first]) && ctx.tokens[first].clitics.pre.length === 0) {
      // (Only the outermost direction may carry a preposition: "بجنوب شرق آسيا".)
      while (first > 0 && !breakBetween(ctx, first - 1, first) && ctx.owner[first - 1] < 0 && DIRECTIONS.has(ctx.stems[first - 1]) &&
        ctx.tokens[first].clitics.pre.length === 0) first--
    }
    // "[رأس] النقب", "[حمام] سوسة": a compound place's first word before a known place (compound-place-end.ts).
    if (mention.type === 'place' && isKnownPlacePhrase(ctx, first, last)) first = compoundPlaceStart(ctx, first)
    // "ساوث [كارولاينا]": a transliterated direction before a place begins its name.
    if (mention.type === 'place' && first > 0 && !breakBetween(ctx, first - 1, first) && ctx.owner[first - 1] < 0 &&
      TRANSLITERATED_DIRECTIONS.has(ctx.stems[first - 1])) first--
    if (mention.type === 'place') last = longerKnownPlaceEnd(ctx, first, last)
    if (mention.type === 'place' && first === last) last = compoundPlaceEnd(ctx, first, true)
    // "[ميناء راس] لفان", "[مصفاة بورت] آرثر": a facility named after a compound place the tagger ended on its first word.
    if (mention.type !== 'person' && last === first + 1 && isHead(ctx, FACILITY_HEADS, first) && isCompoundPlaceStart(ctx, last)) {
      last = compoundPlaceEnd(ctx, last)
    }
    if (first > 0 && !breakBetween(ctx, first - 1, first) && ctx.owner[first - 1] < 0) {
      // "مجموعة [بلاكستون]": a group is named with its head ("مجموعة طلعت مصطفى"), which also keeps the name's own
      // first letter ب; a company without it ("شركة تسلا" is "تسلا").
      // A district's "حي" too: the sets name it with its head ("حي الملز"), most with the bare name as an alternate.
      const heads = mention.type === 'organization' ? [NAME_HEADS, MINISTRY, GROUP_HEADS] : mention.type === 'place' ? [PLACE_NAME_HEADS, DISTRICT_HEAD] : []
      // "بعدما [شبّه] كثيرون": not "semi-" before anything but a peninsula.
      // "هيئة [الحشد الشعبي]": an authority's head before a definite name is part of it too.
      const authority = mention.type === 'organization' && isHead(ctx, AUTHORITY, first - 1) && isDefiniteStem(ctx.stems[first])
      if ((authority || heads.some((set) => isHead(ctx, set, first - 1))) && !(ctx.stems[first - 1] === SEMI && !SEMI_PLACES.has(ctx.stems[first]))) {
        first--
        // "بحر [الصين] الجنوبي": with its head the place may be a longer known one.
        if (mention.type === 'place') last = longerKnownPlaceEnd(ctx, first, last)
      }
      // "[لجنة] الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا": a United Nations body the tagger ran on past the
      // United Nations (the adjectives agree with the head) is named with its head, as "برنامج الأمم المتحدة الإنمائي".
      else if (mention.type === 'organization' && last > first + 1 && isHead(ctx, UN_BODY_HEADS, first - 1) && isUnitedNations(ctx, first)) first--
      // "وكالة تاس للأنباء" is the agency's name whole; "وكالة رويترز" keeps only رويترز.
      else if (mention.type === 'organization' && isHead(ctx, AGENCY, first - 1) && AGENCY_TAIL.has(ctx.tokens[last].norm)) first--
      // The tagger found "تاس" alone between them: the same name.
      else if (mention.type === 'organization' && isHead(ctx, AGENCY, first - 1) && last + 1 < ctx.tokens.length &&
        AGENCY_TAIL.has(ctx.tokens[last + 1].norm) && !breakBetween(ctx, last, last + 1) && ctx.owner[last + 1] < 0) {
        first--
        last++
      }
    }
    // "واعتمدت [الهيئة عقار ليناكابافير]": a product's head ends a body's name, and a head alone is no name.
    if (mention.type !== 'person') {
      for (let t = first + 1; t <= last; t++) {
        if (!PRODUCT_HEADS.has(ctx.stems[t])) continue
        last = t - 1
        if (first === last && isLoneHead(ctx.stems[first])) return []
        break
      }
    }
    // "[حيي] الشيخ مقصود": a dual head stays out of the place, as a singular one does.
    if (mention.type === 'place') while (first < last && DUAL_PLACE_HEADS.has(ctx.stems[first])) first++
    // "استاد لوسيل [النهائي]": what the venue hosted ends its name (also where the tagger typed the venue a body).
    if ((mention.type === 'place' || isHead(ctx, FACILITY_HEADS, first)) && last > first + 1 && HOSTED_EVENTS.has(ctx.stems[last])) last--
    // "منجم بوعزار [للكوبالت]": what a mine yields is not its name (the sets name "منجم بوعزار", "منجم سومير").
    if (ctx.stems[first] === MINE) {
      for (let t = first + 2; t <= last; t++) {
        const { pre } = ctx.tokens[t].clitics
        if (pre.length === 2 && pre[0] === 'ل' && pre[1] === 'ال') {
          last = t - 1
          break
        }
      }
    }
    // "[سد النهضة]" typed as a body: a dam, a palace, a stadium, a mine is a place.
    // So is a venue the tagger took for a person with its head ("[كنيس موسى بن ميمون]").
    // And a station of a kind ("[محطة مترو المريوطية]").
    const station = mention.type === 'organization' && last > first && STATION.has(ctx.stems[first]) && STATION_KINDS.has(ctx.stems[first + 1])
    // And an agricultural scheme the tagger found whole (find-schemes.ts finds the others).
    const scheme = isSchemeFoundWhole(ctx, { ...mention, first, last })
    // And a station the tagger took for a person with its head ("[محطة أبو عرقوب]"); a body of a place so taken is that body
    // ("[لبلدية زيندر]").
    const headedPerson = mention.type === 'person' && last > first && !isDefiniteStem(ctx.stems[first])
    const type = (mention.type === 'organization' && PLACE_FACILITY_HEADS.has(ctx.stems[first].replace(PATTERNS.article, ''))) || station || scheme ||
      (mention.type === 'person' && last > first && VENUE_HEADS.has(ctx.stems[first])) || (headedPerson && STATION.has(ctx.stems[first])) ? 'place' :
      headedPerson && BODY_OF_PLACE.has(ctx.stems[first]) ? 'organization' : mention.type
    return [{ ...mention, type, first, last }]
  })
}

const DEVICE = normalizeArabic('جهاز')
const MINE = normalizeArabic('منجم')

/** The mention is a definite general head ("الهيئة") and, right after it, a bare verbal noun the clusters know ("ترميم"). */
function isHeadIntoVerbalNoun(ctx: Context, mention: TokenMention): boolean {
  const next = mention.first + 1
  if (next > mention.last || !PUBLIC_BODY_HEADS.has(ctx.stems[mention.first]) || breakBetween(ctx, mention.first, next)) return false
  const { pre, post } = ctx.tokens[next].clitics
  return pre.length === 0 && post.length === 0 && PATTERNS.verbalNounShape.test(ctx.stems[next]) && isClustered(ctx, ctx.tokens[next].norm) &&
    !GIVEN.has(ctx.stems[next])
}

/**
 * Token `last` of a person starting at `first` is a word the clusters know and no given name, in the accusative
 * (its stem known without the alef too: "مشهورا", not "كوستا"), with a possessive ending, or a kin word; or
 * the name changes script there.
 */
function isCommonPersonEnd(ctx: Context, first: number, last: number): boolean {
  const { text, tokens } = ctx
  if (PATTERNS.latinStart.test(text[tokens[first].start]) !== PATTERNS.latinStart.test(text[tokens[last].start])) return true
  const stem = ctx.stems[last]
  const word = tokens[last].norm
  // "[نتنياهو بإبرام] صفقة": a verbal noun after ب, the word left whole by the tokenizer.
  if (isVerbalNounAfterBa(ctx, last)) return true
  // ("زاده", -zadeh, ends Persian and Afghan names: "هبة الله آخوند زاده", though it also reads "increased him".)
  if (GIVEN.has(stem) || GIVEN.has(word) || !isClustered(ctx, word) || word === ZADEH) return false
  return (tokens[last].clitics.post.length > 0 && isClustered(ctx, stem)) || KINSHIP.has(stem) ||
    // (A definite word takes no tanween: "حسام الدين [البنا]" is al-Banna, not "البن" in the accusative.)
    (PATTERNS.accusativeEnding.test(word) && !isDefiniteStem(word) && isClustered(ctx, word.slice(0, -1)))
}

/**
 * Token t is ب and a derived verbal noun, the clitic left on it by the tokenizer: "بإبرام" (إفعال), "باعتقال" (افتعال),
 * "باستخدام" (استفعال). (The clusters, from 2007's text, do not know many of them.)
 */
function isVerbalNounAfterBa(ctx: Context, t: number): boolean {
  return ctx.tokens[t].clitics.pre.length === 0 && BA_DERIVED_VERBAL_NOUN.test(ctx.tokens[t].norm) && !GIVEN.has(ctx.stems[t])
}
const BA_DERIVED_VERBAL_NOUN = /^ب(?:ا[^ا]{2}ا[^ا]|ا[^ا]ت[^ا]ا[^ا]|است[^ا]{2}ا[^ا])$/u

/** Token t ends as an accusative without its mark does ("مشهورا"), and is no definite word. */
function isAccusativeShaped(ctx: Context, t: number): boolean {
  const word = ctx.tokens[t].norm
  return PATTERNS.accusativeEnding.test(word) && !isDefiniteStem(word) && ctx.tokens[t].clitics.post.length === 0
}

/** Token t is a known word behind the ك of "as" ("كعازف") or in the masculine plural ("مهندسون"): no name's first. */
function isCommonPersonStart(ctx: Context, t: number): boolean {
  const word = ctx.tokens[t].norm
  if (GIVEN.has(ctx.stems[t]) || !isClustered(ctx, word)) return false
  // (A plural's ending after a stem of three letters at least: "كون" is a name, "Koen Korfiatis".)
  return (ctx.tokens[t].clitics.pre[0] === 'ك' && isClustered(ctx, ctx.stems[t])) || (word.endsWith('ون') && word.length >= MIN_PLURAL_LETTERS)
}

/**
 * "وزير الشؤون الإسلامية والدعوة [والإرشاد] عبداللطيف آل الشيخ": a word written with "و" and the article, before a
 * known given name (or "عبد" run into the article: "عبداللطيف"), ends what comes before (a ministry's field) and begins
 * no name; a definite given name is one ("الصادق محمد").
 */
function isAndDefiniteBeforeGiven(ctx: Context, t: number): boolean {
  const { pre } = ctx.tokens[t].clitics
  return pre.length === 2 && pre[0] === 'و' && pre[1] === 'ال' && !GIVEN.has(ctx.stems[t]) && !isListedGivenName(ctx, t) &&
    t + 1 < ctx.tokens.length && (startsPersonName(ctx, t + 1) || isJoinedAbd(ctx.stems[t + 1]))
}

/** The letters of the shortest masculine plural in ـون: a stem of three and its ending ("عاملون" has more). */
const MIN_PLURAL_LETTERS = 5

/**
 * Tunisia's delegations and sectors and an Israeli settlement, said before the place's name as "مدينة" is ("عمادة
 * [الزغادنية]", "مستوطنة [كرمي تسور]"): the sets name the place alone or give it as the alternate. Normalised.
 */
const UNIT_DESCRIPTORS: ReadonlySet<string> = new Set(['معتمدية', 'عمادة', 'مستوطنة'].map((word) => normalizeArabic(word)))
/**
 * Token t is a verb that acts or speaks, bare or after "و" (which the tokenizer leaves on a short word: "وزار"), no given
 * name nor place, and a title follows it.
 */
function isVerbBeforeTitle(ctx: Context, t: number): boolean {
  const { clitics: { pre, post }, norm } = ctx.tokens[t]
  const verb = SPEECH_VERB_STEMS.has(ctx.stems[t]) || (pre.length === 0 && norm.startsWith('و') && SPEECH_VERB_STEMS.has(norm.slice(1)))
  return verb && (pre.length === 0 || (pre.length === 1 && pre[0] === 'و')) && post.length === 0 && !GIVEN.has(ctx.stems[t]) &&
    !isKnownPlace(ctx, t) && t + 1 < ctx.tokens.length && TITLES.has(ctx.stems[t + 1])
}

/**
 * The future verb at token t is a word the clusters know, whole or without its "س" ("سيزور", "يزور"), or a dual's or a
 * plural's with its object ("سيمثلانه").
 */
function isKnownFutureVerb(ctx: Context, t: number): boolean {
  const { norm } = ctx.tokens[t]
  // (Without the clusters, no word is known unseen: any word of the shape is the verb.)
  return !(isUnclustered(ctx, norm) && isUnclustered(ctx, norm.slice(1))) || VERB_WITH_OBJECT.test(norm)
}
/** A dual's or a plural's ending and an object pronoun after it. */
const VERB_WITH_OBJECT = /(?:ان|ون)(?:ه|ها|هم)$/u

/** "حقوق الإنسان", human rights, as the stems spell it (the article kept). */
const RIGHTS = normalizeArabic('حقوق')
const HUMAN = normalizeArabic('الإنسان')
/**
 * West of, east of, north of, south of, in the form that only says where ("غربي دير البلح"); not the bare "غرب", which
 * also begins names ("جنوب غرب الصومال", "حقل غرب القرنة").
 */
const SIDE_OF: ReadonlySet<string> = new Set(['غربي', 'شرقي', 'شمالي', 'جنوبي'].map((word) => normalizeArabic(word)))
/** "الأثري", "الأثرية" as written, without another clitic. */
const ARCHAEOLOGICAL: ReadonlySet<string> = new Set(['الأثري', 'الأثرية'].map((word) => normalizeArabic(word)))
/** "سوق": a market, a place, or one that trades shares, a body. */
const MARKET = normalizeArabic('سوق')
/** "المركزي", "المركزية" as written, without another clitic. */
const CENTRAL: ReadonlySet<string> = new Set(['المركزي', 'المركزية'].map((word) => normalizeArabic(word)))
/** "عيادة": a clinic, a head no place's name ends on. */
const CLINIC: ReadonlySet<string> = new Set([normalizeArabic('عيادة')])
/** "بني" (the sons of), which opens towns' and tribes' names ("بني وليد", "بني سويف"). Normalised. */
const SONS_OF: ReadonlySet<string> = new Set([normalizeArabic('بني')])
/**
 * Titles an institution's namesake bears in its name, besides TITLES: "جامعة [القديس] يوسف", "جامعة [القاضي] عياض",
 * "جامعة [سيدي] محمد بن عبد الله" (session 23).
 */
const NAMESAKE_TITLES: ReadonlySet<string> = new Set(['القديس', 'القديسة', 'القاضي', 'سيدي', 'مولاي'].map((word) => normalizeArabic(word)))

/** What an officer's rank may end in, indefinite, before his name: "اللواء الركن طيار", "العميد مهندس" (session 23). */
const RANK_ARMS: ReadonlySet<string> = new Set(['طيار', 'ركن', 'الركن', 'بحري', 'مهندس'].map((word) => normalizeArabic(word)))
/** "أركان حرب" (normalised words). */
const STAFF = ['أركان', 'حرب'].map((word) => normalizeArabic(word))


/** Token t is a given name the tagger's lists know (foreign ones too: "ألبرتو", "لويجي"). */
function isListedGivenName(ctx: Context, t: number): boolean {
  return ((ctx.gazetteer.classes.get(ctx.stems[t]) ?? 0) & WORD_CLASS.givenName) !== 0
}

/**
 * The body starting at token `first` is governed by an officer's title: it carries ل after one ("الرئيس التنفيذي
 * [لمجمع …]"), or follows a title or "إدارة" in the construct state ("رئيس مجلس إدارة [مجموعة …]").
 */
function isOfficersBody(ctx: Context, first: number): boolean {
  if (first === 0 || breakBetween(ctx, first - 1, first)) return false
  const before = ctx.stems[first - 1]
  const titled = TITLES.has(before) || hasWithArticle(TITLES, before) || before === MANAGEMENT || OFFICER_ADJECTIVES.has(before)
  return titled && (ctx.tokens[first].clitics.pre.includes('ل') || !isDefiniteStem(before) || OFFICER_ADJECTIVES.has(before))
}
const MANAGEMENT = normalizeArabic('إدارة')
/** The adjective of a chief's title: "الرئيس التنفيذي", "المدير العام". */
const OFFICER_ADJECTIVES: ReadonlySet<string> = new Set(['التنفيذي', 'التنفيذية', 'العام', 'العامة', 'الإقليمي'].map((word) => normalizeArabic(word)))

/**
 * Token k is a plain common noun, nothing a body's name goes on with after its adjective: bare as the clusters know it,
 * of four letters or more, no particle ("في", "بشأن"), no word the tokenizer left its ل or ب on ("لخفر", "لإندونيسيا"), no
 * participle ("متعددة الخدمات"), known place or given name.
 */
function isPlainCommonNoun(ctx: Context, k: number): boolean {
  const { clitics, norm } = ctx.tokens[k]
  if (clitics.pre.length > 0 || clitics.post.length > 0 || ctx.stems[k] !== norm || norm.length < 4 || !PATTERNS.arabicWord.test(norm)) return false
  if (/^[لب]/u.test(norm) || isDefiniteStem(norm) || PATTERNS.participleShape.test(norm)) return false
  return isClustered(ctx, norm) && !isOneWordKnownPlace(ctx, norm) && !GIVEN.has(norm)
}

/** Tokens first..last (one at least) are directions alone, with or without the article: "جنوب الغرب", "الشمال". */
function isDirectionsOnly(ctx: Context, first: number, last: number): boolean {
  if (first > last) return false
  for (let t = first; t <= last; t++) if (!DIRECTIONS.has(ctx.stems[t].replace(PATTERNS.article, ''))) return false
  return true
}

/** Where the quote a mention opens with closes, when it closes within three words after `last`; else `last`. */
function closingQuoteEnd(ctx: Context, first: number, last: number): number {
  const gapBefore = (t: number) => ctx.text.slice(t > 0 ? ctx.tokens[t - 1].end : 0, ctx.tokens[t].start)
  if (!/["«“]\s*$/u.test(gapBefore(first))) return last
  for (let k = last; k < ctx.tokens.length && k <= last + 3; k++) {
    const after = k + 1 < ctx.tokens.length ? ctx.text.slice(ctx.tokens[k].end, ctx.tokens[k + 1].start) : ctx.text.slice(ctx.tokens[k].end)
    if (/^\s*["»”]/u.test(after)) return k
    if (after.trim() !== '') return last
  }
  return last
}

/** First words of Arab clubs' names, before their town: "مستقبل الرويسات", "أولمبي الشلف", "ريال باماكو" (session 18). */
const ARAB_CLUB_WORDS: ReadonlySet<string> = new Set(
  ['مستقبل', 'أولمبي', 'أولمبيك', 'شباب', 'شبيبة', 'مولودية', 'وفاق', 'اتحاد', 'نجم', 'أهلي', 'ريال', 'أمل', 'نادي', 'هلال', 'شعب', 'جمعية', 'اتفاق', 'نهضة']
    .map((word) => normalizeArabic(word)),
)

/** A club's own definite words that its town's nisba follows: "النادي البنزرتي", "الاتحاد المنستيري", "الملعب القابسي". */
const CLUB_DEFINITE_HEADS: ReadonlySet<string> = new Set(['النادي', 'الاتحاد', 'الملعب', 'النجم', 'الترجي', 'الشبيبة', 'المستقبل', 'الأولمبي', 'الكوكب', 'الوداد', 'الرجاء'].map((word) => normalizeArabic(word)))

/** "الكبرى" (Greater), a city's region: "مانشستر الكبرى". */
const GREATER: ReadonlySet<string> = new Set([normalizeArabic('الكبرى')])

/** Words a name goes on with after "و" ("ولد", son of, in Mauritanian names). */
const NAME_PARTICLE_WORDS: ReadonlySet<string> = new Set([normalizeArabic('ولد')])

/**
 * Token t follows a place's kind or district head ("بلدة", "حي") in the same phrase, or "أحياء" (districts; alone no head
 * that finds places: "أحياء الصفيح", slums).
 */
function isAfterPlaceHead(ctx: Context, t: number): boolean {
  return t > 0 && !breakBetween(ctx, t - 1, t) && (UNSEEN_PLACE_HEADS.has(ctx.stems[t - 1]) || ctx.stems[t - 1] === DISTRICTS)
}
const DISTRICTS = normalizeArabic('أحياء')

/** Titles that also begin the names of villages, districts and shrines ("الشيخ عبادة", "السيدة زينب"). */
const PLACE_NAMING_TITLES: ReadonlySet<string> = new Set(
  ['الشيخ', 'السيدة', 'الإمام', 'الأمير', 'الملك', 'السلطان', 'النبي', 'الشهيد', 'القديس', 'الحاج', 'الولي'].map((word) => normalizeArabic(word)),
)

/** "شبكة", a network, as normalised. */
const NETWORK = normalizeArabic('شبكة')

/** A body's or a line's head: what a network's name may be of ("مؤسسة", "هيئة", "قطار"). */
function isHeadOfItsOwn(stem: string): boolean {
  return NAME_HEADS.has(stem) || INSTITUTION_HEADS.has(stem) || PUBLIC_BODY_HEADS.has(stem) || STATION_KINDS.has(stem) || FACILITY_HEADS.has(stem)
}

/** "multi-", an indefinite adjective in the construct state inside a body's name ("متعددة الخدمات"), as normalised. */
const MULTI: ReadonlySet<string> = new Set(['متعددة', 'متعدد'].map((word) => normalizeArabic(word)))

/** Forms of address said before a title or a name ("سعادة السفير", "معالي الوزير"), as normalised. Hand-written. */
const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set(['سعادة', 'معالي', 'فخامة', 'سمو', 'جلالة'].map((word) => normalizeArabic(word)))

/** "زاده" (-zadeh), as normalised. */
const ZADEH = normalizeArabic('زاده')

/** Family names that end as a feminine nisba does (the Qatari Al-Attiyah). Hand-written. */
const FAMILY_NAMES_IN_IYA: ReadonlySet<string> = new Set(['العطية'].map((word) => normalizeArabic(word)))

/** "آباد" (-abad), a town's last word. */
const ABAD = normalizeArabic('آباد')

/** Heads of where a place lies, behind ب: "بحي", "بريف", "بمحافظة", "بإقليم", "بمركز" (Egypt's districts). */
const WHERE_HEADS: ReadonlySet<string> = new Set([
  ...['حي', 'ريف', 'محافظة', 'إقليم', 'مركز', 'قضاء', 'ناحية', 'مديرية', 'ولاية', 'منطقة', 'جماعة', 'مدينة', 'بلدة', 'قرية', 'مخيم', 'منتزه'].map((word) => normalizeArabic(word)),
])

/** Token t is "و" and a district's or a town's head (the tokenizer keeps "وحي" whole: revelation). */
export function isHeadAfterAnd(ctx: Context, t: number): boolean {
  const { pre } = ctx.tokens[t].clitics
  const stem = ctx.stems[t]
  return pre.length === 1 && pre[0] === 'و' ? WHERE_HEADS.has(stem) : pre.length === 0 && stem.startsWith('و') && WHERE_HEADS.has(stem.slice(1))
}

/** Indefinite heads that begin a second body after "و" inside what the tagger took for one (INSTITUTION_HEADS, BODY_OF_PLACE and these). */
const SECOND_BODY_HEADS: ReadonlySet<string> = new Set([
  ...INSTITUTION_HEADS, ...BODY_OF_PLACE, ...['مجموعة', 'سوق', 'صندوق', 'منظمة', 'وزارة', 'مجلس', 'بنك', 'مصرف'].map((word) => normalizeArabic(word)),
])

/** A committee's and a section's heads, and the houses and chambers they sit in. */
const SUB_BODY_HEADS: ReadonlySet<string> = new Set(['لجنة', 'شعبة'].map((word) => normalizeArabic(word)))
const HOUSES_OF_SUB_BODIES: ReadonlySet<string> = new Set(['مجلس', 'غرفة'].map((word) => normalizeArabic(word)))

/**
 * "[مصرف البحرين المركزي لتأسيس] بنك رقمي" (s60-c): a verbal noun behind "ل", bare, last in a body the tagger found, is the
 * purpose of what the sentence tells (a body's field takes its object: "الوكالة الوطنية لترقية التجارة الخارجية").
 */
function isBarePurpose(ctx: Context, t: number): boolean {
  if (!isPurposeVerbalNoun(ctx, t)) return false
  // What it governs is indefinite and no name ("لتأسيس [بنك] رقمي"); a name after it is the field's ("لتحرير السودان").
  const next = t + 1
  return next < ctx.tokens.length && !breakBetween(ctx, t, next) && ctx.owner[next] < 0 && !ctx.tokens[next].clitics.pre.includes('ال') &&
    !isDefiniteStem(ctx.stems[next]) && !isKnownPlace(ctx, next)
}

/** "الحكومة": a government, a body of its own after "و" when named by its country. */
const GOVERNMENT: ReadonlySet<string> = new Set([normalizeArabic('الحكومة')])

/** "هيئة" (authority), whose name is a definite phrase: "هيئة الحشد الشعبي", "هيئة الأمم المتحدة". */
const AUTHORITY: ReadonlySet<string> = new Set([normalizeArabic('هيئة')])

/** "السفلى", "العليا": Lower and Upper, part of a place's name; and the masculine of Yemen's districts ("وصاب العالي", "وصاب السافل"). */
const UPPER_LOWER: ReadonlySet<string> = new Set(['السفلى', 'العليا', 'العالي', 'السافل'].map((word) => normalizeArabic(word)))

/** "صادق" as the tokens' stems spell it: the given name Sadiq, or the verb "ratified". */
const RATIFIED = normalizeArabic('صادق')
/** What follows the verb "صادق": "على" (ratified … on), "في" (in a reading), or the ratifying body. */
const AFTER_RATIFIED: ReadonlySet<string> = new Set(['على', 'في', 'بالإجماع', 'بالقراءة'].map((word) => normalizeArabic(word)))

/**
 * The person "صادق" is the verb: the word after it (inside the mention or not) is "على", "في", or a national
 * body's head ("صادق الكنيست الإسرائيلي" → the organisation after it); "صادق خان" is a name.
 */
function isRatifying(ctx: Context, mention: TokenMention): boolean {
  const next = mention.first + 1
  if (next >= ctx.tokens.length || breakBetween(ctx, mention.first, next)) return false
  const word = ctx.stems[next]
  return AFTER_RATIFIED.has(word) || AFTER_RATIFIED.has(ctx.tokens[next].norm) || NATIONAL_HEADS.has(word) || KNESSET.has(word)
}
/** Parliaments named alone ("الكنيست"), which the national heads list by their country. */
const KNESSET: ReadonlySet<string> = new Set(['الكنيست', 'الكونغرس', 'البرلمان', 'مجلس'].map((word) => normalizeArabic(word)))

/** Every word of the span is a linking particle ("ابن") or a title ("الفنان"). */
function isNamelessPerson(ctx: Context, first: number, last: number): boolean {
  // "[آية الله] علي السيستاني": a title phrase alone.
  if (titlePhraseEndsAt(ctx, last) && TITLE_PHRASES.some((words) => words.length === last - first + 1)) return true
  // "[بابا] الفاتيكان": a title without its article is one too.
  for (let t = first; t <= last; t++) if (!LINKING_PARTICLES.has(ctx.stems[t]) && !TITLES.has(ctx.stems[t]) && !hasWithArticle(TITLES, ctx.stems[t])) return false
  return true
}

/**
 * An organisation named in common words, two words or more before its nationality ("الخطوط الجوية
 * التونسية", Tunisair; "مجلس الأمن القومي الأمريكي"): the nationality is part of the official name, as
 * after a common-noun head (isNamedInCommonWords).
 */
function isDescriptiveName(ctx: Context, mention: TokenMention): boolean {
  if (mention.type !== 'organization') return false
  // (Or one definite word, no head of a kind that then names nothing alone: "الخطوط التونسية", not "الحركة الفلسطينية".)
  if (mention.last === mention.first + 1) {
    const stem = ctx.stems[mention.first]
    return isDefiniteStem(stem) && ctx.tokens[mention.first].clitics.pre.length <= 1 && !isLoneHead(stem) && !TITLES.has(stem) &&
      !isOneWordKnownPlace(ctx, stem) && isNamedInCommonWords(ctx, mention.first, mention.first, false)
  }
  return mention.last - mention.first >= 2 && isNamedInCommonWords(ctx, mention.first, mention.last - 1, true)
}

/** A one-word known place with the article, written without other clitics: "الرياض", "القاهرة". */
function isDefiniteKnownPlace(ctx: Context, t: number): boolean {
  const stem = ctx.stems[t]
  if (!isDefiniteStem(stem) || ctx.tokens[t].norm !== stem || FAMILY_NAMED_PLACES.has(stem)) return false
  return isOneWordKnownPlace(ctx, stem)
}

/** Prepositions of place before a word, as the tokens' stems spell them. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['إلى', 'في', 'من'].map((word) => normalizeArabic(word)))

/** Token t is a known one-word place (no given name) after a preposition of place, its own ب or one before it. */
function isKnownPlaceAfterPreposition(ctx: Context, t: number): boolean {
  const stem = ctx.stems[t]
  if (GIVEN.has(stem) || FAMILY_NAMED_PLACES.has(stem) || !isOneWordKnownPlace(ctx, stem)) return false
  const { pre } = ctx.tokens[t].clitics
  return pre.includes('ب') || (pre.length === 0 && t > 0 && !breakBetween(ctx, t - 1, t) && PLACE_PREPOSITIONS.has(ctx.stems[t - 1]))
}


/** Places whose names are as often family names: "الخليل" (Hebron; "خليل الخليل"). */
const FAMILY_NAMED_PLACES: ReadonlySet<string> = new Set([normalizeArabic('الخليل')])

/**
 * The known place behind the preposition ب at token t ("بموسكو": "in Moscow", never inside another name), as
 * the words of its entry the tokens spell, or undefined. The tagger's places stand for any place starting with
 * the word, the rules' only for a whole entry ("بميناء" alone is no "ميناء السخنة").
 */
export function placeAfterPreposition(ctx: Context, t: number): readonly string[] | undefined {
  const { pre } = ctx.tokens[t].clitics
  const { norm } = ctx.tokens[t]
  // The tokenizer keeps "بنيويورك" whole (it guards "بني" for "بني سويف"): ب and a place of one word.
  if (pre.length === 0 && norm.startsWith('ب') && ctx.gazetteer.places.get(norm.slice(1))?.some((words) => words.length === 1)) return [norm.slice(1)]
  if (!pre.includes('ب')) return undefined
  const stem = ctx.stems[t]
  const tagger = ctx.gazetteer.places.get(stem)
  const rules = (ctx.gazetteer.articlePlaces.get(stem) ?? []).find((words) => spellsPlaceAt(ctx, t, words))
  if (!tagger) return rules
  return tagger.find((words) => spellsPlaceAt(ctx, t, words)) ?? rules ?? [stem]
}

/** Token t is "و" and a body's head, with its article or not: "وجبهة", "والمجلس", "وجهاز". */
function isListedBodyHead(ctx: Context, t: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  if (clitics.post.length > 0) return false
  // (The tokenizer keeps some whole: "وجهاز".)
  const stem = clitics.pre[0] === 'و' ? ctx.stems[t] : clitics.pre.length === 0 && norm.startsWith('و') ? norm.slice(1) : ''
  const bare = stem.replace(PATTERNS.article, '')
  // ("إدارة" is as often a field of the first: "وزارة الطوارئ وإدارة الكوارث".)
  return (NAME_HEADS.has(bare) || CHAIN_HEADS.has(bare) || MINISTRY.has(bare)) && bare !== MANAGEMENT
}

/**
 * Token t is no given name and the definite word after it no adjective nor a day: a noun in the construct state ("دفتر
 * التحملات").
 */
function isCommonNounInConstruct(ctx: Context, t: number): boolean {
  const next = t + 1
  if (next >= ctx.tokens.length || breakBetween(ctx, t, next) || GIVEN.has(ctx.stems[t])) return false
  const governed = ctx.stems[next]
  return ctx.tokens[next].clitics.pre.length === 1 && isDefiniteStem(governed) && !PATTERNS.nisba.test(governed) && !DAY_WORDS.has(governed) && !WEEKDAYS.has(governed)
}

/** "حي", a district's head. */
const DISTRICT_HEAD: ReadonlySet<string> = new Set([normalizeArabic('حي')])

/** "ريف", a town's countryside. */
const COUNTRYSIDE_HEAD = normalizeArabic('ريف')
/** Heads of the United Nations' bodies: "برنامج الأمم المتحدة الإنمائي", "لجنة الأمم المتحدة الاقتصادية لأفريقيا". Hand-written (session 32). */
const UN_BODY_HEADS: ReadonlySet<string> = new Set(
  ['لجنة', 'مفوضية', 'برنامج', 'صندوق', 'وكالة', 'منظمة', 'هيئة', 'مكتب', 'مؤتمر'].map((word) => normalizeArabic(word)),
)
const UNITED_NATIONS = ['الأمم', 'المتحدة'].map((word) => normalizeArabic(word))
/** Tokens t and t + 1 are "الأمم المتحدة". */
function isUnitedNations(ctx: Context, t: number): boolean {
  return t + 1 < ctx.tokens.length && ctx.stems[t] === UNITED_NATIONS[0] && ctx.stems[t + 1] === UNITED_NATIONS[1]
}
/** A position's side on the pitch, after the position: "الظهير الأيمن", "الجناح الأيسر". */
const PITCH_SIDES: ReadonlySet<string> = new Set(['الأيمن', 'الأيسر'].map((word) => normalizeArabic(word)))
/** The day a body spoke, after its name: "أعلنت وزارة السياحة [اليوم]". */
const DAY_WORDS: ReadonlySet<string> = new Set(['اليوم', 'أمس', 'الليلة'].map((word) => normalizeArabic(word)))
/** Comparatives that end no place or body's name ("[العين] أعلى كمية"). Hand-written (session 32). */
const COMPARATIVES: ReadonlySet<string> = new Set(
  ['أعلى', 'أدنى', 'أكثر', 'أقل', 'أكبر', 'أصغر', 'أفضل', 'أسوأ', 'أشد', 'أسرع', 'أبرز', 'أهم'].map((word) => normalizeArabic(word)),
)

/** The outskirts, surroundings or heights of a place: "محيط", "أطراف", "ضواحي", "مشارف", "مرتفعات". Hand-written. */
const OUTSKIRTS: ReadonlySet<string> = new Set(['محيط', 'أطراف', 'ضواحي', 'مشارف', 'مرتفعات'].map((word) => normalizeArabic(word)))

/** Heads of zones and purpose-built cities, with their article or not. */
const ZONE_HEADS: ReadonlySet<string> = new Set(['منطقة', 'المنطقة', 'مدينة', 'المدينة'].map((word) => normalizeArabic(word)))
/** What kind of zone or city it is, its name's last word: "الصناعية", "الأثرية", "الحرة". Hand-written (session 20). */
const ZONE_ADJECTIVES: ReadonlySet<string> = new Set(['الصناعية', 'الأثرية', 'الحرة', 'الاقتصادية', 'الأكاديمية', 'البحرية', 'الرياضية', 'الطبية', 'التاريخية', 'اللوجستية', 'التقنية', 'العلمية']
  .map((word) => normalizeArabic(word)))
/** What may follow a zone's kind in its name: "الاقتصادية [الخاصة]", "الصناعية [الثانية]" (session 23). */
const ZONE_QUALIFIERS: ReadonlySet<string> = new Set(['الخاصة', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة'].map((word) => normalizeArabic(word)))

/** Where a zone that ends at `last` on the adjective of its kind ends with a qualifier after it. */
function zoneQualifierEnd(ctx: Context, last: number): number {
  const next = last + 1
  return ZONE_ADJECTIVES.has(ctx.stems[last]) && next < ctx.tokens.length && !breakBetween(ctx, last, next) && ctx.owner[next] < 0 &&
    onlyTheArticle(ctx, next) && ZONE_QUALIFIERS.has(ctx.stems[next]) ? next : last
}

/**
 * Where a zone named from token `head` (its head) to `last` ends when an adjective of its kind ends it or follows it
 * at once ("الأثرية"), or a field after ل is part of its name ("للصناعة والأعمال"); -1 when neither.
 */
function zoneAdjectiveEnd(ctx: Context, head: number, last: number): number {
  if (ZONE_ADJECTIVES.has(ctx.stems[last]) || ctx.tokens.slice(head + 2, last + 1).some((token) => token.clitics.pre[0] === 'ل')) return last
  const next = last + 1
  return next < ctx.tokens.length && !breakBetween(ctx, last, next) && ctx.owner[next] < 0 && onlyTheArticle(ctx, next) &&
    ZONE_ADJECTIVES.has(ctx.stems[next]) ? next : -1
}

/** Token t is ب and a district's or a town's head, no article: "بحي", "بمدينة", "بمحافظة". */
function isDistrictAfterPreposition(ctx: Context, t: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  // (The tokenizer keeps "بحي" whole: a remainder of two letters.)
  if (clitics.pre.length === 0) return norm.startsWith('ب') && (DISTRICT_WORDS.has(norm.slice(1)) || MOROCCAN_UNITS.has(norm.slice(1)))
  return clitics.pre.length === 1 && clitics.pre[0] === 'ب' && (DISTRICT_WORDS.has(ctx.stems[t]) || MOROCCAN_UNITS.has(ctx.stems[t]))
}
/** Morocco's region and prefecture, where a national body's local branch is: "المكتب الوطني للكهرباء [بجهة سوس ماسة]". */
const MOROCCAN_UNITS: ReadonlySet<string> = new Set(['جهة', 'عمالة'].map((word) => normalizeArabic(word)))

/**
 * Token t is ب or ل before a listed common word ("بميناء": a place's head) or a verb ("ليعيش"). Not any word the
 * clusters know: family names begin with these letters as often ("براون", "بلير", "لافروف").
 */
function isCommonWordAfterPreposition(ctx: Context, t: number): boolean {
  const pre = ctx.tokens[t].clitics.pre
  if (!(pre.length === 1 && (pre[0] === 'ب' || pre[0] === 'ل'))) return false
  const stem = ctx.stems[t]
  // ب stands before no verb: "بيريز" after a given name is Pérez, not ب and a present verb.
  if (pre[0] === 'ب' && PATTERNS.presentPrefix.test(stem)) return false
  const classes = ctx.gazetteer.classes.get(stem) ?? 0
  const listed = classes !== 0 && (classes & (WORD_CLASS.givenName | WORD_CLASS.nameParticle)) === 0
  // A verb the clusters know ("ليعيش"); an unseen word of that shape is a name ("بيركوسيون").
  return !GIVEN.has(stem) && (listed || isKnownVerb(ctx, stem))
}

/**
 * Where a person cut out of an organisation ends: at the organisation's end, or one word on when that
 * word is free, name-like and closed by a particle or punctuation ("فاتح قره" + "خان إن").
 */
function personEnd(ctx: Context, last: number): number {
  const next = last + 1
  if (next >= ctx.tokens.length || ctx.owner[next] >= 0 || breakBetween(ctx, last, next)) return last
  const word = ctx.stems[next]
  if (word.length < 2 || isDefiniteStem(word) || NAME_ENDERS.has(word) || ctx.gazetteer.classes.has(word) || ctx.tokens[next].clitics.pre.length > 0) return last
  const after = next + 1
  return after >= ctx.tokens.length || breakBetween(ctx, next, after) || NAME_ENDERS.has(ctx.stems[after]) ? next : last
}

/** Token t is a definite word of the sports clubs' class ("الأهلي", "الهلال"), with no other clitic. */
function isDefiniteClub(ctx: Context, t: number): boolean {
  const { pre, post } = ctx.tokens[t].clitics
  return pre.length === 1 && pre[0] === 'ال' && post.length === 0 && isListedClub(ctx, ctx.stems[t])
}

/**
 * Prepositions and time words as written, which end no person's name: unlike NAME_ENDERS (normalised), they
 * leave "علي" (Ali, and "على" normalised) and "إمام" (a family name, "أمام" normalised) alone. Hand-written.
 */
const PREPOSITIONS_AS_WRITTEN: ReadonlySet<string> = new Set([
  'أمام', 'في', 'من', 'إلى', 'عن', 'مع', 'بعد', 'قبل', 'خلال', 'لدى', 'منذ', 'بين', 'ضد', 'نحو', 'حتى', 'عبر',
  'تحت', 'فوق', 'ضمن', 'إثر', 'عقب', 'أمس', 'اليوم',
])

const NAME_SYLLABLES: ReadonlySet<string> = new Set(['بين', 'من'])

/** "مدربا", "رئيسا", "سفيرا": an indefinite title word with the accusative's alef. */
function isRoleAccusative(stem: string): boolean {
  return stem.length > 3 && stem.endsWith('ا') && TITLES.has(stem.slice(0, -1))
}

/**
 * Token t, a body's name's last word right after a definite one, is a verb in the future the clusters never saw
 * ("[وزارة الأشغال العامة] ستنجز", "[المصرف] سيضخ"); not a transliteration's word after another ("شركة ستارلينك", "ليون
 * سيتي سيلرز").
 */
function isFutureVerbAfterName(ctx: Context, t: number): boolean {
  const word = ctx.tokens[t].norm
  return word.length >= 4 && isDefiniteStem(ctx.stems[t - 1]) && ctx.tokens[t].clitics.pre.length === 0 &&
    PATTERNS.shortFutureVerb.test(word) && isUnclustered(ctx, word)
}

function isKin(ctx: Context, t: number): boolean {
  return KINSHIP.has(ctx.stems[t]) || KINSHIP.has(ctx.tokens[t].norm)
}
