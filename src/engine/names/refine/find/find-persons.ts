import { isDefiniteStem } from '../shared/definite.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { add, breakBetween, nextStem, type Context, type TokenMention } from '../shared/context.ts'
import { isGivenStart, isOnBehalfOf, takesDefiniteFamilyName, takesLaqab, takesThirdWord, titleBefore, titlePhraseEndsAt } from '../shared/given-name-start.ts'
import { hasTanween, isAndBeforeShortKnownWord, isClustered, isNameLike, isPrepositionalPhrase, isThirdNameWord, isUnclustered } from '../shared/name-like.ts'
import { isNationalityNisba } from '../shared/nationality-nisba.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { isWorldFamilyName } from '../shared/known-full-name.ts'
import { singularOfPluralTitle } from '../shared/plural-title.ts'
import { ALLAH, BODY_OF_PLACE, IN, CHAIN_HEADS, COMMON_NOUN_TITLES, GIVEN, KUNYA, MINISTRY, NAME_ADJECTIVES, NAME_ENDERS, NAME_HEADS, OBJECT_NOUNS, ORDINAL_WORDS, REGNAL_TITLES, ON_BEHALF_OF, PLACE_KIND_HEADS, PLACE_RULERS, PREPOSITION_ALA, TITLES, hasWithArticle } from '../shared/word-lists.ts'

// Rule 6's patterns for persons the tagger missed (find-patterns.ts runs them in its one loop): a
// spokesperson's or a title holder's name after the body, and a name after a title or a nationality.

/** "على" as the tokens' norm spells it, the same as the name "علي". */
const ALA_NORM = normalizeArabic(PREPOSITION_ALA)
/** The given name Ali as written, with its dotted ya. */
const ALI = 'علي'
/** "إلى" and "لدى" before the place an envoy or ambassador is sent to (the tokens' norm). */
const ENVOY_PREPOSITIONS: ReadonlySet<string> = new Set(['إلى', 'لدى'].map((word) => normalizeArabic(word)))
/** "أمام" (in front of) as the tokens' norm spells it, the same as "إمام" (an imam; a family name, "عادل إمام"). */
const AMAM_NORM = normalizeArabic('أمام')

/**
 * Particles that, normalised, spell a given name: "بأن" is "بان" (Ban, "بان كي مون"). Written with the
 * hamza they are the particle (that, because).
 */
const PARTICLES_AS_WRITTEN: ReadonlySet<string> = new Set(['بأن', 'لأن', 'كأن', 'بأنه', 'بأنها', 'بأنهم', 'لأنه', 'لأنها', 'لأنهم'])

/**
 * The word at k ends a name (NAME_ENDERS, or a particle as written), unless it is written "إمام": normalised,
 * it is the preposition "أمام", but the hamza below says it is the noun, here a family name ("الفنان الكبير
 * عادل إمام").
 */
function endsName(ctx: Context, k: number): boolean {
  const stem = ctx.stems[k]
  const { start, end } = ctx.tokens[k]
  if (PARTICLES_AS_WRITTEN.has(ctx.text.slice(start, end))) return true
  return NAME_ENDERS.has(stem) && !(stem === AMAM_NORM && ctx.text.startsWith('إ', start))
}

/** "المتحدث باسم …": the spokesperson's name after the body (spokespersonName); t is "باسم". */
export function findSpokesperson(ctx: Context, mentions: TokenMention[], t: number): void {
  if (isOnBehalfOf(ctx, t)) spokespersonName(ctx, mentions, t)
}

/**
 * "زعيم التيار الصدري مقتدى الصدر إلى", "مفتي الديار المصرية نظير عياد أن": a title, the body it is of right
 * after it, then the holder's name (t is the title), on spokespersonName's terms.
 */
export function findTitleBeforeBody(ctx: Context, mentions: TokenMention[], t: number): void {
  const stem = ctx.stems[t]
  // A title in the construct state ("مفتي", "رئيس") or with the article ("الأمين").
  // Not "باسم" (on behalf of), which the title list holds for "الناطق باسم": findSpokesperson's.
  if (!(TITLES.has(stem) || (!isDefiniteStem(stem) && hasWithArticle(TITLES, stem))) || ON_BEHALF_OF.has(stem) || t + 1 >= ctx.tokens.length ||
    breakBetween(ctx, t, t + 1) || ctx.owner[t] >= 0) return
  const body = ctx.owner[t + 1]
  // The body: an organisation the tagger or the lists found; or, after a title in the construct state, definite
  // words and then a known given name ("مفتي الديار المصرية نظير عياد", "شيخ الشهداء عمر المختار").
  // A title known only by its definite form ("معارض" is also "exhibitions") asks for a known given name.
  const construct = !TITLES.has(stem)
  if (body >= 0) {
    if (mentions[body].type === 'organization' && mentions[body].first === t + 1) spokespersonName(ctx, mentions, t, construct)
  } else if (!isDefiniteStem(stem) && isDefiniteStem(ctx.stems[t + 1]) && !NAME_ENDERS.has(ctx.stems[t + 1])) {
    spokespersonName(ctx, mentions, t, true)
  }
}

/**
 * "محمد العسومي وأحمد الخطيب [وعلي المري].": a list of persons goes on after "و" with a known given name and its
 * family name, closed by punctuation or a particle (t is the given name, right after a person).
 */
export function findListedPerson(ctx: Context, mentions: TokenMention[], t: number): void {
  const { pre, post } = ctx.tokens[t].clitics
  if (ctx.owner[t] >= 0 || pre.length !== 1 || pre[0] !== 'و' || post.length > 0 || t === 0 || breakBetween(ctx, t - 1, t)) return
  const previous = ctx.owner[t - 1]
  if (previous < 0 || mentions[previous].type !== 'person' || mentions[previous].last !== t - 1) return
  const family = nextStem(ctx, t, 1)
  if (family === null || ctx.owner[t + 1] >= 0 || endsName(ctx, t + 1)) return
  // "براهيم دياز [ونصير مزراوي] وشادي رياض": between two persons of the list, two name-like words are the third,
  // whatever the given name.
  if (!GIVEN.has(ctx.stems[t])) {
    const following = t + 2 < ctx.tokens.length && !breakBetween(ctx, t + 1, t + 2) ? ctx.owner[t + 2] : -1
    const between = following >= 0 && mentions[following].type === 'person' && mentions[following].first === t + 2 &&
      ctx.tokens[t + 2].clitics.pre[0] === 'و' && ctx.tokens[t + 1].clitics.pre.length === 0 && ctx.tokens[t + 1].clitics.post.length === 0
    if (between && isNameLike(ctx, ctx.stems[t]) && isNameLike(ctx, family)) add(ctx, mentions, { type: 'person', first: t, last: t + 1 })
    return
  }
  // Closed by what ends a name, or the family name is one the clusters never saw ("وطه دسوقي إيرادات").
  const closed = nextStem(ctx, t, 2) === null || endsName(ctx, t + 2) || (isUnclustered(ctx, ctx.tokens[t + 1].norm) && ctx.tokens[t + 1].clitics.pre.length === 0)
  const named = isNameLike(ctx, family) || takesDefiniteFamilyName(ctx, t, 'any ender')
  if (closed && named && ctx.tokens[t + 1].clitics.post.length === 0) add(ctx, mentions, { type: 'person', first: t, last: t + 1 })
}

/**
 * "المبعوث الأميركي إلى سوريا توم باراك", "المبعوثة الأممية إلى ليبيا هانا تيتيه": an envoy or ambassador,
 * "إلى" / "لدى" and the place they are sent to, then their name (t is the preposition). The place is the
 * body of spokespersonName; the title may have a nationality between ("السفير الأمريكي لدى").
 */
export function findEnvoy(ctx: Context, mentions: TokenMention[], t: number): void {
  if (!ENVOY_PREPOSITIONS.has(ctx.tokens[t].norm) || t === 0 || breakBetween(ctx, t - 1, t)) return
  // The title, past one or two adjectives ("المبعوث الأميركي", "المبعوثة الأممية الخاصة").
  let title = t - 1
  while (title > 0 && t - title <= 2 && PATTERNS.nisba.test(ctx.stems[title]) && !TITLES.has(ctx.stems[title]) && !breakBetween(ctx, title - 1, title)) title--
  if (!TITLES.has(ctx.stems[title]) || ctx.owner[title] >= 0) return
  const place = ctx.owner[t + 1]
  if (place < 0 || mentions[place].type !== 'place' || mentions[place].first !== t + 1) return
  spokespersonName(ctx, mentions, t, false, true)
}

/**
 * "حاكم ولاية كاليفورنيا غافين نيوسوم", "عمدة لندن صادق خان": a ruler's title in the construct state, the place
 * he rules (after its kind's head or not), then his name (t is the title), on spokespersonName's terms.
 */
export function findRulerOfPlace(ctx: Context, mentions: TokenMention[], t: number): void {
  if (!PLACE_RULERS.has(ctx.stems[t]) || ctx.owner[t] >= 0 || ctx.tokens[t].clitics.post.length > 0) return
  let k = t + 1
  if (nextStem(ctx, t, 1) !== null && ctx.owner[k] < 0 && PLACE_KIND_HEADS.has(ctx.stems[k])) k++
  if (nextStem(ctx, k - 1, 1) === null) return
  const place = ctx.owner[k]
  if (place < 0 || mentions[place].type !== 'place' || mentions[place].first !== k) return
  spokespersonName(ctx, mentions, k - 1, false, true)
}

/**
 * "وزير الدفاع العراقي ثابت العباسي اجتماعاً", "وزيرة الخارجية الألمانية السابقة أنالينا بيربوك رئيسة": a title in
 * the construct state, its field (one or two definite words), the holder's nationality agreeing with the title,
 * and an adjective of the title perhaps; the name follows (t is the nationality). The title phrase is whole, so
 * the words after it are the name when something closes them (nameAfterTitle).
 */
export function findTitleOfField(ctx: Context, mentions: TokenMention[], t: number): void {
  // Cheapest tests first: this runs for every token.
  if (t < 2 || !PATTERNS.nisba.test(ctx.stems[t]) || breakBetween(ctx, t - 1, t) || !isDefiniteStem(ctx.stems[t - 1]) ||
    !isNationalityNisba(ctx.stems[t], ctx.gazetteer)) return
  // The field and nationality may be the ministry the rules found ("وزيرة [الخارجية الألمانية]").
  const ministry = ctx.owner[t]
  if (ministry >= 0 && (mentions[ministry].type !== 'organization' || mentions[ministry].last !== t)) return
  const isField = (k: number) => (ctx.owner[k] < 0 || ctx.owner[k] === ministry) && isDefiniteStem(ctx.stems[k]) && !TITLES.has(ctx.stems[k]) &&
    !isNationalityNisba(ctx.stems[k], ctx.gazetteer)
  let title = t - 1
  while (title > 0 && t - title <= 2 && !breakBetween(ctx, title, title + 1) && isField(title)) title--
  if (ministry >= 0 && mentions[ministry].first !== title + 1) return
  const stem = ctx.stems[title]
  if (title === t - 1 || breakBetween(ctx, title, title + 1) || ctx.owner[title] >= 0 || isDefiniteStem(stem) || !hasWithArticle(TITLES, stem)) return
  if (stem.endsWith('ه') !== ctx.stems[t].endsWith('يه')) return
  let at = t
  if (nextStem(ctx, t, 1) !== null && ctx.owner[t + 1] < 0 && NAME_ADJECTIVES.has(ctx.stems[t + 1])) at = t + 1
  const last = nameAfterTitle(ctx, at + 1)
  if (last >= 0) add(ctx, mentions, { type: 'person', first: at + 1, last })
}

/**
 * Where a name right after a complete title phrase ends, or -1: one to three words, the first a known given
 * name or a name-like word with no clitic (no verb the clusters know, no title), the last perhaps a definite
 * family name ("ثابت العباسي"), closed by punctuation, a particle, the verb's object in the accusative, a
 * preposition before a common word, or a role ("رئيسة لدورتها").
 */
function nameAfterTitle(ctx: Context, first: number): number {
  const fits = (k: number) => {
    if (k >= ctx.tokens.length || (k > first && breakBetween(ctx, k - 1, k)) || ctx.owner[k] >= 0) return false
    const { pre, post } = ctx.tokens[k].clitics
    const stem = ctx.stems[k]
    // A word the clusters never saw is a name whole, whatever clitics the tokenizer read into it ("أنالينا" as
    // انالي + نا, "بيربوك" as ب + يربوك).
    const unseen = isUnclustered(ctx, ctx.tokens[k].norm)
    if ((post.length > 0 && !unseen) || hasTanween(ctx, k) || endsName(ctx, k) || TITLES.has(stem) || hasWithArticle(TITLES, stem)) return false
    const knownVerb = PATTERNS.verbShape.test(stem) && !unseen && ctx.gazetteer.clusters.size > 0
    // Nor a preposition and a common word the tokenizer left whole ("فوبارا [لمدة] ستة أشهر").
    if (k > first && isPrepositionalPhrase(ctx, k)) return false
    if (pre.length === 0 || (unseen && !pre.includes('ال') && !pre.includes('و'))) return (GIVEN.has(stem) || isNameLike(ctx, stem)) && !knownVerb
    // A definite family name, after the first word only: "ثابت [العباسي]".
    return k > first && pre.length === 1 && pre[0] === 'ال' && stem.length >= 5 && !isCountryNisbaOrPlural(ctx, stem)
  }
  if (first >= ctx.tokens.length || breakBetween(ctx, first - 1, first) || !fits(first) || isDefiniteStem(ctx.stems[first])) return -1
  let last = first
  while (last - first < 2 && fits(last + 1) && !isDefiniteStem(ctx.stems[last])) last++
  const next = last + 1
  if (next >= ctx.tokens.length || breakBetween(ctx, last, next)) return last
  const after = ctx.stems[next]
  const closed = NAME_ENDERS.has(after) || hasTanween(ctx, next) || isPrepositionalPhrase(ctx, next) || hasWithArticle(TITLES, after) ||
    ctx.tokens[next].clitics.pre.some((c) => c === 'ب' || c === 'ل')
  return closed ? last : -1
}

/** A definite word that is a nationality or a plural: no family name ("الفلسطينيين"). */
function isCountryNisbaOrPlural(ctx: Context, stem: string): boolean {
  return isNationalityNisba(stem, ctx.gazetteer) || PATTERNS.pluralEnding.test(stem)
}

/** "وقالت العقيد في القوات الجوية الأمريكية سيلينا نويز في بيان": a title, "في", the body, the name. */
export function findTitleInBody(ctx: Context, mentions: TokenMention[], t: number): void {
  if (ctx.stems[t] === IN && t > 0 && !breakBetween(ctx, t - 1, t) && ctx.owner[t - 1] < 0 && TITLES.has(ctx.stems[t - 1]) && isDefiniteStem(ctx.stems[t - 1])) {
    spokespersonName(ctx, mentions, t)
  }
}

/**
 * A person after a title or a nationality (titleBefore): a known given name or, after a definite title,
 * a name-like word, with its second (and third) word; a lone word only when something closes it; after a
 * nationality, a name the word clusters never saw (unseenNameEnd).
 */
export function findTitledPerson(ctx: Context, mentions: TokenMention[], t: number): void {
  const { tokens } = ctx
  const stem = ctx.stems[t]
  const preposition = tokens[t].norm === ALA_NORM && ctx.text.slice(tokens[t].start, tokens[t].end) === PREPOSITION_ALA
  const at = preposition ? -1 : titleBefore(ctx, t)
  if (!(at >= 0 && ctx.owner[at] < 0 && ctx.owner[t - 1] < 0)) return
  // A title of two words after the first is the title going on: "اللواء [أركان حرب] حسام الدين محمود".
  if (t + 1 < tokens.length && titlePhraseEndsAt(ctx, t + 1)) return
  const before = ctx.stems[at]
  // "المدعو أبو علي البصري": a kunya after a title, with the epithet it is known by when one closes it.
  if (KUNYA.has(stem) && TITLES.has(before)) {
    const name = nextStem(ctx, t, 1)
    if (name === null || ctx.owner[t + 1] >= 0 || tokens[t + 1].clitics.post.length > 0 || !(GIVEN.has(name) || isNameLike(ctx, name))) return
    add(ctx, mentions, { type: 'person', first: t, last: takesLaqab(ctx, { first: t, last: t + 1 }) ? t + 2 : t + 1 })
    return
  }
  // A known given name after a nationality or any title ("الإيراني علي باقري"); any word after a
  // definite title ("الفنانة نعيمة عاكف"), unless it is a trigger word itself ("المتحدث باسم").
  const givenStart = isGivenStart(ctx, t)
  // A name takes no pronoun suffix: "العضو قوله" is "the member, his saying".
  // Nor the accusative's tanween: "استقبل الأمير وفداً" (a delegation).
  const titledStart = TITLES.has(before) && !COMMON_NOUN_TITLES.has(before) && isDefiniteStem(before) && isNameLike(ctx, stem) &&
    tokens[t].clitics.post.length === 0 && !hasTanween(ctx, t)
  if (!givenStart && !titledStart) {
    // "وافتتح البرازيلي مالكوم التسجيل": after a nationality, a name the unlabelled text never had.
    // The nationality is singular ("الفرنسيون ذريعة" is "the French (made it) a pretext") and a noun
    // there ("وافتتح البرازيلي") or a title's ("المدرب البرتغالي"), not another noun's adjective
    // ("وكالة الفضاء الإماراتية مسبار الأمل"). Cheapest test first: this runs for every token.
    const singular = !before.endsWith('ون') && !before.endsWith('ين')
    if (singular && isNationalityNisba(before, ctx.gazetteer)) {
      const headOfNisba = at >= 1 && !breakBetween(ctx, at - 1, at) ? ctx.stems[at - 1] : ''
      // A title with its rank is a title too: "الوزير الأول الجزائري سيفي غريب".
      const rankedTitle = ORDINAL_WORDS.has(headOfNisba) && at >= 2 && !breakBetween(ctx, at - 2, at - 1) && TITLES.has(ctx.stems[at - 2])
      const nisbaIsNoun = !isDefiniteStem(headOfNisba) || TITLES.has(headOfNisba) || rankedTitle
      const last = nisbaIsNoun ? unseenNameEnd(ctx, t, !before.endsWith('يه')) : -1
      if (last >= t) add(ctx, mentions, { type: 'person', first: t, last })
    }
    return
  }
  // A name after its title or nationality takes no preposition: "الإسبانية بحياة 220 شخصا" is "with the lives
  // of", not the given name Hayat.
  // A given name that begins with ل keeps it ("لاعبه لامين يامال": ل + "امين" is a given name).
  const { pre } = tokens[t].clitics
  // (Unless the word as written was never seen: a name whole, "الكاتب بوعلام صنصال".)
  const unseenWhole = isUnclustered(ctx, tokens[t].norm) && !pre.includes('و')
  if (!unseenWhole && (pre.includes('ب') || pre.includes('ك') || (pre.includes('ل') && !GIVEN.has(stem)))) return
  // Nor one the tokenizer left on a word of three letters: "المتهم [لعدم] كفاية الأدلة" (for lack of).
  if (pre.length === 0 && hidesPreposition(ctx, t)) return
  const second = nextStem(ctx, t, 1)
  // Nor does the second word take one: "الرئيس ماكرون نظيره" is Macron and his counterpart. Nor is it a number.
  const secondOk = second !== null && !endsName(ctx, t + 1) && !isDefiniteStem(second) && !PATTERNS.digitStart.test(second) && (givenStart || isNameLike(ctx, second)) &&
    (tokens[t + 1].clitics.post.length === 0 || GIVEN.has(second))
  // "الملك تحتمس الثاني": a king's name and his number (extend-given-names.ts takes a longer number on).
  if (!secondOk && REGNAL_TITLES.has(before) && second !== null && ORDINAL_WORDS.has(second) && ctx.owner[t + 1] < 0) {
    add(ctx, mentions, { type: 'person', first: t, last: t + 1 })
    return
  }
  if (!secondOk) {
    // A lone word after a title is a name only when something closes it ("الفنانة نعيمة، التي"), and
    // when it cannot be a preposition and a noun ("وتقدم المحامي بطعن أمام") or a verb ("الرئيس ستعقد").
    // Or a word with a pronoun after a name the word clusters never saw ("الرئيس ماكرون نظيره": a name
    // of the 2020s; a noun of 2007's text may be the title's complement, "الرئيس أعضاء حكومته").
    const closed = second === null || endsName(ctx, t + 1) ||
      (tokens[t + 1].clitics.post.length > 0 && isUnclustered(ctx, tokens[t].norm))
    // (A known given name alone too, after a nationality and closed by a preposition: "النجم البرازيلي [نيمار] إلى".)
    // Only one the clusters never saw, bare: "الأردنية على" is the preposition, spelt as "علي" once normalised.
    const givenAlone = givenStart && second !== null && NAME_ENDERS.has(second) && isNationalityNisba(before, ctx.gazetteer) &&
      tokens[t].clitics.pre.length === 0 && tokens[t].clitics.post.length === 0 && isUnclustered(ctx, tokens[t].norm)
    if (((titledStart && !givenStart && !PATTERNS.verbShape.test(tokens[t].norm)) || givenAlone) && closed && !PATTERNS.prepositionStart.test(tokens[t].norm)) {
      add(ctx, mentions, { type: 'person', first: t, last: t })
    }
    return
  }
  add(ctx, mentions, { type: 'person', first: t, last: takesThirdWord(ctx, t) ? t + 2 : t + 1 })
}

/**
 * Rule 6 for spokespeople, and for a title's holder in a body: "المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي
 * إن …", "العقيد في القوات الجوية الأمريكية سيلينا نويز في". After "باسم" (or "في") come the
 * body's definite words (or the organisation the tagger found), then the person's name: up to three
 * name-like words without the article, taken only when a particle, punctuation or the end closes them
 * ("المتحدث باسم الحكومة يوم الأحد" has none). `at` is the token of "باسم"; `givenOnly`: the name must begin
 * with a known given name.
 */
function spokespersonName(ctx: Context, mentions: TokenMention[], at: number, givenOnly = false, placeBody = false): void {
  const isBody = (k: number) => {
    const word = nextStem(ctx, at, k)
    const owner = word === null ? -1 : ctx.owner[at + k]
    // "المتحدث باسم جماعة الحوثي يحيى سريع": an indefinite head that begins a body's name counts too, and a
    // ministry's ("باسم وزارة الصحة"); an envoy's body is the place (`placeBody`: "إلى سوريا").
    const bodyType = placeBody ? 'place' : 'organization'
    // And a government's or a body's head ("باسم حكومة طالبان").
    return word !== null && (owner >= 0 ? mentions[owner].type === bodyType : !placeBody &&
      ((isDefiniteStem(word) && !NAME_ENDERS.has(word)) || NAME_HEADS.has(word) || MINISTRY.has(word) || BODY_OF_PLACE.has(word) || CHAIN_HEADS.has(word)))
  }
  // "باسم وزارة الصحة في غزة أشرف القدرة": the body's seat, "في" and a place, belongs to the body.
  const isSeat = (k: number) => nextStem(ctx, at, k) === IN && ctx.owner[at + k] < 0 && nextStem(ctx, at, k + 1) !== null &&
    ctx.owner[at + k + 1] >= 0 && mentions[ctx.owner[at + k + 1]].type === 'place'
  let k = 1
  while (k <= 5 && isBody(k)) k++
  if (k > 1 && isSeat(k)) {
    k = mentions[ctx.owner[at + k + 1]].last - at + 1
    while (k <= 8 && isBody(k)) k++
  }
  const first = at + k
  // A given name: a known one, or one the word clusters never saw, written without a clitic ("زعيم حزب الحركة
  // القومية دولت بهتشلي"; not "الانتصار لأهورامازدا").
  const unseenName = () => ctx.tokens[first].clitics.pre.length === 0 && isUnclustered(ctx, ctx.tokens[first].norm)
  if (k === 1 || nextStem(ctx, at, k) === null || (givenOnly && !GIVEN.has(ctx.stems[first]) && !unseenName())) return
  // Nor a second title the holder has ("وزير العدل [حافظ الأختام] لطفي بوجمعة").
  if (first + 1 < ctx.tokens.length && titlePhraseEndsAt(ctx, first + 1)) return
  // Not what "و" adds after the body: "رئيس غرفة التجارة [وعدد] من النواب" (and a number of), also where the tokenizer
  // kept the "و" on a short word the clusters know.
  if (ctx.tokens[first].clitics.pre[0] === 'و' || (!GIVEN.has(ctx.tokens[first].norm) && isAndBeforeShortKnownWord(ctx, first))) return
  // Nor a purpose behind ل or ب the tokenizer split off: "تواصل مع محافظ المنيا [لإرسال] لجنة".
  if (ctx.tokens[first].clitics.pre.some((c) => c === 'ل' || c === 'ب') && !GIVEN.has(ctx.stems[first])) return
  // "القيادي في حزب الله [فؤاد] شكر في": the tagger found the first word alone; the name goes on from it.
  const own = ctx.owner[first]
  const lone = own >= 0 && mentions[own].type === 'person' && mentions[own].last === first ? own : -1
  if (own >= 0 && lone < 0) return
  let last = first - 1
  while (last - first < 2) {
    const word = nextStem(ctx, at, last + 1 - at)
    // The tokenizer reads a pronoun into a name's ending ("سيلينا" → سيلي + نا); a name the clusters never
    // saw keeps it.
    const token = ctx.tokens[last + 1]
    // "هبة الله", "نصر الله": a theophoric name goes on with "الله".
    // (The tokenizer reads "الله" as الل + a pronoun: the word as written.)
    const theophoric = last >= first && token?.norm === ALLAH
    if (word === null || (ctx.owner[last + 1] >= 0 && last + 1 !== first) || !(isNameLike(ctx, word) || GIVEN.has(word) || theophoric) ||
      (endsName(ctx, last + 1) && !(last + 1 === first && isAliBeforeName(ctx, first))) ||
      hasTanween(ctx, last + 1) || (last + 1 - first === 2 && !theophoric && !isThirdNameWord(ctx, last + 1)) ||
      (token.clitics.post.length > 0 && !isUnclustered(ctx, token.norm) && !theophoric)) break
    last++
  }
  if (last < first) return
  // "توم [باراك]": the tagger found the family name alone; the given name joins it.
  const tagged = last + 1 < ctx.tokens.length && !breakBetween(ctx, last, last + 1) ? ctx.owner[last + 1] : -1
  // Only a given name: a known one, or one the word clusters never saw (not a rank: "الفريق [أول] عبد الفتاح").
  const givenName = GIVEN.has(ctx.stems[first]) || isUnclustered(ctx, ctx.tokens[first].norm)
  if (lone < 0 && givenName && tagged >= 0 && mentions[tagged].type === 'person' && mentions[tagged].first === last + 1 && last - first < 1) {
    mentions[tagged] = { ...mentions[tagged], first }
    for (let k = first; k <= last; k++) ctx.owner[k] = tagged
    return
  }
  const after = nextStem(ctx, at, last + 1 - at)
  // Closed by a particle, punctuation, a word with a preposition ("هانا تيتيه بالرئيس"), or the verb's object
  // written with the accusative's tanween ("غافين نيوسوم قانوناً").
  // Or by a common word after two names, the second one never seen ("رستم عمروف وفد بلاده": the object).
  let closed = after === null || NAME_ENDERS.has(after) || ctx.tokens[last + 1].clitics.pre.some((c) => c === 'ب' || c === 'ل') ||
    isPrepositionalPhrase(ctx, last + 1) || hasTanween(ctx, last + 1) ||
    (last === first + 1 && isUnclustered(ctx, ctx.tokens[last].norm) && OBJECT_NOUNS.has(ctx.stems[last + 1]))
  // Or the last word taken is itself a preposition and a common word, which then closes the name ("رمطان لعمامرة
  // [لبحث] الأزمة"); only when nothing closes the longer name, as family names begin with ب and ل too ("توني بلير").
  if (!closed && last > first && isPrepositionalPhrase(ctx, last)) {
    last--
    closed = true
  }
  if (lone >= 0) {
    if (last > first && closed) {
      mentions[lone] = { ...mentions[lone], last }
      for (let t = first; t <= last; t++) ctx.owner[t] = lone
    }
    return
  }
  if (closed) add(ctx, mentions, { type: 'person', first, last })
  // A known given name first is a name whatever follows: "المتحدث باسم جماعة الحوثي يحيى سريع استهداف
  // سفينة" (the verb came first, its object follows the name); two words, as a given name takes freely.
  // … or with its family name after the article, closed: "باسم الحكومة باسم السعدي إن".
  else if (GIVEN.has(ctx.stems[first])) {
    add(ctx, mentions, { type: 'person', first, last: last === first && takesDefiniteFamilyName(ctx, first, 'any ender') ? first + 1 : Math.min(last, first + 1) })
  }
}

/**
 * "محافظ دهوك [علي] تتر اجتماعاً": after a title and its body, "علي" as written (the preposition is "على") before a known
 * given name or a word the clusters never saw is the given name, however the word after the name closes it.
 */
function isAliBeforeName(ctx: Context, t: number): boolean {
  const { start, end } = ctx.tokens[t]
  if (ctx.stems[t] !== ALA_NORM || ctx.text.slice(start, end) !== ALI || t + 1 >= ctx.tokens.length || breakBetween(ctx, t, t + 1)) return false
  const next = ctx.tokens[t + 1]
  return next.clitics.pre.length === 0 && next.clitics.post.length === 0 && isNameLike(ctx, ctx.stems[t + 1]) &&
    (GIVEN.has(ctx.stems[t + 1]) || isUnclustered(ctx, next.norm))
}

/**
 * Where a name that starts at t after a nationality ends, or -1: one or two name-like words without
 * clitics and not shaped like a verb, at least one of them unknown to the word clusters (a transliterated
 * name the unlabelled text never had: "مالكوم", "فيتوريا"; common verbs and nouns are all clustered), and
 * then the name closed by punctuation, a particle, a definite word ("مالكوم التسجيل") or a word with a preposition. `masculine`:
 * the nationality before it is masculine.
 */
/** Token t is ب or ل and a known word of three letters, which the tokenizer keeps whole ("لعدم", "بحق"). */
function hidesPreposition(ctx: Context, t: number): boolean {
  const word = ctx.tokens[t].norm
  return word.length === 4 && (word[0] === 'ل' || word[0] === 'ب') && !GIVEN.has(word) && isClustered(ctx, word.slice(1))
}

function unseenNameEnd(ctx: Context, t: number, masculine: boolean): number {
  const fits = (k: number, verbShaped = false) => {
    const token = ctx.tokens[k]
    // The tokenizer takes a leading ف for "and" ("فيتوريا" → ف + يتوريا); a name keeps it (name-start.ts).
    const pre = token.clitics.pre
    // A family name keeps a first ل or ب the clusters never saw with it ("رمطان لعمامرة").
    const ownLetter = k > t && pre.length === 1 && (pre[0] === 'ل' || pre[0] === 'ب') && isUnclustered(ctx, token.norm)
    if (ctx.owner[k] >= 0 || token.clitics.post.length > 0 || (!ownLetter && pre.some((clitic) => clitic !== 'ف'))) return false
    const word = token.norm
    if (GIVEN.has(word)) return true
    // Nor "و" the tokenizer kept before a short word the clusters know: "[وفن] الطبخ" (and the art of).
    if (isAndBeforeShortKnownWord(ctx, k)) return false
    // After a masculine nationality a word ending in a consonant and alef is a noun's accusative, the
    // verb's object ("وأنتج الإماراتي فيلما وثائقيا"), not a man's name; women's names follow "الأمريكية".
    if (masculine && k === t && PATTERNS.accusativeEnding.test(word)) return false
    // Nor a word with the accusative's tanween, after either: "الإيطالية [عقداً] لتقاسم الإنتاج" (a contract).
    if (hasTanween(ctx, k)) return false
    return isNameLike(ctx, word) && (verbShaped || !PATTERNS.verbShape.test(word)) && !PATTERNS.commonNounEnding.test(word)
  }
  // Unknown as a name is: a common noun's accusative ("كتابا": كتاب + ا) is known without its alef.
  const unknown = (word: string) => isUnclustered(ctx, word) && !(word.endsWith('ا') && !isUnclustered(ctx, word.slice(0, -1)))
  // A first word shaped like a verb ("ياكوب") is a name when the word after it is one too and neither was ever
  // seen: "العداء النرويجي ياكوب إنغبريغتسن".
  const unseenPair = nextStem(ctx, t, 1) !== null && unknown(ctx.tokens[t].norm) && unknown(ctx.tokens[t + 1].norm) && fits(t + 1)
  // Or a word of four letters in س never seen ("سيفي غريب"): a verb's future is longer ("سيتفاوض", which the clusters
  // may not know), and a present tense ("تنمو") is no name either.
  const unseenShort = unknown(ctx.tokens[t].norm) && ctx.tokens[t].norm.length === 4 && ctx.tokens[t].norm.startsWith('س')
  // Or one never seen, with a long vowel inside as no present tense has, that a preposition closes: "البرازيلي [نيمار] إلى".
  const next = nextStem(ctx, t, 1)
  const unseenClosed = unknown(ctx.tokens[t].norm) && PATTERNS.innerAlef.test(ctx.tokens[t].norm) && next !== null && NAME_ENDERS.has(next)
  if (!fits(t, unseenPair || unseenShort || unseenClosed)) return -1
  let last = t
  if (nextStem(ctx, t, 1) !== null && fits(t + 1)) last = t + 1
  if (![t, last].some((k) => unknown(ctx.tokens[k].norm))) return -1
  const after = nextStem(ctx, t, last - t + 1)
  // Or a word with a preposition, the verb's object in the accusative ("ياكوب إنغبريغتسن بسباق 1500 متر"), or a verb
  // the clusters know ("حمور زيادة تتناول").
  const verb = after !== null && PATTERNS.verbShape.test(after) && isClustered(ctx, ctx.tokens[last + 1].norm)
  const closed = after === null || isDefiniteStem(after) || NAME_ENDERS.has(after) || isPrepositionalPhrase(ctx, last + 1) || hasTanween(ctx, last + 1) || verb
  return closed ? last : -1
}

/**
 * "للمخرجين ندى رياض وأيمن الأمير", "الفنانات هند صبري ويسرا": persons listed after a plural (or dual) title
 * (t): the first, a known given name and the word after it, when "و" and the next person's given name close
 * it (findListedPerson then takes that one on).
 */
export function findPluralTitledPersons(ctx: Context, mentions: TokenMention[], t: number): void {
  if (singularOfPluralTitle(ctx.stems[t]) === null || nextStem(ctx, t, 3) === null || breakBetween(ctx, t, t + 1)) return
  const first = t + 1
  if (ctx.owner[first] >= 0 || ctx.tokens[first].clitics.pre.length > 0 || ctx.tokens[first].clitics.post.length > 0 || !GIVEN.has(ctx.stems[first])) return
  const second = ctx.stems[first + 1]
  const { pre, post } = ctx.tokens[first + 1].clitics
  if (ctx.owner[first + 1] >= 0 || breakBetween(ctx, first, first + 1) || post.length > 0 || endsName(ctx, first + 1)) return
  const definiteFamily = pre.length === 1 && pre[0] === 'ال' && second.length >= 5 && !isCountryNisbaOrPlural(ctx, second)
  if (!(pre.length === 0 && (GIVEN.has(second) || isNameLike(ctx, second))) && !definiteFamily) return
  const next = first + 2
  const nextPre = ctx.tokens[next].clitics.pre
  const listGoesOn = !breakBetween(ctx, first + 1, next) && nextPre.length === 1 && nextPre[0] === 'و' &&
    (GIVEN.has(ctx.stems[next]) || (ctx.owner[next] >= 0 && mentions[ctx.owner[next]].type === 'person' && mentions[ctx.owner[next]].first === next))
  if (listGoesOn) add(ctx, mentions, { type: 'person', first, last: first + 1 })
}

/** "بزعامة", "بقيادة", "برئاسة" as the tokens' stems spell them: led by. */
const LED_BY: ReadonlySet<string> = new Set(['زعامة', 'قيادة', 'رئاسة'].map((word) => normalizeArabic(word)))

/**
 * "وعلّق مهام حاكمها سيمينالايي فوبارا لمدة", "بحسب رئيسها براد سميث.", "على مواطنتها هانيا الحمامي بثلاثة": a
 * title with a pronoun (its holder of the body or place just named), or "led by" ("بزعامة أليس فايدل في"),
 * then the name, when something closes it (nameAfterTitle). t is the title.
 */
export function findPronounTitledPerson(ctx: Context, mentions: TokenMention[], t: number): void {
  const { pre, post } = ctx.tokens[t].clitics
  const stem = ctx.stems[t]
  const ledBy = pre.length === 1 && pre[0] === 'ب' && post.length === 0 && LED_BY.has(stem)
  // Cheapest test first: this runs for every free token.
  const pronoun = post.length === 1 && pre.length === 0 && PRONOUNS_AFTER_TITLE.has(post[0])
  if (!ledBy && !pronoun) return
  // The pronoun turned the title's ة into ت: "مواطنتها" is "مواطنة" + ها.
  // Not a queen of ants ("ملكته مايقرب من") or a title that with a pronoun is a common noun ("فريقه": his team).
  const title = 'ال' + (stem.endsWith('ت') && !hasWithArticle(TITLES, stem) ? stem.slice(0, -1) + 'ه' : stem)
  const titled = pronoun && TITLES.has(title) && !REGNAL_TITLES.has(title) && !COMMON_WITH_PRONOUN.has(title)
  if (!ledBy && !titled) return
  // The name begins with a known given name or a word the clusters never saw ("فريقه قدم أداء" is a verb).
  if (nextStem(ctx, t, 1) === null || !(GIVEN.has(ctx.stems[t + 1]) || isUnclustered(ctx, ctx.tokens[t + 1].norm))) return
  const last = nameAfterTitle(ctx, t + 1)
  if (last >= 0) add(ctx, mentions, { type: 'person', first: t + 1, last })
}

/** Titles that with a pronoun are common nouns: his team, father, star, child, judgement. */
const COMMON_WITH_PRONOUN: ReadonlySet<string> = new Set(['الفريق', 'الأب', 'النجم', 'النجمة', 'الطفل', 'الطفلة', 'الحكم'].map((word) => normalizeArabic(word)))

/** The pronouns after a title whose holder is then named: his, her, their. */
const PRONOUNS_AFTER_TITLE: ReadonlySet<string> = new Set(['ه', 'ها', 'هم', 'هما'])

/**
 * "إدارة ترامب", "ولماكرون": a listed family name of world news (isWorldFamilyName) the clusters never saw, alone, is the
 * person. Names the clusters know (a common word or a name of 2007, "بوش") are left to the tagger.
 */
export function findWorldFamilyName(ctx: Context, mentions: TokenMention[], t: number): boolean {
  const { pre, post } = ctx.tokens[t].clitics
  // Not a nationality spelt like one ("15000 ليبي": Libyans, not Libby).
  if (post.length > 0 || pre.includes('ال') || !isWorldFamilyName(ctx.stems[t]) || !isUnclustered(ctx, ctx.tokens[t].norm) ||
    isNationalityNisba('ال' + ctx.stems[t], ctx.gazetteer)) return false
  add(ctx, mentions, { type: 'person', first: t, last: t })
  return true
}
