import { isDefiniteStem } from '../shared/definite.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { isNationalityNisba } from '../shared/nationality-nisba.ts'
import { isGenericLocalBody } from './generic-local-bodies.ts'
import { isSideOfNamedPlace } from './sides-of-named-places.ts'
import { isClustered, isKnownVerb, isWrittenFormTwoPast } from '../shared/name-like.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { CHAIN_HEADS, GIVEN, INSTITUTION_HEADS, NAME_ADJECTIVES, NAME_HEADS, NUMBER_WORDS, TITLES, UNSEEN_PLACE_HEADS } from '../shared/word-lists.ts'
import { CURRENCY_WORDS, MEASURE_WORDS } from '../../../figures/unit-words.ts'
import { MONTH_NAMES } from '../../../figures/calendar-words.ts'

/**
 * Rule 11: a definite word the tagger took for a person, alone and unsupported, is a common noun (and so is
 * a predicate adjective, isPredicateAdjective):
 * "الحكيم" (the sage of a fable), "الأوكسجين", "الهيموجلوبين", "الدولتان" (the two states) in EASC
 * articles. In news a surname alone follows the full name ("محمود الخطيب" … "الخطيب") or a title ("الرئيس
 * الأسد"). Kept: nisba-shaped words (family names and historic figures known by one: "الحلبوسي",
 * "المتنبي"), known given names, a word that ends a longer person anywhere in the article, and one a title
 * stands before anywhere. Nor is a word alone in a verb's shape (isLoneVerb), nor a colour alone as a place
 * (isLoneColour), nor a currency alone (isLoneCurrency), nor a month's name in a date (isMonthOfADate), nor a word counted
 * by the number before it (isCountedNoun). Places are otherwise left alone: the place lists miss too many real ones ("الشام",
 * "الدنمارك" as some pages spell it) to tell a common noun by them.
 */
export function dropLoneCommonWords(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const suspect = new Map<string, boolean>()
  for (const m of mentions) {
    if (m.type !== 'person' || m.first !== m.last) continue
    const stem = ctx.stems[m.first]
    if (!isDefiniteStem(stem) || stem.length < 5 || stem.endsWith('ي') || stem.endsWith('يه') || GIVEN.has(stem)) continue
    const titled = m.first > 0 && TITLES.has(ctx.stems[m.first - 1])
    suspect.set(stem, suspect.get(stem) !== false && !titled)
  }
  if (![...suspect.values()].some(Boolean)) return mentions.filter((m) => !isNoNameByShape(ctx, m))
  // A longer person that ends in the word supports it.
  for (const m of mentions) if (m.type === 'person' && m.first !== m.last && suspect.get(ctx.stems[m.last])) suspect.set(ctx.stems[m.last], false)
  return mentions.filter((m) => !(m.type === 'person' && m.first === m.last && suspect.get(ctx.stems[m.first])) && !isNoNameByShape(ctx, m))
}

/** The checks that need nothing else in the article: a predicate adjective, a verb alone, a colour or a currency alone. */
function isNoNameByShape(ctx: Context, m: TokenMention): boolean {
  return isPredicateAdjective(ctx, m) || isCoordinatedAdjective(ctx, m) || isLoneVerb(ctx, m) || isLoneColour(ctx, m) || isLoneCurrency(ctx, m) || isCurrencyOfCountry(ctx, m) || isMonthOfADate(ctx, m) || isCountedNoun(ctx, m) || isDiameter(ctx, m) ||
    (m.type === 'person' && isMediaTail(ctx, m)) || isPeopleOfAKind(ctx, m) || isProtectorsOf(ctx, m) || isFillingAGap(ctx, m) || isPurposeAccusative(ctx, m) ||
    isAfterDemonstrative(ctx, m) || isLonePluralParticiple(ctx, m) || holdsAPronoun(ctx, m) || holdsADemonstrative(ctx, m) || isLoneHead(ctx, m) || isGenericLocalBody(ctx, m) || isSideOfNamedPlace(ctx, m) || opensOnNationalityPlural(ctx, m) ||
    (m.first === m.last && ctx.tokens[m.first].clitics.post.length === 0 &&
      (NEVER_NAMES.has(ctx.stems[m.first]) || (m.type === 'place' && NEVER_PLACES.has(ctx.stems[m.first]))))
}

/**
 * Words alone the tagger took for names on the extraction pages that never are: a picture's credit ("(أرشيفية)": an
 * archive photo, "تعبيرية": illustrative, "إنفوغراف"), crops of farming stories ("الأفوكادو", "البطيخ" as places), fish, needles and dishes.
 * Hand-written.
 */
const NEVER_NAMES = new Set(
  [
    'أرشيفية', 'ارشيفية', 'أرشيف', 'الأرشيف', 'تعبيرية', 'إنفوغراف', 'انفوغراف', 'إنفوجراف',
    'الأفوكادو', 'البطيخ', 'الطماطم', 'البطاطس', 'البطاطا', 'الفراولة', 'الموز', 'الحمضيات', 'القمح', 'الشعير', 'الذرة', 'الكاكاو',
    // Session 30: fish and needles of a health story ("الأسماك كالسلمون والتونة", "الدبابيس والإبر" as places, Sayidaty).
    'السلمون', 'التونة', 'السردين', 'الماكريل', 'الإبر', 'الدبابيس',
    // and dishes ("تقدم الشاورما و[المنسف]", Xinhua).
    'المنسف', 'الكبسة', 'الشاورما', 'الفلافل',
    // Session 31: common nouns of batch m's pages ("تأخذ في [الحسبان]", "علامات الجودة [والمنشأ]", "التخزين [والتلفيف]").
    'الحسبان', 'المنشأ', 'التلفيف',
    // Session 32: a conjunction the tagger ran a body into and the rules split off as a person ("الجمعية الوطنية [بأن]").
    'بأن', 'لأن',
    // Session 45: committees the tagger read as ل and a name ("أصحاب مولدات و[لجان] أحياء": "جان", Daraj).
    'لجان', 'لجنة',
    // Session 46: deaths, which the tagger reads as و and the car maker ("ارتفاع [وفيات] الكوليرا": "فيات").
    'وفيات',
    // Session 54: "more" and "less" after a title ("أبعد الحارس [أكثر] من فرصة"; not "أكبر", a given name).
    'أكثر', 'أقل',
    // Session 59: spans of time in the dual after a place's head ("تتوقف في كل قرية [يومين]").
    'يومين', 'ساعتين', 'أسبوعين', 'شهرين', 'عامين', 'سنتين', 'ليلتين',
    // and martial arts the tagger took for places ("البطل الأردني في [التايكواندو]").
    'التايكواندو', 'الكاراتيه', 'الجودو', 'الجوجيتسو', 'الووشو',
    // Session 60: rice in a ration's list ("الطحين و[الرز] والسكر").
    'الرز',
    // Session 67: the band, the troupe or the division alone ("وأحيت [الفرقة] حفلا"), which -news-32 took for a body.
    'الفرقة',
  ].map((word) => normalizeArabic(word)),
)

/**
 * Common nouns alone the tagger took for places: "عجزا في [ميزان] النقد الأجنبي" (the balance of accounts, Al-Wasat), which
 * names Iran's judiciary agency, "وكالة «ميزان»", as an organisation; "قضوا الليل في [العراء]" (in the open air, BBC
 * Arabic's live page, session 34), "في [منشور] أصدره" (a bank's circular, Al-Taghyeer, session 45); wells, an archipelago,
 * coral bleaching and a shelter of disaster stories (s41-b, session 46). Hand-written.
 */
const NEVER_PLACES = new Set(['ميزان', 'العراء', 'منشور', 'الآبار', 'الأرخبيل', 'الابيضاض', 'مأوى'].map((word) => normalizeArabic(word)))

/**
 * The English words of media names, alone no person: "السومرية [نيوز]/ بغداد" (Alsumaria's dateline), "فلسطين [أون
 * لاين]:" (Felesteen's). Hand-written.
 */
const MEDIA_TAILS = new Set(['نيوز', 'تايمز', 'بوست', 'برس', 'أون', 'لاين', 'أونلاين'].map((word) => normalizeArabic(word)))

/**
 * "غير أن [مهنيين] يؤكدون": a participle's sound plural alone (professionals, farmers, "مسلحين") is people of a kind, no
 * person's name. Not a known given name.
 */
function isLonePluralParticiple(ctx: Context, m: TokenMention): boolean {
  const t = m.first
  return m.type === 'person' && t === m.last && ctx.tokens[t].clitics.pre.length === 0 && PATTERNS.participlePlural.test(ctx.stems[t]) && !GIVEN.has(ctx.stems[t])
}

/** Personal pronouns of the third person, which join a nominal sentence's subject to its predicate (normalised). */
const COPULA_PRONOUNS = new Set(['هو', 'هي', 'هم', 'هن'].map((word) => normalizeArabic(word)))

/**
 * "«[الخوارزمية هي المدير]» يقول محمد": a quoted sentence the tagger took for a body's name, a pronoun between its subject and
 * its predicate. Only inside a body's or a place's name: a movement may be named by a sentence that begins with one ("نحن
 * نستثمر في الأمة"), and Korean and Chinese persons end or begin with one ("كيم كون هي", "هو جينتاو").
 */
function holdsAPronoun(ctx: Context, m: TokenMention): boolean {
  return m.type !== 'person' && holdsBareWord(ctx, m.first + 1, m.last - 1, COPULA_PRONOUNS)
}

/** "ما الأسباب الرئيسة [وراء هذا] التراجع؟": a demonstrative points at a noun; no name holds one. */
function holdsADemonstrative(ctx: Context, m: TokenMention): boolean {
  return holdsBareWord(ctx, m.first, m.last, DEMONSTRATIVES)
}

/** One of tokens first..last is one of `words`, no proclitic on it. */
function holdsBareWord(ctx: Context, first: number, last: number, words: ReadonlySet<string>): boolean {
  for (let t = first; t <= last; t++) if (ctx.tokens[t].clitics.pre.length === 0 && words.has(ctx.tokens[t].norm)) return true
  return false
}

/** The demonstratives that point at a noun with the article: "هذه العقبة" (this obstacle), "ذلك الساحل". Normalised. */
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هذان', 'هاتان', 'هذين', 'هاتين', 'هؤلاء', 'أولئك', 'ذاك'].map((word) => normalizeArabic(word)))

/**
 * "وللتغلب على هذه [العقبة]": a word alone with the article right after a demonstrative is the noun it points at, not
 * the place or body the word also names (Aqaba, in BBC Arabic's farming story). A name is not pointed at so in news prose.
 */
function isAfterDemonstrative(ctx: Context, m: TokenMention): boolean {
  const t = m.first
  if (t !== m.last || t === 0 || !isDefiniteStem(ctx.stems[t]) || ctx.tokens[t].clitics.pre.length !== 1) return false
  return ctx.tokens[t - 1].clitics.pre.length === 0 && DEMONSTRATIVES.has(ctx.tokens[t - 1].norm) && !breakBetween(ctx, t - 1, t)
}

/**
 * "[أصحاب مخابز] إن …" (bakery owners, Al-Estiklal), "[فاعلو خير]" (well-wishers): a plural of people by what they own, do or
 * where they live heads no person's name. Hand-written ("ملاك", owners, is also Malak, a given name: "اللاعبة ملاك الحامدي").
 */
const PEOPLE_OF_A_KIND = new Set(['أصحاب', 'أرباب', 'مالكو', 'أهالي', 'سكان', 'فاعلو', 'فاعلي'].map((word) => normalizeArabic(word)))

function isPeopleOfAKind(ctx: Context, m: TokenMention): boolean {
  if (m.type !== 'person') return false
  const { clitics, norm } = ctx.tokens[m.first]
  // (Also after "و", split off or kept on the word: "منظمات إغاثية [وفاعلو خير]".)
  if (clitics.pre.length === 0) return PEOPLE_OF_A_KIND.has(norm) || (norm.startsWith('و') && PEOPLE_OF_A_KIND.has(norm.slice(1)))
  return clitics.pre.length === 1 && clitics.pre[0] === 'و' && PEOPLE_OF_A_KIND.has(ctx.stems[m.first])
}

/**
 * "متطوعون من [حماة] البيئة" (protectors of the environment, s60-a): before a definite noun "حماة" is the plural of "حامٍ",
 * not the Syrian city, which takes adjectives there ("ريف حماة الشمالي", "مستشفى حماة الوطني"), not a genitive. Hand-written.
 */
const HAMA = normalizeArabic('حماة')

function isProtectorsOf(ctx: Context, m: TokenMention): boolean {
  const next = m.last + 1
  if (m.type !== 'place' || m.first !== m.last || ctx.stems[m.first] !== HAMA || next >= ctx.tokens.length || breakBetween(ctx, m.last, next)) return false
  const { pre } = ctx.tokens[next].clitics
  return pre.length === 1 && pre[0] === 'ال' && isDefiniteStem(ctx.stems[next]) && !PATTERNS.nisba.test(ctx.stems[next])
}

/**
 * "وحاولت الحكومة [سد الفجوة] عبر قروض": "سد" is the verb (to close) before a gap, a deficit or a need, not a dam ("سد
 * النهضة" stays). Hand-written.
 */
const DAM = normalizeArabic('سد')
const GAPS = new Set(['الفجوة', 'العجز', 'الثغرة', 'الثغرات', 'النقص', 'الحاجة', 'الفراغ', 'الطلب'].map((word) => normalizeArabic(word)))

function isFillingAGap(ctx: Context, m: TokenMention): boolean {
  return m.type === 'place' && m.last === m.first + 1 && ctx.tokens[m.first].norm === DAM && GAPS.has(ctx.tokens[m.last].norm)
}

/** The prepositions a verbal noun of purpose governs: "حفاظا على", "بحثا عن", "سعيا إلى", "تجنبا لـ" (ل is a clitic). */
const PURPOSE_PREPOSITIONS = new Set(['على', 'عن', 'إلى', 'من'].map((word) => normalizeArabic(word)))

/**
 * "أغلقت الشرطة الطرق [حفاظا] على سلامتهم" (Sky News Arabia): a known word in the accusative, alone, before the
 * preposition it governs, says why (a verbal noun of purpose) and names no one. A given name in "ا" ("رضا") is kept.
 */
function isPurposeAccusative(ctx: Context, m: TokenMention): boolean {
  if (m.type !== 'person' || m.first !== m.last || ctx.tokens[m.first].clitics.pre.length > 0) return false
  const word = ctx.tokens[m.first].norm
  const next = m.last + 1
  if (word.length < 4 || !PATTERNS.accusativeEnding.test(word) || GIVEN.has(word) || !isClustered(ctx, word.slice(0, -1))) return false
  if (next >= ctx.tokens.length || breakBetween(ctx, m.last, next)) return false
  return PURPOSE_PREPOSITIONS.has(ctx.tokens[next].norm) || ctx.tokens[next].clitics.pre[0] === 'ل'
}

/** A person of media tails only, one word ("نيوز") or more ("أون لاين"). */
function isMediaTail(ctx: Context, m: TokenMention): boolean {
  for (let t = m.first; t <= m.last; t++) if (!MEDIA_TAILS.has(ctx.stems[t])) return false
  return true
}

/**
 * "86.4 مليون [ريال]": a currency's word alone names no one and no body (Argaam's results story showed "ريال" as an
 * organisation thirteen times, spread from one). With its article it may be a club: "الريال" is Real Madrid.
 */
function isLoneCurrency(ctx: Context, m: TokenMention): boolean {
  return m.first === m.last && ctx.tokens[m.first].clitics.post.length === 0 && Object.hasOwn(CURRENCY_WORDS, ctx.stems[m.first])
}

/** "[الريال اليمني] يسجل أدنى مستوى": a currency and its country's adjective is money, not Real Madrid. */
function isCurrencyOfCountry(ctx: Context, m: TokenMention): boolean {
  if (m.last !== m.first + 1) return false
  const stem = ctx.stems[m.first]
  return isDefiniteStem(stem) && Object.hasOwn(CURRENCY_WORDS, stem.slice(2)) && isNationalityNisba(ctx.stems[m.last], ctx.gazetteer)
}

/**
 * "افتتحت الجمعية [مستشفى] ميدانيا", "[وحركة]": an institution's, a movement's or a militia's head alone and indefinite
 * names nothing (the head with the article is an anaphor, drop-head-anaphors.ts). Nor does a place's kind alone, which
 * the tagger may take apart from the name after it ("أهالي [عمادة] الزغادنية [بمعتمدية] بوحجلة"); as a body it may be a
 * company's name ("مدن", Modon).
 */
function isLoneHead(ctx: Context, m: TokenMention): boolean {
  const { clitics } = ctx.tokens[m.first]
  return m.first === m.last && m.type !== 'person' && !clitics.pre.includes('ال') && clitics.post.length === 0 &&
    (INSTITUTION_HEADS.has(ctx.stems[m.first]) || CHAIN_HEADS.has(ctx.stems[m.first]) || NAME_HEADS.has(ctx.stems[m.first]) || MILITIA.has(ctx.stems[m.first]) ||
      (m.type === 'place' && UNSEEN_PLACE_HEADS.has(ctx.stems[m.first])))
}
/** "اتهمت المنظمة الجيش [وميليشيا] «…»": a militia is named after its head, never by it alone. */
const MILITIA: ReadonlySet<string> = new Set(['ميليشيا', 'ميليشيات', 'مليشيا', 'مليشيات'].map((word) => normalizeArabic(word)))

/**
 * "أكد مسؤولون [فرنسيون وألمان]": a person the tagger opened on a nationality's sound plural, without the article ("فرنسيون",
 * "أمريكيين"), is the people's description, no name.
 */
function opensOnNationalityPlural(ctx: Context, m: TokenMention): boolean {
  const { pre, post } = ctx.tokens[m.first].clitics
  const stem = ctx.stems[m.first]
  return m.type === 'person' && pre.length === 0 && post.length === 0 && PATTERNS.soundPluralNisba.test(stem) &&
    isNationalityNisba(`ال${stem.slice(0, -2)}`, ctx.gazetteer)
}

/**
 * "وهم [يبتسمون]", "في منطقة [تتقاطع] مع": a word alone in the shape of a verb's present plural or of a reflexive
 * verb's present is no name of any kind (the tagger took both for places, and a head before them is cut off by then).
 */
function isLoneVerb(ctx: Context, m: TokenMention): boolean {
  const stem = ctx.stems[m.first]
  return m.first === m.last && !GIVEN.has(stem) && (PATTERNS.presentPlural.test(stem) || PATTERNS.reflexivePresent.test(stem) || isParticipleOfZone(ctx, m) ||
    isFutureOfKnownVerb(ctx, m.first) || isWrittenFormTwoPast(ctx, m.first) || isAndThenPast(ctx, m.first))
}

/**
 * "انهار السد [فغمرت] المياه المدينة", "[فجرفت] السيول": "ف" or "و" kept on a sound trilateral verb's feminine past ("غمرت",
 * "جرفت": three consonants and "ت"), which the tokenizer does not split off a word of five letters. Not "فرحات" (a long
 * vowel), nor a given name the lists know.
 */
function isAndThenPast(ctx: Context, t: number): boolean {
  const { norm, clitics } = ctx.tokens[t]
  return clitics.pre.length === 0 && norm.length === 5 && (norm[0] === 'ف' || norm[0] === 'و') && norm.endsWith('ت') && !norm.endsWith('ات') &&
    !/[اوي]/u.test(norm.slice(1, 4)) && !GIVEN.has(ctx.stems[t])
}

/**
 * "الشتلات [ستوزع] على 14 موقعا": the future's "س" before a present the word clusters know is a verb, whatever the
 * tagger made of it (not "ستيفن", whose rest they never met; not a town of four letters, "ستري", "سيغو", "سنجل"; not "سنونو", an app).
 */
function isFutureOfKnownVerb(ctx: Context, t: number): boolean {
  const { norm, clitics } = ctx.tokens[t]
  return clitics.pre.length === 0 && norm.length >= 5 && (norm.startsWith('ست') || norm.startsWith('سي')) && isKnownVerb(ctx, norm.slice(1))
}

/**
 * "من منطقة [موبوءة]": a bare participle right after "منطقة", feminine as the zone is or known to the clusters,
 * describes it, it names none (an unseen word of that shape is a name, "منطقة ميدون"; after "محافظة" even a
 * known one is, "محافظة مطروح").
 */
function isParticipleOfZone(ctx: Context, m: TokenMention): boolean {
  const t = m.first
  return m.type === 'place' && t > 0 && ctx.stems[t - 1] === ZONE && ctx.owner[t - 1] < 0 && ctx.tokens[t].clitics.pre.length === 0 &&
    !isDefiniteStem(ctx.stems[t]) && PATTERNS.participleShape.test(ctx.stems[t]) &&
    (PATTERNS.taMarbutaEnding.test(ctx.stems[t]) || isClustered(ctx, ctx.tokens[t].norm))
}
const ZONE = normalizeArabic('منطقة')

/**
 * "إن الوضع الإنساني [كارثي].": a bare nisba-shaped word the tagger took for a person, right after a definite
 * adjective that is no nationality, title or title's adjective, and closing the clause, is what the noun
 * is said to be. Not a known given name ("سامي", "هاني").
 */
function isPredicateAdjective(ctx: Context, m: TokenMention): boolean {
  if (m.type !== 'person' || m.first !== m.last || m.first === 0) return false
  const t = m.first
  const stem = ctx.stems[t]
  const before = ctx.stems[t - 1]
  if (!stem.endsWith('ي') || isDefiniteStem(stem) || ctx.tokens[t].clitics.pre.length > 0 || GIVEN.has(stem)) return false
  if (ctx.owner[t - 1] >= 0 || breakBetween(ctx, t - 1, t) || !PATTERNS.nisba.test(before) || TITLES.has(before) || NAME_ADJECTIVES.has(before) ||
    isNationalityNisba(before, ctx.gazetteer)) return false
  return t + 1 >= ctx.tokens.length || breakBetween(ctx, t, t + 1)
}

/**
 * "بكتلة هوائية باردة [ورطبة]": a bare feminine word joined by "و" to a bare feminine adjective of the shape فاعلة
 * before it is a second adjective, not a place (the tagger took "رطبة", humid, for Rutba, Roya News' weather story); so
 * is a bare فاعل after a bare participle ("مكان مظلل [وبارد]").
 * Places so joined carry their own article or follow a name ("القدس وغزة", "مكة وجدة").
 */
function isCoordinatedAdjective(ctx: Context, m: TokenMention): boolean {
  const t = m.first
  if (m.type !== 'place' || t !== m.last || t === 0 || ctx.owner[t - 1] >= 0 || breakBetween(ctx, t - 1, t)) return false
  const { clitics } = ctx.tokens[t]
  // (The word before as written: the tokenizer reads "باردة" as ب + "اردة".)
  if (clitics.pre.length !== 1 || clitics.pre[0] !== 'و' || clitics.post.length > 0 || isDefiniteStem(ctx.stems[t])) return false
  if (PATTERNS.taMarbutaEnding.test(ctx.stems[t])) return ADJECTIVE_FAILA.test(ctx.tokens[t - 1].norm)
  // The masculine: "إلى مكان مظلل [وبارد]" (a SharePoint ministry's heat advice, session 35): a bare فاعل after a bare
  // participle of the shape مفعّل or مفعول.
  return ADJECTIVE_FAIL.test(ctx.stems[t]) && PARTICIPLE_MUFAAL.test(ctx.tokens[t - 1].norm)
}
/** The feminine active participle فاعلة, normalised ("بارده", "ساخنه", "جافه" is too short and left out). */
const ADJECTIVE_FAILA = /^[^ا]ا[^ا][^ا]ه$/u
/** The masculine فاعل ("بارد", "ساخن", "رطب" is another shape and left out). */
const ADJECTIVE_FAIL = /^[^ا]ا[^اوي][^اوي]$/u
/** A participle مفعّل / مفعول without its article: "مظلل", "مغلق", "مفتوح", "مكشوف". */
const PARTICIPLE_MUFAAL = /^م[^ا][^ا]و?[^ا]$/u

/**
 * "تحوّل اللون نحو [الوردي]": a colour alone names no place; the tagger takes one for a place after a word of
 * direction. Only the masculine definite forms: the feminine ones are places too ("الزرقاء" in Jordan, "البيضاء"
 * in Libya, "الحمراء" in Beirut), and so are "الأبيض" (El Obeid, Sudan), "الرمادي" (Ramadi, Iraq) and "الأزرق"
 * (Azraq, Jordan). Bodies keep theirs: a team goes by its colour ("الأخضر", "الأحمر"). A colour inside a longer
 * name is no concern here ("البحر الأحمر", "الهلال الأحمر").
 */
function isLoneColour(ctx: Context, m: TokenMention): boolean {
  return m.first === m.last && m.type === 'place' && LONE_COLOURS.has(ctx.stems[m.first])
}
const LONE_COLOURS = new Set(
  ['الأحمر', 'الأخضر', 'الأصفر', 'الأسود', 'الوردي', 'البنفسجي', 'البرتقالي', 'البني', 'الزهري'].map((word) => normalizeArabic(word)),
)

/**
 * The Gregorian months of one word, as the figures read them ("نيسان", "أيار", "يناير"), without those that are
 * also common words or given names (MONTH_NAMES' ambiguous ones).
 */
const ONE_WORD_MONTHS: ReadonlySet<string> = new Set(
  MONTH_NAMES.filter((month) => month.calendar === 'gregorian' && month.words.length === 1 && !month.ambiguous).map((month) => month.words[0]),
)

/** Words after a month that make it a date: "نيسان الماضي", "أيار المقبل", "تموز الجاري". */
const DATE_TAILS = new Set(['الماضي', 'المقبل', 'القادم', 'الجاري', 'المنصرم'].map((word) => normalizeArabic(word)))

/**
 * Words before a month that make it a time: "شهر نيسان", "نهاية أيار", "مطلع تموز", "منذ شباط", "أول نيسان", and the Maghreb's
 * "غرة" (first day) and "موفى" (end): "موفى فيفري 2024" (TAP).
 */
const TIME_HEADS = new Set(
  ['شهر', 'نهاية', 'بداية', 'مطلع', 'منتصف', 'أواخر', 'أوائل', 'أواسط', 'خلال', 'منذ', 'حتى', 'أول', 'غرة', 'موفى'].map((word) => normalizeArabic(word)),
)

/**
 * "نيسان/ أبريل 2017: الكنيست يصادق …", "في 14 نيسان", "حتى نهاية نيسان", "من نيسان (أبريل)": a month's name with a day, a year, another
 * calendar's name of the month, "الماضي" after it or "شهر", "نهاية", "منذ" before it is the date's, not Nissan the car maker (Arab48's timeline and the Lebanese agency's wire
 * showed it as an organisation; "شركة نيسان", "سيارات نيسان" name no date and stay).
 */
function isMonthOfADate(ctx: Context, m: TokenMention): boolean {
  // "[موفى فيفري] 2024": the time word taken into the name with its month.
  const first = m.last === m.first + 1 && TIME_HEADS.has(ctx.tokens[m.first].norm) ? m.last : m.first
  if (first !== m.last || !ONE_WORD_MONTHS.has(ctx.tokens[first].norm)) return false
  const t = first
  const isNumber = (k: number) => k >= 0 && k < ctx.tokens.length && PATTERNS.digitStart.test(ctx.tokens[k].norm)
  const after = t + 1 < ctx.tokens.length ? ctx.text.slice(ctx.tokens[t].end, ctx.tokens[t + 1].start) : ''
  // (Another calendar's name after a slash or in brackets: "نيسان/أبريل", "نيسان (أبريل)".)
  return isNumber(t - 1) || isNumber(t + 1) || after.includes('/') || after.includes('(') || (t + 1 < ctx.tokens.length && DATE_TAILS.has(ctx.stems[t + 1])) ||
    (t > 0 && TIME_HEADS.has(ctx.tokens[t - 1].norm))
}

/** A number in digits, with the conjunction the tokenizer leaves on it ("و267"). */
const NUMBER_TOKEN = /^[وف]?[0-9]/u

/**
 * "183 صومعة حديثة و267 [شونة]": a bare word right after a number is what it counts, not a place or a body (the tagger took
 * the grain stores of Vetogate's wheat story for a place). A definite word after a year may be a name ("عام 1967 القدس"
 * without a comma), so only indefinite words go.
 */
function isCountedNoun(ctx: Context, m: TokenMention): boolean {
  if (m.first !== m.last || m.first === 0 || m.type === 'person' || isDefiniteStem(ctx.stems[m.first])) return false
  return NUMBER_TOKEN.test(ctx.tokens[m.first - 1].norm) && !breakBetween(ctx, m.first - 1, m.first)
}

const DIAMETER = normalizeArabic('قطر')

/**
 * "أنبوبا [بقطر] أربع بوصات": "قطر" before a length (a number and its unit, or the unit alone) is a diameter, not Qatar
 * ("مونديال قطر 2022" has no unit after its number).
 */
function isDiameter(ctx: Context, m: TokenMention): boolean {
  // (The tokenizer keeps "بقطر" whole.)
  if (m.first !== m.last || ctx.tokens[m.first].norm.replace(PATTERNS.withPreposition, '') !== DIAMETER) return false
  let t = m.first + 1
  if (t < ctx.tokens.length && (NUMBER_TOKEN.test(ctx.tokens[t].norm) || NUMBER_WORDS.has(ctx.stems[t])) && !breakBetween(ctx, t - 1, t)) t++
  return t < ctx.tokens.length && !breakBetween(ctx, t - 1, t) && Object.hasOwn(MEASURE_WORDS, ctx.tokens[t].norm)
}
