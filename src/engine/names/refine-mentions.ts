import { normalizeArabic } from '../arabic/normalize.ts'
import type { EntityType, Token } from '../doc.ts'
import type { Gazetteer } from './gazetteer.ts'
import { GIVEN_NAMES } from './known-names.ts'
import { PERSON_TITLES } from './trigger-words.ts'
import { lookupForms } from './word-features.ts'
import { lightStem } from '../summary/light-stem.ts'
import { STOP_STEMS } from '../summary/stop-words.ts'

/**
 * Article-level corrections to the tagger's names, for what ANERcorp (2007 news, its own conventions)
 * does not teach and modern articles need, following the annotation conventions of
 * ../shared/data/README.md. Developed on the seed page and the annotated articles in ../shared/data
 * (so the eval's article scores flatter them; the ANERcorp development split does not use them):
 *
 * 1. a nisba adjective after a proper name is not part of it ("كوميرسانت الروسية" → "كوميرسانت"), but
 *    stays after a common-noun head ("السفارة الروسية"); a class word before a place goes ("ولاية
 *    ماريلاند" → "ماريلاند"), and kin before a person ("والدا بوشنل" → "بوشنل"); a place the tagger ran an
 *    organisation into is cut off ("حماس بموسكو");
 * 2. a head that is part of the usual name joins it ("حركة حماس", "قطاع غزة", "وكالة تاس للأنباء"), and a
 *    place found as the first word of a compound name alone takes the next ("تل" → "تل حلف"), and one cut
 *    inside a known multi-word place takes all of it ("واشنطن" → "واشنطن العاصمة");
 * 3. neighbours combine: "بريف" + "دمشق", "شارع" + a person = a street, a district word + a titled person
 *    = a place ("منطقة السيدة زينب" → "السيدة زينب"), "شرطة" + a place = an organisation; a nisba-shaped
 *    place after a definite noun is an adjective ("الأميرة السعودية");
 * 4. institution patterns the tagger misses: ministry + its field ("وزارة الصحة"), an armed unit + its
 *    name ("كتيبة التوحيد", "كتائب شهداء القلمون"), institution + nationality nisba ("السفارة
 *    الإيرانية", "الائتلاف الوطني السوري"), "وكالة … للأنباء", and the field after a name ("المرصد
 *    السوري لحقوق الإنسان"); and the settlement named after an indefinite "قرية" or "بلدة" ("بلدة
 *    قلدون", "قرية التويمية");
 * 5. credited agencies and outlets from a short list ("رويترز", "أ ف ب"), which also take over what the
 *    tagger found inside them ("الدولة الإسلامية في العراق والشام"), Latin names after an outlet head
 *    ("صحيفة Le Parisien") or in capitals ("CNN");
 * 6. a given name after a nationality or a title, or any name-like word after a definite title, starts
 *    a person ("الإيراني علي باقري كني", "الفنانة نعيمة عاكف"), and completes one the tagger cut short;
 * 7. a name found once is found everywhere in the article ("بيسكوف" alone, "تاس" after "وكالة تاس",
 *    "القوات الجوية" after "القوات الجوية الأمريكية"), and a person's full name, or a run of two or more
 *    of its words, rejoins the pieces the tagger split it into elsewhere ("نعيمة" + "عاكف"; "باقري" before
 *    "كني" after "علي باقري كني");
 * 8. a work's title in quotes ("فيلم «سيد الخواتم»") and a disease ("فيروس كورونا") are not names;
 * 9. two persons side by side, no conjunction between, are one ("غوستاف" + "فوشيه"), and so are the pieces
 *    of a foreign name the period of an initial cut ("جون إف. كينيدي", "جي. كي. رولينغ").
 */

/** A name as a run of doc tokens, inclusive. */
export interface TokenMention {
  type: EntityType
  first: number
  last: number
}

const PATTERNS = {
  /** Nisba endings after normalisation (ة → ه): الروسي، الروسيه، الروسيين، الروسيون. */
  nisba: /^ال.{2,}(?:ي|يه|يين|يون)$/u,
  nisbaEnding: /(?:يه|يين|يون|ي)$/u,
  /** A Latin word written with a capital ("Parisien", "Eye") or in capitals ("CNN"). */
  latinName: /^[A-Z][A-Za-z'’&.-]*$/u,
  latinAcronym: /^[A-Z]{2,6}$/u,
  /** Gap text that ends a name: any punctuation between two words. */
  punctuation: /[^\s]/u,
  /** Opening quotation marks before a title. */
  openingQuote: /["«“]/u,
  article: /^ال/u,
  latinStart: /^[A-Za-z]/u,
  /** Arabic letters only (after normalisation). */
  arabicWord: /^[\u0621-\u064a]+$/u,
  digitStart: /^[0-9]/u,
} as const

const norm = (word: string) => normalizeArabic(word)
const normSet = (words: readonly string[]) => new Set(words.map(norm))

/** Heads that are part of the usual name when indefinite and followed by the name ("حركة حماس"). */
const NAME_HEADS = normSet(['حركة', 'حزب', 'جماعة', 'تنظيم', 'جبهة', 'كتائب', 'سرايا', 'مؤسسة', 'جامعة'])
/**
 * Armed units are named by what follows the unit word: "لواء الإسلام", "كتيبة التوحيد", "كتائب شهداء
 * القلمون". Without the article: "اللواء" before a name is a rank.
 */
const UNIT_HEADS = normSet(['لواء', 'ألوية', 'كتيبة', 'كتائب', 'سرايا', 'فيلق', 'فوج'])
/** Words between a unit word and the name it honours: "كتائب شهداء القلمون", "لواء أحرار الشام". */
const UNIT_LINKS = normSet(['شهداء', 'أحرار', 'أنصار', 'أبناء', 'جند', 'حماة', 'أسود'])
/**
 * Settlements are named right after the word: "قرية التويمية", "بلدة قلدون". Only these two: "مدينة" and
 * "منطقة" head common nouns too often ("مدينة الملاهي", "منطقة الحظر").
 */
const SETTLEMENT_HEADS = normSet(['قرية', 'بلدة'])
/** "تحت لواء الأمم المتحدة": under its banner, not a unit. */
const BANNER_BEFORE = normSet(['تحت'])
/** Ministries are named by their field: "وزارة الصحة", "وزارة الخارجية الروسية". */
const MINISTRY = normSet(['وزارة', 'وزارات'])
/** Institutions named by the country they belong to: head + nationality nisba. */
const NATIONAL_HEADS = normSet([
  'الائتلاف', 'المرصد', 'التحالف', 'السفارة', 'سفارة', 'القنصلية', 'الجيش', 'السلطة', 'الخارجية', 'الداخلية', 'الدفاع', 'القوات', 'البحرية',
  'الشرطة', 'الحكومة', 'الرئاسة', 'الاستخبارات', 'المخابرات', 'البرلمان', 'الكنيست',
])
/** Class words before a place that only say what it is ("ولاية ماريلاند" → "ماريلاند"); "قطاع غزة" keeps its head. */
const PLACE_DESCRIPTORS = normSet(['مدينة', 'المدينة', 'ولاية', 'محافظة', 'بلدة', 'منطقة', 'قرية', 'العاصمة', 'إقليم'])
/** Heads that are part of a place's usual name ("قطاع غزة", "غلاف غزة", "نهر النيل", "جبل طارق"). */
const PLACE_NAME_HEADS = normSet(['قطاع', 'غلاف', 'جزيرة', 'جزر', 'شبه', 'هضبة', 'مرتفعات', 'صحراء', 'نهر', 'بحيرة', 'جبل', 'جبال', 'خليج', 'مضيق', 'ريف'])
/** Streets and squares named after people: "شارع جورج الخامس" is a place, not a person. */
/**
 * First words of compound place names that never name a place alone: "تل حلف", "رأس العين", "دير الزور",
 * "كفر نبل", "بيت لحم", "خان يونس", "عين العرب", "بئر السبع", "أم قصر", "أبو ظبي". A place the tagger
 * ended on one of them takes the next word.
 */
const COMPOUND_PLACE_STARTS = normSet(['تل', 'رأس', 'دير', 'كفر', 'بيت', 'خان', 'عين', 'بئر', 'أم', 'أبو'])
const STREET_HEADS = normSet(['شارع', 'ميدان', 'ساحة', 'جادة', 'طريق', 'جسر', 'حي', 'مطار', 'ميناء'])
/**
 * Bodies named after the place they serve: "حكومة الإمارات", "شرطة باريس" (annotation convention). Not
 * محافظة: "في محافظة الحسكة" is the governorate, a place ("الحسكة", annotated so), not its administration.
 */
const BODY_OF_PLACE = normSet(['حكومة', 'شرطة', 'بلدية', 'جامعة', 'برلمان', 'سفارة', 'قنصلية'])
/**
 * Heads of a work's title ("فيلم «سيد الخواتم»"): a title in quotes after one is not a person, place
 * or organisation, whatever its words look like (MISC in ANERcorp, not annotated). Hand-written.
 */
const WORK_HEADS = normSet([
  'فيلم', 'الفيلم', 'كتاب', 'الكتاب', 'رواية', 'الرواية', 'مسلسل', 'المسلسل', 'أغنية', 'الأغنية', 'برنامج',
  'البرنامج', 'مسرحية', 'المسرحية', 'ألبوم', 'الألبوم', 'قصيدة', 'القصيدة', 'لعبة', 'اللعبة', 'كتابه', 'فيلمه',
])
/** Heads of a disease's name ("فيروس كورونا"): the name after them is not a person. Hand-written. */
const DISEASE_HEADS = normSet(['فيروس', 'الفيروس', 'مرض', 'وباء', 'متحور', 'متحورة', 'سلالة', 'جائحة'])
/** Heads of Latin-script names ("صحيفة Le Parisien", "موقع Middle East Eye"). */
const OUTLET_HEADS = normSet(['صحيفة', 'موقع', 'شبكة', 'قناة', 'مجلة', 'جريدة', 'وكالة', 'شركة', 'علامة'])
const AGENCY = normSet(['وكالة'])
const AGENCY_TAIL = normSet(['للأنباء', 'للانباء'])
/**
 * An institution's field after its name belongs to the name (annotation convention: the official name
 * whole): "المرصد السوري لحقوق الإنسان", "اللجنة الدولية للصليب الأحمر", "مركز الخليج للأبحاث". The
 * value is the word the field takes after it, if any. Hand-written.
 */
const FIELD_TAILS = new Map<string, string | null>(
  (
    [
      ['لحقوق', 'الإنسان'], ['للصليب', 'الأحمر'], ['للهلال', 'الأحمر'], ['للدراسات', null], ['للأبحاث', null],
      ['للتنمية', null], ['للسلام', null], ['للإغاثة', null], ['للطاقة', null], ['للنفط', null], ['للإعلام', null],
      ['للفنون', null], ['للثقافة', null], ['للعلوم', null], ['للتكنولوجيا', null], ['للاستثمار', null],
    ] as const
  ).map(([tail, next]): [string, string | null] => [norm(tail), next === null ? null : norm(next)]),
)
/** Heads that only say what a name is, left outside ("صحيفة كوميرسانت" → "كوميرسانت"). */
const DESCRIPTOR_HEADS = normSet(['صحيفة', 'الصحيفة', 'موقع', 'شبكة', 'قناة', 'مجلة', 'جريدة'])
/**
 * Kin before a person's name say whose kin they are: "والدا بوشنل" (Bushnell's parents) names Bushnell.
 * Matched on the whole word as well as the stem, since the tokenizer reads "والدا" as و + "الدا". Not the
 * nasab words (ابن، بن، بنت، أبو), which are part of names. Hand-written.
 */
const KINSHIP = normSet([
  'والد', 'والده', 'والدة', 'والدا', 'والدي', 'شقيق', 'شقيقة', 'شقيقا', 'زوج', 'زوجة', 'أرملة',
  'نجل', 'نجلة', 'نجلي', 'حفيد', 'حفيدة', 'عم', 'خال', 'عمة', 'خالة',
])
const TITLES = normSet(PERSON_TITLES)
const GIVEN = normSet(GIVEN_NAMES.map((name) => name.split(' ')[0]))
/**
 * Words after which a person's name cannot go on: particles, relatives and prepositions. A given name
 * takes one more word freely and a second one only when what follows it ends the name.
 */
const NAME_ENDERS = normSet([
  'في', 'من', 'إلى', 'على', 'عن', 'مع', 'أن', 'إن', 'الذي', 'التي', 'و', 'أو', 'ثم', 'قد', 'لم', 'لن',
  'كما', 'بعد', 'قبل', 'خلال', 'حول', 'لدى', 'عند', 'منذ', 'بين', 'أمس', 'اليوم', 'إنه', 'إنها',
])
/**
 * Latin letters as Arabic writes them in initials ("جون إف. كينيدي", "جورج دبليو. بوش", "جي. كي.
 * رولينغ"). Hand-written.
 */
const LETTER_NAMES = normSet([
  'إيه', 'أيه', 'اي', 'إي', 'آي', 'بي', 'سي', 'دي', 'إف', 'جي', 'جيه', 'إتش', 'إيتش', 'كيه', 'كي', 'إل', 'إم',
  'إن', 'أو', 'كيو', 'آر', 'إس', 'تي', 'يو', 'في', 'دبليو', 'إكس', 'واي', 'زد',
])
/** The gap after an initial: its period, then at most a space. */
const INITIAL_GAP = /^\.\s?$/u
/** The two spellings of 'ali': "علي" is a name, "على" (alef maqsura) the preposition; keep them apart. */
const PREPOSITION_ALA = 'على'

interface Context {
  text: string
  tokens: readonly Token[]
  gazetteer: Gazetteer
  /** Index of the mention covering each token, −1 when none. */
  owner: Int32Array
  /** stemOf each token, computed once: every rule reads stems, propagation for every token and name. */
  stems: readonly string[]
  /** lookupForms of each token's norm, filled in on first use (most tokens never need them). */
  forms: (string[] | undefined)[]
  /** Whether punctuation or a line break separates token t − 1 from token t: 1 yes, 0 no, −1 not yet known. */
  breakBefore: Int8Array
  /** Where each stem occurs, built on first use (startsOf). */
  starts?: Map<string, number[]>
}

/**
 * The tokens a name whose first word is `stem` could start at: the name-matching rules visit only these
 * (a 5 MB page has a million tokens and hundreds of names).
 */
function startsOf(ctx: Context, stem: string): readonly number[] {
  if (!ctx.starts) {
    const starts = new Map<string, number[]>()
    ctx.stems.forEach((s, t) => {
      const list = starts.get(s)
      if (list) list.push(t)
      else starts.set(s, [t])
    })
    ctx.starts = starts
  }
  return ctx.starts.get(stem) ?? []
}

function stemOf(token: Token): string {
  // The tokenizer's stem drops the article too; names keep it, so rebuild from the proclitics.
  const pre = token.clitics.pre
  return pre[pre.length - 1] === 'ال' ? 'ال' + token.stem : token.stem
}

/**
 * True when the token is one of `words` behind any proclitics. The tokenizer keeps some words whole on
 * purpose ("بشرطة" stays one word because "بشر" is a word), so a head is also tried without them.
 */
function isHead(ctx: Context, words: ReadonlySet<string>, t: number): boolean {
  if (words.has(ctx.stems[t])) return true
  const forms = (ctx.forms[t] ??= lookupForms(ctx.tokens[t].norm))
  for (const form of forms) if (words.has(form)) return true
  return false
}

function breakBetween(ctx: Context, left: number, right: number): boolean {
  if (left < 0 || right >= ctx.tokens.length) return true
  if (right === left + 1) {
    const known = ctx.breakBefore[right]
    if (known >= 0) return known === 1
    const found = gapBreaks(ctx, left, right)
    ctx.breakBefore[right] = found ? 1 : 0
    return found
  }
  return gapBreaks(ctx, left, right)
}

function gapBreaks(ctx: Context, left: number, right: number): boolean {
  const gap = ctx.text.slice(ctx.tokens[left].end, ctx.tokens[right].start)
  return PATTERNS.punctuation.test(gap) || gap.includes('\n')
}

/** The stem of token t + k when it continues token t's phrase (no break before it), else null. */
function nextStem(ctx: Context, t: number, k: number): string | null {
  return t + k < ctx.tokens.length && !breakBetween(ctx, t + k - 1, t + k) ? ctx.stems[t + k] : null
}

/** True for a nationality nisba: "الروسية" (روسيا), "الإيراني" (إيران), "الأمريكية" (أمريكا). */
export function isNationalityNisba(word: string, gazetteer: Gazetteer): boolean {
  if (!PATTERNS.nisba.test(word)) return false
  const base = word.slice(2).replace(PATTERNS.nisbaEnding, '')
  if (base.length < 3) return false
  for (const key of [base, base + 'ا', base + 'يا', base + 'ه', base + 'ستان', 'ال' + base]) {
    if (gazetteer.places.has(key)) return true
  }
  return false
}

function rebuildOwners(ctx: Context, mentions: readonly TokenMention[]): void {
  ctx.owner.fill(-1)
  mentions.forEach((m, index) => {
    for (let t = m.first; t <= m.last; t++) ctx.owner[t] = index
  })
}

function isFree(ctx: Context, first: number, last: number): boolean {
  for (let t = first; t <= last; t++) if (ctx.owner[t] >= 0) return false
  return true
}

/**
 * The word after an indefinite "قرية" / "بلدة" names it when it is definite (a definite adjective cannot
 * follow an indefinite noun, so "قرية التويمية" is the village of التويمية) or an indefinite word that
 * does not end in ة, as the adjectives of these feminine nouns do ("قرية صغيرة", "بلدة سورية"); and when
 * it is no word the tagger's lists know (a title, a verb of saying, a head).
 */
function isSettlementName(ctx: Context, t: number, stem: string): boolean {
  if (ctx.owner[t] >= 0 || !PATTERNS.arabicWord.test(stem) || ctx.gazetteer.classes.has(stem)) return false
  const definite = stem.startsWith('ال')
  const core = definite ? stem.slice(2) : stem
  return core.length >= 3 && (definite || !core.endsWith('ه'))
}

/**
 * Adds an organisation over [first, last] when its tokens are free, or when only its last word is a
 * place or person the tagger found alone ("القلمون" in "كتائب شهداء القلمون"), which it then becomes.
 */
function claimOrganization(ctx: Context, mentions: TokenMention[], first: number, last: number): boolean {
  if (!isFree(ctx, first, last - 1)) return false
  const owner = ctx.owner[last]
  if (owner < 0) {
    add(ctx, mentions, { type: 'organization', first, last })
    return true
  }
  const inner = mentions[owner]
  if (inner.first !== last || inner.last !== last || inner.type === 'organization') return false
  mentions[owner] = { type: 'organization', first, last }
  for (let t = first; t <= last; t++) ctx.owner[t] = owner
  return true
}

function add(ctx: Context, mentions: TokenMention[], mention: TokenMention): void {
  if (!isFree(ctx, mention.first, mention.last)) return
  mentions.push(mention)
  for (let t = mention.first; t <= mention.last; t++) ctx.owner[t] = mentions.length - 1
}

/** True when a token is a known place behind the preposition ب ("بموسكو"): "in Moscow", never inside another name. */
function isPlaceAfterPreposition(ctx: Context, t: number): boolean {
  const pre = ctx.tokens[t].clitics.pre
  if (!pre.includes('ب')) return false
  return ctx.gazetteer.places.has(ctx.stems[t])
}

/** Token t can end a compound place name: it follows without a break, no mention holds it, and it is a word, not a particle or a number. */
/** Where a place starting at token t ends when t alone is the first word of a compound name ("تل" → "تل حلف"): t + 1, else t. */
function compoundPlaceEnd(ctx: Context, t: number): number {
  return COMPOUND_PLACE_STARTS.has(ctx.stems[t]) && continuesPlace(ctx, t + 1) ? t + 1 : t
}

function continuesPlace(ctx: Context, t: number): boolean {
  if (breakBetween(ctx, t - 1, t) || ctx.owner[t] >= 0) return false
  const stem = ctx.stems[t]
  return stem.length >= 2 && !NAME_ENDERS.has(stem) && !PATTERNS.digitStart.test(stem) && !PATTERNS.latinStart.test(stem)
}

/**
 * Where a place the tagger found at `first` ends when a longer known place starts there: "واشنطن" before
 * "العاصمة" is "واشنطن العاصمة" (the gazetteer's multi-word places, longest first), when the words after
 * `last` follow without a break and no other mention holds them.
 */
function knownPlaceEnd(ctx: Context, first: number, last: number): number {
  for (const words of ctx.gazetteer.places.get(ctx.stems[first]) ?? []) {
    const end = first + words.length - 1
    if (end <= last) break
    if (!spellsPlaceAt(ctx, first, words)) continue
    let free = true
    for (let t = last + 1; t <= end && free; t++) free = !breakBetween(ctx, t - 1, t) && ctx.owner[t] < 0
    if (free) return end
  }
  return last
}

/** The tokens from t spell a gazetteer place entry (its first word is looked up by t's stem already). */
function spellsPlaceAt(ctx: Context, t: number, words: readonly string[]): boolean {
  return words.every((word, k) => k === 0 || (t + k < ctx.tokens.length && ctx.tokens[t + k].norm === word))
}

/** Words that say the next name is a district, a town or a camp ("منطقة", "حي", "مخيم"): PLACE_DESCRIPTORS and a few more. */
const DISTRICT_WORDS = new Set([...PLACE_DESCRIPTORS, ...normSet(['حي', 'مخيم', 'ضاحية'])])

/**
 * Token t is a person's title between a district word and the name: places named after people ("منطقة
 * السيدة زينب", "حي الشيخ جراح", "مدينة الملك عبدالله") are places, the title part of their name.
 */
function isTitledPlace(ctx: Context, t: number): boolean {
  return t > 0 && TITLES.has(ctx.stems[t]) && !breakBetween(ctx, t - 1, t) && ctx.owner[t - 1] < 0 && isHead(ctx, DISTRICT_WORDS, t - 1)
}

/** Rules 1–2: trims and head extensions on the tagger's own mentions (an empty list: not a name after all). */
function adjustBoundaries(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.flatMap((mention): TokenMention[] => {
    // "وفد حركة حماس بموسكو": the tagger ran the organisation on into the place it met in.
    for (let t = mention.first + 1; t <= mention.last; t++) {
      if (mention.type !== 'place' && isPlaceAfterPreposition(ctx, t)) {
        const entry = ctx.gazetteer.places.get(ctx.stems[t])!.find((words) => spellsPlaceAt(ctx, t, words))
        const place: TokenMention = { type: 'place', first: t, last: t + (entry ? entry.length - 1 : 0) }
        return [...adjustBoundaries(ctx, [{ ...mention, last: t - 1 }]), place]
      }
    }
    let { first, last } = mention
    const firstStem = ctx.stems[first]
    const headed = NATIONAL_HEADS.has(firstStem) || MINISTRY.has(firstStem) || NAME_HEADS.has(firstStem)
    while (last > first && !headed && isNationalityNisba(ctx.stems[last], ctx.gazetteer)) last--
    while (first < last && DESCRIPTOR_HEADS.has(ctx.stems[first])) first++
    if (mention.type === 'person') while (first < last && isKin(ctx, first)) first++
    if (mention.type === 'place' && PLACE_DESCRIPTORS.has(ctx.stems[first])) {
      // "العاصمة الروسية" describes a place without naming it; "مدينة حلب" names حلب.
      if (first === last) return []
      first++
    }
    if (mention.type === 'place') last = knownPlaceEnd(ctx, first, last)
    if (mention.type === 'place' && first === last) last = compoundPlaceEnd(ctx, first)
    if (first > 0 && !breakBetween(ctx, first - 1, first) && ctx.owner[first - 1] < 0) {
      const heads = mention.type === 'organization' ? [NAME_HEADS, MINISTRY] : mention.type === 'place' ? [PLACE_NAME_HEADS] : []
      if (heads.some((set) => isHead(ctx, set, first - 1))) first--
      // "وكالة تاس للأنباء" is the agency's name whole; "وكالة رويترز" keeps only رويترز.
      else if (mention.type === 'organization' && isHead(ctx, AGENCY, first - 1) && AGENCY_TAIL.has(ctx.tokens[last].norm)) first--
      // The tagger found "تاس" alone between them: the same name.
      else if (mention.type === 'organization' && isHead(ctx, AGENCY, first - 1) && last + 1 < ctx.tokens.length &&
        AGENCY_TAIL.has(ctx.tokens[last + 1].norm) && !breakBetween(ctx, last, last + 1) && ctx.owner[last + 1] < 0) {
        first--
        last++
      }
    }
    return [{ ...mention, first, last }]
  })
}

/**
 * Rule 8, names that are not names: a title in quotes after a work's head ("فيلم «سيد الخواتم»"),
 * and a disease named after its head ("فيروس كورونا", "مرض إيبولا"). Run on the tagger's mentions
 * before the rules that spread names, so that none spreads.
 */
function dropNonNames(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.filter(({ first }) => {
    if (DISEASE_HEADS.has(ctx.stems[first])) return false
    if (first === 0) return true
    const before = ctx.stems[first - 1]
    if (DISEASE_HEADS.has(before) && !breakBetween(ctx, first - 1, first)) return false
    const gap = ctx.text.slice(ctx.tokens[first - 1].end, ctx.tokens[first].start)
    return !(WORK_HEADS.has(before) && PATTERNS.openingQuote.test(gap) && !gap.includes('\n'))
  })
}

function isKin(ctx: Context, t: number): boolean {
  return KINSHIP.has(ctx.stems[t]) || KINSHIP.has(ctx.tokens[t].norm)
}

/** The last token of the longest known organisation (the hand-written list) starting at token t, or -1. */
function knownOrganizationEnd(ctx: Context, t: number): number {
  const known = ctx.gazetteer.organizations.get(ctx.stems[t]) ?? ctx.gazetteer.organizations.get(ctx.tokens[t].norm)
  if (!known) return -1
  // Entries are longest first. A later word matches as written or without its clitics ("والشام" in the
  // list, "الشام" as a stem). Plain loops: this runs for every token of the article.
  entries: for (const entry of known) {
    for (let k = 1; k < entry.length; k++) {
      const stem = nextStem(ctx, t, k)
      if (stem === null || (stem !== entry[k] && ctx.tokens[t + k].norm !== entry[k])) continue entries
    }
    return t + entry.length - 1
  }
  return -1
}

/**
 * A known organisation of several words takes over the tagger's mentions that lie inside it: in "الدولة
 * الإسلامية في العراق والشام" the tagger saw a state and two places. Only mentions wholly inside go; one
 * that runs past the known name ("مجلس الأمن الدولي" over "مجلس الأمن") is kept as the tagger read it.
 */
function preferKnownOrganizations(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  let result = mentions
  for (let t = 0; t < ctx.tokens.length; t++) {
    const last = knownOrganizationEnd(ctx, t)
    if (last <= t) continue
    const inside = result.filter((m) => m.last >= t && m.first <= last)
    if (inside.length === 0 || inside.some((m) => m.first < t || m.last > last)) continue
    if (inside.length === 1 && inside[0].first === t && inside[0].last === last && inside[0].type === 'organization') continue
    result = [...result.filter((m) => !inside.includes(m)), { type: 'organization', first: t, last }]
    t = last
  }
  return result
}

/**
 * Mentions that combine or change with their neighbours: "بريف" + "دمشق" → "ريف دمشق"; a person after a
 * street head is the street ("شارع جورج الخامس"); a body of a place is an organisation ("شرطة باريس");
 * a nisba-shaped place after a definite noun is an adjective ("الأميرة السعودية": Saudi, not Saudi Arabia).
 */
function combineMentions(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const sorted = [...mentions].sort((a, b) => a.first - b.first)
  const result: TokenMention[] = []
  for (let i = 0; i < sorted.length; i++) {
    const mention = { ...sorted[i] }
    const next = sorted[i + 1]
    const firstStem = ctx.stems[mention.first]
    if (mention.type === 'place' && mention.first === mention.last &&
      (isHead(ctx, PLACE_NAME_HEADS, mention.first) || PLACE_NAME_HEADS.has(firstStem.replace(PATTERNS.article, ''))) &&
      next?.type === 'place' && next.first === mention.last + 1 && !breakBetween(ctx, mention.last, next.first)) {
      result.push({ ...mention, last: next.last })
      i++
      continue
    }
    const hasBefore = mention.first > 0 && !breakBetween(ctx, mention.first - 1, mention.first) && ctx.owner[mention.first - 1] < 0
    const before = hasBefore ? ctx.stems[mention.first - 1] : null
    if (hasBefore && mention.type === 'person' && isHead(ctx, STREET_HEADS, mention.first - 1)) {
      result.push({ type: 'place', first: mention.first - 1, last: mention.last })
      continue
    }
    if (hasBefore && mention.type === 'person' && isTitledPlace(ctx, mention.first - 1)) {
      result.push({ type: 'place', first: mention.first - 1, last: mention.last })
      continue
    }
    if (hasBefore && mention.type === 'place' && isHead(ctx, BODY_OF_PLACE, mention.first - 1)) {
      result.push({ type: 'organization', first: mention.first - 1, last: mention.last })
      continue
    }
    if (before !== null && mention.type === 'place' && mention.first === mention.last && before.startsWith('ال') &&
      PATTERNS.nisba.test(firstStem) && firstStem.endsWith('يه') === before.endsWith('ه')) {
      continue
    }
    result.push(mention)
  }
  return result
}

/** Rules 4–6: names the tagger missed, found by pattern on tokens no mention covers. */
function findPatterns(ctx: Context, mentions: TokenMention[]): void {
  const { tokens } = ctx
  for (let t = 0; t < tokens.length; t++) {
    if (ctx.owner[t] >= 0) continue
    const stem = ctx.stems[t]

    if (UNIT_HEADS.has(stem) && !(t > 0 && BANNER_BEFORE.has(ctx.stems[t - 1]))) {
      const linked = nextStem(ctx, t, 1)
      const nameAt = linked !== null && UNIT_LINKS.has(linked) ? t + 2 : t + 1
      const name = nextStem(ctx, t, nameAt - t)
      if (name !== null && name.startsWith('ال') && !isNationalityNisba(name, ctx.gazetteer) && claimOrganization(ctx, mentions, t, nameAt)) continue
    }
    if (isHead(ctx, SETTLEMENT_HEADS, t) && !stem.startsWith('ال')) {
      const name = nextStem(ctx, t, 1)
      // "بلدة تل حلف": a compound name's first word takes the next, as the tagger's places do.
      const last = name === null ? t : compoundPlaceEnd(ctx, t + 1)
      if ((last > t + 1 && isFree(ctx, t + 1, last)) || (name !== null && isSettlementName(ctx, t + 1, name))) {
        add(ctx, mentions, { type: 'place', first: t + 1, last })
        continue
      }
    }
    if (isHead(ctx, MINISTRY, t)) {
      const field = nextStem(ctx, t, 1)
      if (field && field.startsWith('ال') && !isNationalityNisba(field, ctx.gazetteer)) {
        let last = t + 1
        while (nextStem(ctx, t, last - t + 1) && isNationalityNisba(nextStem(ctx, t, last - t + 1)!, ctx.gazetteer)) last++
        add(ctx, mentions, { type: 'organization', first: t, last })
        continue
      }
    }
    if (NATIONAL_HEADS.has(stem) && !(t > 0 && TITLES.has(ctx.stems[t - 1]))) {
      // The nisba must agree with the head: in "وزير الخارجية الإيراني" the masculine الإيراني belongs to
      // وزير (a title, not a name); "الخارجية الإيرانية" would be the ministry.
      const feminine = stem.endsWith('ه') || stem.endsWith('ات')
      const agrees = (word: string | null) => word !== null && isNationalityNisba(word, ctx.gazetteer) && word.endsWith('يه') === feminine
      // Adjectives may come between head and nationality ("القوات الجوية الأمريكية", "الائتلاف الوطني
      // السوري"); the name ends at the last nationality.
      const isAdjective = (word: string | null) => word !== null && PATTERNS.nisba.test(word) && word.endsWith('يه') === feminine
      let last = t
      for (let k = 1; isAdjective(nextStem(ctx, t, k)); k++) if (agrees(nextStem(ctx, t, k))) last = t + k
      if (last > t) add(ctx, mentions, { type: 'organization', first: t, last })
      if (last > t) continue
    }
    if (isHead(ctx, AGENCY, t)) {
      for (let k = 2; k <= 4; k++) {
        const word = nextStem(ctx, t, k)
        if (word === null) break
        if (AGENCY_TAIL.has(tokens[t + k].norm)) {
          add(ctx, mentions, { type: 'organization', first: t, last: t + k })
          break
        }
      }
      if (ctx.owner[t] >= 0) continue
    }
    const knownLast = knownOrganizationEnd(ctx, t)
    if (knownLast >= 0) add(ctx, mentions, { type: 'organization', first: t, last: knownLast })
    if (ctx.owner[t] >= 0) continue

    const surface = ctx.text.slice(tokens[t].start, tokens[t].end)
    if (PATTERNS.latinName.test(surface)) {
      let last = t
      while (last + 1 < tokens.length && !breakBetween(ctx, last, last + 1) && ctx.owner[last + 1] < 0 &&
        PATTERNS.latinStart.test(ctx.text[tokens[last + 1].start])) last++
      const headed = t > 0 && !breakBetween(ctx, t - 1, t) && OUTLET_HEADS.has(ctx.stems[t - 1])
      if (headed || (last === t && PATTERNS.latinAcronym.test(surface))) {
        add(ctx, mentions, { type: 'organization', first: t, last })
        continue
      }
    }
    if (surface !== PREPOSITION_ALA && t > 0 && !breakBetween(ctx, t - 1, t) && ctx.owner[t - 1] < 0) {
      const before = ctx.stems[t - 1]
      // A known given name after a nationality or any title ("الإيراني علي باقري"); any word after a
      // definite title ("الفنانة نعيمة عاكف"), unless it is a trigger word itself ("المتحدث باسم").
      const givenStart = isGivenStart(ctx, t)
      // A name takes no pronoun suffix: "العضو قوله" is "the member, his saying".
      const titledStart = TITLES.has(before) && before.startsWith('ال') && isNameLike(ctx, stem) && tokens[t].clitics.post.length === 0
      if (!givenStart && !titledStart) continue
      const second = nextStem(ctx, t, 1)
      const secondOk = second !== null && !NAME_ENDERS.has(second) && !second.startsWith('ال') && (givenStart || isNameLike(ctx, second))
      if (!secondOk) {
        // A lone word after a title is a name only when something closes it ("الفنانة نعيمة، التي").
        if (titledStart && !givenStart && (second === null || NAME_ENDERS.has(second))) add(ctx, mentions, { type: 'person', first: t, last: t })
        continue
      }
      add(ctx, mentions, { type: 'person', first: t, last: takesThirdWord(ctx, t) ? t + 2 : t + 1 })
    }
  }
}

/**
 * Whether the name of two words starting at token t takes the third: only when punctuation closes the
 * name right after it ("علي باقري كني، الذي"); otherwise it is as likely the predicate ("علي باقري
 * موجود"). Propagation then finds the full name wherever it recurs.
 */
function takesThirdWord(ctx: Context, t: number): boolean {
  const third = nextStem(ctx, t, 2)
  return third !== null && ctx.owner[t + 2] < 0 && !NAME_ENDERS.has(third) && !third.startsWith('ال') && nextStem(ctx, t, 3) === null
}

/** A known given name right after a nationality or a title: "الإيراني علي", "الرئيس محمد". */
function isGivenStart(ctx: Context, t: number): boolean {
  if (t === 0 || breakBetween(ctx, t - 1, t) || !GIVEN.has(ctx.stems[t])) return false
  const before = ctx.stems[t - 1]
  return isNationalityNisba(before, ctx.gazetteer) || TITLES.has(before)
}

/**
 * Rule 6 for the tagger's own person names: one it found right after a known given name that follows a
 * nationality or title ("الإيراني علي [باقري]", "الفنان سمير [غانم]": the tagger cut the given name off)
 * starts at that given name; a two-word name after a nationality or title ("الإيراني علي باقري كني،"
 * tagged "علي باقري") takes a third word on the same terms as the rule.
 */
function extendGivenNames(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'person') return
    const before = mention.first - 1
    if (mention.last === mention.first && before >= 0 && ctx.owner[before] < 0 && !breakBetween(ctx, before, mention.first) &&
      isGivenStart(ctx, before)) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
    }
    if (mention.last === mention.first + 1 && isGivenStart(ctx, mention.first) && takesThirdWord(ctx, mention.first)) {
      mentions[index] = { ...mention, last: mention.first + 2 }
      ctx.owner[mention.first + 2] = index
    }
  })
}

/** A word that may be part of a name: not a particle, not the article's, not a trigger word, not a number. */
function isNameLike(ctx: Context, stem: string): boolean {
  return stem.length >= 3 && !stem.startsWith('ال') && !NAME_ENDERS.has(stem) && !ctx.gazetteer.classes.has(stem) && !PATTERNS.digitStart.test(stem)
}

/**
 * Rule 4, last: an organisation takes in the field that follows its name ("المرصد السوري" + "لحقوق
 * الإنسان"), when no other mention holds those words.
 */
function extendFieldTails(ctx: Context, mentions: TokenMention[]): void {
  const { tokens } = ctx
  mentions.forEach((mention, index) => {
    if (mention.type !== 'organization') return
    const tail = mention.last + 1
    if (tail >= tokens.length || ctx.owner[tail] >= 0 || breakBetween(ctx, mention.last, tail)) return
    const next = FIELD_TAILS.get(tokens[tail].norm)
    if (next === undefined) return
    let last = tail
    if (next !== null) {
      if (tail + 1 >= tokens.length || tokens[tail + 1].norm !== next || ctx.owner[tail + 1] >= 0 || breakBetween(ctx, tail, tail + 1)) return
      last = tail + 1
    }
    for (let t = tail; t <= last; t++) ctx.owner[t] = index
    mentions[index] = { ...mention, last }
  })
}

/**
 * Rule 7, first: a person's full name found once takes in the pieces the tagger found of it elsewhere
 * ("قدمت نعيمة عاكف": the tagger found "نعيمة" alone, twice in one akhbarelyom article). Inside a match every token is
 * either in no mention or in a person mention that lies wholly within the match.
 */
function rejoinSplitNames(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const { stems } = ctx
  const names = new Map<string, string[]>()
  for (const m of mentions) {
    if (m.type !== 'person' || m.last === m.first) continue
    const words = stems.slice(m.first, m.last + 1)
    // The full name and each run of two or more of its words: "باقري كني" of "علي باقري كني" rejoins a
    // "باقري" the tagger found alone before "كني".
    for (const run of wordRuns(words, words.length)) names.set(run.join(' '), run)
  }
  if (names.size === 0) return mentions
  const removed = new Set<number>()
  const claimed = new Set<number>()
  const added: TokenMention[] = []
  for (const words of [...names.values()].sort((a, b) => b.length - a.length)) {
    for (const t of startsOf(ctx, words[0])) {
      const last = t + words.length - 1
      if (last >= stems.length) continue
      const owners = new Set<number>()
      let matches = true
      for (let k = 0; k < words.length && matches; k++) {
        const owner = ctx.owner[t + k]
        const piece = owner >= 0 ? mentions[owner] : undefined
        matches =
          stems[t + k] === words[k] &&
          (k === 0 || !breakBetween(ctx, t + k - 1, t + k)) &&
          !claimed.has(t + k) &&
          (!piece || (piece.type === 'person' && piece.first >= t && piece.last <= last && !removed.has(owner)))
        if (owner >= 0) owners.add(owner)
      }
      // No piece to rejoin (propagation's business), or already whole: one mention exactly over the match.
      const only = owners.size === 1 ? mentions[owners.values().next().value!] : undefined
      if (!matches || owners.size === 0 || (only?.first === t && only.last === last)) continue
      for (const owner of owners) removed.add(owner)
      for (let k = t; k <= last; k++) claimed.add(k)
      added.push({ type: 'person', first: t, last })
    }
  }
  if (added.length === 0) return mentions
  const result = [...mentions.filter((_, index) => !removed.has(index)), ...added]
  rebuildOwners(ctx, result)
  return result
}

/** The runs of two to `longest` consecutive words of a name, longest first. */
function wordRuns(words: readonly string[], longest: number): string[][] {
  const runs: string[][] = []
  for (let size = longest; size >= 2; size--) {
    for (let k = 0; k + size <= words.length; k++) runs.push(words.slice(k, k + size))
  }
  return runs
}

/** Rule 7: every other occurrence of a name found once (or of a person's surname) is a mention too. */
function propagate(ctx: Context, mentions: TokenMention[]): void {
  const { tokens } = ctx
  const patterns: { words: string[]; type: EntityType }[] = []
  for (const mention of mentions) {
    const words: string[] = []
    for (let t = mention.first; t <= mention.last; t++) words.push(ctx.stems[t])
    patterns.push({ words, type: mention.type })
    if (mention.type === 'organization') {
      // "وكالة تاس للأنباء" → "تاس"; "حركة حماس" → "حماس".
      const inner = words.filter((w, k) => !(k === 0 && (AGENCY.has(w) || NAME_HEADS.has(w))) && !AGENCY_TAIL.has(w))
      if (inner.length && inner.length < words.length) patterns.push({ words: inner, type: mention.type })
      // "القوات الجوية الأمريكية" → "القوات الجوية": the country is said once, then left out. Two words at
      // least remain, so a bare "الحكومة" is not taken for the government named once.
      if (words.length >= 3 && isNationalityNisba(words[words.length - 1], ctx.gazetteer)) {
        patterns.push({ words: words.slice(0, -1), type: mention.type })
      }
    }
    if (mention.type === 'person' && words.length >= 2) {
      for (const run of wordRuns(words, words.length - 1)) patterns.push({ words: run, type: 'person' })
      // A surname alone ("بيسكوف"); short ones ("كني") are too often other words.
      const surname = words[words.length - 1]
      if (surname.length >= 4 && !GIVEN.has(surname)) patterns.push({ words: [surname], type: 'person' })
    }
  }
  patterns.sort((a, b) => b.words.length - a.words.length)
  const { stems } = ctx
  const seen = new Set<string>()
  for (const pattern of patterns) {
    const key = `${pattern.type}:${pattern.words.join(' ')}`
    if (seen.has(key)) continue
    seen.add(key)
    for (const t of startsOf(ctx, pattern.words[0])) {
      if (t + pattern.words.length > tokens.length || ctx.owner[t] >= 0) continue
      let matches = true
      for (let k = 0; k < pattern.words.length && matches; k++) {
        matches = stems[t + k] === pattern.words[k] && (k === 0 || !breakBetween(ctx, t + k - 1, t + k)) && ctx.owner[t + k] < 0
      }
      if (!matches) continue
      add(ctx, mentions, { type: pattern.type, first: t, last: t + pattern.words.length - 1 })
    }
  }
}

export function refineMentions(
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  tagged: readonly TokenMention[],
): TokenMention[] {
  const ctx: Context = {
    text, tokens, gazetteer, owner: new Int32Array(tokens.length), stems: tokens.map(stemOf),
    forms: new Array<string[] | undefined>(tokens.length), breakBefore: new Int8Array(tokens.length).fill(-1),
  }
  let mentions = dropNonNames(ctx, [...tagged])
  rebuildOwners(ctx, mentions)
  mentions = adjustBoundaries(ctx, mentions)
  rebuildOwners(ctx, mentions)
  mentions = combineMentions(ctx, mentions)
  mentions = preferKnownOrganizations(ctx, mentions)
  rebuildOwners(ctx, mentions)
  extendGivenNames(ctx, mentions)
  findPatterns(ctx, mentions)
  extendFieldTails(ctx, mentions)
  mentions = rejoinSplitNames(ctx, mentions)
  propagate(ctx, mentions)
  return joinAdjacentPersons(ctx, joinAcrossInitials(ctx, mentions.sort((a, b) => a.first - b.first)))
}

/** Token t is an initial: a letter's name followed by its period ("إف."). */
function isInitial(ctx: Context, t: number): boolean {
  return t + 1 < ctx.tokens.length && LETTER_NAMES.has(ctx.stems[t]) && ctx.tokens[t].clitics.pre.length === 0 &&
    INITIAL_GAP.test(ctx.text.slice(ctx.tokens[t].end, ctx.tokens[t + 1].start))
}

/**
 * Rule 9, across initials: the tagger reads the period of an initial as the end of a name, so "جون إف.
 * كينيدي" comes out as "جون إف" and nothing, "جي. كي. رولينغ" as "جي" and "رولينغ". A person ending in an
 * initial runs on over any further initials to the next word: through the person that starts there, or
 * that word alone when it is free and not a function word. `mentions` are sorted.
 */
function joinAcrossInitials(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const result: TokenMention[] = []
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]
    if (mention.type !== 'person' || !isInitial(ctx, mention.last)) {
      result.push(mention)
      continue
    }
    let t = mention.last + 1
    while (isInitial(ctx, t)) t++
    const next = mentions[i + 1]
    if (next?.first === t && next.type === 'person') {
      result.push({ ...mention, last: next.last })
      i++
    } else if (t < ctx.tokens.length && ctx.owner[t] < 0 && PATTERNS.arabicWord.test(ctx.tokens[t].norm) &&
      ctx.tokens[t].clitics.pre.length === 0 && !STOP_STEMS.has(lightStem(ctx.tokens[t].norm))) {
      result.push({ ...mention, last: t })
    } else {
      result.push(mention)
    }
  }
  return result
}

/**
 * Rule 9: two persons side by side with nothing between them, not even "و", are one person found in
 * pieces ("غوستاف" tagged, "فوشيه" found by rule 7 from a later "قال فوشيه"): Arabic prose puts a word
 * or a conjunction between two people. A function word taken for a name ("محمد" + "حتى") is not joined.
 * `mentions` are sorted.
 */
function joinAdjacentPersons(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const result: TokenMention[] = []
  for (const mention of mentions) {
    const previous = result[result.length - 1]
    if (previous?.type === 'person' && mention.type === 'person' && mention.first === previous.last + 1 &&
      !breakBetween(ctx, previous.last, mention.first) && ctx.tokens[mention.first].clitics.pre.length === 0 &&
      !STOP_STEMS.has(lightStem(ctx.tokens[mention.first].norm))) {
      result[result.length - 1] = { ...previous, last: mention.last }
    } else {
      result.push(mention)
    }
  }
  return result
}
