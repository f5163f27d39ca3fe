import { isDefiniteStem } from '../shared/definite.ts'
import { isListedClub } from '../shared/listed-club.ts'
import type { EntityType } from '../../../doc.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { MONTH_NAMES } from '../../../figures/calendar-words.ts'
import { add, breakBetween, startsOf, type Context, type TokenMention } from '../shared/context.ts'
import { isAboutSport } from '../drop/drop-clubs-off-the-pitch.ts'
import { isCommonExpression, isDateNamedPlaceWords, isHeadedOnlyPlace, isNisbaAfterDefinite } from './find-places.ts'
import { isOnBehalfOf } from '../shared/given-name-start.ts'
import { isCountryNisba, isNationalityNisba } from '../shared/nationality-nisba.ts'
import { AGENCY, AGENCY_TAIL, GIVEN, NAME_HEADS, NATIONAL_HEADS, PLACE_KIND_HEADS } from '../shared/word-lists.ts'
import { hasTanween, isClustered } from '../shared/name-like.ts'
import { wordRuns } from '../shared/word-runs.ts'
import { isTitleCabinetAt } from './find-cabinet.ts'

/** "آل", the family of, as normalised. */
const FAMILY = normalizeArabic('آل')

/** Letters a one-word name's core needs to be looked for elsewhere in the article. */
const MIN_SPREAD_LETTERS = 3

/**
 * Rule 7: every other occurrence of a name found once (or of a person's surname) is a mention too. A
 * definite word the lists do not know, which the tagger took for a name in fewer places than it left it
 * alone, is not spread: it is more likely a common noun ("الأرقام", "الناي", "الأوكسجين" in an article
 * about them) than a name the tagger missed.
 */
export function propagate(ctx: Context, mentions: TokenMention[]): void {
  const { tokens } = ctx
  const patterns: { words: string[]; type: EntityType }[] = []
  const taggedAlone = new Map<string, number>()
  for (const mention of mentions) {
    if (mention.first === mention.last) taggedAlone.set(ctx.stems[mention.first], (taggedAlone.get(ctx.stems[mention.first]) ?? 0) + 1)
  }
  for (const mention of mentions) {
    const words: string[] = []
    for (let t = mention.first; t <= mention.last; t++) words.push(ctx.stems[t])
    // "مدينة صور" does not make every "صور" (pictures) of the article the city, nor "مدينة السادس من أكتوبر"
    // every date of the sixth of October.
    const ambiguousPlace = mention.type === 'place' && ((words.length === 1 && isHeadedOnlyPlace(words[0])) || isDateNamedPlaceWords(words))
    // A one-word name whose core is two letters spreads to every particle of that shape: the Turkish town "وان" (Van),
    // read as و + "ان", made each "إن" and "أن" of a BBC Arabic live page a place.
    const tooShort = words.length === 1 && words[0].length < MIN_SPREAD_LETTERS
    if (!ambiguousPlace && !tooShort && (words.length > 1 || !isDoubtfulWord(ctx, words[0]) || 2 * (taggedAlone.get(words[0]) ?? 0) >= startsOf(ctx, words[0]).length)) {
      patterns.push({ words, type: mention.type })
    }
    if (mention.type === 'organization') {
      // "وكالة تاس للأنباء" → "تاس"; "حركة حماس" → "حماس".
      const inner = words.filter((w, k) => !(k === 0 && (AGENCY.has(w) || NAME_HEADS.has(w))) && !AGENCY_TAIL.has(w))
      if (inner.length && inner.length < words.length) patterns.push({ words: inner, type: mention.type })
      // "القوات الجوية الأمريكية" → "القوات الجوية": the country is said once, then left out. Two words at
      // least remain, so a bare "الحكومة" is not taken for the government named once.
      if (words.length >= 3 && isNationalityNisba(words[words.length - 1], ctx.gazetteer)) {
        patterns.push({ words: words.slice(0, -1), type: mention.type })
      }
      // "الهلال السعودي" → "الهلال": a club named once with its country, then alone, in a report of sport (not
      // "الجيش الأمريكي" → "الجيش": the army, whose name is also a club's).
      if (words.length === 2 && isCountryNisba(words[1], ctx.gazetteer) && isListedClub(ctx, words[0]) &&
        !NATIONAL_HEADS.has(words[0]) && isAboutSport(ctx)) {
        patterns.push({ words: words.slice(0, 1), type: mention.type })
      }
    }
    if (mention.type === 'person' && words.length >= 2) {
      for (const run of wordRuns(words, words.length - 1)) patterns.push({ words: run, type: 'person' })
      // A surname alone ("بيسكوف"); short ones ("كني") are too often other words. A family's name after "آل" is the two
      // words (the runs above have them): "الشيخ" of "آل الشيخ" alone is the title ("الشيخ عبد اللطيف آل الشيخ").
      const surname = words[words.length - 1]
      if (surname.length >= 4 && !GIVEN.has(surname) && words[words.length - 2] !== FAMILY) patterns.push({ words: [surname], type: 'person' })
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
      const last = t + pattern.words.length - 1
      // "انتقل إلى مسقط" does not make "مسقط رأسه" (his birthplace) the city.
      // Nor does the person "باسم" make "المتحدث باسم" (the spokesperson on behalf of) a name, nor the actor
      // "محمد رمضان" the month in "شهر رمضان" or "العاشر من رمضان".
      // Nor a word written with the accusative's tanween ("دعماً روسياً" after "روسيا"), nor a country shaped like a
      // nisba after a definite noun, its adjective ("الشركة السعودية" after "السعودية").
      if (!matches || (pattern.type === 'place' && (isCommonExpression(ctx, last) || (t === last && isNisbaAfterDefinite(ctx, t)))) || hasTanween(ctx, last) ||
        (pattern.type === 'person' && (isOnBehalfOf(ctx, t) || isMonthNamed(ctx, t, pattern.words.length) || isNounGoverning(ctx, t, pattern.words.length) ||
          isPlaceKindBeforeName(ctx, t, pattern.words.length))) ||
        // Nor the cabinet named once in the prime minister's title ("رئيس مجلس الوزراء").
        (pattern.type === 'organization' && isTitleCabinetAt(ctx, t))) continue
      add(ctx, mentions, { type: pattern.type, first: t, last })
    }
  }
}

/**
 * "تتعلق [بسلامة] التركيب" after "عمر سلامة": a surname that is also a common noun ("سلامة", safety), with a preposition on
 * it and a definite word right after, is that noun governing the next (the safety of the fitting), not the person.
 */
function isNounGoverning(ctx: Context, t: number, length: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  const next = t + 1
  return length === 1 && (clitics.pre.at(-1) === 'ب' || clitics.pre.at(-1) === 'ل') && next < ctx.tokens.length && ctx.owner[next] < 0 &&
    !breakBetween(ctx, t, next) && isDefiniteStem(ctx.stems[next]) && isClustered(ctx, norm) && isClustered(ctx, ctx.tokens[next].norm)
}

/**
 * "في [محافظة] المفرق" after "عزمي محافظة" (s61-c): a surname that is also a place's head ("محافظة", governorate), bare and
 * with a definite word right after it, is that head, not the person.
 */
function isPlaceKindBeforeName(ctx: Context, t: number, length: number): boolean {
  const next = t + 1
  return length === 1 && PLACE_KIND_HEADS.has(ctx.stems[t]) && ctx.tokens[t].clitics.post.length === 0 && next < ctx.tokens.length &&
    !breakBetween(ctx, t, next) && isDefiniteStem(ctx.stems[next])
}

/** Month names that are also names (رمضان، رجب، شعبان، صفر), normalised. */
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_NAMES.filter((m) => m.words.length === 1).map((m) => m.words[0]))
const MONTH_CUES: ReadonlySet<string> = new Set(['شهر', 'من'].map((w) => normalizeArabic(w)))

/** The one word at t is a month's name after "شهر" or "من" ("شهر رمضان", "العاشر من رمضان"), not a person. */
function isMonthNamed(ctx: Context, t: number, length: number): boolean {
  return length === 1 && MONTH_WORDS.has(ctx.stems[t]) && t > 0 && !breakBetween(ctx, t - 1, t) && MONTH_CUES.has(ctx.stems[t - 1])
}

/** A one-word name that may be a common noun: definite, and no place, organisation or given name the lists know. */
function isDoubtfulWord(ctx: Context, word: string): boolean {
  if (!isDefiniteStem(word)) return false
  const { gazetteer } = ctx
  return !gazetteer.places.has(word) && !gazetteer.articlePlaces.has(word) && !gazetteer.articleOrganizations.has(word) && !gazetteer.classes.has(word)
}
