import type { Entity, Span } from '../doc.ts'
import { normalizePhrase } from '../extract/clutter-rules.ts'
import { MAX_MONTH_WORDS, MONTHS } from '../extract/month-names.ts'
import { readCredit } from '../extract/read-credit.ts'
import { siteNameForms } from '../extract/site-name-words.ts'

/**
 * Where the news begins in a sentence that opens with a dateline: "دمشق، سوريا (CNN) -- أكدت جهات …", "القاهرة - (أ ش أ):
 * …", "تونس 12 مارس (وات) - بلغت …", "الكويت - 18 - 11 (كونا) -- ألقى …", "عمّان ـ “رأي اليوم” ـ طارق الفايد: قرّرت …",
 * "المصدر أونلاين - خاص - وقّعت …", "{بغداد: الفرات نيوز} أعلنت …". A summary shows the news, not where it was filed from.
 *
 * The dateline is read as a run of short parts, joined by spaces or separators, that ends on a separator: a place the names
 * found, the page's own name (the site name), an agency, a source in brackets, quotes or guillemets, a date, "خاص"
 * (exclusive), and last, after a place, a source or "خاص", the desk's or reporter's words before a colon ("نواكشوط -
 * الأخبار:", "ـ طارق الفايد:"). It is read only with evidence: it must open
 * with a place the names found or with the site's name, so an opening that is a clause ("أكدت الوزارة: …", "كشفت هيئة
 * المناطق الحرة – قطر عن …") stays; and a wire service's day and name may end it without a separator ("دبي في 14 نوفمبر/
 * وام/ أصدر …", "الرياض 18 جمادى الأولى 1446 هـ الموافق 20 نوفمبر 2024 م واس أعلنت …").
 */
const PATTERNS = {
  leadingSpace: /^[\s"“«]*/u,
  /** A dateline's own opening bracket, closed after its parts: "{بغداد: الفرات نيوز} أعلنت". */
  openBrace: /^[{[]\s*/u,
  closeBrace: /^\s*[}\]]\s*/u,
  /** A separator that may end a dateline: a dash of any kind (the tatweel "ـ" too), a colon, a slash, a pipe. */
  finalSeparator: /^\s*(?:-{2}|[-–—ـ]|\/{1,2}|\||:)\s*/u,
  /** A comma joins two parts ("دمشق، سوريا", "عمّان، 10 حزيران/يونيو 2026") but never ends a dateline. */
  comma: /^\s*[،,]\s*/u,
  space: /^\s+/u,
  /** A source in brackets, quotes or guillemets: "(CNN)", "((عدن الغد))", "«القدس العربي»", "“رأي اليوم”". */
  bracketed: /^(?:\(\(?[^()\n]{1,30}\)\)?|«[^«»\n]{1,30}»|“[^“”\n]{1,30}”|"[^"\n]{1,30}")/u,
  /** Only brackets after the dateline's end: quotes there open the news or the site's name ("القدس - "القدس" دوت كوم -"). */
  parenthesized: /^\(\(?[^()\n]{1,30}\)\)?/u,
  /** A numeric date: "20-11-2024", "12-3-2026", "14/5/2026"; or a wire's day and month before its name, "18 - 11 (كونا)". */
  numericDate: /^(?:\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}|\d{1,2}\s*-\s*\d{1,2}(?=\s*[(«"“]))/u,
  /** A day before its month ("12 مارس"); the month itself is looked up in MONTHS. */
  day: /^\d{1,2}\s+/u,
  /** After a month: another spelling of it after a slash ("حزيران/يونيو", "أيار/ مايو"). */
  monthSlash: /^\s*\/\s*/u,
  /** After the day and month: the year, with its calendar's letter ("2024", "1446 هـ", "2024م"). */
  year: /^\s+\d{4}(?:\s*(?:م|هـ))?(?![\p{L}\p{N}])/u,
  /** One word: letters, digits and joiners, no separator. */
  word: /^[^\s()[\]{}«»"“”،,:؛.\-–—ـ/|]+/u,
  /** A word of the site's name, perhaps in quotes: the paper's name in '"القدس" دوت كوم'. */
  quotedWord: /^["“«]?[^\s()[\]{}«»"“”،,:؛.\-–—ـ/|]+["”»]?/u,
  /** A name quoted whole: a source in quotes ("عمّان ـ “رأي اليوم” ـ طارق الفايد:"), after which a reporter may sign. */
  quotedWhole: /^["“«][^]*["”»]$/u,
  /** After an unconfirmed place: a colon or a dash, not a slash or a pipe. */
  placeSeparator: /^\s*(?:-{2}|[-–—ـ]|:)\s/u,
  digit: /\p{N}/u,
  /** The colon after a reporter's name, which ends the dateline. */
  colon: /^\s*:\s*/u,
  /** "من" before the place a correspondent writes from: "إيلاف من لندن:". */
  from: /^من\s+/u,
  /** The rest must open with a word or a quote, not a separator or a stray bracket. */
  restStart: /^[\p{L}"“«]/u,
  /**
   * Or, after the place, a wire service's stamp: a date ending on a number or a number and its month, then the agency
   * right after it, with or without slashes: "دبي في 14 نوفمبر/ وام/", "المنامة في 20 نوفمبر/ بنا/", "الرياض 18 جمادى الأولى
   * 1446 هـ الموافق 20 نوفمبر 2024 م واس".
   */
  wireTail: /^\s*(?:في\s+)?[^.،:\n]{0,60}?\d{1,4}(?:\s*(?:م|هـ)|\s+[^\s\d/.،:]+)?\s*\/?\s*(?:وام|واس|بنا|قنا|كونا|سانا|وفا|بترا|العمانية|سبأ|سونا)(?:\s*\/)?\s+/u,
} as const

/** A sentence this short after its dateline is not trimmed: the dateline was most of it. */
const MIN_REST = 20

/** A dateline is a few short parts: longer, the opening is prose. */
const MAX_DATELINE_CHARS = 90
const MAX_PARTS = 7
/** The site's name and a reporter's name are a few words. */
const MAX_NAME_WORDS = 3
/** A place no name confirms is at most two words ("اسلام آباد"). */
const MAX_UNCONFIRMED_WORDS = 2

type PartKind = 'place' | 'site' | 'source' | 'date' | 'exclusive' | 'reporter'

interface Part {
  kind: PartKind
  end: number
}

/** What the dateline reader knows of the article: the names found, the site's name. */
export interface DatelineContext {
  entities?: readonly Entity[]
  siteName?: string
  /**
   * The article's language gets no names, and this sentence opens its first paragraph: one or two words before a colon or
   * a dash may then be the place, unconfirmed ("لاہور: صوبائی دارالحکومت …", "اسلام آباد — …", "هرات (پژواک): …"), the way
   * Urdu, Sindhi, Pashto and Persian papers open their first paragraph.
   */
  placeUnconfirmed?: boolean
  /**
   * With `placeUnconfirmed`: the language's papers may also close the dateline with the source in brackets, no separator
   * after it ("لاہور (نامہ نگار) پنجاب کابینہ نے …", "کراچی (عاطف رضا) شہر کو …", Sindhi "حيدرآباد (اسٽاف رپورٽر) …"): Urdu
   * and Sindhi (BRACKET_DATELINE_LANGUAGES).
   */
  bracketCloses?: boolean
}

/** The languages whose papers close a dateline with its source in brackets: Urdu, Sindhi. */
export const BRACKET_DATELINE_LANGUAGES: ReadonlySet<string> = new Set(['ur', 'sd'])

/**
 * Urdu and Sindhi postpositions and "and": after a bracket they show that the words before it are the sentence's subject with
 * its short form ("نیپرا (NEPRA) نے …", "اوگرا (آئل اینڈ گیس ریگولیٹری اتھارٹی) کی …"), not a place and its reporter.
 */
const POSTPOSITIONS: ReadonlySet<string> = new Set([
  'نے', 'کی', 'کا', 'کے', 'کو', 'میں', 'سے', 'پر', 'تک', 'اور', 'بھی', 'جي', 'جو', 'جا', '۾', 'کي', 'تي', 'کان', 'سان', '۽',
])

/** The start of `sentence` after its dateline, or its own start when it has none. */
export function datelineEnd(text: string, sentence: Span, context: DatelineContext = {}): number {
  const places = new Map<number, number>()
  for (const entity of context.entities ?? []) {
    if (entity.type !== 'place') continue
    for (const m of entity.mentions) if (m.start >= sentence.start && m.end <= sentence.end) places.set(m.start, Math.max(m.end, places.get(m.start) ?? 0))
  }
  const sites = context.siteName ? siteNameForms(context.siteName) : new Set<string>()
  const unconfirmed = context.placeUnconfirmed ?? false
  const reader = new DatelineReader(text, sentence, places, sites, unconfirmed, unconfirmed && (context.bracketCloses ?? false))
  const start = reader.read()
  return start !== undefined && sentence.end - start >= MIN_REST ? start : sentence.start
}

/** The part that reaches furthest, if any. */
function longest(parts: (Part | undefined)[]): Part | undefined {
  let best: Part | undefined
  for (const part of parts) if (part && (!best || part.end > best.end)) best = part
  return best
}

class DatelineReader {
  constructor(
    private readonly text: string,
    private readonly sentence: Span,
    /** Place mentions in the sentence: start → end. */
    private readonly places: ReadonlyMap<number, number>,
    private readonly sites: ReadonlySet<string>,
    private readonly placeUnconfirmed: boolean,
    private readonly bracketCloses: boolean,
  ) {}

  /** Where the news starts, or undefined when the sentence opens with no dateline. */
  read(): number | undefined {
    const opening = this.sentence.start + this.match(PATTERNS.leadingSpace, this.sentence.start)
    const brace = this.match(PATTERNS.openBrace, opening)
    let at = opening + brace
    const first = longest([this.place(at), this.site(at)]) ?? (this.placeUnconfirmed ? this.openingWords(at) : undefined)
    if (!first) return this.bracketCloses ? this.placeThenBracket(at) : undefined
    const wire = this.wireEnd(first)
    if (wire !== undefined) return wire
    let end: number | undefined
    let previous: Part = first
    at = first.end
    for (let parts = 1; parts <= MAX_PARTS && at - opening <= MAX_DATELINE_CHARS; parts++) {
      if (brace) {
        const close = this.match(PATTERNS.closeBrace, at)
        if (close) return this.after(at + close)
      }
      const final = this.match(PATTERNS.finalSeparator, at)
      if (final) end = at + final
      const joiner = final || this.match(PATTERNS.comma, at) || this.match(PATTERNS.space, at)
      if (!joiner) break
      const next = this.part(at + joiner, previous, Boolean(final))
      if (!next) break
      // Only a separator may come before a reporter's name, and only a colon after it.
      if (next.kind === 'reporter') return this.after(next.end)
      previous = next
      at = next.end
    }
    if (brace || end === undefined || end - opening > MAX_DATELINE_CHARS) return undefined
    return this.after(end)
  }

  /** The news after a dateline ending at `end`, after a source in brackets right after it ("اسلام آباد: (دنیا نیوز) …"). */
  private after(end: number): number | undefined {
    const source = this.match(PATTERNS.parenthesized, end)
    const start = source ? end + source + this.match(PATTERNS.space, end + source) : end
    return PATTERNS.restStart.test(this.text.slice(start, start + 1)) ? start : undefined
  }

  /** The next part of a dateline at `at`, after `previous`; `separated`: a separator (not a space or comma) stands before it. */
  private part(at: number, previous: Part, separated: boolean): Part | undefined {
    const from = this.match(PATTERNS.from, at)
    if (from) return this.place(at + from)
    // The longest reading: "فلسطين أون لاين" is the site's name, not the place "فلسطين" and two words.
    const known = longest([this.place(at), this.site(at), this.source(at), this.date(at), this.exclusive(at)])
    if (known) return known
    // A source or reporter signs after the place or a source, before a colon: "نواكشوط - الأخبار: بدأت", "عمّان ـ “رأي
    // اليوم” ـ طارق الفايد: قرّرت". (Not after the bare site name: "خبرني - الوزير: …" is the minister speaking.)
    // (Nor where no names are found: "تهران- ایرنا- وزیر نیرو گفت: …" is the minister speaking, in words no rule here reads.)
    if (separated && !this.placeUnconfirmed && previous.kind !== 'site' && previous.kind !== 'date') return this.reporter(at)
    return undefined
  }

  /** One or two words, then a source in brackets or not, then a colon or a dash: an unconfirmed place ("اسلام آباد:"). */
  private openingWords(at: number): Part | undefined {
    for (const { stop } of this.unconfirmedPlaces(at)) if (this.match(PATTERNS.placeSeparator, stop)) return { kind: 'place', end: stop }
    return undefined
  }

  /**
   * One or two words, then a source in brackets that closes the dateline, then the news: "لاہور (92 نیوز) صوبائی …". Not
   * when a postposition follows the bracket: then the words were the subject ("نیپرا (NEPRA) نے …").
   */
  private placeThenBracket(at: number): number | undefined {
    for (const { stop, bracketed } of this.unconfirmedPlaces(at)) {
      if (!bracketed) continue
      const rest = stop + this.match(PATTERNS.space, stop)
      const next = this.match(PATTERNS.word, rest)
      return next && !POSTPOSITIONS.has(this.text.slice(rest, rest + next)) ? this.after(rest) : undefined
    }
    return undefined
  }

  /** The first one or two words at `at` (none with a digit), each with a source in brackets after it or not: where they stop. */
  private *unconfirmedPlaces(at: number): Generator<{ stop: number; bracketed: boolean }> {
    for (const { start, end } of this.words(at, MAX_UNCONFIRMED_WORDS)) {
      if (PATTERNS.digit.test(this.text[start]!)) return
      const gap = this.match(PATTERNS.space, end)
      const source = this.match(PATTERNS.parenthesized, end + gap)
      yield { stop: source ? end + gap + source : end, bracketed: source > 0 }
    }
  }

  private place(at: number): Part | undefined {
    const end = this.places.get(at)
    return end === undefined ? undefined : { kind: 'place', end }
  }

  /**
   * The page's own name, one to three words: "المصدر أونلاين", "سرايا" (on "وكالة سرايا الإخبارية"), a name quoted in part
   * ("القدس - "القدس" دوت كوم - بدأت …"); a name quoted whole is a source (source()).
   */
  private site(at: number): Part | undefined {
    const end = this.sites.size ? this.longestPhrase(at, MAX_NAME_WORDS, this.sites, PATTERNS.quotedWord) : undefined
    return end === undefined || PATTERNS.quotedWhole.test(this.text.slice(at, end)) ? undefined : { kind: 'site', end }
  }

  /** A source in brackets or quotes, or an agency's name ("رويترز", "سبأ", "ایرنا"). */
  private source(at: number): Part | undefined {
    const bracketed = this.match(PATTERNS.bracketed, at)
    if (bracketed) return { kind: 'source', end: at + bracketed }
    const word = this.match(PATTERNS.word, at)
    return word && readCredit(this.text.slice(at, at + word)) ? { kind: 'source', end: at + word } : undefined
  }

  /** "20-11-2024", "18 - 11" before the agency, "12 مارس", "10 حزيران/يونيو 2026", "8 أكتوبر 2024". */
  private date(at: number): Part | undefined {
    const numeric = this.match(PATTERNS.numericDate, at)
    if (numeric) return { kind: 'date', end: at + numeric }
    const day = this.match(PATTERNS.day, at)
    if (!day) return undefined
    let end = this.month(at + day)
    if (end === undefined) return undefined
    const slash = this.match(PATTERNS.monthSlash, end)
    const other = slash ? this.month(end + slash) : undefined
    if (other !== undefined) end = other
    return { kind: 'date', end: end + this.match(PATTERNS.year, end) }
  }

  /** The end of a month's name at `at` (one or two words: "مارس", "تشرين الأول"). */
  private month(at: number): number | undefined {
    return this.longestPhrase(at, MAX_MONTH_WORDS, MONTHS)
  }

  /** The end of the longest phrase of one to `maxWords` words at `at` whose normalised form `known` holds. */
  private longestPhrase(at: number, maxWords: number, known: { has(phrase: string): boolean }, word = PATTERNS.word): number | undefined {
    let found: number | undefined
    for (const { end } of this.words(at, maxWords, word)) if (known.has(normalizePhrase(this.text.slice(at, end)))) found = end
    return found
  }

  /** The first one to `maxWords` words at `at`, one by one: where each starts, and where the phrase up to it ends. */
  private *words(at: number, maxWords: number, pattern = PATTERNS.word): Generator<{ start: number; end: number }> {
    let end = at
    for (let words = 1; words <= maxWords; words++) {
      const start = end + (words > 1 ? this.match(PATTERNS.space, end) : 0)
      const word = this.match(pattern, start)
      if (!word) return
      end = start + word
      yield { start, end }
    }
  }

  private exclusive(at: number): Part | undefined {
    const word = this.match(PATTERNS.word, at)
    return word && this.text.slice(at, at + word) === 'خاص' ? { kind: 'exclusive', end: at + word } : undefined
  }

  /** One to three words, then a colon: the dateline ends after the colon. */
  private reporter(at: number): Part | undefined {
    for (const { end } of this.words(at, MAX_NAME_WORDS)) {
      const colon = this.match(PATTERNS.colon, end)
      if (colon) return { kind: 'reporter', end: end + colon }
    }
    return undefined
  }

  /** The wire stamp right after the opening place: "دبي في 14 نوفمبر/ وام/ أصدر …". */
  private wireEnd(first: Part): number | undefined {
    if (first.kind !== 'place') return undefined
    const wire = PATTERNS.wireTail.exec(this.text.slice(first.end, this.sentence.end))
    return wire ? first.end + wire[0].length : undefined
  }

  /** The length of `pattern`'s match at `at` (0 when none), within the sentence. */
  private match(pattern: RegExp, at: number): number {
    if (at >= this.sentence.end) return 0
    return pattern.exec(this.text.slice(at, this.sentence.end))?.[0].length ?? 0
  }
}
