import { isDefiniteStem } from '../shared/definite.ts'
import type { Context, TokenMention } from '../shared/context.ts'
import { isKnownPlacePhrase, isOneWordKnownPlace } from '../shared/known-place-phrase.ts'
import { knownOrganizationEnd } from '../shared/known-organization-end.ts'
import { isCountryNisba } from '../shared/nationality-nisba.ts'
import { isClustered, isWrittenFormTwoPast } from '../shared/name-like.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { GIVEN, normSet, OUTLET_HEADS, PREPOSITION_ALA, WEEKDAYS } from '../shared/word-lists.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { isKnownFullName } from '../shared/known-full-name.ts'

/**
 * A reflexive verb's present, third person masculine: "يتفقد", "يتابع"; no name ends so ("يتسحاق" begins one). Not the
 * feminine: a movement may be named by a sentence ("الحرية تتقدم").
 */
const REFLEXIVE_PRESENT = /^يت[^اوي].+[^اه]$/u

/**
 * Past verbs of what an attack or a storm led to, right after the place it hit: "على [حي نيميشليانسكي أدى] إلى إصابة", "أسفر عن".
 * Hand-written, normalised; not "خلف" (left behind), a family name ("محمود خلف").
 */
const RESULT_VERBS = normSet(['أدى', 'أسفر', 'أودى', 'أوقع', 'تسبب'])

/**
 * Token t is a verb that ends no name: bare, a reflexive present, a second form's past written with its shadda, a past plural the
 * clusters know (names end in "وا" too, "نيكاراغوا", "أوتاوا", unseen there or listed) or a verb of what something led to
 * (RESULT_VERBS), and no known place or given name.
 */
function isRunOnVerb(ctx: Context, t: number, type: TokenMention['type']): boolean {
  const { clitics, norm } = ctx.tokens[t]
  if (clitics.pre.length > 0 || clitics.post.length > 0 || isOneWordKnownPlace(ctx, ctx.stems[t]) || GIVEN.has(ctx.stems[t])) return false
  // (Places end in that shape too when the clusters never saw them: "مستوطنة يتسهار".)
  return (REFLEXIVE_PRESENT.test(norm) && (type === 'person' || isClustered(ctx, norm))) || (PATTERNS.pastPlural.test(norm) && isClustered(ctx, norm)) || isWrittenFormTwoPast(ctx, t) || RESULT_VERBS.has(norm)
}

/**
 * "أبلغ [رايان كروكر المشرعين] أن": a derived participle's sound plural with the article after a person of two words or more
 * is the verb's object (the lawmakers), no family name. Not the first form's ("المانحين"): family names take that shape
 * ("البابطين", "زين العابدين"). Not a known given name.
 */
function isObjectPlural(ctx: Context, mention: TokenMention, t: number): boolean {
  const stem = ctx.stems[t]
  return t >= mention.first + 2 && isDefiniteStem(stem) && ctx.tokens[t].clitics.post.length === 0 && PATTERNS.participlePlural.test(stem.slice(2)) &&
    !GIVEN.has(stem)
}

/**
 * "مناشداً [وزارة الأشغال العامة والنقل إرسال] جرافات": a bare indefinite verbal noun of the derived forms that opens with alef
 * ("إرسال", "إنشاء", "اتخاذ"), or of the second form ("توسيع"), after a body's definite word, is what the body is asked to do, no word of its name. The clusters
 * know it; no given name ("إسلام", "إيمان" and the like are listed).
 */
export function isObjectVerbalNoun(ctx: Context, mention: TokenMention, t: number): boolean {
  const { pre, post } = ctx.tokens[t].clitics
  const stem = ctx.stems[t]
  return t >= mention.first + 2 && pre.length === 0 && post.length === 0 && (PATTERNS.alefVerbalNoun.test(stem) || PATTERNS.tafilVerbalNoun.test(stem)) &&
    isClustered(ctx, ctx.tokens[t].norm) && !GIVEN.has(stem) && !isOneWordKnownPlace(ctx, stem) && isDefiniteStem(ctx.stems[t - 1])
}

/** "يوم", which with a weekday after it dates the sentence: "حددت [وزارة التعليم يوم] الأحد". Normalised. */
const DAY = normSet(['يوم'])

/** Token t is a bare "يوم" before a weekday: the date of what the sentence says, not the name's last word. */
function isRunOnDay(ctx: Context, t: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  return clitics.pre.length === 0 && DAY.has(norm) && t + 1 < ctx.tokens.length && WEEKDAYS.has(ctx.tokens[t + 1].norm)
}

/**
 * "قال [دلشاد عبدالله لشبكة رووداو] الإعلامية": a person ends before an outlet's head the tokenizer found a "ل" on (he said to
 * the network); the outlet after it is an organisation. Only the outlets' heads: many family names open with a "ل" or "ب"
 * the tokenizer splits off ("علي لاريجاني", "كايو لوكاس").
 */
function outletAfterPerson(ctx: Context, mention: TokenMention): number {
  for (let k = mention.first + 1; k < mention.last; k++) {
    if (ctx.tokens[k].clitics.pre.at(-1) === 'ل' && ctx.tokens[k].clitics.post.length === 0 && OUTLET_HEADS.has(ctx.tokens[k].stem)) return k
  }
  return -1
}

/**
 * Words that describe a name after it and are never its last word: "[مسرح أولمبيا] الشهير", "[قصر الحمراء] بعنوان"
 * (an exhibition's title follows), "قرية [تونا الجبل] التابعة لمركز ملوي" (belonging to), "[الجامعة الوطنية للماء] المنضوية تحت
 * لواء" (affiliated to). Normalised, as written with their
 * clitics (the tokens' norm).
 */
const DESCRIBING_WORDS = normSet(['الشهير', 'الشهيرة', 'العريق', 'العريقة', 'بعنوان', 'التابعة', 'التابع', 'المنضوية', 'المنضوي'])

/**
 * "أقامها المحامي [خالد علي] نيابة عن": "نيابة" (on behalf) before "عن", and the preposition "على" as the text writes it
 * (with alef maqsura) after a person of two words or more ("رئيس الوزراء [محمد مصطفى] على صرف"), end the person; "على" ends a
 * body of two words or more too.
 */
function isRunOnParticle(ctx: Context, mention: TokenMention, t: number): boolean {
  if (t + 1 >= ctx.tokens.length || ctx.tokens[t].clitics.pre.length > 0) return false
  const written = ctx.text.slice(ctx.tokens[t].start, ctx.tokens[t].end)
  // (So does "على" after a body named after a person: "[كتيبة طارق بن زياد على] مداخل المدينة".)
  if (written === PREPOSITION_ALA && t >= mention.first + 2) return mention.type === 'person' || mention.type === 'organization'
  return mention.type === 'person' && ON_BEHALF.has(ctx.tokens[t].norm) && ctx.tokens[t + 1].norm === ABOUT
}
const ON_BEHALF = normSet(['نيابة'])
const ABOUT = normalizeArabic('عن')

/**
 * "حكم [المحكمة الاتحادية العليا بشأن] اتفاقية", "إلى الخرطوم [والجزيرة عبر] معبر أرقين": a preposition of a name's sentence,
 * never its last word. Only these: most particles end names too, once normalised or as letters ("سانتا في", "سي إن إن",
 * "المصري اليوم", "علي", "حي المنتزه أول", "كفر عقب"); the read sets lost 95 names to the longer list.
 */
function isTrailingParticle(ctx: Context, t: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  return clitics.post.length === 0 && TRAILING_PREPOSITIONS.has(norm)
}
/** "بشأن", "بخصوص" (concerning), "عبر" (through). Normalised, as written with their clitics. */
const TRAILING_PREPOSITIONS = normSet(['بشأن', 'بخصوص', 'عبر'])

function isDescribingWord(ctx: Context, t: number, first: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  return clitics.post.length === 0 && (DESCRIBING_WORDS.has(norm) || (t >= first + 2 && STANCES.has(norm)))
}

/**
 * A party's place in its country's politics after its name, "[حزب فيدس] الحاكم", "[الاتحاد الاجتماعي الديمقراطي] المعارض"
 * (s61-d; the read sets leave it out of all 25 names it follows). After two words or more only: "قصر المعارض" (the
 * exhibition palace) is a name. Normalised.
 */
const STANCES = normSet(['المعارض', 'المعارضة', 'الحاكم', 'الحاكمة', 'المدعوم', 'المدعومة'])

/**
 * "بين الدولة و[مصرف لبنان والمودعين]": a body ending in a known place, then "و" and people named by a participle's
 * plural, ran into the next party of a list; the body ends at the place. ("وزارة الخارجية والمغتربين" ends in no place.)
 */
function isPeopleAfterPlace(ctx: Context, mention: TokenMention, t: number): boolean {
  const { pre, post } = ctx.tokens[t].clitics
  return mention.type === 'organization' && t === mention.last && t - mention.first >= 2 && pre.length === 2 && pre[0] === 'و' && pre[1] === 'ال' &&
    post.length === 0 && PATTERNS.participlePlural.test(ctx.stems[t].slice(2)) && isOneWordKnownPlace(ctx, ctx.stems[t - 1]) &&
    ctx.tokens[t - 1].clitics.pre.length === 0
}

/**
 * "أقر [ممدوح عبد الرحيم بتشديد] العقوبة": a verbal noun behind "ب" is
 * how or what the person did, after his name; no family name is a verbal noun with "ب" read off it.
 */
function isMeansAfterPerson(ctx: Context, t: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  if (clitics.post.length > 0) return false
  // (Not a short word the tokenizer kept whole, "ب" and all: family names are written so, "نزار [بركة]".)
  if (!(clitics.pre.length === 1 && clitics.pre[0] === 'ب')) return false
  const stem = ctx.stems[t]
  if (GIVEN.has(stem) || isOneWordKnownPlace(ctx, stem)) return false
  // (A derived form's verbal noun is common whether the clusters met it or not: "تشديد"; a trilateral's must be known.)
  return PATTERNS.tafilVerbalNoun.test(stem) || PATTERNS.derivedVerbalNoun.test(stem) || (THREE_LETTERS.test(stem) && isClustered(ctx, norm)) ||
    OCCASIONS.has(stem)
}
/** What a person is honoured or spoke on behind "ب": "[استبرق أحمد] بمناسبة", "بحضور" (s61-c). Normalised. */
const OCCASIONS = normSet(['مناسبة', 'حضور', 'مشاركة'])
/** A trilateral's verbal noun, فعل: "خرق", "فتح". */
const THREE_LETTERS = /^[^اوي]{3}$/u

/**
 * "[المركز القومي للترجمة] الترجمة العربية" (s61-c): a body's or a place's name does not say its last word twice; the
 * word again, with the article, begins the sentence's next phrase. Where the name ends, before the repeat.
 */
function repeatedWordEnd(ctx: Context, first: number, last: number): number {
  const core = (t: number) => ctx.stems[t].replace(PATTERNS.article, '')
  for (let k = first + 2; k <= last; k++) {
    if (ctx.tokens[k].clitics.pre.join('') === 'ال' && core(k) === core(k - 1) && core(k).length >= 3) return k - 1
  }
  return last
}

/** "الأعضاء" (the members), as written without another clitic. */
const MEMBERS = normalizeArabic('الأعضاء')

/**
 * "قدم [الاتحاد الأوروبي للدول الأعضاء] مساعدات": "to the member states", behind "ل" at a body's end, is whom the sentence
 * gives to; no name of the read sets ends so.
 */
function isToTheMembers(ctx: Context, mention: TokenMention, last: number): boolean {
  if (mention.type !== 'organization' || last - mention.first < 3 || ctx.tokens[last].norm !== MEMBERS) return false
  const { pre, post } = ctx.tokens[last - 1].clitics
  return pre.length === 2 && pre[0] === 'ل' && pre[1] === 'ال' && post.length === 0
}

/** A short verb's present, third person: "يربك", "تقود" (ي or ت, then three or four letters). */
const SHORT_PRESENT = /^[يت][^اوي].{1,3}$/u

/**
 * "لغز لون شعر [دونالد ترامب يربك] الجمهور": a known person's full name, then a word shaped like a short present verb
 * (no given name): the clause's verb, after its subject. A known name is whole; nothing of it follows the family name.
 */
function isVerbAfterKnownPerson(ctx: Context, mention: TokenMention, t: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  if (t !== mention.last || t - mention.first < 2 || clitics.pre.length > 0 || clitics.post.length > 0 || !SHORT_PRESENT.test(norm) ||
    GIVEN.has(norm)) return false
  return isKnownFullName(ctx.tokens.slice(mention.first, t).map((token) => token.norm))
}

/** The relative pronouns, normalised: a clause that describes the name begins with one, and no name holds one. */
const RELATIVES = normSet(['الذي', 'التي', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'الذين', 'اللاتي', 'اللواتي', 'اللائي'])

/**
 * "تديرها [جامعة ملبورن اللتان] وقعتا": the first bare relative pronoun inside a name, where the clause about it begins (-1
 * when none); the name ends before it.
 */
function relativeInside(ctx: Context, mention: TokenMention): number {
  for (let k = mention.first + 1; k <= mention.last; k++) {
    const { clitics, norm } = ctx.tokens[k]
    if (clitics.pre.length === 0 && clitics.post.length === 0 && RELATIVES.has(norm)) return k
  }
  return -1
}

/** A trilateral verb's present, or a derived one's of five letters ("يفرغ", "يقاتل"); longer words of its shape are names ("تسيبراس"). */
const SHORT_VERB = 5

/**
 * "دانت [المحكمة الأوروبية لحقوق الإنسان اليونان]": a listed body, whole, then a known place that ends the mention: the
 * tagger ran the body into the verb's object. Returns the body's last token, or −1.
 */
function knownBodyBeforePlace(ctx: Context, mention: TokenMention): number {
  if (mention.type !== 'organization') return -1
  const known = knownOrganizationEnd(ctx, mention.first)
  // (Not a nisba that is also a country's name, the body's nationality: "الهيئة العامة للإحصاء [السعودية]".)
  return known > mention.first && known < mention.last && isKnownPlacePhrase(ctx, known + 1, mention.last) &&
    !isCountryNisba(ctx.stems[known + 1], ctx.gazetteer) ? known : -1
}

/**
 * "إن "[الخزان يفرغ] قبل أن يصل الدور"": a verb's present after a common noun the tagger took for a person's first word
 * (definite, as no given name is, and no nisba as a family name is) is the clause's verb, seen in the unlabelled text or
 * not; the noun alone is then left to the lone-word rule. Not a known given name ("الحاج يونس").
 */
function isVerbAfterDefiniteNoun(ctx: Context, first: number, t: number): boolean {
  const { clitics, norm } = ctx.tokens[t]
  const noun = ctx.stems[first]
  // (The article as written: "ألكسيس تسيبراس" reads as one after normalising.)
  const definite = ctx.text.startsWith('ال', ctx.tokens[first].start)
  return t === first + 1 && definite && !PATTERNS.nisbaEnding.test(noun) && !GIVEN.has(noun) && clitics.pre.length === 0 &&
    clitics.post.length === 0 && norm.length <= SHORT_VERB && PATTERNS.presentVerb.test(norm) && !GIVEN.has(ctx.stems[t])
}

/**
 * Words of the sentence a name ran into, at its end: the verb after a subject's name ("[نقابة المزارعين قالوا] إن", "منطقة
 * [آفطوط بدأوا] يتجهون", "وقف [أبو محمد يتفقد] أنابيب"), an outlet the person spoke to ("[دلشاد عبدالله] لشبكة رووداو"), whichever rule ran the name into it (the tagger, or a person's name
 * extended over an unseen word), and the day after it ("[وزارة التعليم يوم] الأحد"), and a relative clause ("[جامعة ملبورن] اللتان"). After every rule that finds or extends
 * names, before those that drop common words (a noun left alone goes then).
 */
export function trimRunOns(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.flatMap((mention) => {
    const outlet = mention.type === 'person' ? outletAfterPerson(ctx, mention) : -1
    if (outlet > 0) return [{ ...mention, last: outlet - 1 }, { type: 'organization' as const, first: outlet, last: mention.last }]
    const known = knownBodyBeforePlace(ctx, mention)
    if (known > 0) return [{ ...mention, last: known }, { type: 'place' as const, first: known + 1, last: mention.last }]
    const relative = relativeInside(ctx, mention)
    let last = relative > 0 ? relative - 1 : mention.last
    while (last > mention.first && (isRunOnVerb(ctx, last, mention.type) || isRunOnDay(ctx, last) || isDescribingWord(ctx, last, mention.first) || isTrailingParticle(ctx, last) || isPeopleAfterPlace(ctx, mention, last) ||
      (mention.type === 'person' && isObjectPlural(ctx, mention, last)) || (mention.type === 'organization' && isObjectVerbalNoun(ctx, mention, last)) || isRunOnParticle(ctx, mention, last))) last--
    if (isToTheMembers(ctx, mention, last)) last -= 2
    if (mention.type !== 'person') last = repeatedWordEnd(ctx, mention.first, last)
    if (mention.type === 'person' && last > mention.first && isMeansAfterPerson(ctx, last)) last--
    if (mention.type === 'person' && (isVerbAfterDefiniteNoun(ctx, mention.first, last) || isVerbAfterKnownPerson(ctx, mention, last))) last--
    return [last === mention.last ? mention : { ...mention, last }]
  })
}
