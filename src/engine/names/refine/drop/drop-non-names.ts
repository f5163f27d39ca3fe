import { isDefiniteStem } from '../shared/definite.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { breakBetween, isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { isCommonExpression } from '../find/find-places.ts'
import { isOnBehalfOf } from '../shared/given-name-start.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { isNationalityNisba } from '../shared/nationality-nisba.ts'
import { normSet, AWARD_HEADS, COMPANY_HEADS, COMPANY_TRADES, GROUP_HEADS, COUNTERPART, MINISTRY, NAME_HEADS, PUBLIC_BODY_HEADS, DISEASE_HEADS, GIVEN, DESCRIBING_ADJECTIVES, PURPOSE_ADJECTIVES, KINSHIP, FACILITY_HEADS, NAMED_STREET_HEADS, NOT_A_SQUARE, NUMBER_WORDS, PRODUCT_HEADS, SEMI, SEMI_PLACES, STATION, STATION_KINDS, STREET_HEADS, TITLES, UNIT_HEADS, WORK_HEADS, hasWithArticle } from '../shared/word-lists.ts'
import { isClustered } from '../shared/name-like.ts'
import { MONTH_NAMES } from '../../../figures/calendar-words.ts'

/** "عن عمر يناهز": the age, spelled as the name Omar. */
const AGE_WORD = 'عمر'
const AGE_BEFORE = 'عن'

/**
 * Rule 8, names that are not names: a title in quotes after a work's head ("فيلم «سيد الخواتم»"),
 * a disease named after its head ("فيروس كورونا", "مرض إيبولا"), the nationality of a counterpart
 * taken for a person ("نظيره الموريتاني": his Mauritanian counterpart) or set before one ("الروائي الليبي
 * إبراهيم الكوني"), "باسم" after a spokesperson taken for the given name Basem ("المتحدث باسم وزارة": on
 * behalf of the ministry), the age in "عن عمر ناهز", and a person an award is named after ("جائزة الشيخ
 * زايد للكتاب"), and a verb the tagger took for a person right after one ("دونالد ترامب سيستقبل"). Run on
 * the tagger's mentions before the rules that spread names, so that none spreads.
 */
/** "حركة": a movement's head (حركة حماس), and the word for traffic. */
const MOVEMENT = normalizeArabic('حركة')

/**
 * What moves when "حركة" is traffic, not a movement: "حركة الركاب" (passenger traffic), "حركة المرور", "حركة الملاحة".
 * Hand-written; the Lebanese agency's airport wire showed "حركة الركاب" as an organisation four times.
 */
const TRAFFIC = new Set(
  ['الركاب', 'المسافرين', 'المرور', 'السير', 'الملاحة', 'الطيران', 'الشحن', 'السفر', 'التنقل', 'النقل', 'البيع', 'الشراء', 'التداول', 'التجارة', 'الأسواق', 'النزوح', 'العبور', 'الحاويات', 'البضائع'].map(
    (word) => normalizeArabic(word),
  ),
)

/** "هلال", the new moon (and the given name Hilal), as normalised. */
const CRESCENT = normalizeArabic('هلال')
/** The hijri months' names, as normalised: what a crescent ("هلال رمضان") is sighted for. */
const HIJRI_MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_NAMES.filter((m) => m.calendar === 'hijri').map((m) => m.words[0]))

/** "[هلال شوال]", "[تحري هلال] رمضان": "هلال" right before a hijri month's name, inside the mention or at its end. */
function isMonthsCrescent(ctx: Context, first: number, last: number): boolean {
  for (let t = first; t <= last; t++) {
    if (ctx.stems[t] !== CRESCENT || t + 1 >= ctx.tokens.length || breakBetween(ctx, t, t + 1)) continue
    if (HIJRI_MONTH_WORDS.has(ctx.stems[t + 1])) return true
  }
  return false
}

/** "شؤون", the affairs a title or a body is for, as the tokens' stems spell it. */
const AFFAIRS = normalizeArabic('شؤون')

/** "لجان": committees, or "to Jean" ("لجان إيف لودريان"), which the tagger reads so. */
const COMMITTEES = normalizeArabic('لجان')

export function dropNonNames(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const persons = mentions.filter((m) => m.type === 'person')
  const personStarts = new Set(persons.map((m) => m.first))
  const personEnds = new Set(persons.map((m) => m.last))
  return mentions.filter(({ type, first, last }) => {
    if (DISEASE_HEADS.has(ctx.stems[first])) return false
    // "تحري [هلال شوال]": the new moon of a month, not a man named Hilal.
    if (type === 'person' && isMonthsCrescent(ctx, first, last)) return false
    // "في حين تتحدث [لجان المستأجرين]": committees before the definite word they are of, not "to Jean" (a name after
    // Jean is indefinite: "لجان إيف لودريان").
    if (type === 'person' && ctx.stems[first] === COMMITTEES && first + 1 < ctx.tokens.length && !breakBetween(ctx, first, first + 1) &&
      isDefiniteStem(ctx.stems[first + 1])) return false
    // "[حركة الركاب] في المطار": traffic, no movement.
    if (type === 'organization' && first < last && ctx.stems[first] === MOVEMENT && TRAFFIC.has(ctx.stems[first + 1])) return false
    // "[تطبيق تشات جي بي] تي": a product's head begins no name.
    if (PRODUCT_HEADS.has(ctx.stems[first])) return false
    // "في [مسقط] رأسه": in his birthplace, not in Muscat.
    if (type === 'place' && isCommonExpression(ctx, last)) return false
    // "بعدما [شبّه كثيرون] لونه": likened, no peninsula.
    if (type === 'place' && ctx.stems[first] === SEMI && !(first < last && SEMI_PLACES.has(ctx.stems[first + 1]))) return false
    // "[كتيبة] التوحيد", "إغلاق [الكورنيش]": a head alone names nothing; the patterns find the unit or the place
    // whole (find-institutions.ts, find-places.ts).
    if (first === last && isLoneHead(ctx.stems[first])) return false
    // "نائبة رئيس [الشركة لشؤون أفريقيا]": a definite head already named and the affairs a title is for are a portfolio,
    // no body ("الهيئة العامة لشؤون الحرمين" has its own name between).
    if (type === 'organization' && last > first && isDefiniteStem(ctx.stems[first]) && isLoneHead(ctx.stems[first]) &&
      ctx.stems[first + 1] === AFFAIRS && ctx.tokens[first + 1].clitics.pre.join('') === 'ل') return false
    // "على خسارة [صديق]": a kin word alone is whose kin, and names no one (adjust-boundaries cuts it off a name).
    if (type === 'person' && first === last && (KINSHIP.has(ctx.stems[first]) || KINSHIP.has(ctx.tokens[first].norm))) return false
    // "في [ميدان المعركة]": the battlefield, no square (find-places.ts keeps these out of its streets too).
    if (type === 'place' && last === first + 1 && NAMED_STREET_HEADS.has(ctx.stems[first]) && NOT_A_SQUARE.has(ctx.stems[last])) return false
    // "شمالي [البلاد]": the country already named, no name of its own.
    if (type === 'place' && first === last && ctx.stems[first] === THE_COUNTRY) return false
    // "بنى [محطة كهرباء] جديدة": a station's head and its kind alone, no name after them, say what it is.
    if (last === first + 1 && STATION.has(ctx.stems[first].replace(PATTERNS.article, '')) && STATION_KINDS.has(ctx.stems[last])) return false
    // "[بكابل] بحري": a place's bare word behind a preposition, an indefinite adjective right after it, is a common noun
    // described (a cable); a place's own adjective takes the article ("بيروت الشرقية"). ("في القاهرة كبير مستشاري":
    // a definite place is followed by a noun.)
    if (type === 'place' && first === last && isBehindPreposition(ctx, first) && first + 1 < ctx.tokens.length && !breakBetween(ctx, first, first + 1) &&
      !isDefiniteStem(ctx.stems[first]) && ctx.tokens[first + 1].clitics.pre.length === 0 &&
      (DESCRIBING_ADJECTIVES.has(ctx.stems[first + 1]) || PURPOSE_ADJECTIVES.has(ctx.stems[first + 1]))) return false
    // "غرامة على [شركة صرافة] عاملة": a company's head and the trade it is in, indefinite, say what kind it is.
    if (type === 'organization' && last === first + 1 && isTradeCompany(ctx, first)) return false
    // "إلى [مركز للأمراض المزمنة]", "[صندوق لرأس المال]": a body's bare head and then "ل" is a body of that kind described by
    // its purpose; a name comes between ("مركز أبوظبي للغة العربية"). Session 61 (s60-a, and two in the read sets).
    if (type === 'organization' && last > first && isBodyOfAPurpose(ctx, first)) return false
    // "[محطة كهرباء جديدة]": a new power station, described, not named.
    if (last > first && ctx.tokens[last].clitics.pre.length === 0 && DESCRIBING_ADJECTIVES.has(ctx.stems[last])) return false
    // "مع [تحالف كوري]", "[مؤسسة تمويل كورية]": a body whose words all lack the article, its head first and a
    // nationality last, is described by it (a Korean consortium), not named; names take the nationality with the
    // article ("أرامكو السعودية", "الخطوط الجوية الكورية").
    if (type === 'organization' && last > first && isDescribedByNationality(ctx, first, last)) return false
    // "[مركز ثقافي] للشباب", "[مستشفى جامعي لاستيعاب] …", "[معهد مهني]": an institution's head and an indefinite adjective
    // of its kind describe one, whatever purpose follows; a name comes between ("مركز صحي الشونة الجنوبية").
    if (type === 'organization' && last > first && isInstitutionOfAKind(ctx, first, last)) return false
    // "الروائي [الليبي] [إبراهيم الكوني]": a nationality taken for a person right before one describes him.
    // (Or any adjective of a nisba's shape: "القاضي [الفيدرالي] [أرون سوبرامانيان]"; not a given name, "الهادي".)
    if (type === 'person' && first === last && personStarts.has(last + 1) && !breakBetween(ctx, last, last + 1) &&
      (isNationalityNisba(ctx.stems[first], ctx.gazetteer) || (PATTERNS.nisba.test(ctx.stems[first]) && !GIVEN.has(ctx.stems[first]) &&
        !GIVEN.has(ctx.stems[first].slice(2))))) return false
    // "[دونالد ترامب] [سيستقبل]": a long word in the future's shape right after a person is the verb of
    // the sentence (a name alone keeps it: "قال ستالين").
    if (type === 'person' && first === last && personEnds.has(first - 1) && PATTERNS.futureVerb.test(ctx.tokens[first].norm)) return false
    // "[شارك] نائب وزير الخارجية …": a sentence's first word, known to the clusters and no given name, before a
    // title is the verb and its subject (Arabic puts the title before a name, not after).
    if (type === 'person' && first === last && (first === 0 || breakBetween(ctx, first - 1, first)) && first + 1 < ctx.tokens.length &&
      !breakBetween(ctx, first, first + 1) && isClustered(ctx, ctx.tokens[first].norm) && !GIVEN.has(ctx.stems[first]) &&
      (TITLES.has(ctx.stems[first + 1]) || hasWithArticle(TITLES, ctx.stems[first + 1]))) return false
    // "[يفرز] الهرمون", "[يتباين]": a known word alone in the shape of a verb's present is no person (given names of that
    // shape are listed: "يوسف", "تامر"; foreign ones the clusters never saw: "ياكوب"; a full name is one: "تركي آل الشيخ").
    if (type === 'person' && first === last && PATTERNS.presentVerb.test(ctx.tokens[first].norm) && ctx.tokens[first].clitics.pre.length === 0 &&
      !GIVEN.has(ctx.stems[first]) && isClustered(ctx, ctx.tokens[first].norm)) return false
    // "مع [مجموعة ملحنين]": a group's head and an indefinite plural, known to the clusters or a participle's, is a group of
    // people, no company ("مجموعة ماكلارين", "مجموعة زين" are).
    if (type === 'organization' && last === first + 1 && GROUP_HEADS.has(ctx.stems[first]) && ctx.tokens[last].clitics.pre.length === 0 &&
      ctx.stems[last].length >= 5 && !GIVEN.has(ctx.stems[last]) &&
      PATTERNS.genitivePluralEnding.test(ctx.stems[last]) && (isClustered(ctx, ctx.tokens[last].norm) || PATTERNS.participlePlural.test(ctx.stems[last]))) return false
    // "[الدولتان]": a definite dual is two things, no person.
    if (type === 'person' && first === last && isDefiniteStem(ctx.stems[first]) && PATTERNS.feminineDual.test(ctx.stems[first])) return false
    // "منها [سنتان نافذتان]": words all in the feminine dual are a count of things, no person.
    if (type === 'person' && last > first && ctx.tokens.slice(first, last + 1).every((token) => PATTERNS.feminineDual.test(token.norm))) return false
    // "وأمّ المصلين": the verb (he led the prayer), written with its shadda; "أم" that heads a name has none ("أم القيوين").
    if (type !== 'organization' && ctx.text.slice(ctx.tokens[first].start, ctx.tokens[first].end).endsWith(LED_AS_WRITTEN)) return false
    // "عن عمر ناهز 82 عاما": at an age of, not Omar.
    if (type === 'person' && ctx.stems[first] === AGE_WORD && first > 0 && ctx.stems[first - 1] === AGE_BEFORE) return false
    if (first === 0) return true
    const before = ctx.stems[first - 1]
    if (type === 'person' && first === last && COUNTERPART.has(before) && isNationalityNisba(ctx.stems[first], ctx.gazetteer)) return false
    // "إعصار [دانيال]": a storm's name, no person's (Al-Marsad's Derna story).
    if (type === 'person' && STORM_HEADS.has(before) && !breakBetween(ctx, first - 1, first)) return false
    if (type === 'person' && isOnBehalfOf(ctx, first)) return false
    if (DISEASE_HEADS.has(before) && !breakBetween(ctx, first - 1, first)) return false
    // "3 ملايين [دينار كويتي]": right after a number, what it counts (a currency, a unit), no person.
    if (type === 'person' && !breakBetween(ctx, first - 1, first) && (PATTERNS.digitStart.test(before) || NUMBER_WORDS.has(before))) return false
    return !inWorkTitle(ctx, first) && !(type === 'person' && inAwardName(ctx, first))
  })
}

/** Prepositions a place follows as a word of its own: "في كابل". Normalised. */
const PLACE_PREPOSITIONS = normSet(['في', 'من', 'إلى', 'عبر', 'عن', 'على', 'نحو'])

/** Token t carries ب, ل or ك, or follows a preposition: no predicate can follow it ("ستبقى القدس عربية" can). */
function isBehindPreposition(ctx: Context, t: number): boolean {
  const { pre } = ctx.tokens[t].clitics
  if (pre.some((clitic) => clitic === 'ب' || clitic === 'ل' || clitic === 'ك')) return true
  return t > 0 && !breakBetween(ctx, t - 1, t) && PLACE_PREPOSITIONS.has(ctx.stems[t - 1])
}

/** Heads of a storm's name: "إعصار دانيال", "العاصفة إيرما". Hand-written. */
const STORM_HEADS = new Set(['إعصار', 'الإعصار', 'عاصفة', 'العاصفة'].map((word) => normalizeArabic(word)))

/** "أمّ" with its shadda, as written: the verb "led (the prayer)". */
const LED_AS_WRITTEN = 'أمّ'

/** "البلاد", the country: how an article refers back to the one it is about. */
const THE_COUNTRY = normalizeArabic('البلاد')

/** A head of a kind of name, with its article or not: alone ("الكورنيش", "الهيئة"), it names nothing. */
export function isLoneHead(stem: string): boolean {
  const bare = stem.replace(PATTERNS.article, '')
  return UNIT_HEADS.has(bare) || NAMED_STREET_HEADS.has(bare) || STREET_HEADS.has(bare) || FACILITY_HEADS.has(bare) || STATION.has(bare) || NAME_HEADS.has(bare) ||
    COMPANY_HEADS.has(bare) || MINISTRY.has(bare) || PUBLIC_BODY_HEADS.has(stem)
}

/** "جائزة الشيخ زايد للكتاب", "جائزة نوبل": a person an award is named after is the award's name, not a mention of them. */
function inAwardName(ctx: Context, t: number): boolean {
  let k = t - 1
  if (k >= 0 && TITLES.has(ctx.stems[k]) && !breakBetween(ctx, k, t)) k--
  return k >= 0 && !breakBetween(ctx, k, k + 1) && AWARD_HEADS.has(ctx.stems[k])
}

/**
 * Token t is inside a quoted title after a work's head: "فيلم «سيد الخواتم»", and further in, "فيلم "وداعا
 * جوليا"" (the title's first words, up to four, open the quote, with no closing quote before t).
 */
function inWorkTitle(ctx: Context, t: number): boolean {
  for (let k = t; k > 0 && k > t - 5; k--) {
    const gap = ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start)
    if (gap.includes('\n')) return false
    // A straight quote opens or closes: it opens the title when a work's head stands before it.
    if (PATTERNS.openingQuote.test(gap) && WORK_HEADS.has(ctx.stems[k - 1])) return true
    if (PATTERNS.openingQuote.test(gap) || PATTERNS.closingQuote.test(gap)) return false
  }
  return false
}

/**
 * Heads of bodies that the news describe by a nationality when they do not name them. Not "جامعة" ("جامعة بحري" is
 * a university in Bahri) nor places' heads ("حي باب شرقي"). Hand-written.
 */
/** Heads a trade follows to say what kind of firm it is ("شركة صرافة", "مكتب صرافة"). Normalised. */
const TRADE_HEADS = normSet(['شركة', 'شركات', 'مكتب', 'مكاتب'])

/** Token t is a company's or an office's head, indefinite, and t + 1 its trade without the article or a pronoun. */
function isTradeCompany(ctx: Context, t: number): boolean {
  const next = ctx.tokens[t + 1].clitics
  return TRADE_HEADS.has(ctx.stems[t]) && COMPANY_TRADES.has(ctx.stems[t + 1]) && next.pre.length === 0 && next.post.length === 0
}

/** Heads of bodies a purpose may describe ("مركز لـ…"). Normalised. */
const PURPOSE_BODY_HEADS = normSet(['مركز', 'صندوق', 'شركة', 'مؤسسة', 'جمعية', 'هيئة', 'مكتب', 'معهد', 'وحدة', 'لجنة'])

/** Token t is such a head, bare, and t + 1 opens on "ل" (a known place after it is the body's name: "مركز لندن"). */
function isBodyOfAPurpose(ctx: Context, t: number): boolean {
  const head = ctx.tokens[t].clitics
  const next = ctx.tokens[t + 1]
  return PURPOSE_BODY_HEADS.has(ctx.stems[t]) && !head.pre.includes('ال') && head.post.length === 0 && next.clitics.pre[0] === 'ل' &&
    !breakBetween(ctx, t, t + 1) && !isKnownPlace(ctx, t + 1)
}

/** Institutions a kind describes before any name: "مركز ثقافي", "مستشفى جامعي". Normalised. */
const KIND_INSTITUTION_HEADS = normSet(['مركز', 'مستشفى', 'معهد', 'كلية', 'مجمع', 'مدرسة', 'متحف'])
/** Indefinite adjectives of an institution's kind (s61-c, s49-b). Hand-written. */
const INSTITUTION_KINDS = normSet(['ثقافي', 'جامعي', 'طبي', 'صحي', 'تعليمي', 'مهني', 'تخصصي', 'حكومي', 'خيري', 'علمي', 'بحثي', 'ميداني', 'إقليمي'])

/** An institution's bare head, an indefinite adjective of its kind, and at most a purpose or a field after ل. */
function isInstitutionOfAKind(ctx: Context, first: number, last: number): boolean {
  const kind = first + 1
  if (!KIND_INSTITUTION_HEADS.has(ctx.stems[first]) || ctx.tokens[first].clitics.post.length > 0 || !INSTITUTION_KINDS.has(ctx.tokens[kind].norm)) return false
  return kind === last || ctx.tokens[kind + 1].clitics.pre[0] === 'ل'
}

const DESCRIBED_BODY_HEADS = normSet(['شركة', 'شركات', 'مجموعة', 'تحالف', 'ائتلاف', 'مؤسسة', 'جمعية', 'منظمة', 'هيئة', 'مصرف', 'بنك', 'صندوق', 'وكالة'])

/** A body's head, words none with the article, and an indefinite nationality last ("تحالف كوري", "شركة أمريكية"). */
function isDescribedByNationality(ctx: Context, first: number, last: number): boolean {
  if (!DESCRIBED_BODY_HEADS.has(ctx.stems[first])) return false
  // "[شركة هندية للطاقة الكهرومائية]" (s61-d): the nationality right after the head, and only a purpose or a field after ل.
  const kind = first + 1
  if (kind < last && ctx.tokens[kind].clitics.pre.length === 0 && ctx.tokens[kind + 1].clitics.pre[0] === 'ل' &&
    isNationalityNisba(`ال${ctx.stems[kind]}`, ctx.gazetteer)) return true
  if (ctx.tokens[last].clitics.pre.length > 0) return false
  for (let t = first; t <= last; t++) if (isDefiniteStem(ctx.stems[t])) return false
  return isNationalityNisba(`ال${ctx.stems[last]}`, ctx.gazetteer)
}
