import { normalizeArabic, normalizeWithMap } from '../../arabic/normalize.ts'
import { NEWER_GIVEN_NAMES } from '../lists/known-names.ts'
import { FOREIGN_PERSONS } from '../lists/foreign-persons.ts'
import type { EntityType, Token } from '../../doc.ts'
import { type Gazetteer, WORD_CLASS } from './gazetteer.ts'
import { isUnclusteredIn } from '../refine/shared/name-like.ts'
import { isNationalityNisba } from '../refine/shared/nationality-nisba.ts'
import { CLUB_CITIES, KNOWN_AS, TITLES } from '../refine/shared/word-lists.ts'

/**
 * Where a name starts inside its first token. The annotation convention leaves the attached و ف ب ل ك
 * out of a name and keeps the article ("بموسكو" → "موسكو", "والسفارة" → "السفارة", "للقوات" →
 * "لقوات"). The tokenizer's clitic split is deliberately conservative and has no lexicon, so it keeps
 * "لغزة" whole (a three-letter remainder) and splits "بريان" (Brian) into ب + ريان. A name has better
 * evidence than a word: the remainder being a known place, organisation or given name, or standing
 * alone elsewhere in the same article, decides first; without evidence, a person's name loses only the
 * conjunction و, since "ف/ب/ل/ك + person" is rarer than a person's name beginning with those letters.
 */
export interface NameEvidence {
  gazetteer: Gazetteer
  /** Normalised forms of every token in the article. */
  docWords: ReadonlySet<string>
}

const PATTERNS = {
  /** ب, ل or ك, then a bare alef (as written) beginning neither the article nor "اس": "باماكو", "كابو ديلغادو", not "بالقاهرة". */
  bareAlefAfterPreposition: /^[بلك]ا(?!ل|س)/u,
  /** A leading و or ف (and) before a word of three letters or more. */
  conjunction: /^[وف](?=...)/u,
  /** A written hamza on alef, the first letter of what follows a token's clitics ("إرلينغ" of "لإرلينغ"). */
  hamzaAfterClitics: /^[أإآ]/u,
  /** و, then a consonant and three letters more: "وكريستينا" (و + "كريستينا"). */
  conjunctionBeforeConsonant: /^و[^اويأإآؤئء\s].{3,}/u,
  /** و, then ي or و as a vowel letter and two letters more: "ويني", "وورافيت" (a foreign W). */
  vowelAfterConjunction: /^و[يو][^اويأإآؤئء\s].+/u,
  /** و, then a bare alef (as written) beginning no article: "وانغ". */
  bareAlefAfterConjunction: /^وا(?!ل)/u,
  /** One clitic letter before a written hamza on alef and three letters more: "بأبشي". */
  cliticBeforeHamza: /^[وفبلك][أإآ].{2,}/u,
  /** "و" before a written hamza on alef, however short the rest: no word begins so ("[و]إب", "[و]آل بدير"). */
  conjunctionBeforeHamza: /^و[أإآ]./u,
  /** ب or ك written twice: the first is the preposition ("ببوبي" is ب + "بوبي"). */
  doubledPreposition: /^(?:بب|كك)/u,
  /** "وأم" as written, with its hamza ("وام" is the Emirates' news agency). */
  conjunctionBeforeUmm: /^[وف]أم$/u,
  /** ل, then a consonant: what follows it cannot be a foreign L-name's vowel ("لموكيش" is ل + "موكيش"; "لامين" is Lamine). */
  lamBeforeConsonant: /^ل[^اويىأإآؤئء\s]/u,
  /** ب or ك, the article and two or three letters (not a bare alef after it): "بالبر" (ب + "البر"). */
  prepositionBeforeShortDefinite: /^[بك]ال[^ا\s].{1,2}$/u,
  /** "Petro-", which begins oil companies' names and no word after ب: "بتروتشاينا", "بتروناس". */
  petro: /^بترو/u,
  /** ل before a bare alef, as written, that begins no article: "لامين". */
  lamBeforeBareAlef: /^لا(?!ل)/u,
  /** "بو" and a consonant, as written: the syllable Bo- / Bu- / Po- of a transliteration ("بوردو", "بوسعادة"), not ب + a W-name ("بواشنطن"). */
  boBeforeConsonant: /^بو[^اويىأإآؤئء\s]/u,
  /** A leading conjunction or preposition before a word of three letters or more ("بولاية", "وبإقليم" → "اقليم"). */
  proclitics: /^(?:[وف]?[بلك]|[وف])(?=...)/u,
} as const

/** A definite word ending as a nisba does, singular: "الإسباني", "المصرية" (the word before a person). */
const NISBA_ENDING = /^ال.{2,}(?:ي|يه)$/u

/** Proclitic letter sequences, longest first. */
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك']
/**
 * What a person's name loses without evidence: "و" only. "ف" before a name is rare in news prose, and
 * names begin with it (فيروز، فهد، فاطمة), so "فيروز" stays whole.
 */
const CONJUNCTIONS = new Set(['و'])
/** Heads that begin names and are three letters or more: "بريف دمشق" → "ريف دمشق", "بشرطة باريس" → "شرطة باريس", "بقضاء السماوة", "بحوض سانتوس", "بجهة درعة تافيلالت", "لقوى الأمن الداخلي", "بغرب دارفور". */
const HEAD_WORDS = new Set(['ريف', 'مركز', 'ديوان', 'مكتب', 'مجلس', 'هيئه', 'مؤسسه', 'شركه', 'مجموعه', 'بنك', 'مصرف', 'صندوق', 'منظمه', 'لجنه', 'وكاله', 'قطاع', 'مدينه', 'وزاره', 'حركه', 'شرطه', 'حكومه', 'جامعه', 'سفاره', 'شارع', 'ميدان', 'جماعه', 'حزب', 'ولايه', 'محافظه', 'منطقه', 'بلديه', 'قريه', 'بلده', 'قضاء', 'ناحيه', 'مديريه', 'اقليم', 'معتمديه', 'دائره', 'مقاطعه', 'حصن', 'قلعه', 'معبد', 'مقبره', 'مقابر', 'حوض', 'جهه', 'مخيم', 'ميناء', 'مطار', 'جبل', 'وادي', 'سهل', 'جزيره',
  'قوي', 'اتفاقيه', 'برج', 'نبع', 'قسم', 'خفر', 'نفق', 'نهر', 'شمال', 'جنوب', 'شرق', 'غرب',
  'ملعب', 'استاد', 'مسرح', 'مستشفي', 'مسجد', 'جامع', 'متحف', 'قصر', 'فندق', 'سجن', 'معهد', 'مدرسه', 'كليه', 'قاعه'])
/**
 * Separate prepositions and administrative heads in the construct state with the name (normalised): nothing can come
 * between them and the name. Not the words that are also names or adjectives ("علي", "امام", "اقليمي"), nor a head
 * that may close a phrase before "و" ("العاصمة والزرقاء").
 */
const GOVERNING_WORDS: ReadonlySet<string> = new Set([
  'في', 'من', 'الي', 'عن', 'مع', 'ضد', 'نحو', 'لدي', 'عند',
  'مدينه', 'بلده', 'قريه', 'محافظه', 'ولايه', 'اقليم', 'منطقه', 'جزيره', 'مقاطعه', 'بلديه', 'مديريه', 'قضاء', 'ناحيه', 'مخيم',
  // A site, a pass and a market in the construct state, and a name's own particles (session 63: "موقع [و]ليلي", "ممر
  // [ب]رينر", "سوق [و]ارورو", whose first letters a list's "ليلي" or the tokenizer had taken off).
  'موقع', 'ممر', 'سوق', 'بن', 'ابن', 'بنت', 'ابو',
])
/** Adverbs of the news that take "ل" before what follows: "خلفاً لـ", "وفقاً لـ", "طبقاً لـ", "تبعاً لـ", "خلافاً لـ" (normalised). */
const TAKES_LAM: ReadonlySet<string> = new Set(['خلفا', 'وفقا', 'طبقا', 'تبعا', 'خلافا'].map((word) => normalizeArabic(word)))
/** A match's verbs and nouns, whose subject or object is the team: "فاز ليفربول", but also "يلعب لبرشلونة" (for). Normalised. */
const MATCH_VERBS: ReadonlySet<string> = new Set(['فاز', 'تغلب', 'هزم', 'خسر', 'تعادل', 'واجه', 'يواجه', 'يستضيف', 'استضاف', 'لعب', 'يلعب', 'فوز', 'خساره', 'هزيمه'])
/**
 * Words after which a name takes no preposition of its own (normalised): separate prepositions, heads in the
 * construct state with the name, and a match's verbs, whose subject is the team.
 */
const BARE_NAME_AFTER: ReadonlySet<string> = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'امام', 'ضد', 'بين', 'نحو', 'حتي', 'لدي', 'عند',
  'مدينه', 'بلده', 'قريه', 'محافظه', 'ولايه', 'اقليم', 'منطقه', 'عاصمه', 'جزيره', 'نادي', 'فريق', 'منتخب', 'ملعب', 'مطار', 'ميناء',
  'شركه', 'شركات', 'مجموعه',
  'قضاء', 'مديريه', 'حي', 'ضاحيه', 'مخيم', 'مناطق', 'مدن', 'قري', 'بلدات', 'بلدتي', 'مدينتي', 'قريتي', 'محافظتي', 'ولايتي', 'منطقتي',
  'مديريتي', 'مديريات', 'محافظات', 'ولايات', 'احياء', 'مخيمات',
  // Session 19: "مقاطعة لوبلين", "إقليمي بلوشستان وخيبر بختونخوا", "موقع ليكسوس".
  'مقاطعه', 'مقاطعتي', 'مقاطعات', 'بلديه', 'بلديتي', 'جزيرتي', 'حقلي', 'اقليمي', 'موقع',
  ...MATCH_VERBS,
  // "شمال شرقي بعقوبة", "في العاصمة برايا", "قرب منتجع بويرتو إسكونديدو", "محافظ واسط" (session 17).
  'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'العاصمه', 'منتجع', 'محافظ',
  // A name's own particles: "عبد الحميد بن باديس".
  'بن', 'ابن', 'بنت', 'ابو', 'ابي', 'عبد', 'ولد',
  // Adverbs of place that govern the name as a preposition does: "قرب بوردو", "قرب فيلنيوس" (session 20).
  'قرب', 'حول', 'خارج', 'داخل', 'عبر',
  // A place's outskirts or heights in the construct state: "مرتفعات بنجوين", "محيط بنغازي".
  'مرتفعات', 'محيط', 'اطراف', 'ضواحي', 'مشارف',
])
/**
 * Heads of place names that begin with a letter a proclitic is written with, and are never a clitic and a word:
 * "وادي فرغانة", "بئر السبع", "باب الزوار", "بيت لحم", "كفر الشيخ" (normalised).
 */
const HEADS_WITH_A_CLITIC_LETTER: ReadonlySet<string> = new Set(['وادي', 'واحه', 'بحيره', 'بحر', 'بئر', 'بير', 'برج', 'باب', 'بيت', 'بوابه', 'كفر', 'كوم'])
/** "وود", "وولد": و and the first word of a name in "Wad" or "Ould" (normalised). */
const WAD_AND_OULD_AFTER_AND: ReadonlySet<string> = new Set(['وود', 'وولد'])

/** What a caller passes as the word before a name that an opening quote precedes. */
export const QUOTED = '"'
/** What a caller passes as the word before a place that follows another place, only spaces between. */
export const LISTED_PLACE = '+'
/** What a caller passes as the word before the town that opens a dateline ("وجدة - أعلنت"; dateline-places.ts). */
export const DATELINE = '-'
/**
 * Heads of two letters that begin a place's name: "حي" (a district), "سد" (a dam), "تل" (a hill); and the first words of
 * two-word names ("وبن قردان", "ورب ثلاثين", "وجل الديب"), which no word of the language begins with a clitic before.
 */
const SHORT_HEADS: ReadonlySet<string> = new Set(['حي', 'سد', 'تل', 'بن', 'رب', 'جل', 'عش', 'جب', 'قب', 'حد'])
/** A remainder this short ("ان" after "ب" in "بان") matches too many words to count as evidence. */
const MIN_EVIDENCE_LENGTH = 3

/** The given names only the article rules know (known-names.ts), normalised: "وسيم" keeps its و. */
const NEWER_GIVEN: ReadonlySet<string> = new Set(NEWER_GIVEN_NAMES.map((name) => normalizeArabic(name)))
/** The family names of world news (foreign-persons.ts), normalised: "لزيلينسكي" is ل + "زيلينسكي", "بوش" is whole. */
const FOREIGN_FAMILY: ReadonlySet<string> = new Set(FOREIGN_PERSONS.map(([, family]) => normalizeArabic(family)).filter((family) => !family.includes(' ')))

function isKnownName(form: string, gazetteer: Gazetteer): boolean {
  return isKnownPlaceOrBody(form, gazetteer) || ((gazetteer.classes.get(form) ?? 0) & WORD_CLASS.givenName) !== 0 || NEWER_GIVEN.has(form)
}

function isKnownPlaceOrBody(form: string, gazetteer: Gazetteer): boolean {
  return gazetteer.places.has(form) || gazetteer.articlePlaces.has(form) || gazetteer.articleOrganizations.has(form)
}

/** A kunya or nasab word that begins a name ("أبي" of "المعروف بأبي محمد"): evidence that ب / ل / ك before it is a clitic. */
function startsName(form: string, gazetteer: Gazetteer): boolean {
  return ((gazetteer.classes.get(form) ?? 0) & WORD_CLASS.nameParticle) !== 0
}

/**
 * The remainder and the name's following words (`rest`, normalised) are a known multi-word name:
 * "لبي بي سي" is ل + "بي بي سي", though "بي" alone is too short to count as evidence.
 */
function startsKnownPhrase(form: string, rest: readonly string[], gazetteer: Gazetteer): boolean {
  if (rest.length === 0) return false
  for (const index of [gazetteer.articleOrganizations, gazetteer.places, gazetteer.articlePlaces]) {
    for (const phrase of index.get(form) ?? []) {
      if (phrase.length > 1 && phrase.length - 1 <= rest.length && phrase.every((word, i) => i === 0 || rest[i - 1] === word)) return true
    }
  }
  return false
}

/**
 * How many normalised letters of the token are proclitics to leave out of the name. `rest` holds the
 * normalised words of the name after this token.
 */
export function procliticLength(token: Token, type?: EntityType, evidence?: NameEvidence, rest: readonly string[] = [], surface = '', before = ''): number {
  const splitter = token.clitics.pre.filter((clitic) => clitic !== 'ال')
  const splitterLength = splitter.join('').length
  if (!evidence) return splitterLength
  const norm = token.norm
  // (Also where the tokenizer split it: "بحيرة" read as ب + "حيرة".)
  // (Also a head that begins with a clitic's letter and is one word: "ولاية", "وكالة", "بنك".)
  if (HEADS_WITH_A_CLITIC_LETTER.has(norm) || HEAD_WORDS.has(norm)) return 0
  // "وأم القيوين", "وأم كلثوم": the tokenizer leaves a two-letter remainder whole, but "أم" heading a name
  // ("Umm") after و is that name.
  if (rest.length > 0 && PATTERNS.conjunctionBeforeUmm.test(surface)) return 1
  // "وود الحليو", "وولد ينجه": "Wad" and "Ould", which begin Sudanese and Mauritanian names, after "و".
  // (Not a company's transliterated name: "وود ماكنزي", Wood Mackenzie.)
  if (rest.length > 0 && type !== 'organization' && WAD_AND_OULD_AFTER_AND.has(norm)) return 1
  // "لإرلينغ هالاند", "وأنطونيو": no word begins with a clitic's letter and then a written hamza on alef, so the
  // letters before it are clitics, also before a person no list knows and after a nisba-shaped word ("الثاني لإرلينغ").
  if (splitter.length > 0 && PATTERNS.hamzaAfterClitics.test(surface.slice(splitter.join('').length))) return splitterLength
  // (Also where the tokenizer left the word whole: "بأبشي".)
  if (splitter.length === 0 && (PATTERNS.cliticBeforeHamza.test(surface) || PATTERNS.conjunctionBeforeHamza.test(surface))) return 1
  // "[ب]البر الغربي": ب or ك before the article and a word of two or three letters, which the tokenizer leaves whole.
  if (splitter.length === 0 && rest.length > 0 && type !== 'person' && PATTERNS.prepositionBeforeShortDefinite.test(surface)) return 1
  // "ببوبي واين": a preposition written before a name that begins with its own letter.
  if (splitter.length === 1 && PATTERNS.doubledPreposition.test(surface)) return 1
  // "ليفربول": a club named by its city keeps the ل the tokenizer read as a preposition.
  // (A given name says nothing of an organisation's first word: "[وجيه بي مورغان]" is و + "جيه بي مورغان".)
  // "[ب]تروتشاينا", "[ب]تروبراس": "Petro-" begins companies' names, whatever the tagger typed them.
  if (type !== 'person' && PATTERNS.petro.test(surface)) return 0
  // (A club of the lists, too: "[ب]تروجت" is Petrojet.)
  const knownWhole = type === 'organization'
    ? isKnownPlaceOrBody(norm, evidence.gazetteer) || CLUB_CITIES.has(norm) || ((evidence.gazetteer.classes.get(norm) ?? 0) & WORD_CLASS.sportsClub) !== 0
    : isKnownName(norm, evidence.gazetteer) || (type === 'person' && FOREIGN_FAMILY.has(norm))
  if (knownWhole) return 0
  // "الصينية [وانغ] تشي يي", "للمخرج [والتر] ساليس", "أمينه العام [ويندسور] جون", "زوجته [ويني] بيانيما": a full name whose
  // و leaves a word no list, no other word of the article and (before ي or و) no cluster knows, and that a bare alef
  // or a vowel letter follows, as a foreign W is written, begins with it; "وأحمد" has its hamza and "ويقول" is a
  // known word. Whatever the word before.
  if (type === 'person' && rest.length > 0 && splitter.length === 1 && splitter[0] === 'و' && isForeignW(surface, norm, evidence)) return 0
  // "وزير الخارجية الصيني وانغ يي": after a masculine nationality, a person whose و leaves no word of three
  // letters ("انغ") begins with it; "الصيني ومحمد" would leave a known name.
  if (type === 'person' && splitter.length === 1 && splitter[0] === 'و' && before.startsWith('ال') && before.endsWith('ي') &&
    norm.length <= 4 && !isKnownName(norm.slice(1), evidence.gazetteer) && !evidence.docWords.has(norm.slice(1))) return 0
  // "العداءة البحرينية وينفريد يافي": after a nationality either way, a full name whose و leaves a word the
  // clusters never saw and no known name begins with it (a word alone is as often a noun: "الفلسطينية وجوب").
  // So after a definite title ("والنائب ويسلي هانت", "للمخرج والتر ساليس").
  // (A nationality, not any word of its shape: "سعد الجبوري [وفارس] العبيدي" lists two persons.)
  if (type === 'person' && rest.length > 0 && splitter.length === 1 && splitter[0] === 'و' && (isNationalityNisba(before, evidence.gazetteer) || (before.startsWith('ال') && TITLES.has(before))) &&
    isUnclusteredIn(evidence.gazetteer, norm.slice(1)) &&
    !isKnownName(norm.slice(1), evidence.gazetteer) && !evidence.docWords.has(norm.slice(1))) return 0
  // "اللاعب لامين يامال": a person in apposition to a definite title takes no preposition; only "و" can
  // come between ("الرئيس وأحمد" is "and Ahmad").
  // Nor after a nationality ("الإسباني لامين يامال").
  if (type === 'person' && before.startsWith('ال') && (TITLES.has(before) || NISBA_ENDING.test(before))) return conjunctionLength(splitter)
  // An organisation's or a place's name in quotes keeps its first letters whatever they spell: "«باريك»" (not ب +
  // "إريك"), "منصة "ووتش إت"", "حي «بوكاغراندي»" (QUOTED, what the caller passes for an opening quote).
  if (before === QUOTED && (type === 'organization' || type === 'place')) return 0
  // "وجدة - افتتحت": a dateline's town is no list's next item; its first letters are its own (DATELINE).
  if (before === DATELINE && type === 'place') return 0
  // The word before as written and without its own clitics ("بإقليم" → "اقليم"; "وفقا" stays itself).
  const bareBefore = before.replace(PATTERNS.proclitics, '')
  const beforeIn = (words: ReadonlySet<string>) => words.has(before) || words.has(bareBefore)
  // "خلفاً [لغيتاتشو] رضا", "وفقاً [لرويترز]": after the adverbs that take "ل", a name's "ل" is that preposition.
  if (norm.startsWith('ل') && norm.length > 3 && beforeIn(TAKES_LAM)) return 1
  // "المعروف [ب]حميدتي": after "known as", a person's ب is the preposition.
  if (type === 'person' && splitter.length === 1 && splitter[0] === 'ب' && beforeIn(KNOWN_AS)) return 1
  // "مدينة وجدة", "بإقليم برشيد", "في لشبونة": after a separate preposition or an administrative head that governs the
  // name, no clitic can be attached to it, whatever a list knows of the rest ("جدة", "رشيد").
  // (Not before a head of its own: "40 قرية [بقضاء] السماوة".)
  if (beforeIn(GOVERNING_WORDS) && !PROCLITICS.some((prefix) => norm.startsWith(prefix) && HEAD_WORDS.has(norm.slice(prefix.length)))) return 0
  // "[لامين] يامال": ل before a bare alef (as written) in a full name is the name's first syllable; the preposition before
  // a name that begins with alef is written before its hamza ("لأمين").
  if (type === 'person' && rest.length > 0 && splitter.length === 1 && splitter[0] === 'ل' && PATTERNS.lamBeforeBareAlef.test(surface)) return 0
  for (const prefix of PROCLITICS) {
    if (!norm.startsWith(prefix)) continue
    // "وكريم زينون", "ولبنى": "و" and a known name that begins with a preposition's letter, not "و", the preposition and
    // a shorter name ("ريم").
    if (prefix.length === 2 && isKnownName(norm.slice(1), evidence.gazetteer)) return 1
    // "كابو ديلغادو", "[وكابل]": ك before a bare alef is a transliteration's first syllable ("كا"), whatever the rest
    // spells (not و + ك + "أبل", Apple).
    if (prefix.endsWith('ك') && surface[prefix.length] === 'ا') continue
    const remainder = norm.slice(prefix.length)
    // ل + ال is written لل: the remainder "لقوات" is looked up as "القوات".
    const forms = remainder.startsWith('ل') && prefix.endsWith('ل') ? [remainder, 'ا' + remainder] : [remainder]
    for (const form of forms) {
      if (startsKnownPhrase(form, rest, evidence.gazetteer)) return prefix.length
      // "بحي الكاظمية", "وسد زقلاب": a two-letter head with the name after it.
      if (rest.length > 0 && SHORT_HEADS.has(form)) return prefix.length
      if (form.length < MIN_EVIDENCE_LENGTH) continue
      if (isKnownName(form, evidence.gazetteer) || HEAD_WORDS.has(form) || evidence.docWords.has(form)) return prefix.length
      // "لزيلينسكي": a family name standing alone (not "بروس هاريل", Bruce, whose ب leaves the family name "روس").
      if (type === 'person' && rest.length === 0 && FOREIGN_FAMILY.has(form)) return prefix.length
      // (A kunya written with its hamza: "كابو ديلغادو" is no ك + "أبو".)
      if (type === 'person' && rest.length > 0 && startsName(form, evidence.gazetteer) && !PATTERNS.bareAlefAfterPreposition.test(surface)) return prefix.length
    }
  }
  // "بلدة بوكروفسك", "مدينة ليماسول", "فاز ليفربول على …", "مع بولونيا": after a preposition, a head that
  // governs the name or a match's verb, no preposition can be attached to it: its ب or ل is its own letter.
  // (Also with the word before's own clitics: "بولاية بهلاء", "بإقليم لوغون".)
  if (beforeIn(BARE_NAME_AFTER)) return 0
  // "خوست [وبكتيكا]": a place listed after another keeps all but its "و" (LISTED_PLACE, what the caller passes then).
  if (before === LISTED_PLACE && type === 'place') {
    // (Also the "و" the tokenizer kept on an unknown word: "[وبارانكيا]" after "كالي", "ولاته [وعدل] بكرو"; a place that
    // begins with و and is listed after another takes its own: "الرباط ووجدة".)
    if (splitter.length === 0 && norm.startsWith('و') && norm.length >= 4) return 1
    return conjunctionLength(splitter)
  }
  // "[وكريستينا] كوك": a person's و kept by the tokenizer on an unknown word, a consonant after it (a foreign W is
  // written before a vowel letter: "ويليام", "وودي", "والتر").
  if (type === 'person' && splitter.length === 0 && PATTERNS.conjunctionBeforeConsonant.test(surface)) return 1
  // "وانغ يي", "واصل": a person's و before a bare alef that begins no article is the name's first letter ("وأحمد" has its hamza).
  if (type === 'person' && PATTERNS.bareAlefAfterConjunction.test(surface)) return 0
  // "المملوكة [لموكيش] أمباني", "رواية [لهاروكي] موراكامي": a full name whose ل leaves a word of four letters or more that
  // opens on a consonant and that no list, no cluster and no other word of the article knows is ل and a foreign name; a
  // name that begins with ل is written with a vowel after it ("لامين", "لويس", "ليونيل"), or is a known Arab name ("لطيفة").
  if (type === 'person' && rest.length > 0 && splitter.length === 1 && splitter[0] === 'ل' && norm.length >= 5 && PATTERNS.lamBeforeConsonant.test(surface) &&
    isUnclusteredIn(evidence.gazetteer, norm.slice(1))) return 1
  if (type === 'person') return conjunctionLength(splitter)
  // "[وكالابريا]", "[وكريتر]": so a place's or a body's, when no list knows the word whole.
  if (splitter.length === 0 && PATTERNS.conjunctionBeforeConsonant.test(surface)) return 1
  // "عمدة [بوردو]", "مدينة [بوسعادة]", "[بوتافوغو]": "بو" before a consonant, where the word after ب is unknown, is a
  // transliteration's first syllable; a W-name after ب is written with a vowel letter ("بواشنطن", "بويلز").
  // (Also after "و": "بئر خادم [و]بودواو".)
  const and = splitter.length === 2 && splitter[0] === 'و' ? 1 : 0
  if (splitter.length === 1 + and && splitter[and] === 'ب' && PATTERNS.boBeforeConsonant.test(surface.slice(and)) &&
    isUnclusteredIn(evidence.gazetteer, norm.slice(1 + and))) return and
  // "باماكو", "لاكلاند", "بانياس": ب / ل before a bare alef (as written: "بأوربا" has a hamza) that is
  // neither the article nor the "اس" Arabic writes before a foreign s-cluster ("باسكتلندا") is more often
  // a transliteration's first syllable than a preposition before an unknown name.
  if (splitter.length === 1 && PATTERNS.bareAlefAfterPreposition.test(surface)) return 0
  // "العاصمة الليتوانية [فيلنيوس]", "ضاحية مون [فاليريان]": "ف" alone before a name no list knows is rarer than a name
  // that begins with it, as for persons.
  if (splitter.length === 1 && splitter[0] === 'ف') return 0
  return splitterLength
}

/** The first word of a name is a foreign W and its vowel (see procliticLength), not "و" and an unknown word. */
function isForeignW(surface: string, norm: string, evidence: NameEvidence): boolean {
  const remainder = norm.slice(1)
  if (remainder.length < MIN_EVIDENCE_LENGTH || isKnownName(remainder, evidence.gazetteer) || evidence.docWords.has(remainder)) return false
  if (PATTERNS.bareAlefAfterConjunction.test(surface)) return true
  return PATTERNS.vowelAfterConjunction.test(surface) && isUnclusteredIn(evidence.gazetteer, remainder)
}

/** The letters of the leading conjunctions among a token's proclitics. */
function conjunctionLength(proclitics: readonly string[]): number {
  let length = 0
  for (const clitic of proclitics) {
    if (!CONJUNCTIONS.has(clitic)) break
    length += clitic.length
  }
  return length
}

/** Where a name starts in its first token, and how its first word is shown. */
export interface NameStart {
  /** Source offset of the name's first letter (see the module comment). */
  start: number
  /**
   * The preposition ل took the alef of the name's article: "للجيش" is ل + "الجيش", and the span, by the
   * convention, starts at "لجيش". The reader shows the name as "الجيش"; "للبنان" (ل + "لبنان", a known
   * place) keeps its letters.
   */
  lostAlef: boolean
}

export function findNameStart(text: string, token: Token, type?: EntityType, evidence?: NameEvidence, rest: readonly string[] = [], before = ''): NameStart {
  const letters = procliticLength(token, type, evidence, rest, text.slice(token.start, token.end), before)
  if (letters === 0) return { start: token.start, lostAlef: false }
  const normalized = normalizeWithMap(text.slice(token.start, token.end))
  if (letters >= normalized.norm.length) return { start: token.start, lostAlef: false }
  return { start: token.start + normalized.map[letters], lostAlef: lostAlef(normalized.norm, letters, evidence) }
}

export function nameStart(text: string, token: Token, type?: EntityType, evidence?: NameEvidence, rest: readonly string[] = [], before = ''): number {
  return findNameStart(text, token, type, evidence, rest, before).start
}

function lostAlef(norm: string, letters: number, evidence?: NameEvidence): boolean {
  if (norm[letters - 1] !== 'ل' || norm[letters] !== 'ل') return false
  const remainder = norm.slice(letters)
  // Without evidence for a word that begins with ل ("لبنان", "لندن"), ل + ال is the reading: it is far
  // the commoner, and the tokenizer's split says the same.
  return !(evidence && (isKnownName(remainder, evidence.gazetteer) || evidence.docWords.has(remainder)))
}
