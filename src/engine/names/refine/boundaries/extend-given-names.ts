import { isDefiniteStem } from '../shared/definite.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { breakBetween, commaAfter, nextStem, onlyTheArticle, type Context, type TokenMention } from '../shared/context.ts'
import { isGivenStart, startsPersonName, takesDefiniteFamilyName, takesLaqab, takesThirdWord, titleBefore } from '../shared/given-name-start.ts'
import { hasTanween, isClustered, isGivenNotPreposition, isNameLike, isUnclustered } from '../shared/name-like.ts'
import { isNationalityNisba } from '../shared/nationality-nisba.ts'
import { isKnownFullName } from '../shared/known-full-name.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { GIVEN_NAMES_ALSO_WORDS, NEWS_GIVEN_NAMES } from '../../lists/news-given-names.ts'
import { ALLAH, GIVEN, LINKING_PARTICLES, NAME_ENDERS, ORDINAL_WORDS, REGNAL_TITLES, SPEECH_VERB_STEMS, TITLES } from '../shared/word-lists.ts'

/** The one-word given names of news-given-names.ts, normalised (both lists: this rule reads them only before a name). */
const NEWS_GIVEN_WORDS: ReadonlySet<string> = new Set([...NEWS_GIVEN_NAMES, ...GIVEN_NAMES_ALSO_WORDS].filter((name) => !name.includes(' ')).map((name) => normalizeArabic(name)))

/** Prepositions normalisation spells as a given name: "على" (علي), "إلى". */
const PREPOSITIONS_AS_WRITTEN: ReadonlySet<string> = new Set(['على', 'إلى'])

/**
 * Rule 6 for the tagger's own person names: one it found right after a known given name that follows a
 * nationality or title ("الإيراني علي [باقري]", "الفنان سمير [غانم]": the tagger cut the given name off)
 * starts at that given name; a two-word name after a nationality or title ("الإيراني علي باقري كني،"
 * tagged "علي باقري") takes a third word on the same terms as the rule; and a one-word name after a
 * title takes the family name the tagger cut off, when a particle or punctuation closes it ("العماد
 * [رودولف] هيكل، قائد الجيش"); one of two words takes a masculine nisba after it as the family name
 * ("محمد شياع [السوداني]"); and one that ends on a linking particle takes the next word ("خالد آيت
 * [الطالب]").
 */
export function extendGivenNames(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'person') {
      extendNamesakesRegnalNumber(ctx, mentions, index)
      return
    }
    const before = mention.first - 1
    // "الروائي [صنع] الله إبراهيم": a name does not begin with "الله"; the word before it is the name's first.
    if (ctx.tokens[mention.first].norm === ALLAH && mention.last > mention.first && isBareFree(ctx, before, mention.first)) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
      return
    }
    // "الروائي [صنع الله] إبراهيم": nor does one end before it, after a theophoric name's first word.
    // (The tokenizer reads "الله" as الل + a pronoun: the word as written.)
    if (before >= 1 && ctx.tokens[before].norm === ALLAH && ctx.owner[before] < 0 && !breakBetween(ctx, before, mention.first) && isBareFree(ctx, before - 1, before) &&
      THEOPHORIC_FIRST.has(ctx.stems[before - 1])) {
      mention = mentions[index] = { ...mention, first: before - 1 }
      ctx.owner[before] = ctx.owner[before - 1] = index
      return
    }
    // "الإيراني علي [باقري كني]", "العراقي علي [محسن العلاق]": a known given name after a title or nationality
    // begins the name the tagger found after it, of one word or two.
    if (mention.last - mention.first <= 1 && before >= 0 && ctx.owner[before] < 0 && !breakBetween(ctx, before, mention.first) &&
      isGivenStart(ctx, before)) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
    }
    // "أعلن علي [محسن العلاق]": so does one right after a verb of saying, the sentence's subject (as written: "على"
    // is the preposition normalisation spells alike).
    if (mention.last > mention.first && before >= 1 && ctx.owner[before] < 0 && !breakBetween(ctx, before, mention.first) &&
      GIVEN.has(ctx.stems[before]) && ctx.tokens[before].clitics.pre.length === 0 && !breakBetween(ctx, before - 1, before) &&
      SPEECH_VERB_STEMS.has(ctx.tokens[before - 1].norm) && !PREPOSITIONS_AS_WRITTEN.has(ctx.text.slice(ctx.tokens[before].start, ctx.tokens[before].end))) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
    }
    // "قال مدير دائرة ماء البصرة، علي [حسين الحلفي]، إن": so does one that opens an apposition after a comma,
    // the person the role before it names (as written: "، على" is the preposition); also one listed with its article
    // ("، الفاتح [عبد الله حسن]،").
    if (mention.last > mention.first && before >= 1 && ctx.owner[before] < 0 && !breakBetween(ctx, before, mention.first) &&
      isGivenNotPreposition(ctx, before) && (ctx.tokens[before].clitics.pre.length === 0 || onlyTheArticle(ctx, before)) && ctx.tokens[before].clitics.post.length === 0 &&
      commaAfter(ctx, before - 1) && commaAfter(ctx, mention.last)) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
    }
    // "فرصة محققة [لليونيل] ميسي": a listed person's given name after "ل", which the tokenizer read as ل + the article
    // ("لل"), before the family name the tagger found.
    if (mention.last === mention.first && before >= 0 && ctx.owner[before] < 0 && !breakBetween(ctx, before, mention.first) &&
      ctx.tokens[before].norm.startsWith('لل') && isKnownFullName([ctx.tokens[before].norm.slice(1), ctx.tokens[mention.first].norm])) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
    }
    // "وزير الدولة ثاني [بن أحمد الزيودي]": a name that begins with "بن" after a given name begins there (ثاني is also
    // "second"); not after a verb ("قال بن سلمان", "أكد بن غفير": the family's name alone).
    if (before >= 0 && NASAB.has(ctx.stems[mention.first]) && mention.last > mention.first && isBareFree(ctx, before, mention.first) &&
      (GIVEN.has(ctx.stems[before]) || COMMON_WORD_GIVEN.has(ctx.stems[before]) || isUnclustered(ctx, ctx.tokens[before].norm))) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
    }
    // "والي كسلا الصادق [محمد الأزرق]": a given name written with the article (الصادق، الطيب، الهادي), no title,
    // before a person that begins with a given name.
    if (before >= 0 && isDefiniteGiven(ctx, before, mention.first) && GIVEN.has(ctx.stems[mention.first])) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
    }
    // "المدرب [بيب] غوارديولا": a given name the lists and the word clusters never saw, between a title and
    // the tagger's person.
    if (before >= 0 && ctx.owner[before] < 0 && !breakBetween(ctx, before, mention.first) && isUnknownGivenAfterTitle(ctx, before)) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
    }
    // "منسقة المعرض نرمين [عبد الحميد]", "الرسامة الغزية رهف [سمير الكحلوت]": a known given name, bare, before a name of two
    // words that opens on a given name too is the person's own (given name, father's, family).
    // (And one the tokenizer read a "و" off that is the name's: "[وضاح] ناجي الشعيبي".)
    if (mention.last === mention.first + 1 && (isBareFree(ctx, before, mention.first) ? GIVEN.has(ctx.stems[before]) : isGivenWithItsWaw(ctx, before, mention.first)) &&
      startsPersonName(ctx, mention.first) && !PREPOSITIONS_AS_WRITTEN.has(ctx.text.slice(ctx.tokens[before].start, ctx.tokens[before].end))) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
    }
    // "[إسراء] أحمد الطويل", "[رؤى] عادل عبد الباقي": so is a given name of the news the rules' lists lack, as written,
    // before a name of two or three words that opens on a known given name. (Read here only: as a given name
    // everywhere, these open and split persons in the other rules.)
    if (mention.last - mention.first <= 2 && mention.last > mention.first && isNewsGivenName(ctx, before, mention.first) && startsPersonName(ctx, mention.first) &&
      onlyTheArticle(ctx, mention.first)) {
      mention = mentions[index] = { ...mention, first: before }
      ctx.owner[before] = index
    }
    if (mention.last === mention.first + 1 && isGivenStart(ctx, mention.first) && takesThirdWord(ctx, mention.first)) {
      mentions[index] = { ...mention, last: mention.first + 2 }
      ctx.owner[mention.first + 2] = index
    }
    // "المبعوث الأمريكي ستيف [ويتكوف]": a lone given name and a word the clusters never saw, even with its و read off
    // by the tokenizer, which no known given name is ("محمد وعلي" are two).
    if (mention.last === mention.first && GIVEN.has(ctx.stems[mention.first]) && takesUnseenFamilyName(ctx, mention.first)) {
      mention = mentions[index] = { ...mention, last: mention.first + 1 }
      ctx.owner[mention.last] = index
    }
    if (mention.last === mention.first && (takesFamilyName(ctx, mention.first) || takesDefiniteFamilyName(ctx, mention.first) || takesForeignFamilyName(ctx, mention.first))) {
      mention = mentions[index] = { ...mention, last: mention.first + 1 }
      ctx.owner[mention.first + 1] = index
    }
    const regnal = regnalNumberEnd(ctx, mention)
    if (regnal > mention.last) {
      for (let k = mention.last + 1; k <= regnal; k++) ctx.owner[k] = index
      mention = mentions[index] = { ...mention, last: regnal }
    }
    if (takesLaqab(ctx, mention)) {
      mention = mentions[index] = { ...mention, last: mention.last + 1 }
      ctx.owner[mention.last] = index
    }
    // "الشيخ [مشعل الأحمد] الجابر الصباح": Gulf names go on with the fathers' names, each with the article, and the
    // family's.
    for (let k = 0; k < 3 && takesDefiniteForebear(ctx, mention); k++) {
      mention = mentions[index] = { ...mention, last: mention.last + 1 }
      ctx.owner[mention.last] = index
    }
    if (takesNisbaFamilyName(ctx, mention)) {
      mention = mentions[index] = { ...mention, last: mention.last + 1 }
      ctx.owner[mention.last] = index
    }
    // "خالد [آيت] الطالب", "محمد ولد": a name does not end on a linking particle; two at most in a row.
    for (let k = 0; k < 2 && endsOnParticle(ctx, mention); k++) {
      mention = mentions[index] = { ...mention, last: mention.last + 1 }
      ctx.owner[mention.last] = index
    }
  })
}

/**
 * Token t stands right after a title, bare (no clitic, not definite), name-like, not shaped like a verb
 * and unknown to the word clusters (a transliterated given name: "بيب"; "أمس", "نظيره" are known or carry
 * a clitic).
 */
function isUnknownGivenAfterTitle(ctx: Context, t: number): boolean {
  const at = titleBefore(ctx, t)
  // After a title or a singular nationality: "النيجيري [بولا] أحمد تينوبو".
  if (at < 0 || at !== t - 1 || !(TITLES.has(ctx.stems[at]) || (isNationalityNisba(ctx.stems[at], ctx.gazetteer) && !PATTERNS.pluralEnding.test(ctx.stems[at])))) return false
  const { pre, post } = ctx.tokens[t].clitics
  const word = ctx.tokens[t].norm
  // (A word in ة is no verb, whatever its first letter: "الطالبة الكويتية [نورة] فيصل العنزي".)
  return pre.length === 0 && post.length === 0 && isNameLike(ctx, word) && (!PATTERNS.verbShape.test(word) || PATTERNS.taMarbutaEnding.test(word)) &&
    isUnclustered(ctx, word)
}

/**
 * Whether the one-word person at t after a title or nationality takes the next word as the family name:
 * a free word without clitics, name-like, neither a verb's shape nor an accusative's ("الرئيس بوتين
 * قرارا"), and then the name closed by punctuation or a particle.
 */
function takesFamilyName(ctx: Context, t: number): boolean {
  const at = titleBefore(ctx, t)
  if (at < 0 || !(TITLES.has(ctx.stems[at]) || isNationalityNisba(ctx.stems[at], ctx.gazetteer))) return false
  const next = nextStem(ctx, t, 1)
  // A known given name is a family name too ("المحامي خالد [علي] إن").
  if (next === null || ctx.owner[t + 1] >= 0 || !(isNameLike(ctx, next) || GIVEN.has(next) || TITLE_FAMILY_NAMES.has(next))) return false
  const { pre, post } = ctx.tokens[t + 1].clitics
  const word = ctx.tokens[t + 1].norm
  if (pre.length > 0 || post.length > 0 || PATTERNS.verbShape.test(word) || PATTERNS.accusativeEnding.test(word)) return false
  const after = nextStem(ctx, t, 2)
  // Not closed by a definite word: "الملك سنفرو مؤسس الأسرة" is the king and what he founded.
  return after === null || NAME_ENDERS.has(after)
}

/**
 * "مصفف الشعر اللندني [غوستاف] فوشيه لصحيفة": a lone person the word clusters never saw (a transliterated given
 * name) takes the next word when it too is unseen, bare and name-like, and the name is closed after it
 * (punctuation, a particle, a word behind ل or ب).
 */
function takesForeignFamilyName(ctx: Context, t: number): boolean {
  const next = t + 1
  if (next >= ctx.tokens.length || ctx.owner[next] >= 0 || breakBetween(ctx, t, next) || GIVEN.has(ctx.stems[t]) || !isUnclustered(ctx, ctx.tokens[t].norm)) return false
  // An ending the tokenizer reads as a pronoun is the name's own when the clusters never saw the word ("فوشيه").
  const word = ctx.tokens[next].norm
  // Nor a word with the accusative's tanween: "المطربة التونسية لطيفة [حفلاً]" (a concert).
  // Another name right after closes it, even on a word shaped like a verb: "الألماني ماتياس [يايسله] الأهلي السعودي".
  const namedAfter = next + 1 < ctx.tokens.length && ctx.owner[next + 1] >= 0 && !breakBetween(ctx, next, next + 1)
  // A known word too after a title, when the sentence's verb closes it: "للكاتب السوداني حمور [زيادة] تتناول".
  const verbAfter = titleBefore(ctx, t) >= 0 && nextStem(ctx, t, 2) !== null && ctx.tokens[next + 1].clitics.pre.length === 0 &&
    PATTERNS.presentVerb.test(ctx.tokens[next + 1].norm) && isClustered(ctx, ctx.tokens[next + 1].norm) && ctx.tokens[next].clitics.post.length === 0
  if (ctx.tokens[next].clitics.pre.length > 0 || !(isUnclustered(ctx, word) || verbAfter) || !isNameLike(ctx, word) || (PATTERNS.verbShape.test(word) && !namedAfter) ||
    hasTanween(ctx, next)) return false
  if (verbAfter) return true
  const after = nextStem(ctx, t, 2)
  const closer = ctx.tokens[next + 1]?.clitics.pre
  return after === null || NAME_ENDERS.has(after) || (closer?.length === 1 && (closer[0] === 'ل' || closer[0] === 'ب')) || namedAfter
}

/**
 * A person of two words or more goes on with the word after it: a given name with the article ("الجابر", "الأحمد")
 * or a ruling family's name that takes it ("الصباح"), free, with no other clitic.
 */
function takesDefiniteForebear(ctx: Context, mention: TokenMention): boolean {
  const t = mention.last + 1
  if (mention.last === mention.first || t >= ctx.tokens.length || ctx.owner[t] >= 0 || breakBetween(ctx, mention.last, t)) return false
  const { pre, post } = ctx.tokens[t].clitics
  const stem = ctx.stems[t]
  // Not a title ("مهندس [الملك] خوفو": ملك is a given name too).
  return pre.length === 1 && pre[0] === 'ال' && post.length === 0 && !TITLES.has(stem) && (GIVEN.has(stem.slice(2)) || DEFINITE_FAMILIES.has(stem))
}

/** Token k, right before `next`, free, is a given name with the article alone, no title or nationality ("الصادق", not "الأمير"). */
function isDefiniteGiven(ctx: Context, k: number, next: number): boolean {
  if (ctx.owner[k] >= 0 || breakBetween(ctx, k, next)) return false
  const { pre, post } = ctx.tokens[k].clitics
  const stem = ctx.stems[k]
  // Not a nationality ("اليمني": "يمنى" is a given name).
  return pre.length === 1 && pre[0] === 'ال' && post.length === 0 && !TITLES.has(stem) && GIVEN.has(stem.slice(2)) &&
    !isNationalityNisba(stem, ctx.gazetteer)
}

/** Family names that are title words too: "عادل إمام". Hand-written. */
const TITLE_FAMILY_NAMES: ReadonlySet<string> = new Set(['إمام'].map((word) => normalizeArabic(word)))

/** "بن", "بنت": son or daughter of, inside a name, never its first word. */
const NASAB: ReadonlySet<string> = new Set(['بن', 'بنت'].map((word) => normalizeArabic(word)))
/** Given names that are common words too, known as names before "بن": "ثاني بن حمد" (Gulf). Hand-written. */
const COMMON_WORD_GIVEN: ReadonlySet<string> = new Set(['ثاني'].map((word) => normalizeArabic(word)))

/** Ruling families named with the article: "الصباح" (Kuwait). Hand-written. */
const DEFINITE_FAMILIES: ReadonlySet<string> = new Set(['الصباح'].map((word) => normalizeArabic(word)))

/** Token k is free, bare (no clitic) and follows nothing that breaks it from token `next`. */
function isBareFree(ctx: Context, k: number, next: number): boolean {
  return k >= 0 && ctx.owner[k] < 0 && !breakBetween(ctx, k, next) && ctx.tokens[k].clitics.pre.length === 0 && ctx.tokens[k].clitics.post.length === 0
}

/** Token k, free before `next` and not owned, is one of the news's given names as written (news-given-names.ts). */
function isNewsGivenName(ctx: Context, k: number, next: number): boolean {
  return k >= 0 && ctx.owner[k] < 0 && !breakBetween(ctx, k, next) && NEWS_GIVEN_WORDS.has(ctx.tokens[k].norm)
}

/** Token k, free before `next`, is a listed given name that begins with "و" ("وضاح", "وسيم"), read as و + a word. */
function isGivenWithItsWaw(ctx: Context, k: number, next: number): boolean {
  if (k < 0 || ctx.owner[k] >= 0 || breakBetween(ctx, k, next)) return false
  const { pre, post } = ctx.tokens[k].clitics
  return pre.length === 1 && pre[0] === 'و' && post.length === 0 && GIVEN.has(ctx.tokens[k].norm)
}

/** The first words of theophoric names ("صنع الله", "عبد الله", "نصر الله"), normalised. Hand-written. */
const THEOPHORIC_FIRST: ReadonlySet<string> = new Set(
  ['عبد', 'صنع', 'نصر', 'فتح', 'هبة', 'جار', 'خير', 'عطا', 'فضل', 'رزق', 'ذبيح', 'ضيف', 'حسب', 'عوض', 'جاب', 'وهب', 'سعد'].map((word) => normalizeArabic(word)),
)

/** Token t + 1 is a family name the clusters never saw after the given name at t, written with و or without. */
function takesUnseenFamilyName(ctx: Context, t: number): boolean {
  const next = t + 1
  if (next >= ctx.tokens.length || ctx.owner[next] >= 0 || breakBetween(ctx, t, next)) return false
  const { pre, post } = ctx.tokens[next].clitics
  const word = ctx.tokens[next].norm
  return pre.length === 1 && pre[0] === 'و' && post.length === 0 && isUnclustered(ctx, word) && !GIVEN.has(ctx.stems[next]) &&
    !GIVEN.has(word) && isNameLike(ctx, ctx.stems[next]) && !PATTERNS.verbShape.test(word)
}

/**
 * The person ends on a linking particle after another word and the word after it is free and follows
 * without a break. A particle alone is a common noun the tagger took for a name ("ابن الفنان", the son).
 */
function endsOnParticle(ctx: Context, mention: TokenMention): boolean {
  const next = mention.last + 1
  if (mention.last === mention.first || nextStem(ctx, mention.last, 1) === null || ctx.owner[next] >= 0) return false
  // "محمد نور الدين [حاج] علي" (s60-a): a Levantine family name opens on a bare "حاج" before a given name.
  if (HAJJ.has(ctx.tokens[mention.last].norm)) return isGivenNotPreposition(ctx, next)
  return LINKING_PARTICLES.has(ctx.stems[mention.last]) && (!NAME_ENDERS.has(ctx.stems[next]) || isGivenNotPreposition(ctx, next))
}

/** "حاج" without the article, the first word of a family name ("حاج علي", "حاج موسى"). */
const HAJJ = new Set([normalizeArabic('حاج')])

/** The "عشر" of a compound regnal number ("الرابع عشر"). */
const TEEN = normalizeArabic('عشر')

/**
 * "[شارع الملك عبدالله] الثاني", "[مستشفى الملك فهد] الأول": a street or a body named after a king takes his regnal number, as
 * the king's own name does (regnalNumberEnd).
 */
function extendNamesakesRegnalNumber(ctx: Context, mentions: TokenMention[], index: number): void {
  const mention = mentions[index]
  let title = -1
  for (let t = mention.first + 1; t < mention.last && title < 0; t++) if (REGNAL_TITLES.has(ctx.stems[t])) title = t
  // (The king's own name after the title: a definite word there is a field's, "جائزة الملك [الفيصل] العالمية".)
  if (title < 0 || isDefiniteStem(ctx.stems[title + 1])) return
  const last = ordinalEnd(ctx, mention.last)
  if (last < 0) return
  for (let t = mention.last + 1; t <= last; t++) ctx.owner[t] = index
  mentions[index] = { ...mention, last }
}

/**
 * Where a king's or a pope's name ends with its regnal number: "بابا الفاتيكان [ليو] الرابع عشر", "الملك
 * [تشارلز] الثالث". A compound ordinal ("الرابع عشر") after any person; a simple one only after a royal or
 * papal title ("جاء محمد الثاني" is Mohammed who came second).
 */
function regnalNumberEnd(ctx: Context, mention: TokenMention): number {
  const end = ordinalEnd(ctx, mention.last)
  if (end < 0) return mention.last
  if (end === mention.last + 2) return end
  const title = titleBefore(ctx, mention.first)
  return title >= 0 && REGNAL_TITLES.has(ctx.stems[title]) ? end : mention.last
}

/** The last token of a free ordinal right after token `last` ("الثالث", or "الرابع عشر" over two tokens), or -1 where none is. */
function ordinalEnd(ctx: Context, last: number): number {
  const ordinal = nextStem(ctx, last, 1)
  if (ordinal === null || !ORDINAL_WORDS.has(ordinal) || ctx.owner[last + 1] >= 0) return -1
  return nextStem(ctx, last, 2) === TEEN && ctx.owner[last + 2] < 0 ? last + 2 : last + 1
}

/**
 * Whether a person of two words or more takes the masculine singular nisba after it as a family name
 * ("[محمد شياع] السوداني", "[سيف الدين] الجزيري"): Arabic puts a nationality before a name ("التونسي سيف
 * الدين الجزيري"), so after one a nisba names the family (rule 1 keeps it on the tagger's persons).
 */
function takesNisbaFamilyName(ctx: Context, mention: TokenMention): boolean {
  if (mention.last === mention.first) return false
  const t = mention.last + 1
  const word = nextStem(ctx, mention.last, 1)
  if (word === null || ctx.owner[t] >= 0 || !PATTERNS.nisba.test(word) || !word.endsWith('ي')) return false
  const { pre, post } = ctx.tokens[t].clitics
  return pre.length === 1 && post.length === 0 && !ctx.gazetteer.classes.has(word)
}
