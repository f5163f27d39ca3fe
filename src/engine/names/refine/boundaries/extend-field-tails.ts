import { isDefiniteStem } from '../shared/definite.ts'
import { breakBetween, isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { isClustered } from '../shared/name-like.ts'
import { isNamedInCommonWords } from '../shared/named-in-common-words.ts'
import { isCountryNisba } from '../shared/nationality-nisba.ts'
import { CHAIN_HEADS, CONSTRUCT_HEADS, FIELD_NOUNS, FIELD_TAILS, GIVEN, INSTITUTION_HEADS, MINISTRY, NATIONAL_HEADS, ORIENTATIONS, PUBLIC_BODY_ADJECTIVES, PUBLIC_BODY_HEADS } from '../shared/word-lists.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { isAndDefiniteNoun } from '../shared/chain-noun.ts'
import { DEFECTIVE_PARTICIPLES, FIELD_PARTICIPLES, isDefiniteField, isInstitutionHead, qualifiesField } from '../shared/institution-field.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { isOnBehalfOf } from '../shared/given-name-start.ts'

/**
 * Rule 4, last: an institution named by its country, or in definite common words, takes the nationality
 * after it (nationalityEnd: "البنك المركزي المصري", "الهلال الأحمر المصري"), and
 * an organisation takes in the field that follows its name ("المرصد السوري" + "لحقوق
 * الإنسان"), when no other mention holds those words; a field of one word also takes the adjective or
 * the second field after it ("للفنون المسرحية", "للعلوم والتقنية"); one the tagger ended inside a field of
 * two words takes the second ("لحقوق" + "الإنسان"); with its field, it takes the institution's head
 * before it ("مركز" + "الأهرام" + "للدراسات السياسية").
 */
export function extendFieldTails(ctx: Context, mentions: TokenMention[]): void {
  const { tokens } = ctx
  mentions.forEach((original, index) => {
    if (original.type !== 'organization') return
    trimPortfolio(ctx, mentions, index)
    extendInstitutionField(ctx, mentions, index)
    original = mentions[index]
    let mention = original
    // (Not after its field: "الاتحاد الجزائري لكرة القدم [السويسري] فلاديمير بيتكوفيتش" is the coach's.)
    if ((NATIONAL_HEADS.has(ctx.stems[mention.first]) || (mention.last > mention.first && isNamedInCommonWords(ctx, mention.first, mention.last, false))) &&
      !hasCountryBeforeField(ctx, mention)) {
      const end = nationalityEnd(ctx, mention.first, mention.last)
      if (end > mention.last) {
        ctx.owner[end] = index
        mention = mentions[index] = { ...mention, last: end }
      }
    }
    // "[المنظمة المصرية لحقوق] الإنسان": the tagger ended the name inside a field of two words; it takes the second.
    const inside = FIELD_TAILS.get(tokens[mention.last].norm)
    const second = mention.last + 1
    if (inside && mention.last > mention.first && second < tokens.length && inside.includes(tokens[second].norm) && ctx.owner[second] < 0 &&
      !breakBetween(ctx, mention.last, second)) {
      ctx.owner[second] = index
      mentions[index] = { ...mention, last: second }
      return
    }
    // "[جامعة الملك عبدالله للعلوم] والتقنية": one that ended on a field of one word takes its adjective or second field.
    if (mention.last > mention.first && FIELD_TAILS.get(tokens[mention.last].norm) === null && qualifiesField(ctx, mention.last + 1)) {
      ctx.owner[mention.last + 1] = index
      mentions[index] = { ...mention, last: mention.last + 1 }
      return
    }
    // "الشركة العمانية للغاز [الطبيعي] المسال", "لشؤون المخدرات [والمؤثرات العقلية]":
    // a name that ends in its field takes the field's adjectives and a second field after "و", two words at most.
    if (mention.last > mention.first && endsInField(ctx, mention)) {
      let last = mention.last
      while (last - mention.last < 3) {
        const next = longFieldEnd(ctx, last + 1)
        if (next < 0) break
        last = next
      }
      if (last > mention.last) {
        for (let t = mention.last + 1; t <= last; t++) ctx.owner[t] = index
        mentions[index] = { ...mention, last }
        return
      }
    }
    // "[معهد بوتسدام لأبحاث] تأثير المناخ": one that ended on a field's noun after ل takes what the noun governs; so does
    // one that ended on any noun in the construct state after ل, a verbal noun of its purpose ("[شركة العقبة لتطوير]
    // الموانئ", "[مدرسة الصفوة لتعليم] القيادة"), and the adjective after it ("لأنظمة الطاقة [الشمسية]").
    const fieldNoun = mention.last > mention.first && isLamFieldNoun(ctx, mention.last)
    if (fieldNoun || (mention.last > mention.first && (isLamConstruct(ctx, mention.last) || isAndConstructInField(ctx, mention)) &&
      !isCountryNisba(ctx.stems[mention.last - 1], ctx.gazetteer))) {
      // (A verbal noun governs a definite word only: "[المجلس البلدي لمصراتة]" is a place's council, "على" no object.)
      const governed = fieldNoun ? governedEnd(ctx, mention.last + 1) : definiteEnd(ctx, mention.last + 1)
      if (governed > mention.last) {
        const last = !fieldNoun && qualifiesField(ctx, governed + 1) ? governed + 1 : governed
        for (let t = mention.last + 1; t <= last; t++) ctx.owner[t] = index
        mentions[index] = { ...mention, last }
        return
      }
    }
    const tail = mention.last + 1
    if (tail >= tokens.length || ctx.owner[tail] >= 0 || breakBetween(ctx, mention.last, tail)) return
    // "[المفوضية السامية للأمم المتحدة] لشؤون اللاجئين": a field's noun after ل and the definite word it governs go on
    // with any body's name (a verb's purpose is a verbal noun: "لبحث التعاون").
    // (Not after an officer's title, whose portfolio it is: "وكيل وزارة الحج والعمرة [لشؤون المعتمرين]".)
    // (A field listed with its words keeps to them: "لحقوق" + "الإنسان".)
    if (isLamFieldNoun(ctx, tail) && !FIELD_TAILS.has(tokens[tail].norm) && !hasTitleBefore(ctx, mention.first)) {
      const governed = governedEnd(ctx, tail + 1)
      if (governed > tail && isDefiniteStem(ctx.stems[tail + 1])) {
        const last = qualifiesField(ctx, governed + 1) ? governed + 1 : governed
        for (let t = tail; t <= last; t++) ctx.owner[t] = index
        mentions[index] = { ...mention, last }
        return
      }
    }
    // (A listed field's value may be null, "no second word": `has`, not `??`.)
    const listed = FIELD_TAILS.has(tokens[tail].norm)
    if (!listed && !isOpenField(ctx, mention, tail)) return
    if (isSpokesmansAudience(ctx, mention.first, tail)) return
    const next = listed ? FIELD_TAILS.get(tokens[tail].norm)! : null
    let last = tail
    if (next !== null) {
      if (tail + 1 >= tokens.length || !next.includes(tokens[tail + 1].norm) || ctx.owner[tail + 1] >= 0 || breakBetween(ctx, tail, tail + 1)) return
      last = tail + 1
    } else if (qualifiesField(ctx, tail + 1)) {
      last = tail + 1
    }
    for (let t = tail; t <= last; t++) ctx.owner[t] = index
    // "مركز [الأهرام] للدراسات السياسية": an institution with a field is named with its head.
    const head = mention.first - 1
    const headed = head >= 0 && ctx.owner[head] < 0 && !breakBetween(ctx, head, mention.first) && INSTITUTION_HEADS.has(ctx.stems[head])
    if (headed) ctx.owner[head] = index
    mentions[index] = { ...mention, first: headed ? head : mention.first, last }
  })
}

/**
 * The organisation names its country before its field after ل ("الاتحاد الجزائري لكرة القدم"), so a nationality
 * after the field is not its own ("الهيئة العامة للطيران المدني السوري" names it only there).
 */
function hasCountryBeforeField(ctx: Context, mention: TokenMention): boolean {
  let country = false
  for (let t = mention.first + 1; t <= mention.last; t++) {
    if (ctx.tokens[t].clitics.pre[0] === 'ل' || FIELD_TAILS.has(ctx.tokens[t].norm)) return country
    if (isCountryNisba(ctx.stems[t], ctx.gazetteer)) country = true
  }
  return false
}

/**
 * The organisation's last word is its field or inside it: after ل with the article ("للغاز"), or a definite
 * word after one, itself definite or after "و" ("لشؤون المخدرات", "وزارة الصيد والاقتصاد").
 */
function endsInField(ctx: Context, mention: TokenMention): boolean {
  const { pre } = ctx.tokens[mention.last].clitics
  const lamField = (t: number) => {
    const clitics = ctx.tokens[t].clitics.pre
    return (clitics.length === 2 && clitics[0] === 'ل' && clitics[1] === 'ال') || (clitics.length === 0 && ctx.tokens[t].norm.startsWith('لل'))
  }
  if (lamField(mention.last)) return true
  // "وزارة الصيد [والاقتصاد]": a second field after "و"; "لشؤون [المخدرات]": the noun a field governs.
  const definite = (pre.length === 1 && pre[0] === 'ال') || (pre.length === 2 && pre[0] === 'و' && pre[1] === 'ال')
  const before = ctx.tokens[mention.last - 1].clitics.pre
  // "[لجنة العدل] والتشريع وحقوق الإنسان": a body's indefinite head and its first field.
  const headed = mention.last === mention.first + 1 && (CHAIN_HEADS.has(ctx.stems[mention.first]) || CONSTRUCT_HEADS.has(ctx.stems[mention.first])) &&
    ctx.tokens[mention.first].clitics.pre.length === 0
  return definite && (lamField(mention.last - 1) || (before.length === 1 && before[0] === 'ل') || (pre[0] === 'و' && MINISTRY.has(ctx.stems[mention.first])) || headed)
}

/**
 * Officers who hold a portfolio of a body, named after the body with ل: "وكيل وزارة الأشغال لشؤون الطرق", "منسق البيت
 * الأبيض لشؤون المنطقة". Not a representative, who speaks for the whole body ("ممثلة المفوضية ... لشؤون اللاجئين").
 * Hand-written.
 */
const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(
  ['وكيل', 'وكيلة', 'منسق', 'منسقة', 'مساعد', 'مساعدة', 'نائب', 'نائبة', 'مستشار', 'مستشارة', 'مبعوث', 'مبعوثة'].map((word) => normalizeArabic(word)),
)

/**
 * "المتحدث باسم الجيش الإسرائيلي [للإعلام العربي]": after a spokesman's "باسم", the media of a language or a region after
 * the body he speaks for are his audience, not the body's field.
 */
export function isSpokesmansAudience(ctx: Context, first: number, tail: number): boolean {
  return ctx.tokens[tail].norm === FOR_THE_MEDIA && AUDIENCES.has(ctx.stems[tail + 1] ?? '') && first > 0 && isOnBehalfOf(ctx, first - 1)
}
const FOR_THE_MEDIA = normalizeArabic('للإعلام')
/** The media a spokesman addresses: Arab, foreign, international, Western, Hebrew. */
const AUDIENCES: ReadonlySet<string> = new Set(['العربي', 'الأجنبي', 'الدولي', 'الغربي', 'العبري'].map((word) => normalizeArabic(word)))

/** The word before token first is a portfolio's officer ("وكيل", "منسق"), bare or definite. */
function hasTitleBefore(ctx: Context, first: number): boolean {
  const t = first - 1
  if (t < 0 || breakBetween(ctx, t, first)) return false
  const stem = ctx.stems[t]
  return PORTFOLIO_TITLES.has(stem) || PORTFOLIO_TITLES.has(stem.replace(PATTERNS.article, ''))
}

/**
 * "وكيل [وزارة الأشغال لشؤون الطرق]": after a portfolio's officer, the field after ل is his portfolio, not the body's
 * name, also where the tagger ran the body on into it.
 */
function trimPortfolio(ctx: Context, mentions: TokenMention[], index: number): void {
  const mention = mentions[index]
  if (!hasTitleBefore(ctx, mention.first)) return
  for (let k = mention.first + 2; k <= mention.last; k++) {
    if (!isLamFieldNoun(ctx, k)) continue
    for (let t = k; t <= mention.last; t++) ctx.owner[t] = -1
    mentions[index] = { ...mention, last: k - 1 }
    return
  }
}

/** Token t is a field's noun in the construct state after ل: "لشؤون", "لأبحاث", "لدراسات". */
function isLamFieldNoun(ctx: Context, t: number): boolean {
  const { pre, post } = ctx.tokens[t].clitics
  return pre.length === 1 && pre[0] === 'ل' && post.length === 0 && FIELD_NOUNS.has(ctx.stems[t])
}

/**
 * Token t is a common noun in the construct state after ل, no article and no pronoun: "لتطوير", "لخدمات". Not a name
 * the ل stands before ("لسطيف", "ليفركوزن", "لوريان"): a word the clusters know, no place and no given name.
 */
function isLamConstruct(ctx: Context, t: number): boolean {
  const { pre, post } = ctx.tokens[t].clitics
  const stem = ctx.stems[t]
  return pre.length === 1 && pre[0] === 'ل' && post.length === 0 && PATTERNS.verbalNounShape.test(stem) && isClustered(ctx, ctx.tokens[t].norm) &&
    !isKnownPlace(ctx, t) && !GIVEN.has(stem)
}

/**
 * "[مؤسسة قطر للتربية والعلوم وتنمية] المجتمع": the name's last word is a verbal noun after "و", one more field after a
 * field after ل, as bare as isLamConstruct's; it governs the definite word after it as they do.
 */
function isAndConstructInField(ctx: Context, mention: TokenMention): boolean {
  const t = mention.last
  const { pre, post } = ctx.tokens[t].clitics
  if (pre.length !== 1 || pre[0] !== 'و' || post.length > 0 || !PATTERNS.verbalNounShape.test(ctx.stems[t]) || !isClustered(ctx, ctx.tokens[t].norm)) return false
  for (let k = mention.first + 1; k < t; k++) if (ctx.tokens[k].clitics.pre[0] === 'ل') return true
  return false
}

/** Token t, free and right after t − 1, is a definite word with no pronoun ("الموانئ"): t; t − 1 otherwise. */
function definiteEnd(ctx: Context, t: number): number {
  if (t >= ctx.tokens.length || ctx.owner[t] >= 0 || breakBetween(ctx, t - 1, t) || ctx.tokens[t].clitics.post.length > 0) return t - 1
  const { pre } = ctx.tokens[t].clitics
  return pre.length === 1 && pre[0] === 'ال' ? t : t - 1
}

/**
 * Where the words a field's noun governs, from token t, end: a definite word ("اللاجئين"), or a bare noun and the
 * definite word it governs in turn ("تأثير المناخ"); t − 1 when neither follows.
 */
function governedEnd(ctx: Context, t: number): number {
  const free = (k: number) => k < ctx.tokens.length && ctx.owner[k] < 0 && !breakBetween(ctx, k - 1, k) && ctx.tokens[k].clitics.post.length === 0
  if (!free(t)) return t - 1
  const { pre } = ctx.tokens[t].clitics
  if (pre.length === 1 && pre[0] === 'ال') return t
  if (pre.length === 0 && PATTERNS.arabicWord.test(ctx.stems[t]) && free(t + 1) && ctx.tokens[t + 1].clitics.pre.length === 1 && ctx.tokens[t + 1].clitics.pre[0] === 'ال') return t + 1
  return t - 1
}

/** Where the field goes on from token t (qualifiesLongField, or "و" + a noun and the definite word it governs: "وحقوق الإنسان"), or -1. */
function longFieldEnd(ctx: Context, t: number): number {
  if (qualifiesLongField(ctx, t)) return t
  if (t + 1 >= ctx.tokens.length || ctx.owner[t] >= 0 || ctx.owner[t + 1] >= 0 || breakBetween(ctx, t - 1, t) || breakBetween(ctx, t, t + 1)) return -1
  const pre = ctx.tokens[t].clitics.pre
  const governed = ctx.tokens[t + 1].clitics.pre
  return pre.length === 1 && pre[0] === 'و' && ctx.tokens[t].clitics.post.length === 0 && FIELD_NOUNS.has(ctx.stems[t]) &&
    governed.length === 1 && governed[0] === 'ال' ? t + 1 : -1
}

/** Definite heads that after "و" begin a second body, no field of the first. Hand-written. */
const SECOND_BODY_HEADS: ReadonlySet<string> = new Set(['المجلس', 'الهيئة', 'المديرية', 'اللجنة', 'الوكالة', 'المؤسسة'].map((word) => normalizeArabic(word)))

/**
 * Token t goes on with a field: a definite adjective that is no country's nisba ("الطبيعي", "العقلية") or "و" and
 * a definite noun ("والتحصين"); nothing after a break or in another name.
 */
function qualifiesLongField(ctx: Context, t: number): boolean {
  if (t >= ctx.tokens.length || ctx.owner[t] >= 0 || breakBetween(ctx, t - 1, t) || ctx.tokens[t].clitics.post.length > 0) return false
  const stem = ctx.stems[t]
  // (Not a second body: "مجلس الشورى [والمجلس] البلدي".)
  if (isAndDefiniteNoun(ctx, t)) return !SECOND_BODY_HEADS.has(stem)
  const { pre } = ctx.tokens[t].clitics
  // Nor where a party stands: "حزب البديل [اليميني]".
  if (!(pre.length === 1 && pre[0] === 'ال') || isCountryNisba(stem, ctx.gazetteer) || ORIENTATIONS.has(stem)) return false
  // Not a participle: it as often begins what follows ("[وزارة المالية] الصادرة", "خدمة كوبرنيكوس لتغير المناخ التابعة"),
  // also one shaped like a nisba ("الراعية").
  return (PATTERNS.nisba.test(stem) && !DEFECTIVE_PARTICIPLES.has(stem)) || FIELD_PARTICIPLES.has(stem)
}

/**
 * Institutions named with their field after the name: research, teaching, care ("مركز الحسين للسرطان"). Not a
 * company, whose name a verb's purpose follows as often ("شركة جلياد ساينسز [للوقاية] من"). Hand-written.
 */
const FIELD_INSTITUTIONS: ReadonlySet<string> = new Set(
  ['مركز', 'معهد', 'مؤسسة', 'أكاديمية', 'كلية', 'مستشفى', 'جامعة', 'مكتبة', 'متحف'].map((word) => normalizeArabic(word)),
)

/**
 * "[مركز الحسين] للسرطان", "[معهد قطر] لبحوث الطب الحيوي": an institution the tagger found with its indefinite
 * head and the name it is named after takes any field after ل (a definite noun, with an adjective or a second
 * field after it, or a field's noun and the definite word it governs), not after its nationality, which ends a
 * body's name ("شركة إيني الإيطالية [لاستئناف] التنقيب"). (An institution named after a place the tagger found as
 * one is combine-mentions.ts's.)
 */
function extendInstitutionField(ctx: Context, mentions: TokenMention[], index: number): void {
  const mention = mentions[index]
  const tail = mention.last + 1
  if (mention.type !== 'organization' || mention.last === mention.first || !isInstitutionHead(ctx, mention.first, FIELD_INSTITUTIONS) || tail >= ctx.tokens.length ||
    isCountryNisba(ctx.stems[mention.last], ctx.gazetteer)) return
  let last = tail
  if (!isDefiniteField(ctx, tail)) {
    // "لبحوث الطب": a field's noun and the definite noun it governs.
    const governed = tail + 1
    if (ctx.owner[tail] >= 0 || breakBetween(ctx, mention.last, tail) || !isLamFieldNoun(ctx, tail) ||
      governed >= ctx.tokens.length || ctx.owner[governed] >= 0 || breakBetween(ctx, tail, governed) ||
      !isDefiniteStem(ctx.stems[governed]) || ctx.tokens[governed].clitics.post.length > 0) return
    last = governed
  }
  if (qualifiesField(ctx, last + 1)) last++
  for (let t = tail; t <= last; t++) ctx.owner[t] = index
  mentions[index] = { ...mention, last }
}

/**
 * Any field after "لل" is a public body's own when its name is a definite head and a rank or a non-national
 * adjective ("المنظمة الدولية" + "للفرنكوفونية", "المجلس الوطني" + "للإعلام"); not after a country's nisba,
 * where it is as often the verb's object ("قدم الاتحاد الأوروبي للدول الأعضاء").
 */
function isOpenField(ctx: Context, mention: TokenMention, tail: number): boolean {
  const { pre, post } = ctx.tokens[tail].clitics
  return mention.last > mention.first && PUBLIC_BODY_HEADS.has(ctx.stems[mention.first]) && pre.length === 2 && pre[0] === 'ل' && pre[1] === 'ال' &&
    post.length === 0 && (PUBLIC_BODY_ADJECTIVES.has(ctx.stems[mention.last]) || OPEN_FIELD_ADJECTIVES.has(ctx.stems[mention.last]))
}

/** Adjectives of a body that are no country's nisba: "الدولية", "العربية". */
const OPEN_FIELD_ADJECTIVES: ReadonlySet<string> = new Set(
  ['الدولية', 'الدولي', 'العربية', 'العربي', 'الأفريقية', 'الإفريقية'].map((word) => normalizeArabic(word)),
)

/**
 * An institution named by its country takes the nationality the tagger left after it ("البنك المركزي" +
 * "المصري"), when the nisba agrees with the head in gender: in "وزير الخارجية الإيراني" the masculine
 * nisba belongs to the minister, not to "الخارجية".
 */
function nationalityEnd(ctx: Context, first: number, last: number): number {
  const head = ctx.stems[first]
  const feminine = head.endsWith('ه') || head.endsWith('ات')
  const next = last + 1
  if (next >= ctx.tokens.length || ctx.owner[next] >= 0 || breakBetween(ctx, last, next)) return last
  const word = ctx.stems[next]
  // Singular: "ودعا الاتحاد الأوروبي الفلسطينيين" are the people it called on.
  const agrees = feminine ? word.endsWith('يه') : word.endsWith('ي')
  return agrees && isCountryNisba(word, ctx.gazetteer) ? next : last
}
