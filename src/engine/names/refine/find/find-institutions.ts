import { isDefiniteStem } from '../shared/definite.ts'
import { isListedClub } from '../shared/listed-club.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { WORD_CLASS } from '../../tagger/gazetteer.ts'
import { add, breakBetween, isFree, isHead, isHeadWithPronoun, isKnownPlace, nextStem, type Context, type TokenMention } from '../shared/context.ts'
import { isAndDefiniteNoun, isChainNoun } from '../shared/chain-noun.ts'
import { isQuotedAlone } from '../boundaries/combine-mentions.ts'
import { isHeadAfterAnd } from '../boundaries/adjust-boundaries.ts'
import { knownOrganizationEnd } from '../shared/known-organization-end.ts'
import { knownPlaceEndAt } from '../shared/known-place-phrase.ts'
import { hasTanween, isClustered, isNameLike, isUnclustered } from '../shared/name-like.ts'
import { isCountryNisba, isNationalityNisba } from '../shared/nationality-nisba.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { MONTH_NAMES } from '../../../figures/calendar-words.ts'
import {
  AGENCY, AGENCY_TAIL, BANNER_BEFORE, CHAIN_HEADS, DESCRIBING_ADJECTIVES, BLOC_HEADS, CLUB_HEADS, COMPANY_HEADS, COMPANY_TRADES, CONSTRUCT_HEADS, CONSTRUCT_RANKS, COURT, COURT_KINDS, FIELD_TAILS, MINISTRY, NATIONAL_HEADS, NATIONAL_TEAM_HEADS,
  GIVEN, ON_BEHALF_OF, PUBLIC_BODY_ADJECTIVES, QUOTED_NAME_HEADS, PUBLIC_BODY_HEADS, TITLES, UNIT_HEADS, UNIT_LINKS,
} from '../shared/word-lists.ts'

// Rule 4's patterns for organisations the tagger missed (and rule 5's known organisations) (find-patterns.ts runs them in its one loop). Each
// `find…` takes a free token t and returns true when it claimed it: the loop then skips the later patterns.

/** "المجلس الأعلى للقوات المسلحة": the one adjective of a body's field not shaped like a nisba. */
const ARMED = normalizeArabic('المسلحة')
export const UNIVERSITY: ReadonlySet<string> = new Set([normalizeArabic('جامعة')])
/** The separate "لـ" before an outlet's name, as the tokens' norm spells it. */
const TOLD_TO = 'ل'

/** An armed unit: a head of UNIT_HEADS (after a linking word or not) and its definite name, not a nationality. */
export function findArmedUnit(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(UNIT_HEADS.has(ctx.stems[t]) && !(t > 0 && BANNER_BEFORE.has(ctx.stems[t - 1])))) return false
  const linked = nextStem(ctx, t, 1)
  const nameAt = linked !== null && UNIT_LINKS.has(linked) ? t + 2 : t + 1
  const name = nextStem(ctx, t, nameAt - t)
  if (name === null) return false
  // "[كتيبة جنين]": a brigade named after its town, which the tagger found a place (not "لواء", a Jordanian district's head too).
  const place = ctx.owner[nameAt]
  if (place >= 0 && mentions[place].type === 'place' && mentions[place].first === nameAt && mentions[place].last === nameAt && ctx.stems[t] !== BRIGADE &&
    !isDefiniteStem(ctx.stems[t])) return claimOrganization(ctx, mentions, t, nameAt)
  return isDefiniteStem(name) && !isNationalityNisba(name, ctx.gazetteer) && claimOrganization(ctx, mentions, t, nameAt)
}
/** "لواء": a brigade, a general's rank, and the head of a Jordanian district. */
const BRIGADE = normalizeArabic('لواء')

/** A ministry: its head, its definite field (with its adjective, and a second after "و"), then any nationalities. */
export function findMinistry(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!isHead(ctx, MINISTRY, t)) return false
  const field = nextStem(ctx, t, 1)
  if (!(field && isDefiniteStem(field) && !isNationalityNisba(field, ctx.gazetteer))) return false
  let last = fieldAdjectiveEnd(ctx, t + 1)
  // A second field after "و": "وزارة الصحة والسكان المصرية", "وزارة الموارد البشرية والتنمية الاجتماعية".
  const second = ctx.tokens[last + 1]
  if (nextStem(ctx, last, 1) !== null && ctx.owner[last + 1] < 0 && second.clitics.pre.length === 2 && second.clitics.pre[0] === 'و' &&
    second.clitics.pre[1] === 'ال' && second.clitics.post.length === 0 && !isNationalityNisba(ctx.stems[last + 1], ctx.gazetteer)) {
    last = fieldAdjectiveEnd(ctx, last + 1)
  }
  while (nextStem(ctx, t, last - t + 1) && isNationalityNisba(nextStem(ctx, t, last - t + 1)!, ctx.gazetteer)) last++
  add(ctx, mentions, { type: 'organization', first: t, last })
  return true
}

/**
 * "وزارة الانتقال الرقمي [وإصلاح الإدارة]", "وزارة الاقتصاد الرقمي [وريادة الأعمال]": a ministry (found by the tagger or
 * findMinistry) takes a second field in the construct state after "و", a bare noun and the definite one it governs; not
 * a second body's head ("وزارة الداخلية [وقيادة] الجيش"), nor after a second field. Session 57.
 */
export function extendMinistryFields(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, owner) => {
    if (mention.type === 'organization' && isHead(ctx, MINISTRY, mention.first)) extendByConstructField(ctx, mentions, owner)
  })
}

function extendByConstructField(ctx: Context, mentions: TokenMention[], owner: number): void {
  const { first, last: end } = mentions[owner]
  // One second field: "وزارة شؤون البلديات والزراعة [وأهالي] المنطقة" has its two.
  for (let k = first + 1; k <= end; k++) if (ctx.tokens[k].clitics.pre[0] === 'و') return
  const noun = end + 1
  if (noun + 1 >= ctx.tokens.length || breakBetween(ctx, end, noun) || breakBetween(ctx, noun, noun + 1)) return
  if (ctx.tokens[noun].clitics.pre[0] !== 'و' || !isChainNoun(ctx, noun, true) || isHeadAfterAnd(ctx, noun) || isHead(ctx, MINISTRY, noun) ||
    isHead(ctx, CHAIN_HEADS, noun)) return
  const field = noun + 1
  const { pre, post } = ctx.tokens[field].clitics
  if (ctx.owner[field] >= 0 || pre.length !== 1 || pre[0] !== 'ال' || post.length > 0 || isNationalityNisba(ctx.stems[field], ctx.gazetteer)) return
  const last = fieldAdjectiveEnd(ctx, field)
  mentions[owner] = { ...mentions[owner], last }
  for (let k = noun; k <= last; k++) ctx.owner[k] = owner
}

/** Bodies whose head's title is the office itself: "رئيس الحكومة", "رئيس الدولة". */
const TITLE_BODIES: ReadonlySet<string> = new Set(['الحكومة', 'الرئاسة', 'الدولة', 'السلطة'].map((word) => normalizeArabic(word)))

/**
 * An institution named by its country: a head of NATIONAL_HEADS, its adjectives, and a nationality that
 * agrees with the head. Not after a title ("وزير الخارجية الإيراني") unless the genders tell them apart, but after
 * "المتحدث باسم" ("باسم الخارجية الأمريكية").
 */
/** "القوات", the forces. */
const FORCES = normalizeArabic('القوات')

export function findNationalInstitution(ctx: Context, mentions: TokenMention[], t: number): boolean {
  const stem = ctx.stems[t]
  if (!NATIONAL_HEADS.has(stem)) return false
  // The nisba must agree with the head: in "وزير الخارجية الإيراني" the masculine الإيراني belongs to
  // وزير (a title, not a name); "الخارجية الإيرانية" would be the ministry.
  // (A broken plural agrees in the feminine too: "الخطوط التونسية".)
  const feminine = stem.endsWith('ه') || stem.endsWith('ات') || stem === LINES
  // After a title the nationality is the title holder's, unless the title is masculine and the head feminine
  // ("قائد القيادة المركزية الأمريكية": the feminine nisba can only be the command's); "رئيس الحكومة اللبنانية" is
  // the prime minister's title whole.
  const title = t > 0 && TITLES.has(ctx.stems[t - 1]) && !ON_BEHALF_OF.has(ctx.stems[t - 1]) ? ctx.stems[t - 1] : null
  if (title !== null && !(feminine && !title.endsWith('ه') && !TITLE_BODIES.has(stem))) return false
  // Singular too: "الجيش الإسرائيلي", not the people after it ("الجيش … الفلسطينيين"). Also the nisba of a
  // country named by its own nisba: "الجيش السعودي" (isCountryNisba).
  const agrees = (word: string | null) => word !== null && isCountryNisba(word, ctx.gazetteer) && (feminine ? word.endsWith('يه') : word.endsWith('ي'))
  // Adjectives may come between head and nationality ("القوات الجوية الأمريكية", "الائتلاف الوطني
  // السوري"); the name ends at the last nationality.
  // "العليا", "الأعلى": a body's rank, not shaped like a nisba ("المحكمة العليا الأمريكية").
  const isAdjective = (word: string | null) => word !== null && (PATTERNS.nisba.test(word) && word.endsWith('يه') === feminine || PUBLIC_BODY_ADJECTIVES.has(word))
  let last = t
  for (let k = 1; isAdjective(nextStem(ctx, t, k)); k++) if (agrees(nextStem(ctx, t, k))) last = t + k
  // A known name that runs on past the nationality is the whole: "الاتحاد العام التونسي للشغل".
  if (last > t) last = Math.max(last, knownOrganizationEnd(ctx, t))
  // A country's forces alone are described, not named ("القوات الإسرائيلية": the sets leave them out); its armed,
  // air or naval forces are ("القوات المسلحة الأردنية", "القوات الجوية الأمريكية").
  if (last === t + 1 && stem === FORCES && isNationalityNisba(ctx.stems[last], ctx.gazetteer)) return false
  if (last > t) add(ctx, mentions, { type: 'organization', first: t, last })
  return last > t
}

/** "الخطوط" (lines, an airline), a broken plural. */
const LINES = normalizeArabic('الخطوط')

/** A news agency: its head and, two to four words on, a word of AGENCY_TAIL ("وكالة … للأنباء"). */
export function findAgency(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!isHead(ctx, AGENCY, t)) return false
  for (let k = 2; k <= 4; k++) {
    const word = nextStem(ctx, t, k)
    if (word === null) break
    if (AGENCY_TAIL.has(ctx.tokens[t + k].norm)) {
      add(ctx, mentions, { type: 'organization', first: t, last: t + k })
      break
    }
  }
  return ctx.owner[t] >= 0
}

/**
 * "فريق الهلال", "ضيفه الاتحاد": a club of the sports list after a team word is the club, though the
 * word is also an ordinary one (the crescent, the union); rule 7 then finds it through the report.
 */
export function findClub(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHeadWithPronoun(ctx, CLUB_HEADS, t) && t + 1 < ctx.tokens.length && ctx.owner[t + 1] < 0 && !breakBetween(ctx, t, t + 1) &&
    isListedClub(ctx, ctx.stems[t + 1]))) return false
  add(ctx, mentions, { type: 'organization', first: t + 1, last: t + 1 })
  return true
}

/**
 * "منتخب مصر", "لمنتخب البرازيل": a national team named by its country is an organisation, the team, as a
 * club is; the tagger sees only the country (a place). The country is a place mention the tagger found
 * right after the head, or a place of the gazetteer's or the rules' lists. "فازت مصر على المغرب", with no
 * head, stays two places (match-clubs.ts).
 */
export function findNationalTeam(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, NATIONAL_TEAM_HEADS, t) && ctx.tokens[t].clitics.post.length === 0 && nextStem(ctx, t, 1) !== null)) return false
  const owner = ctx.owner[t + 1]
  if (owner >= 0) {
    const country = mentions[owner]
    if (country.type !== 'place' || country.first !== t + 1) return false
    mentions[owner] = { type: 'organization', first: t, last: country.last }
    ctx.owner[t] = owner
    return true
  }
  const last = knownPlaceEndAt(ctx, t + 1)
  if (last < 0 || !isFree(ctx, t + 1, last)) return false
  add(ctx, mentions, { type: 'organization', first: t, last })
  return true
}

/**
 * "وقال مصدر أمني لـ"العربية" إن": a definite word alone in quotes right after a separate "لـ" (told to) is the
 * outlet the source spoke to, as "لـ«الشرق الأوسط»" (combine-mentions.ts does that for places).
 */
export function findQuotedOutlet(ctx: Context, mentions: TokenMention[], t: number): void {
  if (t === 0 || ctx.owner[t] >= 0 || ctx.tokens[t - 1].norm !== TOLD_TO || !isDefiniteStem(ctx.stems[t]) || ctx.tokens[t].clitics.post.length > 0) return
  const mention: TokenMention = { type: 'organization', first: t, last: t }
  if (isQuotedAlone(ctx, mention)) add(ctx, mentions, mention)
}

const BRACKETS = {
  open: /^\s*[("«“]\s*$/u,
  close: /^\s*[)"»”]/u,
} as const

/**
 * "بيت التمويل الكويتي (بيتك)", "جامعة الملك عبد الله للعلوم والتقنية (كاوست)", "الشركة الوطنية للصناعة والمناجم
 * "سنيم"": one word in brackets or quotes right after
 * an organisation is its acronym, an organisation too (link-mentions makes it the same one); after the names are
 * complete ("إدارة الكوارث والطوارئ التركية (آفاد)", its nationality taken last). Not a number, a
 * known place ("(غزة)" says where), a title or a word with clitics.
 */
/** The months of one word in every calendar the figures read ("أبريل", "نيسان", "فيفري"). */
const ONE_WORD_MONTH_NAMES: ReadonlySet<string> = new Set(MONTH_NAMES.filter((month) => month.words.length === 1).map((month) => month.words[0]))

export function findBracketedAcronyms(ctx: Context, mentions: TokenMention[]): void {
  for (let t = 1; t < ctx.tokens.length; t++) findBracketedAcronym(ctx, mentions, t)
}

function findBracketedAcronym(ctx: Context, mentions: TokenMention[], t: number): void {
  // The tagger may have taken the acronym for a person ("(سومو)"): one word alone, it is retyped.
  const own = ctx.owner[t]
  const lone = own >= 0 && mentions[own].first === t && mentions[own].last === t
  if (own >= 0 && !(lone && (mentions[own].type === 'person' || mentions[own].type === 'place'))) return
  const name = ctx.owner[t - 1]
  if (name < 0 || mentions[name].type !== 'organization' || mentions[name].last !== t - 1) return
  // A place only after a news agency, whose acronym may spell one: "وكالة الأنباء اليمنية (سبأ)".
  const agency = isHead(ctx, AGENCY, mentions[name].first)
  if (own >= 0 && mentions[own].type === 'place' && !agency) return
  const { text, tokens } = ctx
  const after = t + 1 < tokens.length ? text.slice(tokens[t].end, tokens[t + 1].start) : text.slice(tokens[t].end)
  const gap = text.slice(tokens[t - 1].end, tokens[t].start)
  if (!BRACKETS.open.test(gap) || !BRACKETS.close.test(after)) return
  // A month's other name in brackets glosses a month, which the tagger may have taken for Nissan: "نيسان (أبريل)".
  if (ONE_WORD_MONTH_NAMES.has(tokens[t].norm)) return
  // Straight quotes hug what they quote: in `"سوريون من أجل الحقيقة والعدالة" فصيل "فرقة …"` the quotes around "فصيل"
  // close one name and open the next.
  if (gap.includes('"') && !(gap.endsWith('"') && after.startsWith('"'))) return
  const { pre, post } = tokens[t].clitics
  const stem = ctx.stems[t]
  const word = text.slice(tokens[t].start, tokens[t].end)
  // Listed words may be acronyms ("آفاد" is also the verb "أفاد"), titles not.
  const title = ((ctx.gazetteer.classes.get(stem) ?? 0) & WORD_CLASS.personTitle) !== 0
  // The article only in brackets, on a word the clusters never saw ("(الستاغ)"); a definite word in quotes is as
  // often a common noun quoted ("أدرجت اليونسكو "الحناء"", henna).
  const bracketed = ctx.text.slice(ctx.tokens[t - 1].end, ctx.tokens[t].start).includes('(')
  const bare = pre.length === 0 || (bracketed && pre.length === 1 && pre[0] === 'ال' && isUnclustered(ctx, ctx.tokens[t].norm))
  const arabic = PATTERNS.arabicWord.test(stem) && stem.length >= 3 && bare && post.length === 0 && !title
  if (!(arabic || PATTERNS.latinAcronym.test(word)) || (!agency && isKnownPlace(ctx, t))) return
  if (own >= 0) mentions[own] = { ...mentions[own], type: 'organization' }
  else add(ctx, mentions, { type: 'organization', first: t, last: t })
}

/**
 * "شركة أوكرينرغو الحكومية", "مجموعة بلاكستون الأمريكية", "شركات توركسل": a company's indefinite head and a name
 * of one or two words the word clusters never saw (a transliteration; "شركة كبرى" is known words), not shaped like
 * a verb or a participle, with its nationality after it. The head is part of the name, as in "شركة طلعت مصطفى".
 */
export function findCompany(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, COMPANY_HEADS, t) && !isDefiniteStem(ctx.stems[t]) && ctx.tokens[t].clitics.post.length === 0)) return false
  let last = t
  // (Not an adjective that says what kind: "شركة استشارية دولية" is a consultancy, not its name.)
  // (Nor one agreeing with the head in the feminine, unseen as it may be: "شركة [وهمية]", a shell company; "شركة [متعهدة]".)
  // (Nor the trade it is in: "شركة [صرافة]".)
  while (last - t < 2 && isUnseenNameWord(ctx, last + 1, last === t) && !DESCRIBING_ADJECTIVES.has(ctx.stems[last + 1]) && !COMPANY_TRADES.has(ctx.stems[last + 1]) &&
    !isFeminineAdjective(ctx.tokens[last + 1].norm)) last++
  // "شركات [توركسل] وتورك تيليكوم": the tagger found the list's first name itself; the list goes on after it.
  const tagged = last === t && t + 1 < ctx.tokens.length ? ctx.owner[t + 1] : -1
  if (tagged >= 0 && isHead(ctx, COMPANIES, t) && mentions[tagged].type === 'organization' && mentions[tagged].first === t + 1) {
    continueCompanyList(ctx, mentions, mentions[tagged].last + 1)
    return true
  }
  // A person's name runs on after it ("مجموعة طلعت [مصطفى]"): a company named after its founder (rule 3).
  const after = last + 1 < ctx.tokens.length && !breakBetween(ctx, last, last + 1) ? ctx.owner[last + 1] : -1
  if (last === t || (after >= 0 && mentions[after].type === 'person')) return false
  const nationality = nextStem(ctx, last, 1)
  if (nationality !== null && ctx.owner[last + 1] < 0 && isCountryNisba(nationality, ctx.gazetteer)) last++
  // "شركات توركسل وتورك تيليكوم": after the plural head, a list of names, each without it.
  if (isHead(ctx, COMPANIES, t)) {
    add(ctx, mentions, { type: 'organization', first: t + 1, last })
    continueCompanyList(ctx, mentions, last + 1)
    return true
  }
  add(ctx, mentions, { type: 'organization', first: t, last })
  return ctx.owner[t] >= 0
}

const COMPANIES: ReadonlySet<string> = new Set([normalizeArabic('شركات')])

/**
 * A word (normalised, whole: the tokenizer reads "وهمية" as و + a stem) shaped as an indefinite feminine nisba or
 * participle: "وهميه", "استثماريه", "جزائريه", "متعهده".
 */
function isFeminineAdjective(word: string): boolean {
  return word.endsWith('يه') ? PATTERNS.indefiniteNisba.test(word) : word.endsWith('ه') && PATTERNS.participleShape.test(word)
}

/** A list of companies after the plural head goes on at token k: "و" and one or two words the clusters never saw. */
function continueCompanyList(ctx: Context, mentions: TokenMention[], k: number): void {
  while (k < ctx.tokens.length && !breakBetween(ctx, k - 1, k) && ctx.tokens[k].clitics.pre[0] === 'و' && ctx.owner[k] < 0 &&
    isUnclustered(ctx, ctx.tokens[k].norm) && isNameLike(ctx, ctx.stems[k])) {
    let end = k
    if (isUnseenNameWord(ctx, k + 1, false)) end = k + 1
    add(ctx, mentions, { type: 'organization', first: k, last: end })
    k = end + 1
  }
}

/**
 * Token k continues the phrase, free, bare, name-like and never seen by the word clusters, no participle, plural,
 * verbal noun or given name ("مجموعة ملحنين" is a group of composers, "شركة توظيف أموال" a money-investment company,
 * "مجموعة طلعت مصطفى" named after its founder, rule 3's; an
 * unseen word shaped like a verb is a name: "توركسل"). Right after the head (`first`) a clitic the tokenizer split
 * off is the name's own letter: a noun in the construct state takes no preposition ("مجموعة بلاكستون": ب + …).
 */
function isUnseenNameWord(ctx: Context, k: number, first: boolean): boolean {
  if (nextStem(ctx, k - 1, 1) === null || ctx.owner[k] >= 0) return false
  const { pre, post } = ctx.tokens[k].clitics
  const whole = first && pre.length === 1 && pre[0] !== 'ال'
  const word = whole ? ctx.tokens[k].norm : ctx.stems[k]
  return (pre.length === 0 || whole) && post.length === 0 && PATTERNS.arabicWord.test(word) && isNameLike(ctx, word) &&
    isUnclustered(ctx, ctx.tokens[k].norm) && !PATTERNS.participleShape.test(word) && !PATTERNS.genitivePluralEnding.test(word) &&
    !PATTERNS.verbalNoun.test(word) && !GIVEN.has(word) && !hasTanween(ctx, k)
}

/**
 * "شركة "طلبات"", "منصة "شاهد"", "الشركة القابضة "إيه دي كيو"": a name of one to four words in quotes right after
 * a company's, platform's or outlet's head (t, and one adjective after a definite head) is an organisation, also
 * where the tagger took it for a person or a place.
 */
export function findQuotedName(ctx: Context, mentions: TokenMention[], t: number): void {
  if (!isHead(ctx, QUOTED_NAME_HEADS, t) || ctx.tokens[t].clitics.post.length > 0) return
  // A definite head only with its adjective: "الشركة "ستخسر"" is the company and a quoted verb.
  let before = t
  if (isDefiniteStem(ctx.stems[t])) {
    if (nextStem(ctx, t, 1) === null || !PUBLIC_BODY_ADJECTIVES.has(ctx.stems[t + 1])) return
    before = t + 1
  }
  const first = before + 1
  const last = quotedNameEnd(ctx, before)
  if (last < 0) return
  const own = ctx.owner[first]
  if (own >= 0 && mentions[own].first === first && mentions[own].last === last && mentions[own].type !== 'organization') {
    mentions[own] = { ...mentions[own], type: 'organization' }
  } else if (isFree(ctx, first, last)) {
    add(ctx, mentions, { type: 'organization', first, last })
  }
}

/**
 * The last token of a name of one to six words in quotes (not brackets) that opens right after token `before` ("منظمة
 * «سوريون من أجل الحقيقة والعدالة»"), or -1; not a number, nor one word of the clusters shaped like a verb (a quotation).
 */
export function quotedNameEnd(ctx: Context, before: number): number {
  const first = before + 1
  if (first >= ctx.tokens.length) return -1
  const gap = ctx.text.slice(ctx.tokens[before].end, ctx.tokens[first].start)
  if (!BRACKETS.open.test(gap) || gap.includes('(')) return -1
  for (let last = first; last < first + 6 && last < ctx.tokens.length; last++) {
    if (last > first && breakBetween(ctx, last - 1, last)) return -1
    const after = last + 1 < ctx.tokens.length ? ctx.text.slice(ctx.tokens[last].end, ctx.tokens[last + 1].start) : ctx.text.slice(ctx.tokens[last].end)
    if (!BRACKETS.close.test(after) || after.trimStart().startsWith(')')) continue
    const verb = last === first && PATTERNS.verbShape.test(ctx.stems[first]) && isClustered(ctx, ctx.tokens[first].norm)
    return PATTERNS.digitStart.test(ctx.stems[first]) || verb ? -1 : last
  }
  return -1
}

/** A body named by an indefinite head, its field and its country or rank (constructBodyEnd). */
export function findConstructBody(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, CONSTRUCT_HEADS, t) && !isDefiniteStem(ctx.stems[t]))) return false
  const last = constructBodyEnd(ctx, mentions, t)
  if (last <= t) return false
  const place = ctx.owner[last]
  if (place >= 0) {
    mentions[place] = { type: 'organization', first: t, last }
    for (let k = t; k <= last; k++) ctx.owner[k] = place
    return true
  }
  add(ctx, mentions, { type: 'organization', first: t, last })
  return true
}

/**
 * "تحالف الفتح", "حزب الازدهار", "حزب العمال البريطاني": a coalition, bloc or party named by the definite word after
 * it, not an adjective ("تحالف دولي"), with up to two adjectives of the name after it ("حزب الحركة القومية").
 */
export function findBloc(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, BLOC_HEADS, t) && !isDefiniteStem(ctx.stems[t]) && knownOrganizationEnd(ctx, t) < 0)) return false
  const name = nextStem(ctx, t, 1)
  // A club's name is a coalition's too ("الفتح"), and a head word a party's ("حزب الحركة القومية"); other listed
  // words are not names.
  const classes = name === null ? 0 : (ctx.gazetteer.classes.get(name) ?? 0) & ~(WORD_CLASS.sportsClub | WORD_CLASS.orgHead)
  if (!(name !== null && isDefiniteStem(name) && ctx.owner[t + 1] < 0 && !PATTERNS.nisba.test(name) && classes === 0 &&
    ctx.tokens[t + 1].clitics.post.length === 0)) return false
  let last = t + 1
  // "ائتلاف الإعمار [والتنمية]": a second noun after "و".
  if (isAndDefiniteNoun(ctx, last + 1) && ctx.owner[last + 1] < 0) last++
  while (last - t < 4 && isBareDefiniteAdjective(ctx, last + 1)) last++
  add(ctx, mentions, { type: 'organization', first: t, last })
  return true
}

/** Token k continues the phrase, free, a definite nisba-shaped adjective with no other clitic ("القومية", "الوطني"). */
function isBareDefiniteAdjective(ctx: Context, k: number): boolean {
  if (nextStem(ctx, k - 1, 1) === null || ctx.owner[k] >= 0) return false
  const { pre, post } = ctx.tokens[k].clitics
  return pre.length === 1 && pre[0] === 'ال' && post.length === 0 && PATTERNS.nisba.test(ctx.stems[k])
}

/**
 * "جامعة الأزهر": a university is named by the word after it; not by an adjective ("جامعة عربية", or
 * "جامعة العربية", a misspelt league) nor a title ("جامعة الملك سعود", rule 3), nor a known name's start.
 */
export function findUniversity(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!(isHead(ctx, UNIVERSITY, t) && !isDefiniteStem(ctx.stems[t]) && knownOrganizationEnd(ctx, t) < 0)) return false
  const name = nextStem(ctx, t, 1)
  if (!(name !== null && isDefiniteStem(name) && name.length >= 5 && ctx.owner[t + 1] < 0 && !PATTERNS.nisba.test(name) &&
    !ctx.gazetteer.classes.has(name) && ctx.tokens[t + 1].clitics.post.length === 0)) return false
  add(ctx, mentions, { type: 'organization', first: t, last: t + 1 })
  return true
}

/** A public body named "the general authority for …" (publicBodyEnd). */
export function findPublicBody(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!PUBLIC_BODY_HEADS.has(ctx.stems[t])) return false
  const last = publicBodyEnd(ctx, t)
  if (last <= t) return false
  add(ctx, mentions, { type: 'organization', first: t, last })
  return true
}

/** Rule 5: a known organisation (knownOrganizationEnd) starting at t; true when t is then claimed. */
export function findKnownOrganization(ctx: Context, mentions: TokenMention[], t: number): boolean {
  const knownLast = knownOrganizationEnd(ctx, t)
  if (knownLast >= 0) add(ctx, mentions, { type: 'organization', first: t, last: knownLast })
  return ctx.owner[t] >= 0
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
function constructBodyEnd(ctx: Context, mentions: readonly TokenMention[], t: number): number {
  // "شركة [تسويق] النفط العراقية", "جهاز [مكافحة] الإرهاب العراقي": a bare noun of the chain may come before the
  // field (the nationality at the end still decides).
  const chained = nextStem(ctx, t, 1) !== null && isChainNoun(ctx, t + 1) && isDefiniteStem(nextStem(ctx, t, 2) ?? '')
  return constructBodyEndAt(ctx, mentions, chained ? t + 1 : t, t)
}

/** constructBodyEnd with the field after token `before` (the head, or the chain's noun), the body starting at t. */
function constructBodyEndAt(ctx: Context, mentions: readonly TokenMention[], before: number, head: number): number {
  const t = before
  const field = nextStem(ctx, t, 1)
  if (field === null || !isDefiniteStem(field) || isNationalityNisba(field, ctx.gazetteer) || ctx.tokens[t + 1].clitics.post.length > 0) return -1
  // "محكمة الاستئناف", "محكمة الجنايات": a court is named by its kind.
  // (Not any word: "محكمة الرصف" is "finely paved", the adjective.)
  if (t === head && isHead(ctx, COURT, t) && ctx.tokens[t + 1].clitics.pre.length === 1 && COURT_KINDS.has(field) && isFree(ctx, t, t + 1)) {
    const rank = nextStem(ctx, t, 2)
    // With its rank or adjective: "محكمة العدل الدولية", "محكمة الجنايات المصرية".
    return rank !== null && (CONSTRUCT_RANKS.has(rank) || PATTERNS.nisba.test(rank)) && ctx.owner[t + 2] < 0 ? t + 2 : t + 1
  }
  // A second field after "و": "جهاز الإسعاف والطوارئ الليبي".
  const fieldEnd = isAndDefiniteNoun(ctx, t + 2) ? t + 2 : t + 1
  // A third makes the name without a country: "هيئة الأدب والنشر والترجمة", "لجنة العدل والتشريع وحقوق الإنسان".
  if (fieldEnd === t + 2) {
    const third = thirdFieldEnd(ctx, fieldEnd + 1)
    if (third > 0 && isFree(ctx, head, third)) return third
  }
  const adjective = nextStem(ctx, fieldEnd, 1)
  // (Not when the field is itself a body's head: "مجلس إدارة [الهيئة العامة] للترفيه" is the board of another body.)
  if (adjective !== null && CONSTRUCT_RANKS.has(adjective)) return isFree(ctx, head, fieldEnd + 1) && !PUBLIC_BODY_HEADS.has(field) ? fieldEnd + 1 : -1
  // The field may have its adjective: "هيئة السوق المالية السعودية" (no agreement test: سوق is feminine
  // without ة), or a rank: "مديرية الأمن العام الأردنية".
  let at = fieldEnd - t + 1
  if (adjective !== null && ((PATTERNS.nisba.test(adjective) && !isCountryNisba(adjective, ctx.gazetteer)) || PUBLIC_BODY_ADJECTIVES.has(adjective))) at++
  const country = nextStem(ctx, t, at)
  // The tagger may have read the nationality as the country ("هيئة الأفلام [السعودية]"): the body takes it over.
  if (country === null || !isFree(ctx, head, t + at - 1) || !(ctx.owner[t + at] < 0 || isLonePlace(ctx, mentions, t + at))) return -1
  if (!isCountryNisba(country, ctx.gazetteer)) return -1
  // A plural nationality agrees with a plural field: "نقابة الصحفيين التونسيين".
  if (country.endsWith('يين')) return field.endsWith('ين') ? t + at : -1
  const feminine = ctx.stems[head].endsWith('ه')
  return country.endsWith('يه') === feminine ? t + at : -1
}

/**
 * Where a body's third field, starting at token k, ends, or -1: "و" and a definite noun ("[والترجمة]"), or "و",
 * a bare noun and the definite noun it governs ("[وحقوق الإنسان]"), free and closed by no other name.
 */
function thirdFieldEnd(ctx: Context, k: number): number {
  if (ctx.owner[k] >= 0 || k >= ctx.tokens.length || breakBetween(ctx, k - 1, k)) return -1
  const { pre, post } = ctx.tokens[k].clitics
  // A noun shaped like a nisba counts here ("[والتقنية]"), a nationality does not.
  if (isAndDefiniteNoun(ctx, k) || (pre[0] === 'و' && pre[1] === 'ال' && post.length === 0 && !isNationalityNisba(ctx.stems[k], ctx.gazetteer))) return k
  const governs = pre.length === 1 && pre[0] === 'و' && post.length === 0 && isChainNoun(ctx, k, true) && isDefiniteStem(nextStem(ctx, k, 1) ?? '') &&
    ctx.owner[k + 1] < 0 && ctx.tokens[k + 1].clitics.post.length === 0
  return governs ? k + 1 : -1
}

/** Token k is a place mention of that one token. */
function isLonePlace(ctx: Context, mentions: readonly TokenMention[], k: number): boolean {
  const own = ctx.owner[k]
  return own >= 0 && mentions[own].type === 'place' && mentions[own].first === k && mentions[own].last === k
}

/**
 * Where a public body named "the general authority for …" ends, or -1: a definite head (token t), one or
 * two adjectives of PUBLIC_BODY_ADJECTIVES, the field after ل ("للطيران", "لمكافحة المخدرات"), and the
 * field's own adjectives after it
 * ("الهيئة العامة للطيران المدني", "الهيئة العامة للأرصاد الجوية"); a nationality after them is the
 * body's too ("المؤسسة الوطنية للنفط الليبية").
 */
function publicBodyEnd(ctx: Context, t: number): number {
  // A nationality may stand among the adjectives ("الجامعة الملكية المغربية لكرة القدم"), or alone before a field
  // after "لل" ("الشركة التونسية للكهرباء والغاز").
  let k = 1
  let ranked = false
  let national = false
  while (k <= 3 && nextStem(ctx, t, k) !== null) {
    const word = ctx.stems[t + k]
    if (PUBLIC_BODY_ADJECTIVES.has(word)) ranked = true
    else if (isCountryNisba(word, ctx.gazetteer)) national = true
    else break
    k++
  }
  if (!(ranked || national) || nextStem(ctx, t, k) === null) return -1
  const { pre, post } = ctx.tokens[t + k].clitics
  if (!ranked && !(pre.length === 2 && pre[0] === 'ل' && pre[1] === 'ال')) return -1
  let last = t + k
  // A field the tokenizer keeps whole ("لكرة", a three-letter remainder) is known from the field list.
  const known = FIELD_TAILS.get(ctx.tokens[t + k].norm)
  if (known) {
    if (nextStem(ctx, t, k + 1) === null || !known.includes(ctx.tokens[t + k + 1].norm)) return -1
    return isFree(ctx, t, last + 1) ? last + 1 : -1
  }
  // A listed field of one word stands as it is; otherwise the field is "لل" + a noun ("للطيران"), or "ل" + a
  // noun and its definite complement ("لمكافحة المخدرات"). Either takes its adjectives ("للطيران المدني").
  if (known === undefined) {
    if (pre[0] !== 'ل' || post.length > 0) return -1
    if (pre.length === 1) {
      const complement = nextStem(ctx, t, k + 1)
      if (complement === null || !isDefiniteStem(complement) || ctx.tokens[t + k + 1].clitics.pre.length !== 1) return -1
      last++
    } else if (pre.length !== 2 || pre[1] !== 'ال') return -1
  }
  const fieldEnd = last
  const isAdjective = (stem: string) => PATTERNS.nisba.test(stem) || stem === ARMED
  while (last - fieldEnd < 2 && nextStem(ctx, t, last + 1 - t) !== null && isAdjective(ctx.stems[last + 1]) &&
    ctx.tokens[last + 1].clitics.pre.length === 1) last++
  // A second field after "و": "للكهرباء والغاز", "للصناعة والمناجم".
  if (isAndDefiniteNoun(ctx, last + 1)) {
    last++
    // With its own adjective: "والصرف الصحي".
    if (nextStem(ctx, last, 1) !== null && isAdjective(ctx.stems[last + 1]) && ctx.tokens[last + 1].clitics.pre.length === 1) last++
  }
  // Words past the field another name holds are left to it ("للغذاء والدواء [السعودية]", the tagger's place, which
  // absorb-nationality.ts gives back to the body).
  while (last > fieldEnd && ctx.owner[last] >= 0) last--
  return isFree(ctx, t, last) ? last : -1
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
