/**
 * Conservative clitic splitting for normalised Arabic words (see normalize.ts): proclitics و ف (conjunctions),
 * ب ك ل (prepositions) and the article ال; enclitic pronouns ه ها هم هما هن ك كم كن نا.
 *
 * Without a dictionary every split is a guess, so the rules lean towards keeping the word whole: a wrong
 * split ("وزير" → و + زير) hurts names and figures more than a missed one ("وقت" kept whole). Callers that
 * have a lexicon of their own (the names gazetteer) can try every reading with `cliticReadings`.
 */

export interface CliticSplit {
  /** Proclitics in reading order, e.g. ['و', 'ب', 'ال'] for وبالطبع. */
  pre: string[]
  stem: string
  /** Enclitics in reading order, e.g. ['ها'] for منها. */
  post: string[]
}

export interface SplitCliticsOptions {
  /**
   * The surface form of the word, when known. Normalisation folds ta marbuta (ة) into ه, so only the
   * surface tells "مدينة" (no clitic) from "كتابه" (his book); without it a final ه is never split off.
   */
  surface?: string
}

const PATTERNS = {
  /** Harakat, superscript alef and tatweel: skipped when walking the surface letter by letter. */
  mark: /[\u064B-\u065F\u0670\u0640]/u,
  trailingMarks: /[\u064B-\u065F\u0670\u0640]+$/u,
  /** A hamza at the start of the surface after ف (فإن، فأكد). */
  hamzaStart: /^[أإآؤئ]/u,
  /** Imperfect verb prefixes after ف (فيقول، فتقول، فنحن) … */
  imperfectPrefix: /^[يتن]/u,
  /** … unless a long vowel follows, the shape of transliterated names (فيكتوريا، فيرجسون). */
  prefixThenVowel: /^[يتن][اوي]/u,
} as const

/** Shortest stem left after stripping: two-letter remainders are mostly whole words ("وفد", "بيت", "كتب"). */
const MIN_STEM = 3

/**
 * Short function words that readily take و or ف in front (وفي، ومن، فهو، ولا): below MIN_STEM, but the
 * split is safe because the remainder is a known word.
 */
const SHORT_HOSTS = new Set([
  'في', 'من', 'عن', 'مع', 'هو', 'هي', 'هم', 'لا', 'ما', 'لم', 'لن', 'قد', 'ان', 'او', 'ثم', 'كل', 'به', 'بها',
  'له', 'لها', 'لهم', 'كم', 'كان', 'قال', 'اي', 'اذ', 'اذا', 'لو', 'بل', 'هل', 'منذ', 'هنا', 'ذا', 'يا', 'لي',
])

/** Two-letter given names that take و in lists of persons ("عصام عمر وطه دسوقي"); no word is spelt "وطه". */
const SHORT_NAME_HOSTS = new Set(['طه'])

/**
 * Words (normalised, whole or as a beginning) whose first letters look like a proclitic but belong to
 * the word. Checked against the word as it stands before each strip, so "ووزاره" still loses its و.
 * Each entry names a frequent news word where the naive split produced a non-word.
 */
const PROTECTED_PREFIXES: Record<string, string[]> = {
  'و': [
    'وزير', 'وزرا', 'وزار', 'ولاي', 'وكال', 'وكيل', 'واشنطن', 'وطن', 'وسط', 'وسائل', 'وسيل', 'وجود', 'واحد',
    'وحد', 'وثيق', 'وثائق', 'وفا', 'وفق', 'وقف', 'وقت', 'وقع', 'وقوع', 'وضع', 'وصول', 'وصل', 'ورق', 'وراء',
    'وليد', 'وليام', 'ويل', 'وائل', 'وهاب', 'ولي', 'وعد', 'وعي', 'وادي', 'واقع', 'واضح', 'واجب', 'وجه',
    'وظيف', 'وفير', 'وزن', 'وباء', 'ودي', 'وارد', 'ورش', 'وحش', 'وكر', 'ويكي', 'وول', 'ويست', 'وارسو',
    'وفيات',
  ],
  'ف': [
    'فلسطين', 'فرنس', 'فريق', 'فرق', 'فتر', 'فرص', 'فرصه', 'فصائل', 'فصيل', 'فيروس', 'فوز', 'فعل', 'فكر',
    'فقط', 'فيه', 'فيها', 'فيما', 'فيم', 'فوق', 'فندق', 'فرد', 'فنزويل', 'فنلند', 'فيتنام', 'فيينا', 'فلاديمير',
    'فيصل', 'فهد', 'فاطم', 'فيكتور', 'فيرج', 'فيليب', 'فيلا', 'فؤاد', 'فتح', 'فرع', 'فرض', 'فشل', 'فضل', 'فقر', 'فقد', 'فائز', 'فاز', 'فئه',
    'فئات', 'فجر', 'فراغ', 'فساد', 'فصل', 'فلم', 'فيلم', 'فني', 'فنان', 'فنون', 'فوري', 'فيسبوك', 'فرانس',
  ],
  'ب': [
    'بريطان', 'بغداد', 'بيروت', 'بلد', 'بلاد', 'بيان', 'برنامج', 'برامج', 'بنك', 'بنوك', 'بحر', 'بحث', 'بدء',
    'بداي', 'بعد', 'بين', 'بيت', 'بيوت', 'بعض', 'برلمان', 'بوتين', 'بايدن', 'بكين', 'بلجيك', 'برازيل',
    'بولند', 'بنغلاد', 'باكستان', 'باريس', 'برلين', 'بروكسل', 'بيسكوف', 'بوغدانوف', 'بغير', 'بقاء', 'بقي',
    'بلغ', 'بناء', 'بني', 'بيع', 'بيئ', 'برج', 'بطل', 'بطول', 'بطاق', 'باب', 'بحري', 'برد', 'برق', 'بريد',
    'بشر', 'بطريرك', 'بابا', 'بترول', 'بدا', 'بدات', 'بدون', 'براء', 'بعيد', 'بكر', 'بلدي', 'بنت', 'بنات',
    'بورص', 'بوش', 'بيل', 'بيير', 'بيان', 'بذل', 'بدل', 'باقر', 'بشار', 'بسام', 'بندر', 'بنيامين', 'بركان',
  ],
  'ل': [
    'لبنان', 'ليبي', 'لندن', 'لجن', 'لقاء', 'لقاءات', 'لكن', 'لدي', 'لقد', 'لان', 'ليس', 'ليست', 'لعب', 'لاعب',
    'لغه', 'لغات', 'لحظ', 'لحوم', 'لون', 'ليل', 'ليالي', 'لوس', 'لويس', 'ليون', 'لواء', 'لائح', 'لجوء', 'لاجئ',
    'لعل', 'لعبه', 'لقب', 'لمس', 'لهجه', 'ليبرال', 'لوكسمبورغ', 'لاتفي', 'ليتواني', 'لاهاي', 'لافروف', 'لطيف',
    'لشبون',
  ],
  'ك': [
    'كاليفورنيا', 'كالدير', 'كندا', 'كندي', 'كوري', 'كبير', 'كبار', 'كبري', 'كان', 'كانت', 'كانوا', 'كلم', 'كتاب', 'كتب', 'كرملين',
    'كورونا', 'كوفيد', 'كيف', 'كما', 'كذلك', 'كثير', 'كره', 'كاف', 'كامل', 'كلي', 'كليه', 'كنيس', 'كهرب',
    'كويت', 'كوبا', 'كولومبي', 'كينيا', 'كرد', 'كردي', 'كرس', 'كشف', 'كلف', 'كمي', 'كميه', 'كوميرسانت',
    'كريم', 'كمال', 'كيلو', 'كيان', 'كيم', 'كارث', 'كاتب', 'كتل', 'كسر', 'كفاء', 'كلا', 'كوادر', 'كني',
  ],
}

/** Words that begin with ال but carry no article (إلى، الذي، ألف …), after normalisation. */
const NOT_ARTICLE = new Set([
  'الي', 'الا', 'الذي', 'التي', 'الذين', 'اللذان', 'اللذين', 'اللتان', 'اللتين', 'اللاتي', 'اللواتي', 'اللائي',
  'الله', 'اللهم', 'الان', 'الف', 'الفا', 'الفان', 'الفين', 'الاف', 'الفي', 'الماني', 'المانيا', 'المانيه',
  'البانيا', 'البان', 'الاسكا', 'الاباما', 'الجي', 'الية', 'اليه', 'اليها', 'اليهم', 'اليك', 'الينا', 'اليوم',
  'الست', 'الم', 'الما', 'الفت',
])

/** Particles that take a pronoun (منها، عنه، فيهم، لديها، إنه): short hosts, safe to split. */
const PRONOUN_HOSTS = new Set(['من', 'عن', 'في', 'مع', 'علي', 'الي', 'لدي', 'عند', 'بين', 'ان', 'لكن', 'ل', 'ب', 'حول', 'ضد', 'منذ', 'لان', 'كان'])

/**
 * Pronoun suffixes split off. The second-person ك is left out: news rarely says "your", and far more
 * words end in ك on their own (بنوك، سلوك، شكوك، كركوك، فرانك).
 */
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه'] as const

/** Enclitics whose letters end many plain words ("ذلك", "شباك", "حاكم"): they need a longer stem. */
const WEAK_ENCLITICS = new Set(['كم', 'كن', 'كما'])

/** The surface after `consumed` letters (harakat and tatweel skipped), or undefined without a surface. */
function surfaceTail(surface: string | undefined, consumed: number): string | undefined {
  if (surface === undefined) return undefined
  let seen = 0
  for (let k = 0; k < surface.length; k++) {
    if (PATTERNS.mark.test(surface[k])) continue
    if (seen === consumed) return surface.slice(k)
    seen++
  }
  return ''
}

/**
 * A bare alef (ا, no hamza) after ف marks a name or the word's own letters ("فارس", "فابيو"), while words
 * after the conjunction ف begin with hamza (فإن، فأكد) or the article. Only the surface shows the
 * difference. Not applied to و/ب/ل: unhamzated spellings after them are too common (واسرائيل، لايران);
 * measured on ANERcorp, the rule there traded as many right splits as wrong ones.
 */
function startsWithBareAlef(after: string, surface: string | undefined): boolean {
  return surface !== undefined && surface.startsWith('ا') && !after.startsWith('ال')
}

/**
 * ف as a conjunction stands mostly before verbs and particles (فقال، فإن، فهو); before nouns it is rare,
 * and many names begin with ف (فرانك، فرناندو، فيكتوريا). Split it before a short host word, the article,
 * a hamza, or a verb's imperfect prefix.
 */
function isFaHost(after: string, surface: string | undefined): boolean {
  if (SHORT_HOSTS.has(after) || after.startsWith('ال')) return true
  if (after.length < MIN_STEM) return false
  if (surface !== undefined) return PATTERNS.hamzaStart.test(surface) || (PATTERNS.imperfectPrefix.test(after) && after.length >= 4 && !PATTERNS.prefixThenVowel.test(after))
  return true
}

function isProtected(word: string, letter: string): boolean {
  const prefixes = PROTECTED_PREFIXES[letter]
  if (prefixes === undefined) return false
  for (let k = 0; k < prefixes.length; k++) if (word.startsWith(prefixes[k])) return true
  return false
}

/**
 * The normalised word begins with a letter that looks like a proclitic and belongs to the word ("وفيات", deaths, is no
 * و + "فيات"): for callers that look a word up without its first letter, as the tokenizer would not split it.
 */
export function keepsItsFirstLetter(word: string): boolean {
  return word.length > 0 && isProtected(word, word[0])
}

function isArabicWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c < 0x0621 || c > 0x06ff) return false
  }
  return word.length > 0
}

/** Strips the article from `word` when what remains is long enough and the word is not a known ال-word. */
function stripArticle(word: string): string | undefined {
  if (!word.startsWith('ال') || NOT_ARTICLE.has(word)) return undefined
  const rest = word.slice(2)
  return rest.length >= MIN_STEM ? rest : undefined
}

/**
 * Splits a normalised word into proclitics, stem and enclitics; see the module comment for the policy.
 * Non-Arabic words (Latin, digits) come back whole.
 */
export function splitClitics(word: string, options: SplitCliticsOptions = {}): CliticSplit {
  const pre: string[] = []
  const post: string[] = []
  if (!isArabicWord(word) || word.length < MIN_STEM) return { pre, stem: word, post }
  let rest = word

  // 1. Conjunction و / ف.
  if ((rest[0] === 'و' || rest[0] === 'ف') && !isProtected(rest, rest[0])) {
    const after = rest.slice(1)
    // For ف the surface after it decides (see isFaHost); و before a bare alef stays a conjunction:
    // unhamzated spellings are common (واسرائيل، وايران).
    const fa = rest[0] === 'ف'
    const surfaceAfterFa = fa ? surfaceTail(options.surface, 1) : undefined
    const ok = fa ? isFaHost(after, surfaceAfterFa) && !startsWithBareAlef(after, surfaceAfterFa) : SHORT_HOSTS.has(after) || SHORT_NAME_HOSTS.has(after) || after.length >= MIN_STEM
    if (ok) {
      pre.push(rest[0])
      rest = after
    }
  }

  // 2. Preposition ب / ك / ل, with لل = ل + ال (the article's alef is dropped after ل).
  let article = false
  if (rest.startsWith('لل') && rest.length >= 2 + MIN_STEM && !NOT_ARTICLE.has(rest) && !rest.startsWith('اللذ')) {
    pre.push('ل', 'ال')
    rest = rest.slice(2)
    article = true
  } else if ((rest[0] === 'ب' || rest[0] === 'ك' || rest[0] === 'ل') && !isProtected(rest, rest[0])) {
    const after = rest.slice(1)
    const afterArticle = stripArticle(after)
    if (afterArticle !== undefined) {
      pre.push(rest[0], 'ال')
      rest = afterArticle
      article = true
    } else if (after.length >= MIN_STEM + 1 && !after.startsWith('ال') && rest[0] !== 'ك') {
      // A bare preposition before an indefinite word ("بموسكو") needs four letters left: three-letter
      // remainders are too often a word's own letters ("كبير" → ك + بير, "بلغ" → ب + لغ). ك ("like")
      // almost never stands before an indefinite noun in news, but many names begin with it (كراتشي،
      // كارلوس، كركوك): it is split only before the article.
      pre.push(rest[0])
      rest = after
    }
  }

  // 3. Article ال.
  if (!article) {
    const afterArticle = stripArticle(rest)
    if (afterArticle !== undefined) {
      pre.push('ال')
      rest = afterArticle
      article = true
    }
  }

  // 4. One enclitic pronoun; a definite noun takes none, so skip after the article.
  if (!article) {
    const surfaceEnd = options.surface ? options.surface.replace(PATTERNS.trailingMarks, '').slice(-1) : ''
    for (const clitic of ENCLITICS) {
      if (!rest.endsWith(clitic)) continue
      const stem = rest.slice(0, rest.length - clitic.length)
      const minimum = WEAK_ENCLITICS.has(clitic) ? MIN_STEM + 1 : MIN_STEM
      if (stem.length < minimum && !PRONOUN_HOSTS.has(stem)) continue
      // A final ه is ta marbuta unless the surface shows a real ه; after alef it is a root letter (مياه، اتجاه).
      if (clitic === 'ه' && (surfaceEnd !== 'ه' || stem.endsWith('ا'))) continue
      post.push(clitic)
      rest = stem
      break
    }
  }
  return { pre, stem: rest, post }
}

/**
 * Every plausible reading of a normalised word, most stripped first and the whole word last, for callers
 * that can check stems against a lexicon of their own ("بريطانيا" has no clitic, "بموسكو" has one).
 */
export function cliticReadings(word: string): CliticSplit[] {
  const readings: CliticSplit[] = []
  const seen = new Set<string>()
  const add = (pre: string[], stem: string) => {
    const key = `${pre.join('+')}|${stem}`
    if (stem.length >= 2 && !seen.has(key)) {
      seen.add(key)
      readings.push({ pre, stem, post: [] })
    }
  }
  const conj = word[0] === 'و' || word[0] === 'ف' ? [[word[0]], []] : [[]]
  for (const c of conj) {
    const afterConj = word.slice(c.length)
    const preps: string[][] = [[]]
    if (afterConj.startsWith('لل')) preps.unshift(['ل', 'ال'])
    if ('بكل'.includes(afterConj[0] ?? '#')) preps.unshift([afterConj[0]])
    for (const p of preps) {
      const consumed = p.length === 2 ? 2 : p.length
      const afterPrep = afterConj.slice(consumed)
      if (p.length < 2 && afterPrep.startsWith('ال') && !NOT_ARTICLE.has(afterPrep)) add([...c, ...p, 'ال'], afterPrep.slice(2))
      add([...c, ...p], afterPrep)
    }
  }
  readings.sort((a, b) => b.pre.length - a.pre.length)
  return readings
}
