import { normalizeArabic } from '../../arabic/normalize.ts'
import { WORD_CLASS } from '../gazetteer.ts'
import { splitProcliticsForFeatures } from '../word-features.ts'
import { clusterKey } from '../word-clusters.ts'
import { add, breakBetween, isFree, isHead, nextStem, type Context, type TokenMention } from './context.ts'
import { compoundPlaceEnd } from './compound-place-end.ts'
import { isGivenStart, takesThirdWord, titleBefore } from './given-name-start.ts'
import { knownOrganizationEnd } from './known-organization-end.ts'
import { isNameLike } from './name-like.ts'
import { isCountryNisba, isNationalityNisba } from './nationality-nisba.ts'
import { PATTERNS } from './patterns.ts'
import {
  AGENCY, AGENCY_TAIL, BANNER_BEFORE, BLOC_HEADS, CLUB_HEADS, COMMON_NOUN_TITLES, CONSTRUCT_HEADS, CONSTRUCT_RANKS, FIELD_TAILS, PUBLIC_BODY_ADJECTIVES, PUBLIC_BODY_HEADS, GIVEN, MINISTRY, NAME_ENDERS, NAME_HEADS, NATIONAL_HEADS, ON_BEHALF_OF, PALACE, PALACE_NAMES, OUTLET_HEADS, PREPOSITION_ALA, SETTLEMENT_HEADS,
  SPOKESPERSON, TITLES, UNIT_HEADS, UNIT_LINKS,
} from './word-lists.ts'


/** "المجلس الأعلى للقوات المسلحة": the one adjective of a body's field not shaped like a nisba. */
const ARMED = normalizeArabic('المسلحة')
/** "العقيد في القوات الجوية …": a title's holder named after the body. */
const IN = normalizeArabic('في')
const UNIVERSITY: ReadonlySet<string> = new Set([normalizeArabic('جامعة')])
/** "على" as the tokens' norm spells it, the same as the name "علي". */
const ALA_NORM = normalizeArabic(PREPOSITION_ALA)
/** Every word that heads one of findPatterns' patterns (a token in none of them skips their checks). */
const PATTERN_HEADS: ReadonlySet<string> = new Set([
  ...UNIT_HEADS, ...SETTLEMENT_HEADS, ...MINISTRY, ...NATIONAL_HEADS, ...AGENCY, ...PALACE, ...ON_BEHALF_OF, IN,
  ...CLUB_HEADS, ...CONSTRUCT_HEADS, ...BLOC_HEADS, ...UNIVERSITY, ...PUBLIC_BODY_HEADS,
])
/**
 * Rules 4–6: names the tagger missed, found by pattern on tokens no mention covers: armed units,
 * settlements, ministries, institutions named by their country, agencies, spokespeople, clubs after a
 * team word, the known organisations, Latin outlet names, and persons after a title or a nationality.
 */
export function findPatterns(ctx: Context, mentions: TokenMention[]): void {
  const { tokens } = ctx
  for (let t = 0; t < tokens.length; t++) {
    if (ctx.owner[t] >= 0) continue
    const stem = ctx.stems[t]

    // Most tokens are no head of any pattern below: one lookup in their union skips them all.
    if (isHead(ctx, PATTERN_HEADS, t)) {
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
          let last = fieldAdjectiveEnd(ctx, t + 1)
          // A second field after "و": "وزارة الصحة والسكان المصرية", "وزارة الموارد البشرية والتنمية الاجتماعية".
          const second = ctx.tokens[last + 1]
          if (nextStem(ctx, last, 1) !== null && ctx.owner[last + 1] < 0 && second.clitics.pre.length === 2 && second.clitics.pre[0] === 'و' &&
            second.clitics.pre[1] === 'ال' && second.clitics.post.length === 0 && !isNationalityNisba(ctx.stems[last + 1], ctx.gazetteer)) {
            last = fieldAdjectiveEnd(ctx, last + 1)
          }
          while (nextStem(ctx, t, last - t + 1) && isNationalityNisba(nextStem(ctx, t, last - t + 1)!, ctx.gazetteer)) last++
          add(ctx, mentions, { type: 'organization', first: t, last })
          continue
        }
      }
      // Not after a title ("وزير الخارجية الإيراني"), but after "المتحدث باسم" ("باسم الخارجية الأمريكية").
      if (NATIONAL_HEADS.has(stem) && !(t > 0 && TITLES.has(ctx.stems[t - 1]) && !ON_BEHALF_OF.has(ctx.stems[t - 1]))) {
        // The nisba must agree with the head: in "وزير الخارجية الإيراني" the masculine الإيراني belongs to
        // وزير (a title, not a name); "الخارجية الإيرانية" would be the ministry.
        const feminine = stem.endsWith('ه') || stem.endsWith('ات')
        const agrees = (word: string | null) => word !== null && isNationalityNisba(word, ctx.gazetteer) && word.endsWith('يه') === feminine
        // Adjectives may come between head and nationality ("القوات الجوية الأمريكية", "الائتلاف الوطني
        // السوري"); the name ends at the last nationality.
        // "العليا", "الأعلى": a body's rank, not shaped like a nisba ("المحكمة العليا الأمريكية").
        const isAdjective = (word: string | null) => word !== null && (PATTERNS.nisba.test(word) && word.endsWith('يه') === feminine || PUBLIC_BODY_ADJECTIVES.has(word))
        let last = t
        for (let k = 1; isAdjective(nextStem(ctx, t, k)); k++) if (agrees(nextStem(ctx, t, k))) last = t + k
        // A known name that runs on past the nationality is the whole: "الاتحاد العام التونسي للشغل".
        if (last > t) last = Math.max(last, knownOrganizationEnd(ctx, t))
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
      if (isHead(ctx, PALACE, t) && !stem.startsWith('ال') && claimPalace(ctx, mentions, t)) continue
      if (ON_BEHALF_OF.has(stem) && t > 0 && SPOKESPERSON.has(ctx.stems[t - 1])) spokespersonName(ctx, mentions, t)
      // "وقالت العقيد في القوات الجوية الأمريكية سيلينا نويز في بيان": a title, "في", the body, the name.
      if (stem === IN && t > 0 && !breakBetween(ctx, t - 1, t) && ctx.owner[t - 1] < 0 && TITLES.has(ctx.stems[t - 1]) && ctx.stems[t - 1].startsWith('ال')) {
        spokespersonName(ctx, mentions, t)
      }
      // "فريق الهلال", "ضيفه الاتحاد": a club of the sports list after a team word is the club, though the
      // word is also an ordinary one (the crescent, the union); rule 7 then finds it through the report.
      if (isHead(ctx, CLUB_HEADS, t) && t + 1 < tokens.length && ctx.owner[t + 1] < 0 && !breakBetween(ctx, t, t + 1) &&
        ((ctx.gazetteer.classes.get(ctx.stems[t + 1]) ?? 0) & WORD_CLASS.sportsClub) !== 0) {
        add(ctx, mentions, { type: 'organization', first: t + 1, last: t + 1 })
        continue
      }
      if (isHead(ctx, CONSTRUCT_HEADS, t) && !stem.startsWith('ال')) {
        const last = constructBodyEnd(ctx, t)
        if (last > t) {
          add(ctx, mentions, { type: 'organization', first: t, last })
          continue
        }
      }
      // "تحالف الفتح": a coalition or bloc named by the definite word after it, not an adjective ("تحالف دولي").
      if (isHead(ctx, BLOC_HEADS, t) && !stem.startsWith('ال') && knownOrganizationEnd(ctx, t) < 0) {
        const name = nextStem(ctx, t, 1)
        // A club's name is a coalition's too ("الفتح"); other listed words are not names.
        const classes = name === null ? 0 : (ctx.gazetteer.classes.get(name) ?? 0) & ~WORD_CLASS.sportsClub
        if (name !== null && name.startsWith('ال') && ctx.owner[t + 1] < 0 && !PATTERNS.nisba.test(name) && classes === 0 &&
          ctx.tokens[t + 1].clitics.post.length === 0) {
          add(ctx, mentions, { type: 'organization', first: t, last: t + 1 })
          continue
        }
      }
      // "جامعة الأزهر": a university is named by the word after it; not by an adjective ("جامعة عربية", or
      // "جامعة العربية", a misspelt league) nor a title ("جامعة الملك سعود", rule 3), nor a known name's start.
      if (isHead(ctx, UNIVERSITY, t) && !stem.startsWith('ال') && knownOrganizationEnd(ctx, t) < 0) {
        const name = nextStem(ctx, t, 1)
        if (name !== null && name.startsWith('ال') && name.length >= 5 && ctx.owner[t + 1] < 0 && !PATTERNS.nisba.test(name) &&
          !ctx.gazetteer.classes.has(name) && ctx.tokens[t + 1].clitics.post.length === 0) {
          add(ctx, mentions, { type: 'organization', first: t, last: t + 1 })
          continue
        }
      }
      if (PUBLIC_BODY_HEADS.has(stem)) {
        const last = publicBodyEnd(ctx, t)
        if (last > t) {
          add(ctx, mentions, { type: 'organization', first: t, last })
          continue
        }
      }
    }
    const knownLast = knownOrganizationEnd(ctx, t)
    if (knownLast >= 0) add(ctx, mentions, { type: 'organization', first: t, last: knownLast })
    if (ctx.owner[t] >= 0) continue

    // A capital Latin letter first, before the slice and the pattern: this runs for every token.
    const initial = ctx.text.charCodeAt(tokens[t].start)
    const surface = initial >= 65 && initial <= 90 ? ctx.text.slice(tokens[t].start, tokens[t].end) : ''
    if (surface && PATTERNS.latinName.test(surface)) {
      let last = t
      while (last + 1 < tokens.length && !breakBetween(ctx, last, last + 1) && ctx.owner[last + 1] < 0 &&
        PATTERNS.latinStart.test(ctx.text[tokens[last + 1].start])) last++
      const headed = t > 0 && !breakBetween(ctx, t - 1, t) && OUTLET_HEADS.has(ctx.stems[t - 1])
      if (headed || (last === t && PATTERNS.latinAcronym.test(surface))) {
        add(ctx, mentions, { type: 'organization', first: t, last })
        continue
      }
    }
    const preposition = tokens[t].norm === ALA_NORM && ctx.text.slice(tokens[t].start, tokens[t].end) === PREPOSITION_ALA
    const at = preposition ? -1 : titleBefore(ctx, t)
    if (at >= 0 && ctx.owner[at] < 0 && ctx.owner[t - 1] < 0) {
      const before = ctx.stems[at]
      // A known given name after a nationality or any title ("الإيراني علي باقري"); any word after a
      // definite title ("الفنانة نعيمة عاكف"), unless it is a trigger word itself ("المتحدث باسم").
      const givenStart = isGivenStart(ctx, t)
      // A name takes no pronoun suffix: "العضو قوله" is "the member, his saying".
      const titledStart = TITLES.has(before) && !COMMON_NOUN_TITLES.has(before) && before.startsWith('ال') && isNameLike(ctx, stem) &&
        tokens[t].clitics.post.length === 0
      if (!givenStart && !titledStart) {
        // "وافتتح البرازيلي مالكوم التسجيل": after a nationality, a name the unlabelled text never had.
        // The nationality is singular ("الفرنسيون ذريعة" is "the French (made it) a pretext") and a noun
        // there ("وافتتح البرازيلي") or a title's ("المدرب البرتغالي"), not another noun's adjective
        // ("وكالة الفضاء الإماراتية مسبار الأمل"). Cheapest test first: this runs for every token.
        const singular = !before.endsWith('ون') && !before.endsWith('ين')
        if (singular && isNationalityNisba(before, ctx.gazetteer)) {
          const headOfNisba = at >= 1 && !breakBetween(ctx, at - 1, at) ? ctx.stems[at - 1] : ''
          const nisbaIsNoun = !headOfNisba.startsWith('ال') || TITLES.has(headOfNisba)
          const last = nisbaIsNoun ? unseenNameEnd(ctx, t, !before.endsWith('يه')) : -1
          if (last >= t) add(ctx, mentions, { type: 'person', first: t, last })
        }
        continue
      }
      const second = nextStem(ctx, t, 1)
      // Nor does the second word take one: "الرئيس ماكرون نظيره" is Macron and his counterpart.
      const secondOk = second !== null && !NAME_ENDERS.has(second) && !second.startsWith('ال') && (givenStart || isNameLike(ctx, second)) &&
        (tokens[t + 1].clitics.post.length === 0 || GIVEN.has(second))
      if (!secondOk) {
        // A lone word after a title is a name only when something closes it ("الفنانة نعيمة، التي"), and
        // when it cannot be a preposition and a noun ("وتقدم المحامي بطعن أمام") or a verb ("الرئيس ستعقد").
        // Or a word with a pronoun after a name the word clusters never saw ("الرئيس ماكرون نظيره": a name
        // of the 2020s; a noun of 2007's text may be the title's complement, "الرئيس أعضاء حكومته").
        const closed = second === null || NAME_ENDERS.has(second) ||
          (tokens[t + 1].clitics.post.length > 0 && isUnclustered(ctx, tokens[t].norm))
        if (titledStart && !givenStart && closed && !PATTERNS.prepositionStart.test(tokens[t].norm) &&
          !PATTERNS.verbShape.test(tokens[t].norm)) {
          add(ctx, mentions, { type: 'person', first: t, last: t })
        }
        continue
      }
      add(ctx, mentions, { type: 'person', first: t, last: takesThirdWord(ctx, t) ? t + 2 : t + 1 })
    }
  }
}

/**
 * Rule 6 for spokespeople, and for a title's holder in a body: "المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي
 * إن …", "العقيد في القوات الجوية الأمريكية سيلينا نويز في". After "باسم" (or "في") come the
 * body's definite words (or the organisation the tagger found), then the person's name: up to three
 * name-like words without the article, taken only when a particle, punctuation or the end closes them
 * ("المتحدث باسم الحكومة يوم الأحد" has none). `at` is the token of "باسم".
 */
function spokespersonName(ctx: Context, mentions: TokenMention[], at: number): void {
  const isBody = (k: number) => {
    const word = nextStem(ctx, at, k)
    const owner = word === null ? -1 : ctx.owner[at + k]
    // "المتحدث باسم جماعة الحوثي يحيى سريع": an indefinite head that begins a body's name counts too.
    return word !== null && (owner >= 0 ? mentions[owner].type === 'organization' : word.startsWith('ال') || NAME_HEADS.has(word))
  }
  let k = 1
  while (k <= 5 && isBody(k)) k++
  const first = at + k
  if (k === 1 || nextStem(ctx, at, k) === null) return
  let last = first - 1
  while (last - first < 2) {
    const word = nextStem(ctx, at, last + 1 - at)
    // The tokenizer reads a pronoun into a name's ending ("سيلينا" → سيلي + نا); a name the clusters never
    // saw keeps it.
    const token = ctx.tokens[last + 1]
    if (word === null || ctx.owner[last + 1] >= 0 || !(isNameLike(ctx, word) || GIVEN.has(word)) ||
      (token.clitics.post.length > 0 && !isUnclustered(ctx, token.norm))) break
    last++
  }
  if (last < first) return
  const after = nextStem(ctx, at, last + 1 - at)
  if (after === null || NAME_ENDERS.has(after)) add(ctx, mentions, { type: 'person', first, last })
  // A known given name first is a name whatever follows: "المتحدث باسم جماعة الحوثي يحيى سريع استهداف
  // سفينة" (the verb came first, its object follows the name); two words, as a given name takes freely.
  else if (GIVEN.has(ctx.stems[first])) add(ctx, mentions, { type: 'person', first, last: Math.min(last, first + 1) })
}

/**
 * The field word at k with its own adjective after it, if any: "التعليم العالي", "الموارد البشرية",
 * "الثروة المعدنية" (a feminine field takes a feminine one: "الخارجية الرسمي" is the statement's). Not a
 * nationality, which the ministry takes after its fields.
 */
function fieldAdjectiveEnd(ctx: Context, k: number): number {
  const adjective = nextStem(ctx, k, 1)
  if (adjective === null || ctx.owner[k + 1] >= 0 || !PATTERNS.nisba.test(adjective) || isNationalityNisba(adjective, ctx.gazetteer)) return k
  return !ctx.stems[k].endsWith('ه') || adjective.endsWith('يه') ? k + 1 : k
}

/**
 * Where a body named by an indefinite head (token t), its field and its country (or its rank) ends, or
 * -1: "هيئة النزاهة العراقية", "مجلس النواب العراقي", "مجلس القضاء الأعلى". The field is one definite word, not itself a nationality;
 * the nationality agrees with the head ("مجلس … العراقي", "هيئة … العراقية"), not only with the field,
 * so that "لجنة الأمن القومي" (an adjective of the field) is left alone. All three words free.
 */
function constructBodyEnd(ctx: Context, t: number): number {
  const field = nextStem(ctx, t, 1)
  if (field === null || !field.startsWith('ال') || isNationalityNisba(field, ctx.gazetteer) || ctx.tokens[t + 1].clitics.post.length > 0) return -1
  const adjective = nextStem(ctx, t, 2)
  if (adjective !== null && CONSTRUCT_RANKS.has(adjective)) return isFree(ctx, t, t + 2) ? t + 2 : -1
  // The field may have its adjective: "هيئة السوق المالية السعودية" (no agreement test: سوق is feminine
  // without ة).
  let at = 2
  if (adjective !== null && PATTERNS.nisba.test(adjective) && !isCountryNisba(adjective, ctx.gazetteer)) at = 3
  const country = nextStem(ctx, t, at)
  if (country === null || !isFree(ctx, t, t + at)) return -1
  if (!isCountryNisba(country, ctx.gazetteer)) return -1
  // A plural nationality agrees with a plural field: "نقابة الصحفيين التونسيين".
  if (country.endsWith('يين')) return field.endsWith('ين') ? t + at : -1
  const feminine = ctx.stems[t].endsWith('ه')
  return country.endsWith('يه') === feminine ? t + at : -1
}


/**
 * Where a public body named "the general authority for …" ends, or -1: a definite head (token t), one or
 * two adjectives of PUBLIC_BODY_ADJECTIVES, the field after ل ("للطيران", "لمكافحة المخدرات"), and the
 * field's own adjectives after it
 * ("الهيئة العامة للطيران المدني", "الهيئة العامة للأرصاد الجوية"); a nationality after them is the
 * body's too ("المؤسسة الوطنية للنفط الليبية").
 */
function publicBodyEnd(ctx: Context, t: number): number {
  // A nationality may stand among the adjectives, not alone: "الجامعة الملكية المغربية لكرة القدم".
  let k = 1
  let ranked = false
  while (k <= 3 && nextStem(ctx, t, k) !== null) {
    const word = ctx.stems[t + k]
    if (PUBLIC_BODY_ADJECTIVES.has(word)) ranked = true
    else if (!isCountryNisba(word, ctx.gazetteer)) break
    k++
  }
  if (!ranked || nextStem(ctx, t, k) === null) return -1
  const { pre, post } = ctx.tokens[t + k].clitics
  let last = t + k
  // A field the tokenizer keeps whole ("لكرة", a three-letter remainder) is known from the field list.
  const known = FIELD_TAILS.get(ctx.tokens[t + k].norm)
  if (known !== undefined) {
    if (known !== null && (nextStem(ctx, t, k + 1) === null || ctx.tokens[t + k + 1].norm !== known)) return -1
    const end = known === null ? last : last + 1
    return isFree(ctx, t, end) ? end : -1
  }
  if (pre[0] !== 'ل' || post.length > 0) return -1
  // The field is "لل" + a noun ("للطيران"), or "ل" + a noun and its definite complement ("لمكافحة المخدرات").
  if (pre.length === 1) {
    const complement = nextStem(ctx, t, k + 1)
    if (complement === null || !complement.startsWith('ال') || ctx.tokens[t + k + 1].clitics.pre.length !== 1) return -1
    last++
  } else if (pre.length !== 2 || pre[1] !== 'ال') return -1
  const fieldEnd = last
  const isAdjective = (stem: string) => PATTERNS.nisba.test(stem) || stem === ARMED
  while (last - fieldEnd < 2 && nextStem(ctx, t, last + 1 - t) !== null && isAdjective(ctx.stems[last + 1]) &&
    ctx.tokens[last + 1].clitics.pre.length === 1) last++
  return isFree(ctx, t, last) ? last : -1
}

/**
 * "قصر الإليزيه", "قصر بعبدا": a palace of PALACE_NAMES after "قصر" (token t) is a place with its head,
 * also when the tagger or the known list found the name alone (a place, the presidency).
 */
function claimPalace(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (nextStem(ctx, t, 1) === null || !(PALACE_NAMES.has(ctx.stems[t + 1]) || PALACE_NAMES.has(ctx.tokens[t + 1].norm))) return false
  const owner = ctx.owner[t + 1]
  if (owner < 0) {
    add(ctx, mentions, { type: 'place', first: t, last: t + 1 })
    return true
  }
  const inner = mentions[owner]
  if (inner.first !== t + 1 || inner.last !== t + 1) return false
  mentions[owner] = { type: 'place', first: t, last: t + 1 }
  ctx.owner[t] = owner
  return true
}

/**
 * Where a name that starts at t after a nationality ends, or -1: one or two name-like words without
 * clitics and not shaped like a verb, at least one of them unknown to the word clusters (a transliterated
 * name the unlabelled text never had: "مالكوم", "فيتوريا"; common verbs and nouns are all clustered), and
 * then the name closed by punctuation, a particle or a definite word ("مالكوم التسجيل"). `masculine`:
 * the nationality before it is masculine.
 */
function unseenNameEnd(ctx: Context, t: number, masculine: boolean): number {
  const fits = (k: number) => {
    const token = ctx.tokens[k]
    // The tokenizer takes a leading ف for "and" ("فيتوريا" → ف + يتوريا); a name keeps it (name-start.ts).
    const pre = token.clitics.pre
    if (ctx.owner[k] >= 0 || token.clitics.post.length > 0 || pre.some((clitic) => clitic !== 'ف')) return false
    const word = token.norm
    if (GIVEN.has(word)) return true
    // After a masculine nationality a word ending in a consonant and alef is a noun's accusative, the
    // verb's object ("وأنتج الإماراتي فيلما وثائقيا"), not a man's name; women's names follow "الأمريكية".
    if (masculine && k === t && PATTERNS.accusativeEnding.test(word)) return false
    return isNameLike(ctx, word) && !PATTERNS.verbShape.test(word) && !PATTERNS.commonNounEnding.test(word)
  }
  // Unknown as a name is: a common noun's accusative ("كتابا": كتاب + ا) is known without its alef.
  const unknown = (word: string) => isUnclustered(ctx, word) && !(word.endsWith('ا') && !isUnclustered(ctx, word.slice(0, -1)))
  if (!fits(t)) return -1
  let last = t
  if (nextStem(ctx, t, 1) !== null && fits(t + 1)) last = t + 1
  if (![t, last].some((k) => unknown(ctx.tokens[k].norm))) return -1
  const after = nextStem(ctx, t, last - t + 1)
  return after === null || after.startsWith('ال') || NAME_ENDERS.has(after) ? last : -1
}

/** The word clusters (learned from ANERcorp's and AQMAR's text) do not know the word. */
function isUnclustered(ctx: Context, word: string): boolean {
  const { clusters } = ctx.gazetteer
  return clusters.size > 0 && !clusters.has(clusterKey(splitProcliticsForFeatures(word).core))
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
