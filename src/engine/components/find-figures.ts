import type { Entity, Figure } from '../doc.ts'
import type { Component } from '../pipeline.ts'
import { isEitherOr, parseCardinal, type CardinalMatch } from '../figures/parse-cardinal.ts'
import { parseDate } from '../figures/parse-date.ts'
import { MONTH_NAMES } from '../figures/calendar-words.ts'
import { parseOrdinal } from '../figures/parse-ordinal.ts'
import { parseTime } from '../figures/parse-time.ts'
import { yearLike } from '../figures/reads-as-year.ts'
import { findApprox } from '../figures/qualifiers.ts'
import { scanTokens } from '../figures/scan-tokens.ts'
import { TokenView } from '../figures/token-view.ts'
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_WORDS, PERSON_WORDS, TIME_UNIT_WORDS } from '../figures/unit-words.ts'
import { splitDigitGroups } from '../figures/digit-value.ts'
import { isDayPartLead, isStarterWord } from '../figures/figure-starters.ts'

/** A figure before its text is cut: token range plus the fields of Figure. */
interface Candidate extends Omit<Figure, 'text'> {
  from: number
  to: number
}

/** Letters that may be glued before digits without making them part of a word ("و20", "الـ36", "ب2.5"). */
const CLITICS_BEFORE_DIGITS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'بال', 'لل', 'فال', 'كال', 'وب', 'ول'])

/** Letters that may be glued after digits: era and unit abbreviations ("2023م", "5كم"). */
const SUFFIXES_AFTER_DIGITS = new Set(['م', 'ه', 'كم', 'كلم', 'سم', 'ملم', 'مم', 'كغ', 'كجم'])

/** Names that take a number and are not figures: "كوفيد 19", "إف 16", "فرانس 24", "جي 7". */
const NAME_HEADS = new Set([
  'كوفيد', 'فرانس', 'اف', 'ميغ', 'ميج', 'سو', 'اس', 'جي', 'بي', 'تي', 'ام', 'سي', 'ايه', 'اي', 'في', 'بوينغ', 'بوينج',
  'ايرباص', 'ايفون', 'غالاكسي', 'ويندوز', 'بلايستيشن', 'فورمولا', 'ابولو', 'سويوز', 'صاروخ',
])
// "في" (in) is not a name head: it is listed by mistake-proof removal below.
NAME_HEADS.delete('في')

/** Words after which a bare four-digit number is a year ("في 2023", "منذ 2020"). */
const YEAR_CUES = new Set([
  'في', 'منذ', 'خلال', 'حتي', 'مطلع', 'اوائل', 'اواخر', 'نهايه', 'بدايه', 'منتصف', 'قبل', 'بعد', 'وفي', 'ومنذ', 'عامي', 'بين', 'بحلول',
  'وبحلول', 'وحتي', 'وخلال',
  // An event or a plan named by its year: "كأس العالم 2034", "رؤية 2030", "أولمبياد 2024", "إكسبو 2020".
  'العالم', 'مونديال', 'اولمبياد', 'اكسبو', 'رؤيه', 'لرؤيه', 'ورؤيه',
])

/**
 * Parts of a year said before "من" + a year: "الربع الأول من 2025", "النصف الثاني من 2023", "مطلع يونيو من
 * 2024" (a month name is the word before "من" or the one before that).
 */
const PARTS_OF_YEAR = new Set([
  'الربع', 'النصف', 'الثلث', 'الشهر', 'الاشهر', 'الشهور', 'الاسبوع', 'الاسابيع', 'الفصل', 'الموسم', 'مطلع', 'اوائل',
  'اواخر', 'نهايه', 'بدايه', 'منتصف', 'صيف', 'شتاء', 'ربيع', 'خريف', 'الصيف', 'الشتاء', 'الربيع', 'الخريف',
  ...MONTH_NAMES.filter((m) => !m.ambiguous && m.words.length === 1).map((m) => m.words[0]!),
])

/** Token k is "من" and a part of a year is one or two words before it ("الربع [الأول] من"). */
function isPartOfYearBefore(view: TokenView, k: number): boolean {
  if (!view.isWord(k, 'من') || !view.joins(k)) return false
  for (let back = 1; back <= 2; back++) {
    const word = view.word(k - back)
    if (word === undefined || !view.joins(k - back + 1)) return false
    if (PARTS_OF_YEAR.has(word) || PARTS_OF_YEAR.has(withoutProclitics(word))) return true
  }
  return false
}

/** "والنصف" → "النصف", "للربع" → "الربع", "بالصيف" → "الصيف" (normalised words). */
function withoutProclitics(word: string): string {
  const bare = word.replace(PATTERNS.conjunction, '')
  return bare.startsWith('لل') ? 'ال' + bare.slice(2) : bare.replace(PATTERNS.prepositionBeforeArticle, '')
}

/** Percent words after a number: "في المئة", "بالمئة", "بالمائة". */
const PERCENT_WORDS: string[][] = [
  ['في', 'المئه'], ['في', 'المائه'], ['في', 'الميه'], ['في', 'المايه'], ['بالمئه'], ['بالمائه'], ['بالميه'], ['بالمايه'], ['بالمية'],
]

/** Words before a number that make it a percentage without a sign ("بنسبة 10" → 10 %). */
const RATIO_WORDS = new Set(['نسبه', 'بنسبه', 'ونسبه', 'النسبه'])

/** Words that open a range before its first number: "بين 10 و20", "من 5 إلى 7". */
const RANGE_OPENERS = new Set(['بين', 'من', 'ما', 'وبين', 'ومن'])

/** Words that open a bare duration: "لمدة ساعة", "طوال أسبوع". */
const DURATION_CUES = new Set(['لمده', 'مده', 'طوال', 'طيله', 'لفتره'])
/** Cues after which a unit with the article is one whole of it ("طوال اليوم", all day); after "مدة" it is that one ("مدة العقد", the contract's term). */
const WHOLE_CUES = new Set(['طوال', 'طيله'])

/** Plural time units, which may come before their count ("الأيام الثلاثة"). */
const PLURAL_TIME_UNITS = new Set(['ثوان', 'ثواني', 'دقائق', 'ساعات', 'ايام', 'اسابيع', 'اشهر', 'شهور', 'سنوات', 'سنين', 'اعوام', 'عقود', 'قرون'])

/** Singular nominative time units: alone after a cue they mean one ("لمدة ساعة"). */
const SINGULAR_TIME_UNITS = new Set(['ثانيه', 'دقيقه', 'ساعه', 'يوم', 'اسبوع', 'شهر', 'سنه', 'عام', 'عقد', 'قرن'])

/** Heads of places named after a date: a city, a district, a street, a bridge, a square (normalised). */
const DATE_NAMED_PLACE_HEADS = new Set(['مدينه', 'حي', 'شارع', 'جسر', 'كوبري', 'ميدان', 'محطه', 'محور', 'مدرسه'])

/** Quotation marks around a title. */
const QUOTES = ['"', '«', '»', '“', '”', "'"]

/**
 * A lone "واحد" is a pronoun more often than a count ("أي واحد", "واحد تلو الآخر"); a lone "اثنا" / "اثني"
 * is half of a teen ("اثنا عشر") or, normalised, the verb "أثنى" (praised: "وأثنى الوزير على …").
 */
const WEAK_SINGLES = new Set(['واحد', 'واحده', 'احد', 'احدي', 'اثنا', 'اثني', 'اثنتا', 'اثنتي'])

const PATTERNS = {
  latin: /^[A-Za-z]/u,
  /** A form of "name" (اسم) with its clitics, normalised: "باسمه الأول" is "by his first name". */
  nameWord: /^[وف]?[بل]?(?:ال)?اسم(?:ه|ها|هم|ي)?$/u,
  /**
   * "الربع", "بالربع", "والنصف", "للربع": a quarter or a half with the article, after any clitics
   * (normalised; after ل the article's alef drops).
   */
  periodPart: /^(?:و|ف)?(?:(?:ب|ك)?ال|لل)(?:ربع|نصف)$/u,
  /** A leading "و" or "ف" (and), before a word of three letters or more. */
  conjunction: /^[وف](?=...)/u,
  /** "ب", "ك" or "ل" right before the article. */
  prepositionBeforeArticle: /^[بكل](?=ال)/u,
  digitsOnly: /^\d+$/u,
  /** "الاثنين" / "يوم اثنين": Monday, not two. */
  monday: /^(?:[وفبل]?ال)?اثنين$/u,
  /** A bare four-digit number that can be a year of our era. */
  modernYear: /^(19|20)\d\d$/u,
  /** What stands between the first day of a range and the date that names its month. */
  dateRangeConnector: /^\s*(?:-|–|إلى|الى|حتى|حتي|و)\s*$/u,
} as const

function isDigitsInsideWord(view: TokenView, i: number): boolean {
  const t = view.at(i)!
  const prev = view.at(i - 1)
  if (t.glued && prev) {
    if (prev.type === 'word' && !CLITICS_BEFORE_DIGITS.has(prev.norm)) return true
    // "إف-16", "S-400": a hyphen glued between letters and digits is part of a name.
    if (prev.type === 'symbol' && prev.norm === '-' && prev.glued && view.at(i - 2)?.type === 'word') return true
  }
  const next = view.at(i + 1)
  if (next && next.glued && next.type === 'word' && !SUFFIXES_AFTER_DIGITS.has(next.norm)) return true
  const before = view.word(i - 1)
  if (before !== undefined && !t.glued && view.joins(i) && (NAME_HEADS.has(before) || PATTERNS.latin.test(before)) && !isThatIs(view, i - 1)) return true
  return false
}

/** "أي 75 ميلا": "that is", written with hamza, not the letter I of "آي 7" (both normalise to اي). */
function isThatIs(view: TokenView, i: number): boolean {
  const t = view.at(i)!
  return view.text.slice(t.start, t.end) === 'أي'
}

/** The most words a unit of the tables spells ("درجات على مقياس ريختر"). */
const MAX_UNIT_WORDS = 4

function lookupWords(view: TokenView, i: number, table: Record<string, unknown>): { to: number; key: string } | undefined {
  const w1 = view.word(i)
  if (w1 === undefined || !view.joins(i)) return undefined
  // Longest first: "كيلومترا في الساعة" (a speed), "درجات على مقياس ريختر", then "كيلو متر", then one word.
  let key = w1
  const keys: { to: number; key: string }[] = []
  for (let k = 1; k < MAX_UNIT_WORDS; k++) {
    const w = view.word(i + k)
    if (w === undefined || !view.joins(i + k)) break
    key = `${key} ${w}`
    keys.push({ to: i + k + 1, key })
  }
  for (let k = keys.length - 1; k >= 0; k--) if (table[keys[k].key] !== undefined) return keys[k]
  // Forms with the article are listed where they occur ("3 الساعات"); stripping it generally would read
  // "أخماس العقد" (of the contract) as decades.
  if (table[w1] !== undefined) return { to: i + 1, key: w1 }
  return undefined
}

function matchSequence(view: TokenView, i: number, words: string[]): number | undefined {
  for (let k = 0; k < words.length; k++) if (!view.joins(i + k) || view.word(i + k) !== words[k]) return undefined
  return i + words.length
}

/** "واحد من ثلاثة", "جزء من مئة", "١ على مئة وواحد وعشرون": a fraction written as parts. */
function readFractionOf(view: TokenView, c: CardinalMatch): CardinalMatch | undefined {
  let j = c.to
  let numerator = c.value
  if (view.isWord(j, 'جزء', 'اجزاء') && view.joins(j)) j++
  const word = view.word(j)
  if (!view.joins(j) || (word !== 'من' && word !== 'علي')) return undefined
  const partsWord = j > c.to
  // "X من Y" only for one (واحد من ثلاثة) or with جزء; "X على Y" only with words (3 على 1 is a score).
  if (word === 'من' && !partsWord && c.value !== 1) return undefined
  const d = parseCardinal(view, j + 1, { article: false })
  if (!d || d.value === 0) return undefined
  if (word === 'علي' && !c.words && !d.words) return undefined
  if (word === 'من' && !d.words && !partsWord) return undefined
  if (numerator === 0) numerator = 1
  return { ...c, to: d.to, end: d.end, value: numerator / d.value, single: false }
}

function cardinalAt(view: TokenView, i: number): CardinalMatch | undefined {
  const t = view.at(i)!
  if (t.type === 'word' && t.norm === 'جزء' && view.isWord(i + 1, 'من')) {
    const d = parseCardinal(view, i + 2, { article: false })
    if (d && d.value) return { from: i, to: d.to, start: t.start, end: d.end, value: 1 / d.value, words: true, article: false, single: false }
  }
  const c = parseCardinal(view, i)
  if (!c) return undefined
  return readFractionOf(view, c) ?? c
}

/** A number and what follows it: a percent sign, a currency, a measure, a time unit or counted people. */
function readNumeric(view: TokenView, i: number): Candidate | undefined {
  const t = view.at(i)!
  // A currency symbol glued before the digits: "$500".
  let symbolCurrency: string | undefined
  let startTok = i
  if (t.type === 'symbol' && CURRENCY_SYMBOLS[t.norm] && view.at(i + 1)?.type === 'number' && view.at(i + 1)!.glued) {
    symbolCurrency = CURRENCY_SYMBOLS[t.norm]
    startTok = i + 1
  }
  // A percent sign written before the digits in a right-to-left run: "%25".
  let percentBefore = false
  if (t.type === 'symbol' && (t.norm === '%' || t.norm === '٪') && view.at(i + 1)?.type === 'number' && view.at(i + 1)!.glued && !view.at(i + 2)?.glued) {
    percentBefore = true
    startTok = i + 1
  }
  const first = view.at(startTok)!
  if (first.type === 'number' && isDigitsInsideWord(view, startTok) && !symbolCurrency && !percentBefore) return undefined
  // A sign glued to a word or number before it is a hyphen ("إف-16", "1000-5000"), not a minus.
  if (t.type === 'symbol' && (t.norm === '-' || t.norm === '+' || t.norm === '−') && t.glued && view.at(i - 1)?.type !== 'symbol') return undefined
  const c = cardinalAt(view, startTok)
  if (!c) return undefined
  // "الـ36 عامًا": the article glued to the digits stays inside the span (annotation convention).
  const glued = view.at(startTok - 1)
  if (first.type === 'number' && first.glued && glued?.type === 'word' && glued.norm.endsWith('ال') && !symbolCurrency && !percentBefore) {
    c.start = view.offsetAfter(startTok - 1, glued.norm.slice(0, -2))
    c.from = startTok - 1
  }
  const firstWord = view.word(c.from)
  if (c.single && firstWord !== undefined && view.readings(c.from).some((r) => WEAK_SINGLES.has(r.rest)) && c.to === c.from + 1) return undefined
  // "فيلم «الست»": one number word alone in quotes is a title (the lady), not six.
  if (c.single && c.to === c.from + 1 && view.isSymbol(c.from - 1, ...QUOTES) && view.isSymbol(c.to, ...QUOTES)) return undefined
  // "يوم الاثنين", "الاثنين": the weekday, not two.
  if (c.single && firstWord !== undefined && PATTERNS.monday.test(firstWord) && (c.article || view.isWord(c.from - 1, 'يوم'))) return undefined
  // خمس/سبع/تسع/عشر before a definite noun is a fraction ("خمس الفطيرة"); otherwise the count.
  let value = c.value
  const startOffset = symbolCurrency || percentBefore ? t.start : c.start
  const base: Candidate = { from: symbolCurrency || percentBefore ? i : c.from, to: c.to, start: startOffset, end: c.end, kind: 'number', value }
  if (percentBefore) return { ...base, kind: 'percent' }
  if (symbolCurrency) return { ...base, kind: 'money', currency: symbolCurrency }
  let j = c.to
  // Digit groups that make no single number (192.168.1.2) are not one figure: the caller splits them.
  // Percent.
  if (view.isSymbol(j, '%', '٪') && view.joins(j)) return { ...base, to: j + 1, end: view.at(j)!.end, kind: 'percent' }
  for (const words of PERCENT_WORDS) {
    const to = matchSequence(view, j, words)
    if (to !== undefined) return { ...base, to, end: view.at(to - 1)!.end, kind: 'percent' }
  }
  // Currency: word or symbol after, with a nationality adjective that picks the code.
  if (view.isSymbol(j, '$', '€', '£', '¥', '₪') && view.joins(j)) {
    return { ...base, to: j + 1, end: view.at(j)!.end, kind: 'money', currency: CURRENCY_SYMBOLS[view.at(j)!.norm] }
  }
  const cw = view.word(j)
  if (cw !== undefined && view.joins(j) && CURRENCY_WORDS[cw]) {
    const entry = CURRENCY_WORDS[cw]
    let currency = entry.code
    let to = j + 1
    const adj = view.word(to)
    if (adj !== undefined && view.joins(to) && (entry.by?.[adj] || (cw === 'جنيه' && adj === 'استرليني'))) {
      currency = entry.by?.[adj] ?? 'GBP'
      to++
    }
    const money: Candidate = { ...base, to, end: view.at(to - 1)!.end, kind: 'money' }
    if (currency) money.currency = currency
    return money
  }
  // خمس before a definite noun is a fifth of it ("خمس الفطيرة", "خمس الساعة"), not five.
  const nextWord = view.word(j)
  if (c.single && firstWord !== undefined && ['خمس', 'سبع', 'تسع', 'عشر'].includes(firstWord) && nextWord?.startsWith('ال') && view.joins(j)) {
    value = { خمس: 1 / 5, سبع: 1 / 7, تسع: 1 / 9, عشر: 1 / 10 }[firstWord]!
    return { ...base, value }
  }
  // Measures.
  const measure = lookupWords(view, j, MEASURE_WORDS)
  if (measure) return { ...base, to: measure.to, end: view.at(measure.to - 1)!.end, kind: 'quantity', unit: MEASURE_WORDS[measure.key] }
  // Time units: a duration ("ثلاثة أسابيع", "36 عامًا", "5 دقائق").
  const timeUnit = lookupWords(view, j, TIME_UNIT_WORDS)
  // "القرن العشرين ساعة الكوارتز": a number with the article before a singular unit is an ordinal
  // reading, not a duration; "الثلاث سنوات" and "الـ36 عامًا" take plural or accusative units.
  const definiteBeforeSingular = c.article && timeUnit !== undefined && SINGULAR_TIME_UNITS.has(timeUnit.key)
  if (timeUnit && TIME_UNIT_WORDS[timeUnit.key].count === undefined && !definiteBeforeSingular) {
    return { ...base, to: timeUnit.to, end: view.at(timeUnit.to - 1)!.end, kind: 'duration', unit: TIME_UNIT_WORDS[timeUnit.key].unit }
  }
  // People counted: the noun stays outside the span.
  const pw = view.word(j)
  if (pw !== undefined && view.joins(j) && PERSON_WORDS.has(pw)) return { ...base, kind: 'count', unit: 'person' }
  // "بنسبة 10": a percentage without its sign.
  const before = view.word(base.from - 1)
  if (before !== undefined && RATIO_WORDS.has(before)) {
    // "بنسبة 15/100", "بنسبة 1/4": a fraction after the ratio word is 15 %, 25 %, not 0.15 %.
    const fraction = view.text.slice(c.start, c.end).includes('/')
    return { ...base, kind: 'percent', ...(fraction && value !== undefined ? { value: Math.round(value * 1e8) / 1e6 } : {}) }
  }
  // A bare four-digit year after a date word: "في 2023", "منذ 2020"; or after "من" closing a part of
  // a year: "الربع الأول من 2025", "منتصف يونيو من 2024".
  if (c.digits && PATTERNS.modernYear.test(c.digits) && before !== undefined && (YEAR_CUES.has(before) || isPartOfYearBefore(view, base.from - 1))) {
    return { ...base, kind: 'date', value: undefined, date: { year: value } }
  }
  return base
}

/** "أسبوعين", "ساعتين ونصف", "لمدة ساعة", "يوم كامل", "بضع ساعات": durations without a numeral. */
function readBareDuration(view: TokenView, i: number): Candidate | undefined {
  const t = view.at(i)!
  if (t.type !== 'word') return undefined
  // "الأسابيع الثلاثة الماضية", "الأيام العشرة": a unit with the article, then the count with the article.
  // Plural units only: "القرن العشرين" is the twentieth century.
  if (t.norm.startsWith('ال') && PLURAL_TIME_UNITS.has(t.norm.slice(2)) && view.joins(i + 1)) {
    const c = view.word(i + 1)?.startsWith('ال') ? parseCardinal(view, i + 1) : undefined
    if (c && c.article && c.value >= 2 && Number.isInteger(c.value)) {
      return { from: i, to: c.to, start: t.start, end: c.end, kind: 'duration', value: c.value, unit: TIME_UNIT_WORDS[t.norm.slice(2)].unit }
    }
  }
  for (const r of view.readings(i)) {
    const entry = TIME_UNIT_WORDS[r.rest]
    if (!entry) continue
    const start = view.offsetAfter(i, r.article ? r.pre : r.pre)
    let to = i + 1
    let value: number | undefined
    const singular = SINGULAR_TIME_UNITS.has(r.rest)
    if (entry.count !== undefined) value = entry.count
    // "طوال شهور الشتاء" says no number: only a singular unit after a cue is one.
    // With the article it is one only after "طوال" ("طوال اليوم"); "مدة العقد" is the contract's term.
    else if (singular && ((view.isWord(i - 1, ...DURATION_CUES) && (!r.article || view.isWord(i - 1, ...WHOLE_CUES))) ||
      (r.pre === 'ل' && !r.article && view.isWord(i + 1, 'كامل', 'كامله')))) {
      value = 1
      if (view.isWord(i + 1, 'واحد', 'واحده') && view.joins(i + 1)) to++
    } else if (singular && !r.article && view.isWord(i + 1, 'كامل', 'كامله', 'واحد', 'واحده') && view.joins(i + 1)) {
      value = 1
      to++
    } else if (!r.article && view.isWord(i - 1, 'بضع', 'بضعه', 'لبضع', 'لبضعه')) {
      // "بضع ساعات" (a few hours) is a numeral without a value; "عدة سنوات" and "منذ سنوات" say no number
      // and are not figures (annotation convention).
      value = undefined
    } else if (singular && !r.article && view.isWord(i + 1, 'ونصف', 'وربع')) value = 1
    else continue
    if (view.isWord(to, 'كامل', 'كامله') && view.joins(to)) to++
    if (view.isWord(to, 'ونصف', 'وربع') && view.joins(to)) {
      value = (value ?? 1) + (view.word(to) === 'ونصف' ? 0.5 : 0.25)
      to++
    }
    const figure: Candidate = { from: i, to, start, end: view.at(to - 1)!.end, kind: 'duration', unit: entry.unit }
    if (value !== undefined) figure.value = value
    return figure
  }
  return undefined
}

/** Extends a figure to a range: "بين 10 و20", "من 5 إلى 7", "1000-5000", "12 ألف دولار إلى 26 ألف دولار". */
function readRange(view: TokenView, first: Candidate): Candidate | undefined {
  if (first.value === undefined || first.kind === 'date' || first.kind === 'time') return undefined
  let j = first.to
  const word = view.word(j)
  const opener = view.word(first.from - 1)
  const openerBack = view.word(first.from - 2)
  const opened = (opener !== undefined && RANGE_OPENERS.has(opener)) || (openerBack !== undefined && RANGE_OPENERS.has(openerBack) && findApprox(view, first.from, first.from) !== undefined)
  let connector = false
  let slash = false
  if (view.isSymbol(j, '-', '–', '~', '—') && view.joins(j)) {
    connector = true
    j++
  } else if (view.isSymbol(j, '/') && view.joins(j) && first.kind === 'number') {
    connector = slash = true
    j++
  } else if ((word === 'الي' || word === 'حتي') && opened) {
    connector = true
    j++
  } else if (word === 'و' && (opener === 'بين' || opener === 'وبين')) {
    connector = true
    j++
  } else if (word !== undefined && word.startsWith('و') && word.length > 1 && (opener === 'بين' || opener === 'وبين')) {
    // "بين 10 و20" is handled by the glued و token; "بين عشرة وعشرين" by the word.
    const second = parseCardinal(view, j)
    if (second && second.value !== undefined) {
      const w = view.readings(j).find((r) => r.pre === 'و')
      if (w) connector = true
    }
  }
  if (!connector || !view.joins(j)) return undefined
  let second = view.at(j)?.type === 'number' || view.at(j)?.type === 'word' ? readNumeric(view, j) : undefined
  if (!second && view.word(j)?.startsWith('و')) {
    const c = parseCardinal(view, j)
    if (c) second = { from: j, to: c.to, start: c.start, end: c.end, kind: 'number', value: c.value }
  }
  if (!second || second.value === undefined || second.kind === 'date' || second.kind === 'time') return undefined
  // "19-20 نوفمبر": the second number is a day; the date recognizer takes it.
  if (parseDate(view, j) !== undefined) return undefined
  if (slash && !isEitherOr(first.value, second.value)) return undefined
  // "بركلات الترجيح 4-3", "فاز 2-1": a score, not a range (a range is written low to high).
  if (isScore(first.value, second.value)) return undefined
  const season = seasonYears(first.value, second.value)
  if (season && !first.unit && !second.unit && !first.currency && !second.currency) {
    return { from: first.from, to: second.to, start: first.start, end: second.end, kind: 'range', value: season[0], valueTo: season[1] }
  }
  return {
    from: first.from,
    to: second.to,
    start: first.start,
    end: second.end,
    // "5.25-5.5%", "بين 5% و10%": a range of percentages is a percentage with its upper bound.
    kind: first.kind === 'percent' || second.kind === 'percent' ? 'percent' : 'range',
    value: sharedScale(first.value, second.value),
    valueTo: second.value,
    ...(second.unit ?? first.unit ? { unit: second.unit ?? first.unit } : {}),
    ...(second.currency ?? first.currency ? { currency: second.currency ?? first.currency } : {}),
  }
}

/** Two small whole numbers, the second not larger: a match's score ("4-3", "1-1"). */
function isScore(a: number, b: number): boolean {
  return Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b >= 0 && a <= 20 && b <= a
}

/**
 * "2023-24" (and "24-2023", as a right-to-left text may store it): a season or fiscal year written with
 * its second year cut to two digits, the years [2023, 2024]; it was read as the range 24–2,023.
 */
function seasonYears(a: number, b: number): [number, number] | undefined {
  const [year, short] = yearLike(a) && b < 100 ? [a, b] : yearLike(b) && a < 100 ? [b, a] : []
  if (year === undefined || short !== (year + 1) % 100) return undefined
  return [year, year + 1]
}

/**
 * "بين 60 و100 ألف", "من 3 إلى 5 ملايين": Arabic says the scale once, after the second number. When
 * the second number is a count times a scale (100 ألف, not a bare ألف) and the first is a bare number
 * below that count's order, the first takes the scale too.
 */
function sharedScale(first: number, second: number): number {
  if (first >= 1000 || !Number.isInteger(first) || first <= 0) return first
  for (const scale of [1e12, 1e9, 1e6, 1e3]) {
    if (second < scale * 2 || second % scale !== 0) continue
    return first * scale < second * 10 ? first * scale : first
  }
  return first
}

/** Tokens that may begin a figure: a cheap test before the recognizers run. */
function mayStartFigure(view: TokenView, i: number, words: boolean): boolean {
  const t = view.at(i)!
  if (t.type === 'number') return true
  if (t.type === 'word') return words && (isStarterWord(t.norm) || isDayPartLead(view, i))
  return t.norm === '-' || t.norm === '+' || t.norm === '−' || t.norm in CURRENCY_SYMBOLS || t.norm === '%' || t.norm === '٪'
}

function longest(...candidates: (Candidate | undefined)[]): Candidate | undefined {
  let best: Candidate | undefined
  for (const c of candidates) if (c && (!best || c.end > best.end)) best = c
  return best
}

/**
 * Every figure in a text: numbers (digits in three scripts, words, fractions), ordinals, percentages, money,
 * quantities, counts of people, dates, times, durations and ranges, sorted and non-overlapping, with
 * UTF-16 offsets into `text`. Words of approximation become `approx` and stay outside the span.
 */
export interface FindFiguresOptions {
  /**
   * The text's language (BCP 47). The word grammar is Arabic; in Persian or Urdu text Arabic-looking words
   * mean other things (Persian "جوان" is "young", not June), so only figures that start with digits or a
   * symbol are read there. Default 'ar'.
   */
  lang?: string
}

export function findFiguresInText(text: string, options: FindFiguresOptions = {}): Figure[] {
  const view = new TokenView(text, scanTokens(text))
  const words = (options.lang ?? 'ar').split('-')[0] === 'ar'
  const out: Candidate[] = []
  for (let i = 0; i < view.length; ) {
    if (!mayStartFigure(view, i, words)) {
      i++
      continue
    }
    const t = view.at(i)!
    // "+١ ٢٢٢ ٢٢٢٢ ٢٢٢٢": a telephone number is not a figure.
    if (t.type === 'symbol' && t.norm === '+' && view.at(i + 1)?.type === 'number' && view.at(i + 2)?.type === 'number' && view.at(i + 3)?.type === 'number') {
      i += 4
      while (view.at(i)?.type === 'number') i++
      continue
    }
    const date = parseDate(view, i)
    // Digit groups that make no number (192.168.1.2): each group is its own number.
    if (!date && t.type === 'number' && !PATTERNS.digitsOnly.test(t.norm) && cardinalAt(view, i) === undefined && !isDigitsInsideWord(view, i)) {
      let offset = t.start
      for (const group of splitDigitGroups(t.norm)) {
        out.push({ from: i, to: i + 1, start: offset, end: offset + group.length, kind: 'number', value: Number(group) })
        offset += group.length + 1
      }
      i++
      continue
    }
    const time = parseTime(view, i)
    let numeric = readNumeric(view, i)
    if (numeric) numeric = readRange(view, numeric) ?? numeric
    let ordinal = parseOrdinal(view, i) ? toOrdinal(view, i) : undefined
    const duration = readBareDuration(view, i)
    const dateCandidate: Candidate | undefined = date && { from: date.from, to: date.to, start: date.start, end: date.end, kind: 'date', date: date.date }
    const timeCandidate: Candidate | undefined = time && { from: time.from, to: time.to, start: time.start, end: time.end, kind: 'time', time: time.time }
    // "العشرون", "التريليون" alone are ordinals; "الثلاث سنوات" is a count with the article.
    if (ordinal && numeric && numeric.end >= ordinal.end) {
      const bareWithArticle = numeric.kind === 'number' && numeric.end === ordinal.end && view.readings(i).some((r) => r.article && r.pre === '')
      if (bareWithArticle) numeric = undefined
      else ordinal = undefined
    }
    const best = longest(dateCandidate, timeCandidate, numeric, ordinal, duration)
    if (!best) {
      i++
      continue
    }
    if (isRoundOfFinal(view, best) || isDateNamedPlace(view, best)) {
      i = best.to
      continue
    }
    const part = partOfPeriod(view, best)
    if (part) {
      out.push(part)
      i = part.to
      continue
    }
    if (isPeriodPart(view, best)) {
      i = best.to
      continue
    }
    // "200 شخص على الأقل": for counted people the qualifier may follow the noun.
    const approx = findApprox(view, best.from, best.to) ?? (best.kind === 'count' ? findApprox(view, best.from, best.to + 1) : undefined)
    if (approx) best.approx = approx
    out.push(best)
    i = Math.max(best.to, i + 1)
  }
  return linkDateRanges(text, out).map(({ from: _from, to: _to, ...figure }) => ({ ...figure, text: text.slice(figure.start, figure.end) }) as Figure)
}

/**
 * "ربع النهائي", "نصف نهائي الكأس": the quarter- and semi-finals of a tournament are rounds, not a quarter
 * and a half of something (sports pages name them in every match report).
 */
function isRoundOfFinal(view: TokenView, figure: Candidate): boolean {
  return figure.to === figure.from + 1 && view.isWord(figure.from, 'ربع', 'نصف') && view.isWord(figure.to, 'نهائي', 'النهائي')
}

/**
 * "مدينة السادس من أكتوبر", "شارع 26 يوليو", "جسر 15 مايو": a date after a place's head names the place (a
 * city, street or bridge named after a day), it dates nothing.
 */
function isDateNamedPlace(view: TokenView, figure: Candidate): boolean {
  if (figure.kind !== 'date' || !figure.date?.month || !view.joins(figure.from)) return false
  const before = view.readings(figure.from - 1)
  return before.some((r) => !r.article && DATE_NAMED_PLACE_HEADS.has(r.rest))
}

/**
 * "الربع الثالث", "النصف الأول من العام": a quarter or a half of a year named by its ordinal is one figure,
 * the ordinal's, not the fraction ¼ or ½ beside an ordinal.
 */
function partOfPeriod(view: TokenView, figure: Candidate): Candidate | undefined {
  const word = view.word(figure.from)
  if (figure.to !== figure.from + 1 || word === undefined || !PATTERNS.periodPart.test(word) || !view.joins(figure.to)) return undefined
  const ordinal = toOrdinal(view, figure.to)
  if (!ordinal || ordinal.value === undefined || ordinal.value > 4) return undefined
  return { ...ordinal, from: figure.from, start: figure.start }
}

/** "الربع الأخير", "النصف الثاني": the fraction word names a part of a period, not ¼ or ½. */
function isPeriodPart(view: TokenView, figure: Candidate): boolean {
  const word = view.word(figure.from)
  return figure.to === figure.from + 1 && word !== undefined && PATTERNS.periodPart.test(word) && view.isWord(figure.to, 'الاخير', 'الماضي')
}

/**
 * Ordinals, except two idioms in which "first" counts nothing: "للمرة الأولى" (for the first time),
 * which the annotations leave out, and "الاسم الأول" (the first name).
 */
function toOrdinal(view: TokenView, i: number): Candidate | undefined {
  const o = parseOrdinal(view, i)
  if (!o) return undefined
  const before = view.word(i - 1)
  if (o.value <= 2 && before === 'للمره') return undefined
  if (o.value === 1 && before !== undefined && PATTERNS.nameWord.test(before)) return undefined
  return { from: o.from, to: o.to, start: o.start, end: o.end, kind: 'ordinal', value: o.value }
}

/** "بين 3 و 12 سبتمبر", "19-20 نوفمبر": the first day takes the month and year of the date after it. */
function linkDateRanges(text: string, figures: Candidate[]): Candidate[] {
  for (let k = 0; k + 1 < figures.length; k++) {
    const a = figures[k]
    const b = figures[k + 1]
    if (a.kind !== 'number' || b.kind !== 'date' || !b.date?.month || !b.date.day) continue
    if (a.value === undefined || !Number.isInteger(a.value) || a.value < 1 || a.value > 31 || a.value >= b.date.day) continue
    if (!PATTERNS.dateRangeConnector.test(text.slice(a.end, b.start))) continue
    figures[k] = { ...a, kind: 'date', value: undefined, date: { ...b.date, day: a.value } }
  }
  return figures.map((f) => {
    if (f.value === undefined) delete f.value
    return f
  })
}

/**
 * Figures that are words of a name are part of the name: "الخامس" in "شارع جورج الخامس", "24" in "فرانس 24",
 * "العشرين" in "مجموعة العشرين". The reader highlights the name, so the figures panel (and the summary's
 * count of figures) leaves them out too.
 */
function outsideNames(figures: Figure[], entities: readonly Entity[]): Figure[] {
  const names = entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start)
  if (names.length === 0) return figures
  let n = 0
  return figures.filter((figure) => {
    while (n < names.length && names[n].end <= figure.start) n++
    // Mentions do not overlap, so the first one ending after the figure's start is the only one that may hold it.
    return !(n < names.length && names[n].start <= figure.start && figure.end <= names[n].end)
  })
}

/** Figures of the doc's text; when the names ran before, those inside a name are left to the name. */
export const findFigures: Component<never, 'figures'> = {
  name: 'find-figures',
  requires: [],
  assigns: ['figures'],
  run: (doc) => {
    const figures = findFiguresInText(doc.text, { lang: doc.lang })
    return { ...doc, figures: doc.entities ? outsideNames(figures, doc.entities) : figures }
  },
}
