import { isDefiniteStem } from '../shared/definite.ts'
import { isListedClub } from '../shared/listed-club.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { add, breakBetween, isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { knownOrganizationEnd } from '../shared/known-organization-end.ts'
import { isAboutSport } from '../drop/drop-clubs-off-the-pitch.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { CLUB_CITIES, CLUB_PREPOSITIONS, FROM, MATCH_VERBS, OPPONENT_BEFORE, TO, TRANSFER_VERBS } from '../shared/word-lists.ts'

/**
 * Rule 12: the teams of a match. A club of the sports list or a known organisation right after a verb of
 * a match is the team ("فاز الهلال", "تغلب برشلونة": the tagger took the first for the crescent and the
 * second for a person, as after "قال"), or a club named by its city ("فاز ليفربول"), and so is one after
 * "على", "أمام" or "مع" a few words on, the other team ("… على النصر", "وخسر الفريق أمام الأهلي"). A name
 * the tagger typed otherwise is retyped when it is that one word; a country stays a place ("فازت مصر على
 * المغرب" are national teams, not in the lists).
 */
export function findMatchClubs(ctx: Context, mentions: TokenMention[]): void {
  for (let t = 0; t + 1 < ctx.tokens.length; t++) {
    if (!isMatchVerb(ctx.stems[t]) || breakBetween(ctx, t, t + 1)) continue
    // "بعد فوزه الكاسح على فانكوفر": a win with its pronoun has its winner in the pronoun, and the word after it
    // describes the win.
    const possessed = ctx.tokens[t].clitics.post.length > 0
    const subjectEnd = possessed ? -1 : claimClub(ctx, mentions, t + 1)
    // The other team: "على" / "أمام" / "مع" within three words after the first ("فاز الهلال اليوم على"), or
    // after the verb when the subject is no club ("وخسر الفريق أمام الأهلي").
    const from = subjectEnd >= 0 ? subjectEnd + 1 : t + 1
    for (let k = from; k <= from + 3 && k + 1 < ctx.tokens.length; k++) {
      if (breakBetween(ctx, k - 1, k)) break
      if (OPPONENT_BEFORE.has(ctx.stems[k]) && !breakBetween(ctx, k, k + 1)) {
        // "تعادل مرسيليا مع ضيفه موناكو": past the guest or host the other team is.
        const host = HOST_WORDS.has(ctx.stems[k + 1]) && k + 2 < ctx.tokens.length && !breakBetween(ctx, k + 1, k + 2)
        const opponent = host ? k + 2 : k + 1
        const opponentEnd = claimClub(ctx, mentions, opponent)
        // "فاز الكهرباء على الطلبة 2-1", "تغلب العلا على الجبلين 2-1": a club the lists lack is a team too, one
        // definite word right after the verb or the preposition, when the other side is a listed club or the
        // score follows.
        const scored = hasScoreAfter(ctx, opponentEnd >= 0 ? opponentEnd : opponent)
        if (!possessed && subjectEnd < 0 && from === t + 1 && (opponentEnd >= 0 || scored)) claimTeamWord(ctx, mentions, t + 1)
        if (opponentEnd < 0 && (subjectEnd >= 0 || scored)) claimTeamWord(ctx, mentions, opponent)
        // Two countries: national teams ("تعادل مرسيليا مع ضيفه موناكو" is a club's match, Monaco the club).
        if (isCountry(ctx, t + 1) && isCountry(ctx, opponent)) {
          countryAsPlace(ctx, mentions, t + 1)
          countryAsPlace(ctx, mentions, opponent)
        }
        break
      }
    }
  }
}

/** A match's score follows token k: "2-1", "3 - 0". */
function hasScoreAfter(ctx: Context, k: number): boolean {
  const end = ctx.tokens[k].end
  return PATTERNS.scoreAhead.test(ctx.text.slice(end, end + 12))
}

/**
 * Token k, one definite word with no other clitic, is a team of the match though no list has it: not a known place
 * (a country's national team is written as the country: "فازت مصر على المغرب"), nor a word of time.
 */
function claimTeamWord(ctx: Context, mentions: TokenMention[], k: number): void {
  const { pre, post } = ctx.tokens[k].clitics
  const stem = ctx.stems[k]
  if (!(pre.length === 1 && pre[0] === 'ال') || post.length > 0 || stem.length < 4 || NOT_TEAMS.has(stem) || isKnownPlace(ctx, k)) return
  const owner = ctx.owner[k]
  if (owner < 0) {
    add(ctx, mentions, { type: 'organization', first: k, last: k })
    return
  }
  // The tagger's one-word name there is the team: "العلا" is also a town.
  const mention = mentions[owner]
  if (mention.first === k && mention.last === k) mentions[owner] = { ...mention, type: 'organization' }
}

/**
 * A national team is written as its country, and the annotations keep it a place: "فازت مصر على [المغرب]", which the
 * tagger may type an organisation in a match.
 */
function countryAsPlace(ctx: Context, mentions: TokenMention[], k: number): void {
  const owner = ctx.owner[k]
  if (owner < 0) return
  const mention = mentions[owner]
  if (mention.type === 'organization' && mention.first === k && mention.last === k) mentions[owner] = { ...mention, type: 'place' }
}

/** Token k is a place of the tagger's list (countries and a few cities) and no listed club. */
function isCountry(ctx: Context, k: number): boolean {
  const stem = ctx.stems[k]
  return ctx.gazetteer.places.has(stem) && !isListedClub(ctx, stem)
}

/** Definite words that stand after a match's verb and are no team: when, and who. */
const NOT_TEAMS: ReadonlySet<string> = new Set(
  ['اليوم', 'الليلة', 'الفريق', 'المنتخب', 'الضيوف', 'اللاعب', 'البطل', 'الأول', 'الثاني', 'السبت', 'الأحد', 'الاثنين',
    'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'الفائز', 'الخاسر', 'النادي', 'المنافس', 'الخصم'].map((word) => normalizeArabic(word)),
)

/**
 * In a report of sport: a listed club after "مع", "ضد" or "أمام" ("انتهى عقده مع الهلال") or after its goals or net ("هدفي
 * الشمال"), and one joined by "و" to a club before it ("مباراة الأهلي والنصر") are the clubs, definite club words only ("مع الشباب" is the club in
 * a sports report, the youth elsewhere); and the club led after a verb of leading or its coach ("ليقود النصر", "قاد
 * إنزاغي الهلال", "قاد … آرني سلوت ليفربول"), a club named by its city too.
 */
export function findClubsOfSport(ctx: Context, mentions: TokenMention[]): void {
  if (!isAboutSport(ctx)) return
  for (let t = 1; t < ctx.tokens.length; t++) {
    // "ليقود النصر إلى الفوز", "قاد المدرب آرني سلوت ليفربول": the club led, right after the verb of leading or
    // after the person a verb of leading stands before (a club named by its city too).
    const before = ctx.owner[t - 1]
    const led = !breakBetween(ctx, t - 1, t) && (LEAD_VERBS.has(ctx.stems[t - 1]) ||
      (before >= 0 && mentions[before].type === 'person' && mentions[before].last === t - 1 && ledBefore(ctx, mentions[before].first)))
    if (led && claimClub(ctx, mentions, t) >= 0) continue
    if (breakBetween(ctx, t - 1, t) || !isDefiniteStem(ctx.stems[t])) continue
    if (!isListedClub(ctx, ctx.stems[t])) continue
    // The tagger's one-word place there is the club too ("ديربي الرياض بين [الهلال] والنصر"), a known place aside.
    const own = ctx.owner[t]
    const retype = own >= 0 && mentions[own].type === 'place' && mentions[own].first === t && mentions[own].last === t && !isKnownPlace(ctx, t)
    if (own >= 0 && !retype) continue
    const pre = ctx.tokens[t].clitics.pre
    // (Or after its goals or its net, in the construct state: "هدفي [الشمال] في مرمى [الخور]".)
    const afterPreposition = pre.length === 1 && (CLUB_PREPOSITIONS.has(ctx.stems[t - 1]) || isMatchBetween(ctx, t - 1) || GOALS_OF.has(ctx.tokens[t - 1].norm))
    const owner = ctx.owner[t - 1]
    const afterClub = pre[0] === 'و' && owner >= 0 && mentions[owner].type === 'organization' &&
      isListedClub(ctx, ctx.stems[mentions[owner].first])
    if (!(afterPreposition || afterClub)) continue
    if (retype) mentions[own] = { ...mentions[own], type: 'organization' }
    else add(ctx, mentions, { type: 'organization', first: t, last: t })
  }
}

/**
 * A club's goals and the net a goal goes in, written bare before it in a report of sport ("هدفي الشمال في مرمى الخور"). As
 * written, without clitics (normalised). Its coach and players are CLUB_HEADS, whose club findClub finds anywhere
 * (find-institutions.ts). Session 60 (s60-b's errors).
 */
const GOALS_OF: ReadonlySet<string> = new Set(['هدف', 'هدفي', 'أهداف', 'مرمى'].map((word) => normalizeArabic(word)))

/**
 * A player's transfer: after a verb of moving ("انتقل", "رحل", and the conjunction's forms), "من" a club and then
 * "إلى" a club, within a few words, name both clubs ("انتقل المدافع الفرنسي ثيو هيرنانديز من ميلان إلى الهلال").
 * Both must be clubs: "انتقل من القاهرة إلى الرياض" is a move between cities.
 */
export function findTransferClubs(ctx: Context, mentions: TokenMention[]): void {
  for (let t = 0; t + 3 < ctx.tokens.length; t++) {
    if (!isVerbOf(TRANSFER_VERBS, ctx.stems[t])) continue
    let from = -1
    for (let k = t + 1; k <= t + 8 && k + 1 < ctx.tokens.length; k++) {
      if (breakBetween(ctx, k - 1, k)) break
      if (from < 0 && FROM.has(ctx.stems[k])) from = k + 1
      else if (from >= 0 && k > from && TO.has(ctx.stems[k])) {
        if (isClubAt(ctx, from) && isClubAt(ctx, k + 1) && !breakBetween(ctx, k, k + 1)) {
          claimClub(ctx, mentions, from)
          claimClub(ctx, mentions, k + 1)
        }
        break
      }
    }
  }
}

/** Token k is a listed club, a club named by its city, or a known organisation. */
function isClubAt(ctx: Context, k: number): boolean {
  return isListedClub(ctx, ctx.stems[k]) || CLUB_CITIES.has(ctx.stems[k]) ||
    CLUB_CITIES.has(ctx.tokens[k].norm) || knownOrganizationEnd(ctx, k) >= 0
}

/** Makes the club at token k an organisation mention and returns where it ends, or -1 when k names no club. */
function claimClub(ctx: Context, mentions: TokenMention[], k: number): number {
  const known = knownOrganizationEnd(ctx, k)
  const isClub = isListedClub(ctx, ctx.stems[k]) ||
    // "ليفربول": the tokenizer may read its ل as a preposition; the word as written is the name.
    CLUB_CITIES.has(ctx.stems[k]) || CLUB_CITIES.has(ctx.tokens[k].norm)
  if (known < 0 && !isClub) return -1
  const last = Math.max(known, k)
  const owner = ctx.owner[k]
  if (owner < 0) {
    add(ctx, mentions, { type: 'organization', first: k, last })
    return ctx.owner[k] >= 0 ? last : -1
  }
  const mention = mentions[owner]
  if (mention.type === 'organization') return mention.last
  // Only the name itself, one word or the known organisation whole: not a person of two words.
  if (mention.first !== k || mention.last !== last) return -1
  mentions[owner] = { ...mention, type: 'organization' }
  return last
}

/** A verb of a match, also with the conjunction the tokenizer leaves on a short word ("وفاز": و + فاز). */
export function isMatchVerb(stem: string): boolean {
  return isVerbOf(MATCH_VERBS, stem)
}

/** One of `verbs`, also with the conjunction the tokenizer leaves on a short word. */
function isVerbOf(verbs: ReadonlySet<string>, stem: string): boolean {
  if (verbs.has(stem) || ((stem[0] === 'و' || stem[0] === 'ف') && verbs.has(stem.slice(1)))) return true
  // A feminine subject, a national team or a club: "فازت مصر", "وتعادلت".
  return stem.length > 3 && stem.endsWith('ت') && isVerbOf(verbs, stem.slice(0, -1))
}

/** "بين": a match between two clubs ("بين الهلال والنصر"). */
const BETWEEN: ReadonlySet<string> = new Set([normalizeArabic('بين')])
/** Words for a match that "بين" and its two teams follow ("ديربي الرياض بين", "نهائي الكأس بين"). Normalised. */
const MATCH_NOUNS: ReadonlySet<string> = new Set(
  ['مباراة', 'المباراة', 'مواجهة', 'المواجهة', 'ديربي', 'كلاسيكو', 'نهائي', 'النهائي', 'قمة', 'لقاء'].map((word) => normalizeArabic(word)),
)

/**
 * Token k is "بين" after a word for a match, within five words of it in the clause ("نهائي كأس أمير قطر بين"): "بين" alone is any "between" ("بين
 * الشرطة وأنصار الحزب", "بين الشباب").
 */
function isMatchBetween(ctx: Context, k: number): boolean {
  if (!BETWEEN.has(ctx.stems[k])) return false
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
    if (breakBetween(ctx, j, j + 1)) return false
    if (MATCH_NOUNS.has(ctx.stems[j]) || MATCH_NOUNS.has(ctx.tokens[j].norm)) return true
  }
  return false
}

/** "ضيفه", "مضيفه": the guest or host before the other team's name, as the tokens' stems spell them (the pronoun off). */
const HOST_WORDS: ReadonlySet<string> = new Set(['ضيف', 'مضيف'].map((word) => normalizeArabic(word)))

/** "قاد", "يقود", "درّب" as the tokens' stems spell them: a coach leads or trains his club. */
const LEAD_VERBS: ReadonlySet<string> = new Set(['قاد', 'يقود', 'ليقود', 'درب', 'يدرب'].map((word) => normalizeArabic(word)))

/** A verb of leading stands within four words before token t, in the same clause. */
function ledBefore(ctx: Context, t: number): boolean {
  for (let k = t - 1; k >= 0 && t - k <= 4; k--) {
    if (breakBetween(ctx, k, k + 1)) return false
    if (LEAD_VERBS.has(ctx.stems[k])) return true
  }
  return false
}
