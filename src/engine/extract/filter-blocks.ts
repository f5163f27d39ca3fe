/**
 * Drops the boilerplate that survives into the article container, block by block: clutter lines named by
 * the rules (date lines, reading time, source links, share/follow lines, tags, comment rules, agency end
 * markers, image credits, video labels, pagination), meta lines (view counts, bare dates, "2min"),
 * headline repeats, link lists (teasers, tag clouds), chrome images and repeated images.
 * Also returns what it learnt on the way: bylines written as "كتب: …" and an agency credit line.
 */
import { CONTACT_LABELS, dropPressContacts } from './press-contacts.ts'
import type { BlockPiece } from './build-blocks.ts'
import { COMPILED_RULES, matchClutter, normalizePhrase } from './clutter-rules.ts'
import { parseDate, toIso } from './parse-date.ts'
import { MONTHS } from './month-names.ts'
import { cleanByline, exclusiveTo } from './clean-byline.ts'
import { readCredit } from './read-credit.ts'
import { kindBefore, SITE_KINDS, SITE_NAME_PARTS } from './site-name-words.ts'
import { isTimeStampLine } from './time-stamp-lines.ts'
import { countLetters, type LetterStats } from '../arabic/letters.ts'

/**
 * A text's opening section by its name ("مقدمة", "تمهيد"; Persian "مقدمه", Urdu "تمہید"): a paper's first heading, above
 * its first paragraph where a kicker would stand, and no kicker. Hand-written.
 */
const OPENING_SECTIONS: ReadonlySet<string> = new Set(
  ['مقدمة', 'المقدمة', 'تمهيد', 'توطئة', 'مدخل', 'مقدمه', 'پیشگفتار', 'تمہید', 'تعارف', 'ملخص تنفيذي', 'الملخص التنفيذي'].map(normalizePhrase),
)

const PATTERNS = {
  /** What follows the colon of a source line ("المصدر : الجزيرة + وكالات" → "الجزيرة + وكالات"). */
  sourceTail: /[:：]\s*(.{2,60})$/u,
  /** A bare time of day ("12:58" under teaser thumbnails). */
  timeOnly: /^\d{1,2} : \d{2}$/u,
  /** Sentence-final punctuation: a line that ends like prose is prose. */
  sentenceEnd: /[.!؟?۔…"»”]\s*$/u,
  /**
   * A byline written in the text: "كتب: فلان", "بقلم فلان", "حوار: فلان", "نویسنده: …". The nouns (حوار،
   * إعداد، تقرير) need their colon or dash: "تقرير الخبرة" is a subheading.
   */
  /** Bars around a line, at its ends only. */
  framingBars: /^\|\s*|\s*\|$/gu,
  bylineLine: /^(?:(?:كتبت|كتب|بقلم|نويسنده|نویسنده|نويسندگان|نویسندگان|تحریر|توسط)\s*:?|(?:حوار|اعداد|إعداد|تقرير|متابعة)\s*[:\-–/])\s*/u,
  /**
   * A contact line for readers, a phone or an address after a label ("لمزيد من المعلومات: مركز خدمة المواطنين – هاتف 05 447
   * 120 – …", a municipality's notice): the office's, not the text's.
   */
  contactLine: new RegExp(`^(?:${CONTACT_LABELS})[^.:]{0,40}:.{0,200}?(?:هاتف|الهاتف|تلفون|واتساب|البريد الإلكتروني|@)`, 'u'),
  /** An Arabic-script letter run into a digit: two elements' texts glued ("الخطيب18"). */
  letterThenDigit: /[\u0600-\u06FF]\d/u,
  lettersThenDigits: /([\u0600-\u06FF])(\d)/gu,
  /**
   * A Persian blog's "posted" line under the post, its date and writer: "نوشته شده در سه شنبه ۸ اردیبهشت ۱۴۰۵ساعت ۱۰:۲۰ توسط
   * حمید رستگار | نظرات (۴) | لینک ثابت" (Blogfa). The writer is the byline.
   */
  postedLine: /^(?:نوشته شده در|ارسال شده در)\s.{0,80}?توسط\s+([^|•·,،]{2,40}?)\s*(?:[|•·]|$)/u,
  /**
   * A portal's source line: the place, the reporter, the site and the date ("الدوحة- سامر عبد الحميد - إسلام أون لاين.نت/
   * 23-11-2005", Islamonline's 2005 pages). The reporter is the byline.
   */
  placeNameSourceDate: /^[^\s\-–—:،,./]{2,20}\s*[-–—]\s*((?:[^\s\-–—:،,./]+\s){1,3}[^\s\-–—:،,./]+)\s*[-–—]\s*[^/\d]{2,40}\/\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/u,
  /** A bullet before a name of two to four words opening the text: "● وليد الرفاعي" (Al-Jarida). */
  bulletName: /^[●•■▪◾]\s*((?:[^\s:،,.]+\s){1,3}[^\s:،,.]+)$/u,
  /** Bullets and dashes around a signature line. */
  signatureMarks: /^[\s●•■▪◾\-–—]+|[\s\-–—]+$/gu,
  /** A place, a colon and a name of two to four words: "بغداد: سرى حسن" (Al-Sabaah's byline line). */
  /** A reporter's name and the place filed from, in parentheses (Al-Ittihad: "عائشة الكعبي (دبي)"). */
  nameParenPlace: /^((?:[^\s()،,.:]+\s){1,3}[^\s()،,.:]+)\s*\([^()\d]{2,20}\)$/u,
  /** The place in parentheses closing a signature: "(دبي)". */
  placeInParentheses: /\s*\([^()\d]{2,20}\)\s*$/u,
  placeColonName: /^[^\s:،,.]{2,20}\s*:\s*((?:[^\s:،,.]+\s){1,3}[^\s:،,.]+)$/u,
  /**
   * A place, a slash or a dash, and a reporter alone at the head: "بغداد/ سيف الدين العبيدي" (Al-Mada), "مسقط - راشد الحبسي"
   * (Al-Roya), "تيارت: ع. عليوي" (Echaab, initials). The name has two to four words.
   */
  placeSlashName: /^[^\s:،,./\-–—ـ]{2,20}(?:\s[^\s:،,./\-–—ـ]{2,20})?\s*(?:\/|:|\s[-–—ـ])\s*((?:[^\s:،,/\-–—ـ]+\s){1,3}[^\s:،,/\-–—ـ]+)$/u,
  /**
   * A field's label opening a line of a details block ("اسم البرنامج: حوار الساعة", "تاريخ الحلقة: 8/5/2024", "ضيف الحلقة:
   * …", a programme's transcript page): the line is the text's, no place and reporter and no date line.
   */
  fieldLabel: /^(?:اسم|تاريخ|عنوان|موضوع|ضيف|ضيوف|مقدم|تقديم|مدة|رقم)\s[^:]{2,20}:/u,
  /**
   * A sign-off closing the story, who reported where and who edited ("تقرير ياسين بلحاج في تونس؛ تحرير دانيال هيل",
   * Reuters' "Reporting by …; Editing by …", as the browser translated it): a credit line, not the text.
   */
  reportingSignOff: /^(?:تقرير|تغطية|إعداد|اعداد|Reporting by|Additional reporting by)\s[^.!?؟]{3,160}[؛;]\s*(?:تحرير|Editing by)\s[^.!?؟]{3,80}$/u,
  /** A view counter inside a meta bar ("05-11-2024 | 21:40 … 3127 مشاهدة"). */
  /** A count of views, after its number or labelled before it ("2317 مشاهدة", DLE's "مشاهدات: 2 317"). */
  viewCount: /\d\s*(?:مشاهدة|مشاهدات|قراءة|views)(?:\s|$)|(?:مشاهدات|المشاهدات|قراءات|views)\s*:\s*\d/u,
  /** A gallery's slide counter alone on its line: "1 من 3", "٢ / ٥". */
  slideCounter: /^\s*[0-9٠-٩]{1,3}\s*(?:من|\/)\s*[0-9٠-٩]{1,3}\s*$/u,
  /** A heading numbered as an item of a list article: "6. جبل عكمة", "٣- …". */
  numberedHeading: /^\s*[0-9٠-٩۰-۹]{1,2}\s*[.\-–)]/u,
  /** A pager's counter: "الصفحة 2 من 3", "صفحه ۱ از ۳", "صفحہ 1 از 3", "Page 2 of 3" (on the normalised line). */
  pageCounter: /^(?:الصفحه|صفحه|page) \d{1,3} (?:من|از|of) \d{1,3}$/u,
  /** A summary box's label glued to the text it labels: "ملخصعلى …". */
  gluedSummaryLabel: /^\s*(?:ملخص|باختصار)(?=[\u0621-\u064A])/u,
  /** A paragraph opening on a quotation mark or a footnote's number. */
  quotedOrNoted: /^\s*(?:["“«”„]|\[\d{1,3}\])/u,
  /** A reference in a paper's list, in APA or Harvard form: "Hartley, M., & Moreno, L. (2022). Navigating …". */
  reference: /^\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?)+.{0,200}?\(\d{4}[a-z]?\)/u,
  /** A figure run into the word after it ("۱۴۰۳زمان"). */
  digitThenLetter: /(\p{Nd})(?=\p{L})/gu,
  /** Two Latin words run together where one span ends and the next begins ("7 min readMar 3, 2026"). */
  lowerThenUpper: /(\p{Ll})(?=\p{Lu})/gu,
  /** A label's colon, spaced by normalisation ("المصادر :"). */
  trailingColon: /\s*:$/u,
  /** A wire service's slug closing the copy: "كونا090945 جمت اكت 24". */
  wireSlug: /^(?:كونا|قنا|وام|واس|بنا|سانا|وفا)\d{4,}/u,
  /**
   * A wire service's sign-off with its editors' names: "وام/ريم الظاهري/محمد جاب الله" (WAM). The agency, then one to
   * three names of one to four words, slash-separated, no figure.
   */
  wireSignOff: /^(?:وام|واس|قنا|كونا|بنا|سانا|وفا|بترا|العمانية)\s*(?:\/\s*[^\d/.،:]{2,40}){1,3}$/u,
  /** A photographer's credit line of its own ("تصوير- كريم أحمد:", Masrawy's, under the writer's "كتب-" line). */
  photoCredit: /^(?:تصوير|عدسة)\s*[-–—:]\s*[^\s:،,.\-–—]+(?:\s[^\s:،,.\-–—]+){0,3}\s*:?$/u,
  /** The label that opens a publication stamp after other words on its line. */
  stampLabel: /\s(?:نشر في|نشرت في|نشر بتاريخ|تاريخ النشر|آخر تحديث)\s*:?/u,
  /** A time with the agency's zone, alone on its line: SPA's "14:25ت م" (Mecca time) after its end marker. */
  zonedTime: /^\d{1,2}\s*:\s*\d{2}\s*(?:ت\s*م|ت\s*غ|بتوقيت \S+)$/u,
  /** The stamp after editors' initials: "ع ق/ر ت 17/03/2024 11:42:07" (Petra). */
  initialsStamp: /\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u,
  /** A template's placeholder left unrendered: "{{ article.article_title }}" (Al-Seyassah's Vue page). */
  templatePlaceholder: /^(?:\{\{[^{}]*\}\}\s*)+$/u,
  /** A place of one or two words after a slash, ending a source: "شبكة أخبار الناصرية / ذي قار". */
  slashPlaceTail: /\s*\/\s*[^\s/\-–—ـ:]+(?:\s[^\s/\-–—ـ:]+)?$/u,
  /** A place of a word or two, the site's name in quotes, then a name of two to four words and a colon: "عدن «الأيام» وضاح الأحمدي:". */
  placeQuotedSiteName: /^[^\s«»"]{2,20}(?:\s[^\s«»"]{2,20})?\s+[«"]([^»"]{2,30})[»"]\s+((?:[^\s:«»]+\s){1,3}[^\s:«»]+)\s*:$/u,
  /** A speaker's name of one or two words, a colon, then his words: "العولقي: أزمة الكهرباء لن تُحل …". */
  speakerHeadline: /^([^\s:]{2,20}(?:\s[^\s:]{2,20})?):\s+(.{20,200})$/u,
  /** A paper's name after its kind: "صحيفة الثورة". */
  publicationKind: kindBefore(SITE_KINDS),
  /**
   * A source, a dash and a name of two to four words: "عنب بلدي – سامر العلي"; the dash may lean on the source and a colon
   * close the line, as in the Syrian papers' credit over the text ("تشرين- ميساء العلي:").
   */
  sourceDashName: /^(.{2,30}?)\s*[-–—]\s+((?:[^\s\-–—:]+\s){1,3}[^\s\-–—:]+)\s*:?$/u,
  /** A place and a dash opening a source's name: "نابلس- " of "نابلس- الحياة الجديدة". */
  leadingPlaceDash: /^[^\s\-–—ـ:]{2,20}(?:\s[^\s\-–—ـ:]{2,20})?\s*[ـ\-–—]\s*/u,
  /**
   * The dateline opening the first paragraph with the site's name and the reporter: "عمّان ـ “رأي اليوم” ـ طارق الفايد:
   * قرّرت …" (the place, the site, maybe quoted, then a name of two to four words and a colon).
   */
  datelineSiteReporter: /^[^:ـ\-–—«“"]{2,30}?\s*[ـ\-–—]\s*[«“"]?([^«»“”":ـ\-–—]{2,30}?)[»”"]?\s*[ـ\-–—]\s*((?:[^\s:ـ\-–—]+\s){1,3}[^\s:ـ\-–—]+)\s*:/u,
  /**
   * The site's name, a semicolon or colon, the writer and a dash opening a paragraph: "عصرایران؛ مهرداد کاویانی - وقتی …"
   * (Asriran, after the standfirst).
   */
  siteSemicolonReporter: /^([^\s؛:;]{2,20}(?:\s[^\s؛:;]{2,20})?)\s*[؛;:]\s*((?:[^\s؛:;\-–—]+\s){1,3}[^\s؛:;\-–—]+)\s*[-–—]\s/u,
  /** A place, a dash and a source: "أبوظبي - سكاي نيوز عربية", "(دبي - البيان)". */
  placeDashSource: /^\(?\s*[^\s()\-–—:]+(?:\s[^\s()\-–—:]+)?\s*[-–—]\s*([^()]{2,40}?)\s*\)?$/u,
  /** The same the other way round, the source first: "بي بي سي - وادي الأردن" (BBC Arabic 2007's line under the writer). */
  sourceDashPlace: /^([^()\-–—:/]{2,40}?)\s*[-–—/]\s*[^\s()\-–—:/]+(?:\s[^\s()\-–—:/]+)?$/u,
  /** What a desk's name adds to the site's: "السومرية نيوز", "الجزيرة نت" (normalised words). */
  deskSuffix: /\s(?:نيوز|نت)$/u,
} as const

/**
 * Units of bare counters and badges: "1٬245 مشاهدة", "28.8K بازدید", "2min", "5 دقائق", "دقيقتان" (written
 * as pages write them; compared after normalizePhrase).
 */
const COUNTER_UNITS = new Set(
  [
    'مشاهدة', 'مشاهدات', 'قراءة', 'قراءات', 'تعليق', 'تعليقات', 'إعجاب', 'بازدید', 'دیدگاه', 'نظر', 'views', 'view',
    'comments', 'comment', 'min', 'mins', 'minute', 'minutes', 'دقيقة', 'دقائق', 'دقيقتان', 'دقيقتين', 'دقیقه',
    'منٹ', 'منٹس', 'k', 'm',
    // A gallery's count of pictures ("8 صور", Al Arabiya) and a live blog's of updates ("13 تحديث", Sky News Arabia).
    'صور', 'صورة', 'تحديث', 'تحديثات', 'تحديثا',
  ].map(normalizePhrase),
)
const COUNTER_NUMBER = /^\d[\d.,٬]*(?:[kKmM]|min|mins)?$/u
/** Counted nouns that read as a badge on their own ("دقيقتان" = two minutes of reading). */
const LONE_BADGES = new Set(['دقيقتان', 'دقيقتين', 'دقيقة واحدة', 'صور'].map(normalizePhrase))

/** True for a bare counter or badge line: numbers and counter units only. */
function isCounterLine(norm: string): boolean {
  if (LONE_BADGES.has(norm)) return true
  const words = norm.split(' ')
  if (words.length > 4) return false
  let numbers = 0
  for (const word of words) {
    if (COUNTER_NUMBER.test(word)) numbers++
    else if (!COUNTER_UNITS.has(word)) return false
  }
  return numbers > 0 || words.every((w) => COUNTER_UNITS.has(w) && w.length > 3)
}

/** Words that may sit beside a date on a date line: weekdays, labels, times, calendar marks (as pages
 * write them; compared after normalizePhrase, which drops hamza: "الأربعاء" → "الاربعا"). */
const DATE_WORDS = new Set(
  [
    'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'شنبه', 'یکشنبه', 'دوشنبه', 'سه',
    'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'پنج‌شنبه', 'جمعه', 'اتوار', 'پیر', 'منگل', 'بدھ', 'جمعرات', 'جمعہ', 'ہفتہ',
    'ساعت', 'الساعة', 'م', 'ص', 'gmt', 'utc', 'هـ', 'ه', 'ء', 'آخر', 'أخر', 'تحديث', 'بتوقيت', 'مكة', 'القدس',
    'بيروت', 'غرينتش', 'am', 'pm', ':', 'في', 'يوم',
    // Labels of a publication line ("نشر … آخر تحديث …", CNN Arabic), a print issue's number ("العدد 20956",
    // Al Riyadh) and the font-size buttons beside them ("أ+ أ-", normalised to lone letters).
    'نشر', 'نشرت', 'تاريخ', 'النشر', 'العدد', 'أ',
    // Persian publication lines: "انتشار … • به‌روز شده …" (Euronews Persian), "تاریخ انتشار".
    'انتشار', 'به', 'روز', 'بروز', 'شده', 'منتشر',
    // Hijri months, which print editions give beside the Gregorian date ("17 جمادى الأولى 1446هـ").
    'محرم', 'صفر', 'ربيع', 'الأول', 'الآخر', 'الثاني', 'جمادى', 'الأولى', 'الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو',
    'القعدة', 'الحجة',
  ].flatMap((w) => normalizePhrase(w).split(' ')),
)
/** A day, a year or a time's part, a year with its calendar's letter ("2024م", "1446ه"), a print issue's number. */
const NUMBER_WORD = /^\d{1,6}[مه]?$/u

/** A date line runs to two stamps with their labels and zones ("نشر … (GMT +0400) آخر تحديث … (GMT +0400)"). */
const MAX_DATE_LINE_CHARS = 130

/** Dropped head lines that carry the publication date (not update stamps: those are told apart later). */
const DATED_REASONS = new Set(['date-line', 'byline-date-line', 'news-code', 'meta-line'])

/** A signature line is a name: longer blocks that happen to equal the byline are not looked at. */
const MAX_SIGNATURE_CHARS = 40

/** The longest block any clutter rule may remove (the comment rules' cap). */
const MAX_RULE_CHARS = 600

/** A block of links this long or longer is a list of other stories (teasers, tags, prev/next). */
const LINK_SHARE = 0.6

export interface FilterContext {
  title: string
  /** The site's name: a "byline" that is the site name names nobody. */
  siteName?: string
  /** The byline the page declares or shows above the text: the same name signing the text is no paragraph. */
  byline?: string
  /** The page's declared second headline standing right above the headline (extract-article's kickerAbove). */
  kicker?: string
  /**
   * A MediaWiki page (mediawiki.ts): its headline stands outside the text, so a heading in the text is a section's, never
   * a kicker or the headline again (Mawdoo3's first section, "ارتفاع أسعار الذهب", under "أسباب ارتفاع أسعار الذهب").
   */
  wiki?: boolean
}

/** A wire's sign-off line is at most this long (four reporters, two places, an editor). */
const MAX_SIGN_OFF_CHARS = 260
/** Paragraphs this long are prose: the head zone (kickers, byline/date lines) ends at the first one. */
const HEAD_ZONE_END_CHARS = 100
/** Kickers above or below a headline are a few words ("سیریز 1-1 سے برابر"); decks are sentences. */
const MAX_KICKER_WORDS = 7

export interface FilterResult {
  pieces: BlockPiece[]
  byline?: string
  credit?: string
  /**
   * Teasers seen: a linked title dropped as a link list and directly followed by a kept paragraph (its
   * excerpt). Many of them mean the "article" is a listing of other stories.
   */
  teasers: number
  /** The first date on a meta line dropped above the body (date line, byline + date, news code line). */
  headDate?: string
  /** Why blocks went, for tests and debugging: rule id per dropped text. */
  dropped: { text: string; reason: string }[]
}

/** A short line holding a date: the words around the date that are not part of it, in order. */
function dateLineRest(text: string): string[] | undefined {
  if (text.length > MAX_DATE_LINE_CHARS || !parseDate(text)) return undefined
  const rest: string[] = []
  for (const word of normalizePhrase(text).split(' ')) if (!DATE_WORDS.has(word) && !NUMBER_WORD.test(word) && !isMonthWord(word)) rest.push(word)
  return rest
}

/**
 * A dateline standing alone at the head of the article, the place and who reports from it ("أبوظبي - سكاي
 * نيوز عربية", or the other way round, "بي بي سي - وادي الأردن"): the page's byline, not a paragraph. The source must be the site's own name or agencies, so
 * a short line of prose with a dash stays.
 */
function isPlaceDashSource(text: string, siteName: string | undefined): boolean {
  if (text.length > 60) return false
  const isSource = (source: string | undefined) =>
    source !== undefined && ((siteName !== undefined && isNameOfSite(source, siteName)) || readCredit(source) !== undefined)
  return isSource(PATTERNS.placeDashSource.exec(text)?.[1]) || isSource(PATTERNS.sourceDashPlace.exec(text)?.[1])
}

/**
 * The source is the site's name, or one part of a name written twice ("Alsumaria | السومرية"), with or without the "نيوز" or
 * "نت" a desk signs with ("السومرية نيوز / بغداد").
 */
function isNameOfSite(source: string, siteName: string): boolean {
  const name = normalizePhrase(source)
  const bare = name.replace(PATTERNS.deskSuffix, '')
  return [siteName, ...siteName.split(SITE_NAME_PARTS)].some((part) => {
    const site = normalizePhrase(part)
    return site !== '' && (name === site || bare === site)
  })
}

/**
 * The desk's line run into the stamp beside it, one line of two spans ("أبوظبي - سكاي نيوز عربية نشر في: 10 فبراير 2025
 * - 14:37 بتوقيت أبوظبي", Sky News Arabia's appended stories): the desk is the byline, the line no text.
 */
function deskBeforeStamp(text: string, siteName: string | undefined): string | undefined {
  const label = PATTERNS.stampLabel.exec(text)
  if (!label || label.index === 0) return undefined
  const desk = text.slice(0, label.index).trim()
  return isPlaceDashSource(desk, siteName) && bylineOfDateLine(text.slice(label.index).trim()) !== undefined ? desk : undefined
}

const NET = normalizePhrase('نت')

/**
 * The site's name, a dash and a reporter, opening the text (Enab Baladi's "عنب بلدي – سامر العلي"): the name
 * after the dash is the byline.
 */
function bylineAfterSiteName(text: string, siteName: string | undefined): string | undefined {
  if (!siteName || text.length > 60) return undefined
  // (Or the place, the site's name in quotes and the reporter, Al-Ayyam's "عدن «الأيام» وضاح الأحمدي:".)
  const quoted = PATTERNS.placeQuotedSiteName.exec(text.trim())
  if (quoted && normalizePhrase(quoted[1]!) === normalizePhrase(siteName)) return quoted[2]
  const match = PATTERNS.sourceDashName.exec(text)
  if (!match) return undefined
  // (The site's name may carry its domain's ".نت": "العربية.نت - ماجد العتيبي"; or the place the report is filed from:
  // "شبكة أخبار الناصرية / ذي قار – حيدر عبد الأمير الركابي".)
  const source = normalizePhrase(match[1].replace(PATTERNS.slashPlaceTail, ''))
  const site = normalizePhrase(siteName)
  // (A paper's desk also signs with its name without its kind: "الثورة – ميساء العلي:" on "صحيفة الثورة".)
  const name = normalizePhrase(siteName.replace(PATTERNS.publicationKind, ''))
  // (Or the place first, then the site: "نابلس- الحياة الجديدة- بشير عودة", Al-Hayat Al-Jadida's line over the text.)
  const afterPlace = normalizePhrase(match[1].replace(PATTERNS.leadingPlaceDash, ''))
  if (source !== site && source !== name && source !== `${site} ${NET}` && afterPlace !== site) return undefined
  return match[2]
}

/** Words that open the name of a site's desk or team rather than a person's. */
const DESK_WORDS = new Set(['مكتب', 'فريق', 'قسم', 'وحدة', 'أسرة'].map((word) => normalizePhrase(word)))

/** The name a place's or the site's line gives is a desk's: "أثير – مكتب أثير في ظفار" names the office, no writer. */
function isDeskName(name: string): boolean {
  return DESK_WORDS.has(normalizePhrase(name).split(' ')[0])
}

/**
 * The kind of piece a meta line opens with before the date, as an organisation's site labels it ("بيان صحفي | 09-06-2026",
 * ICRC): a whole label, no writer ("بيان" alone is also a given name). Compared normalised. Hand-written.
 */
const PIECE_KINDS = new Set(
  ['بيان صحفي', 'بيان إعلامي', 'خبر صحفي', 'تحديث عملياتي', 'تحديث ميداني', 'قصة إخبارية', 'مقال رأي', 'press release', 'news release', 'operational update']
    .map((kind) => normalizePhrase(kind)),
)

/** The reporter in a dateline that names the site ("عمّان ـ “رأي اليوم” ـ طارق الفايد: …"). */
function reporterInDateline(text: string, siteName: string | undefined): string | undefined {
  if (!siteName) return undefined
  const match = PATTERNS.datelineSiteReporter.exec(text)
  if (match && normalizePhrase(match[1]) === normalizePhrase(siteName)) return match[2]
  // (The site's name may be written without its space: "عصرایران" for "عصر ایران".)
  const semicolon = PATTERNS.siteSemicolonReporter.exec(text)
  const compact = (name: string) => normalizePhrase(name).replace(/\s+/gu, '')
  return semicolon && compact(semicolon[1]) === compact(siteName) ? semicolon[2] : undefined
}

/**
 * True when the line is a date and nothing else (weekday, time, "آخر تحديث" may sit beside it), also without its year
 * ("10 تشرين الأول، 12:10 GMT" on a related card, Sputnik).
 */
export function isDateOnlyLine(text: string): boolean {
  return dateLineRest(text)?.length === 0 || isYearlessDate(text)
}

/** Only a day, a month's name, a time and a zone: a card's stamp with the year left out. */
function isYearlessDate(text: string): boolean {
  if (text.length > 40) return false
  let months = 0
  let numbers = 0
  for (const word of normalizePhrase(text).split(' ')) {
    if (NUMBER_WORD.test(word)) numbers++
    else if (isMonthWord(word)) months++
    else if (!DATE_WORDS.has(word)) return false
  }
  return months > 0 && numbers > 0
}

/**
 * "میاں محمد ندیم جمعہ 8 مارچ 2024": a name, then the date, at the head of the article. The name is the
 * byline. Only in the head zone (before the first long paragraph) and not ending like a sentence, so
 * "وتوفيت في 23 أبريل 1966." in the body stays.
 */
function bylineOfDateLine(text: string): string | undefined {
  if (PATTERNS.sentenceEnd.test(text)) return undefined
  const rest = dateLineRest(text)
  if (!rest || rest.length === 0 || rest.length > 4) return undefined
  // One word beside a date is a place or a label ("القاهرة - 12 مايو 2024"): a meta line, not a name.
  if (rest.length === 1) return ''
  const words = text.replace(/\s+/gu, ' ').trim().split(' ')
  const lead: string[] = []
  for (const word of words) {
    if (!rest.includes(normalizePhrase(word))) break
    lead.push(word)
  }
  return lead.length === rest.length ? lead.join(' ').replace(/[،,|:-]+$/u, '') : ''
}

/** The writer of a date line, its writer's name run into the date too (two elements' texts glued: "الخطيب18 أيار"). */
function writerOfDateLine(text: string): string | undefined {
  return bylineOfDateLine(text) ?? (PATTERNS.letterThenDigit.test(text) ? bylineOfDateLine(text.replace(PATTERNS.lettersThenDigits, '$1 $2')) : undefined)
}
/** A writer and a stamp make a short line. */
const MAX_SIGNATURE_LINE_CHARS = 80

/** A summary box's label run into its text ("ملخصعلى مدى ثلاثة أشهر …": a label span, no space after it) is cut off. */
function withoutGluedLabel(piece: BlockPiece): BlockPiece {
  const label = piece.kind === 'paragraph' && piece.text ? PATTERNS.gluedSummaryLabel.exec(piece.text) : null
  return label ? { ...piece, text: piece.text!.slice(label[0].length) } : piece
}

/**
 * A label over the article's own list of sources ("المصادر", "المراجع:"): a fact-check's evidence, a long read's
 * references. The linked lines under it are kept; elsewhere a run of links is a related list.
 */
function isSourcesLabel(norm: string): boolean {
  return SOURCES_LABELS.has(norm.replace(PATTERNS.trailingColon, ''))
}
const SOURCES_LABELS = new Set(['المصادر', 'المراجع', 'مصادر', 'مراجع', 'المصادر والمراجع', 'منابع', 'حوالہ جات'].map(normalizePhrase))

/**
 * Editors' initials closing a wire copy: "ــــ/ ع.ف", "ع ا ب / ف ن ع", maybe stamped ("ع ق/ر ت 17/03/2024 11:42:07").
 * Words of one or two letters only, at least two of them; an agency's own initials ("أ ف ب") are its credit and
 * stay for findCredit.
 */
function isInitialsLine(text: string, norm: string): boolean {
  const unstamped = text.replace(PATTERNS.initialsStamp, '')
  if (unstamped !== text) return unstamped.trim() !== '' && isInitialsLine(unstamped, normalizePhrase(unstamped))
  if (text.length > 30 || readCredit(text)) return false
  const words = norm.split(' ')
  return words.length >= 2 && words.every((word) => word.length <= 2 && !/\d/u.test(word))
}

/**
 * A stamp line that is a whole meta bar flattened: a date with a reading time or a view count ("المصدر: بلومبرغ
 * 13 سبتمبر 2024 11:52 ص … دقائق القراءة: 3", "05-11-2024 | 21:40المصدر: العدد الورقي 58613127 مشاهدة").
 */
function isMetaBar(text: string, norm: string): boolean {
  if (text.length > 200) return false
  // (Or both stamps of a page, published and updated, on one line: after Sky News Arabia's dateline, Samaa's "شائع … | اپ ڈیٹ …".)
  const counted = READING_TIME.some((phrase) => norm.includes(phrase)) || PATTERNS.viewCount.test(text) ||
    BOTH_STAMPS.some(([published, updated]) => norm.includes(published) && norm.includes(updated)) || isPipedMetaRow(text)
  // (A stamp glued to its neighbour, "۸ بهمن ۱۴۰۳زمان مطالعه: ۶ دقیقه", "الأحد 14 أبريل 202411:20 ص مدة القراءة: 12 دقيقة":
  // spans side by side, no space between; a short line naming a month beside its reading time is one too.)
  if (!counted) return false
  if ((parseDate(text) ?? parseDate(text.replace(PATTERNS.digitThenLetter, '$1 ').replace(PATTERNS.lowerThenUpper, '$1 '))) !== undefined) return true
  return text.length <= MAX_GLUED_STAMP_CHARS && /\d/u.test(text) && norm.split(' ').some(isMonthWord)
}
const MAX_GLUED_STAMP_CHARS = 80

/**
 * A meta row of short fields between bars, one of them a date ("ریجنل آفس راولپنڈی | جاری کردہ: 12-05-2026 | 04:35 PM | 1,906",
 * a department's office, the stamp, the time, the reads): four fields or more, none longer than a label.
 */
function isPipedMetaRow(text: string): boolean {
  const fields = text.split('|').map((field) => field.trim())
  return fields.length >= MIN_META_FIELDS && fields.every((field) => field.length <= MAX_META_FIELD_CHARS) && fields.some((field) => parseDate(field) !== undefined)
}
const MIN_META_FIELDS = 4
const MAX_META_FIELD_CHARS = 40
const BOTH_STAMPS: readonly (readonly [string, string])[] = [['نشر في', 'آخر تحديث'], ['شائع', 'اپ ڈیٹ']].map(
  ([published, updated]) => [normalizePhrase(published), normalizePhrase(updated)] as const,
)
/** The reading-time rule's phrases, normalised (clutter-rules.ts), looked for anywhere in a meta bar. */
const READING_TIME = COMPILED_RULES.find((rule) => rule.id === 'reading-time')?.normalized ?? []

function isMonthWord(word: string): boolean {
  // parseDate on "1 <word> 2000" succeeds only when <word> is a month name; a two-word name's words count too
  // ("تشرين", "كانون"; their second word, "الأول", is a date word).
  // A Solar Hijri month ("آذر") is read only with a year of that calendar.
  return Boolean(parseDate(`1 ${word} 2000`) ?? parseDate(`1 ${word} 1400`)) || MONTH_NAME_WORDS.has(word)
}
/** The first words of the months' names of two words, normalised ("تشرين الأول" → "تشرين"). */
const MONTH_NAME_WORDS: ReadonlySet<string> = new Set([...MONTHS.keys()].filter((name) => name.includes(' ')).map((name) => name.split(' ')[0]))

export function filterBlocks(pieces: BlockPiece[], context: FilterContext): FilterResult {
  const titleNorm = normalizePhrase(context.title)
  const kickerNorm = context.kicker ? normalizePhrase(context.kicker) : ''
  const bylineNorm = context.byline ? normalizePhrase(context.byline) : ''
  const dropped: FilterResult['dropped'] = []
  const kept: BlockPiece[] = []
  const seenImages = new Set<string>()
  let byline: string | undefined
  let inHead = true
  /** Kickers sit above the first paragraph; a short heading after one is a subheading. */
  let keptParagraphs = 0
  /** List items kept: a live page's key points open its text before any paragraph. */
  let keptItems = 0
  let teasers = 0
  let lastWasLinkTitle = false
  /** Under a "المصادر" heading: the links that follow are the article's sources, kept (isSourcesLabel). */
  let underSources = false
  let headDate: string | undefined
  let sourceCredit: string | undefined
  const drop = (piece: BlockPiece, reason: string) => {
    dropped.push({ text: piece.text ?? piece.src ?? '', reason })
    if (inHead && !headDate && DATED_REASONS.has(reason) && piece.text && piece.text.length <= 160) {
      const date = parseDate(piece.text)
      if (date) headDate = toIso(date)
    }
  }
  // Each text block's letters are counted once: for the article's script share and for the Latin-only test.
  const letters = pieces.map((piece) => (piece.kind === 'image' || !piece.text ? undefined : countLetters(piece.text)))
  const isRtlArticle = rtlShare(letters) >= 0.8

  for (const [index, raw] of pieces.entries()) {
    const piece = withoutGluedLabel(raw)
    if (piece.kind === 'image') {
      if (!piece.src || seenImages.has(piece.src)) {
        drop(piece, 'repeated-image')
        continue
      }
      seenImages.add(piece.src)
      kept.push(piece)
      continue
    }
    const text = piece.text ?? ''
    // No rule can match a long block past its opening words (line/box rules are anchored at the start
    // and capped in length; contains rules stop at 600 chars), so only the opening is normalised.
    const norm = normalizePhrase(text.length > MAX_RULE_CHARS ? text.slice(0, 200) : text)
    if (!norm) {
      drop(piece, 'no-words')
      continue
    }
    const sectionHeading = context.wiki === true && piece.kind === 'heading'
    if (titleNorm && !sectionHeading && (norm === titleNorm || (piece.kind === 'heading' && titleNorm.includes(norm) && norm.length > titleNorm.length * 0.8))) {
      drop(piece, 'headline-repeat')
      continue
    }
    // (Only in the head zone: a deck written again as the first paragraph stays there.)
    if (kickerNorm && norm === kickerNorm && keptParagraphs === 0) {
      drop(piece, 'kicker')
      continue
    }
    const rule = text.length > MAX_RULE_CHARS ? undefined : matchClutter(norm, text.length, (piece.linkChars ?? 0) > 0)
    // (A heading that opens with "ویدیو:" titles a post about a video: "ویدیو: قایق‌های محلی به کمک ساکنان روستاها آمدند".)
    if (rule && !(rule.id === 'video-label' && piece.kind === 'heading' && norm.split(' ').length > 4)) {
      drop(piece, rule.id)
      // "المصدر: الجزيرة + وكالات" is a source line: not body, but its tail names the credit.
      if (rule.id === 'source-link') sourceCredit ??= PATTERNS.sourceTail.exec(text)?.[1]?.trim() || undefined
      continue
    }
    // The declared reporter signing the text, at its head or its end (Assabah: "سلمى الدريدي" closing the story).
    if (bylineNorm && text.length <= MAX_SIGNATURE_CHARS && normalizePhrase(text.replace(PATTERNS.signatureMarks, '').replace(PATTERNS.placeInParentheses, '')) === bylineNorm) {
      drop(piece, 'byline')
      continue
    }
    if (text.length <= MAX_SIGN_OFF_CHARS && PATTERNS.reportingSignOff.test(text.trim())) {
      drop(piece, 'editor-credit')
      continue
    }
    if (PATTERNS.templatePlaceholder.test(text.trim())) {
      drop(piece, 'template')
      continue
    }
    if (isInitialsLine(text, norm) || PATTERNS.wireSlug.test(text.trim()) || PATTERNS.wireSignOff.test(text.trim())) {
      drop(piece, 'agency-end-marker')
      continue
    }
    if (PATTERNS.photoCredit.test(text.trim())) {
      drop(piece, 'image-credit')
      continue
    }
    if (isMetaBar(text, norm)) {
      drop(piece, 'meta-line')
      continue
    }
    if (isCounterLine(norm)) {
      drop(piece, 'meta-line')
      continue
    }
    if (isDateOnlyLine(text)) {
      drop(piece, 'date-line')
      continue
    }
    const linked = (piece.linkChars ?? 0) >= LINK_SHARE * text.length
    if (underSources && linked && piece.kind !== 'heading') {
      kept.push(piece)
      continue
    }
    underSources = isSourcesLabel(norm)
    if (linked) {
      drop(piece, 'link-list')
      lastWasLinkTitle = text.length <= 160
      continue
    }
    if (PATTERNS.timeOnly.test(norm) || PATTERNS.zonedTime.test(text.trim()) || isTimeStampLine(norm)) {
      drop(piece, 'meta-line')
      continue
    }
    // A writer and a stamp on one line under a standfirst, past the head zone the standfirst closed (web components' author
    // chip and time, run together: "محمد الخطيب18 أيار 2026، 08:30 ص").
    if (!inHead && keptParagraphs + keptItems <= 1 && piece.kind === 'paragraph' && text.length <= MAX_SIGNATURE_LINE_CHARS) {
      const named = writerOfDateLine(text)
      if (named) {
        byline ??= cleanByline(named)
        drop(piece, 'byline-date-line')
        continue
      }
    }
    // (A picture's caption names its subject and credit, never the writer: "صادرات الموالح - صورة أرشيفية".)
    if (inHead && piece.kind !== 'caption' && !PATTERNS.fieldLabel.test(text)) {
      const named = writerOfDateLine(text)
      if (named !== undefined) {
        if (named && !PIECE_KINDS.has(normalizePhrase(named))) byline ??= cleanByline(named)
        drop(piece, 'byline-date-line')
        continue
      }
      const reporter =
        bylineAfterSiteName(text, context.siteName) ??
        (keptParagraphs + keptItems > 0 ? undefined : (PATTERNS.placeColonName.exec(text)?.[1] ?? PATTERNS.bulletName.exec(text)?.[1] ?? PATTERNS.nameParenPlace.exec(text)?.[1] ??
          PATTERNS.placeNameSourceDate.exec(text)?.[1] ??
          // (A place and the site or an agency is the desk's line, read below as a whole: "أبوظبي - سكاي نيوز عربية".)
          (isPlaceDashSource(text, context.siteName) ? undefined : PATTERNS.placeSlashName.exec(text)?.[1])))
      // (A place and "خاص" with the site's name is the text's dateline, no reporter: "الخليل - خاص صفا" stays, as a
      // paragraph.)
      if (reporter && isDeskName(reporter)) {
        drop(piece, 'byline')
        continue
      }
      if (reporter && exclusiveTo(normalizePhrase(reporter)) === undefined) {
        byline ??= reporter
        drop(piece, 'byline')
        continue
      }
      if (isPlaceDashSource(text, context.siteName)) {
        byline ??= text
        drop(piece, 'byline')
        continue
      }
      const desk = deskBeforeStamp(text, context.siteName)
      if (desk) {
        byline ??= desk
        drop(piece, 'byline-date-line')
        continue
      }
      // (A numbered heading opens an item of a list article, on its second page too: "6. جبل عكمة.. مكتبة مفتوحة على الصخر".)
      // (And a single word above the text, whatever its block: a section's label over the headline, KUNA's span.article-cat
      // "سياسة".)
      const words = norm.split(' ').length
      if (keptParagraphs === 0 && keptItems === 0 && (piece.kind === 'heading' || (piece.kind === 'paragraph' && words === 1)) && !sectionHeading &&
        words <= MAX_KICKER_WORDS && !PATTERNS.sentenceEnd.test(text) && !PATTERNS.numberedHeading.test(text) && !OPENING_SECTIONS.has(norm)) {
        drop(piece, 'kicker')
        continue
      }
    }
    // A slider's counter ("1 من 3", "2 / 5") over a gallery, and a pager's ("الصفحة 2 من 3"): the control's, not the text's.
    if ((piece.kind === 'paragraph' && PATTERNS.slideCounter.test(text)) || PATTERNS.pageCounter.test(norm)) {
      drop(piece, 'slide-counter')
      continue
    }
    // (Not a quotation in a foreign language, nor a footnote citing a foreign source: "“We are being asked …”", "[4] World Bank, …",
    // nor a paper's reference to one: "Vance, R. (2019). Reading on screens …".)
    if (isRtlArticle && isLatinOnly(letters[index]) && !PATTERNS.quotedOrNoted.test(text) && !PATTERNS.reference.test(text)) {
      drop(piece, 'latin-in-rtl')
      continue
    }
    if (text.length <= MAX_CONTACT_LINE_CHARS && PATTERNS.contactLine.test(text)) {
      drop(piece, 'contact-line')
      continue
    }
    const posted = text.length <= 200 ? PATTERNS.postedLine.exec(text) : null
    if (posted) {
      byline ??= cleanByline(posted[1])
      drop(piece, 'byline-date-line')
      continue
    }
    // (Framed in bars, as Al Rai sets it at the head of the text: "| كتب عبدالله الراشد |".)
    const unframed = text.replace(PATTERNS.framingBars, '')
    const bylineMatch = unframed.length <= 80 ? PATTERNS.bylineLine.exec(unframed) : null
    if (bylineMatch && bylineMatch[0].length < unframed.length) {
      byline ??= cleanByline(unframed)
      drop(piece, 'byline')
      continue
    }
    if (piece.kind === 'paragraph' && text.length >= HEAD_ZONE_END_CHARS) inHead = false
    // The reporter named in the first paragraph's dateline is the byline; the dateline stays in its paragraph.
    // (The first paragraph or the second, after a standfirst.)
    if (piece.kind === 'paragraph' && keptParagraphs < 2) byline ??= reporterInDateline(text, context.siteName)
    if (piece.kind === 'paragraph') keptParagraphs++
    else if (piece.kind === 'list-item') keptItems++
    // (A teaser's excerpt in a list of posts is a list item: Jannah's li.post-item > h2 + p.post-excerpt.)
    if (lastWasLinkTitle && (piece.kind === 'paragraph' || piece.kind === 'list-item')) teasers++
    lastWasLinkTitle = false
    kept.push(piece)
  }
  if (byline && context.siteName && normalizePhrase(byline) === normalizePhrase(context.siteName)) byline = undefined
  // A heading after the last text introduces nothing of the article's: a "more from …" box's title whose
  // teasers went (Alhurra's "المزيد من العراق"). Pictures after the last text stay: teasers' thumbnails went
  // with their links (prepare-clone.ts), and what is left there is the story's own gallery (Varzesh3's last
  // figures, SANA's photo strip); on the 225 pages measured, every picture that rule dropped was the article's.
  dropPullQuotes(kept, drop)
  dropPressContacts(kept, drop)
  while (kept.length && kept[kept.length - 1].kind === 'heading') drop(kept.pop()!, 'trailing-heading')
  const credit = findCredit(kept) ?? sourceCredit
  return { pieces: kept, byline, credit, teasers, headDate, dropped }
}

/** A contact line is a line or two. */
const MAX_CONTACT_LINE_CHARS = 250

/** A pull quote repeats at least this much of a paragraph (shorter quotes may be a phrase the text also uses)... */
const MIN_PULL_QUOTE_CHARS = 30
/** ...or this many words of it: a sentence of short words ("«المولد صار هو الدولة في كل حي»", Al Jadeed's). */
const MIN_PULL_QUOTE_WORDS = 6

/** An elided pull quote set as a plain paragraph is a line or two ("كل نبتة تأخذ حاجتها بالقطرة... لم نعد نرى الماء يضيع"). */
const MAX_ELIDED_QUOTE_CHARS = 200
const ELLIPSIS = /\.{3}|…/u
/** A speaker's line under a pull quote ends in no sentence mark ("أبو محمد، مزارع من دير علا"). */
const SENTENCE_END = /[.!?؟:]\s*$/u
/** A speaker named by a post is a line of a few words ("المدير الجهوي للشركة الجهوية متعددة الخدمات", Febrayer's pull-quote cite). */
const MAX_SPEAKER_CHARS = 80
const MAX_SPEAKER_WORDS = 10
const QUOTE_MARKS = /[«»“”"]/u

/**
 * The line naming a pull quote's speaker, set in the quote box after it: a name, or a post of a few words without a
 * sentence's end or quotation marks (a quotation after the box is the text's: "«لن نقبل بأي تأخير …»").
 */
function isSpeakerLine(text: string): boolean {
  const line = text.trim()
  return line.length <= MAX_SIGNATURE_CHARS ||
    (line.length <= MAX_SPEAKER_CHARS && line.split(/\s+/u).length <= MAX_SPEAKER_WORDS && !SENTENCE_END.test(line) && !QUOTE_MARKS.test(line))
}

/**
 * Pull quotes: a sentence of the article set again in a quote box beside it (Al-Wafd's blockquote.quote-box),
 * with the short line naming its speaker after it. The reader shows the sentence once, where the text has it.
 * A box the page set in no quote element is a paragraph: it is known by the words it leaves out ("..."), the rest
 * following one stretch of another paragraph (BBC Arabic 2007's b.quote in a table cell).
 * Removes them from `kept` in place.
 */
function dropPullQuotes(kept: BlockPiece[], drop: (piece: BlockPiece, reason: string) => void): void {
  const elided = (piece: BlockPiece) =>
    piece.kind === 'paragraph' && (piece.text ?? '').length <= MAX_ELIDED_QUOTE_CHARS && ELLIPSIS.test(piece.text ?? '')
  const headline = (piece: BlockPiece) => piece.kind === 'paragraph' && PATTERNS.speakerHeadline.test((piece.text ?? '').trim())
  if (!kept.some((piece) => piece.kind === 'quote' || elided(piece) || headline(piece))) return
  const paragraphs = kept.filter((piece) => piece.kind === 'paragraph').map((piece) => ({ piece, norm: normalizePhrase(piece.text ?? '') }))
  let afterPullQuote: 'quote' | 'paragraph' | undefined
  let write = 0
  for (const piece of kept) {
    if (piece.kind === 'quote') {
      const norm = normalizePhrase(piece.text ?? '')
      const long = norm.length >= MIN_PULL_QUOTE_CHARS || norm.split(' ').length >= MIN_PULL_QUOTE_WORDS
      if ((long && paragraphs.some((paragraph) => paragraph.norm.includes(norm) || isCondensedFrom(norm, paragraph.norm))) ||
        isSpeakerHeadline(piece, paragraphs)) {
        drop(piece, 'pull-quote')
        afterPullQuote = 'quote'
        continue
      }
      if (afterPullQuote === 'quote' && isSpeakerLine(piece.text ?? '')) {
        drop(piece, 'pull-quote')
        continue
      }
    } else if (headline(piece) && isSpeakerHeadline(piece, paragraphs)) {
      // (A quote box the page set as an aside reads as a paragraph: Shasha's aside.quote-box.)
      drop(piece, 'pull-quote')
      afterPullQuote = 'quote'
      continue
    } else if (elided(piece)) {
      const norm = normalizePhrase(piece.text ?? '')
      if (paragraphs.some((paragraph) => paragraph.piece !== piece && isCondensedFrom(norm, paragraph.norm))) {
        drop(piece, 'pull-quote')
        afterPullQuote = 'paragraph'
        continue
      }
    } else if (afterPullQuote === 'paragraph' && piece.kind === 'paragraph') {
      const text = (piece.text ?? '').trim()
      if (text.length <= MAX_SIGNATURE_CHARS && !SENTENCE_END.test(text)) {
        drop(piece, 'pull-quote')
        afterPullQuote = undefined
        continue
      }
    }
    afterPullQuote = undefined
    kept[write++] = piece
  }
  kept.length = write
}

/** A condensed pull quote keeps this many words of its sentence at least, and spans at most twice its length there. */
const MIN_CONDENSED_WORDS = 8
const MAX_CONDENSED_SPREAD = 2
/** A pull quote may reword one word in six of its sentence ("«الوصول إلى 5 ملايين طن هدف واقعي …»" of "بلوغ إنتاج في حدود 5 ملايين طن، وهو هدف قال إنه «واقعي» …"). */
const WORDS_PER_REWORDED = 6

/**
 * A pull quote that shortens its sentence: its words, in order, within one stretch of the paragraph ("«التمويل هذه المرة
 * مزيج من منح وقروض …»" of "أن التمويل هذه المرة ليس قرضاً واحداً …، بل مزيج من منح وقروض …", Asharq Al-Awsat), but for
 * one word in six it rewords (Assabah's blockquote.citation). A word the quote cut from its "و" or "ف" is the same word
 * ("فكل نبتة" quoted "كل نبتة").
 */
function isCondensedFrom(quote: string, paragraph: string): boolean {
  const words = quote.split(' ').filter((word) => /\p{L}/u.test(word))
  if (words.length < MIN_CONDENSED_WORDS) return false
  const reworded = Math.floor(words.length / WORDS_PER_REWORDED)
  const reach = words.length * MAX_CONDENSED_SPREAD
  const text = paragraph.split(' ')
  const find = (word: string, from: number) => {
    for (let i = from; i < text.length; i++) if (isSameWord(word, text[i]!)) return i
    return -1
  }
  // The stretch begins at the first quoted word the paragraph has: the words before it are reworded.
  for (let first = 0; first <= reworded; first++) {
    for (let start = find(words[first]!, 0); start >= 0; start = find(words[first]!, start + 1)) {
      let at = start
      let misses = first
      for (let i = first + 1; i < words.length && misses <= reworded; i++) {
        const next = find(words[i]!, at + 1)
        if (next < 0 || next - start > reach) misses++
        else at = next
      }
      if (misses <= reworded) return true
    }
  }
  return false
}

/**
 * A pull quote set as a headline of its speaker's words: "العولقي: أزمة الكهرباء لن تُحل بشحنات إسعافية والحل في محطات
 * غازية وشمسية حديثة" (Al-Ayyam's blockquote.news-quote), the speaker's name, a colon, and words most of which (SPEAKER_HEADLINE_SHARE)
 * one paragraph that names him has. A quotation of other words shares few.
 */
function isSpeakerHeadline(quote: BlockPiece, paragraphs: { piece: BlockPiece; norm: string }[]): boolean {
  const match = PATTERNS.speakerHeadline.exec((quote.text ?? '').trim())
  if (!match) return false
  const speaker = normalizePhrase(match[1]!)
  const words = normalizePhrase(match[2]!).split(' ').filter((word) => word.length >= MIN_HEADLINE_WORD_LETTERS)
  if (words.length < MIN_SPEAKER_HEADLINE_WORDS) return false
  return paragraphs.some(({ piece, norm }) => {
    if (piece === quote || !norm.includes(speaker)) return false
    const have = new Set(norm.split(' '))
    const shared = words.filter((word) => have.has(word) || CONJUNCTIONS.split('').some((c) => have.has(c + word))).length
    return shared >= SPEAKER_HEADLINE_SHARE * words.length
  })
}
/**
 * Words of three letters or more a speaker headline needs: its speaker and colon already say it is one, so fewer than
 * a quote's MIN_CONDENSED_WORDS ("الكندري: سوق الفروانية سيخلق ازدحاماً مرورياً خانقاً", Al Rai's six).
 */
const MIN_SPEAKER_HEADLINE_WORDS = 5
/** Share of a speaker headline's words one paragraph must have. */
const SPEAKER_HEADLINE_SHARE = 0.6
/** Words of fewer letters ("في", "لن") say little of where a headline's words come from. */
const MIN_HEADLINE_WORD_LETTERS = 3

/** The quote's word, or the text's with a conjunction the quote left off. */
function isSameWord(quoted: string, word: string): boolean {
  return word === quoted || (word.length === quoted.length + 1 && CONJUNCTIONS.includes(word[0]!) && word.endsWith(quoted))
}
const CONJUNCTIONS = 'وف'

/** Share of Arabic-script letters in the text blocks (their letters counted, undefined for the others). */
function rtlShare(letters: (LetterStats | undefined)[]): number {
  let arabic = 0
  let latin = 0
  for (const stats of letters) {
    if (!stats) continue
    arabic += stats.arabicScript
    latin += stats.latin
  }
  return arabic + latin ? arabic / (arabic + latin) : 0
}

/**
 * A paragraph with no Arabic-script letter in an Arabic-script article: SEO blurbs ("Ravi Ki Kahani is a
 * Special Articles article…"), English widget text. Short Latin lines (brand names) are left to the rules.
 */
function isLatinOnly(stats: LetterStats | undefined): boolean {
  return stats !== undefined && stats.arabicScript === 0 && stats.latin >= 25
}

/** The agency credit is the last text block when it names agencies only ("فرانس24/ رويترز/ أ ف ب"). */
function findCredit(pieces: BlockPiece[]): string | undefined {
  for (let i = pieces.length - 1; i >= 0 && i >= pieces.length - 3; i--) {
    const piece = pieces[i]
    if (piece.kind === 'image') continue
    return readCredit(piece.text ?? '')
  }
  return undefined
}
