import { isDefiniteStem } from '../shared/definite.ts'
import { add, isHead, nextStem, rebuildOwners, type Context, type TokenMention } from '../shared/context.ts'
import { isUnclustered } from '../shared/name-like.ts'
import { isNationalityNisba } from '../shared/nationality-nisba.ts'
import { isPurposeVerbalNoun } from '../shared/purpose-verbal-noun.ts'
import { GIVEN, normSet, TITLES } from '../shared/word-lists.ts'

/**
 * Heads of burial grounds and of the monuments history news names, indefinite: "مقبرة المعلاة", "مقابر الحواويش",
 * "مدافن شمل", "قلعة قايتباي", "حصن ثلا", "معبد المسلات".
 */
const MONUMENT_HEADS = normSet(['مقبرة', 'مقابر', 'مدافن', 'جبانة', 'قلعة', 'حصن', 'معبد'])
/** The part a definite name's adjective tells: "مقبرة الباب [الصغير]". */
const PART_ADJECTIVES = normSet(['الصغير', 'الكبير', 'الشرقي', 'الغربي', 'الشمالي', 'الجنوبي'])
const PATTERNS = {
  /** An indefinite nisba, normalised: "نبطية" (a Nabataean tomb), "سومري". */
  indefiniteNisba: /^(?!ال).{2,}يه?$/u,
} as const
/** Words that govern no name after a head: "معبد [من] العصر الروماني". */
const PARTICLES = normSet(['منذ', 'بعد', 'قبل', 'خلال', 'عند', 'لدى', 'إلى', 'على', 'حتى', 'داخل', 'خارج', 'قرب', 'تحت', 'فوق', 'يعود'])
/** What a cemetery is, or whose, rather than its name: "مقبرة جماعية", "مقبرة المدينة", "مقابر العائلة". Hand-written. */
const NOT_ITS_NAME = normSet([
  'جماعية', 'الجماعية', 'المدينة', 'القرية', 'البلدة', 'العائلة', 'الأسرة', 'المخيم', 'الحي', 'المنطقة', 'الكبرى', 'القديمة',
  'الجديدة', 'الملكية', 'المسيحية', 'الإسلامية', 'اليهودية', 'العسكرية', 'الأسرى', 'الضحايا', 'الأرقام', 'الرهبنة', 'الرهبان',
])

/**
 * A burial ground or a monument named after its head: one definite word ("مقبرة المعلاة", "مقبرة العالية", "معبد
 * المسلات"), a bare word and the definite one it governs ("مقبرة باب الرحمة", "مقبرة وادي السلام"), or one word the
 * unlabelled text never had or a place ("مقبرة سحاب", "مدافن شمل", "حصن ثلا") is a place (session 23: the news sentences
 * name every one so, s22-c eleven of them; "مقبرة جماعية", a mass grave, "مقبرة المدينة" and "معبد سومري" name none).
 */
export function findMonuments(ctx: Context, mentions: TokenMention[]): void {
  for (let t = 0; t + 1 < ctx.tokens.length; t++) findMonument(ctx, mentions, t)
}

function findMonument(ctx: Context, mentions: TokenMention[], t: number): boolean {
  if (!isHead(ctx, MONUMENT_HEADS, t) || isDefiniteStem(ctx.stems[t])) return false
  // The tagger reads the whole name as a body at times ("لحصن الأخيضر"): a monument is a place. It may have begun the body
  // with the purpose before the head ("مشروعا [لتوثيق حصن ثلا]"), no part of the name.
  const owner = ctx.owner[t]
  if (owner >= 0 && mentions[owner].type === 'organization' && monumentEnd(ctx, t, owner) === mentions[owner].last &&
    (mentions[owner].first === t || (mentions[owner].first === t - 1 && isPurposeVerbalNoun(ctx, t - 1)))) {
    mentions[owner] = { ...mentions[owner], type: 'place', first: t }
    rebuildOwners(ctx, mentions)
    return true
  }
  // "لتوثيق حصن [ثلا]": the tagger may find the name alone as a place after the head; the monument takes its head.
  const found = ctx.owner[t + 1]
  if (owner < 0 && found >= 0 && mentions[found].type === 'place' && mentions[found].first === t + 1 && mentions[found].last === t + 1 &&
    monumentEnd(ctx, t, found) === t + 1) {
    mentions[found] = { ...mentions[found], first: t }
    rebuildOwners(ctx, mentions)
    return true
  }
  const last = monumentEnd(ctx, t)
  if (last < 0) return false
  // It reads the head alone as a place at others: the whole name takes its place.
  if (owner >= 0) {
    if (mentions[owner].last !== t) return false
    mentions.splice(owner, 1)
    rebuildOwners(ctx, mentions)
  }
  add(ctx, mentions, { type: 'place', first: t, last })
  return true
}

/** Where a burial ground's or monument's name ends when head t names one; -1 otherwise. Mention `own` may hold its words. */
function monumentEnd(ctx: Context, t: number, own = -1): number {
  const name = t + 1
  if (!isFreeWord(ctx, name, own) || NOT_ITS_NAME.has(ctx.stems[name]) || isNationalityNisba(ctx.stems[name], ctx.gazetteer)) return -1
  // A tomb of a titled person is the person's: "مقبرة [الملك] تحتمس الثاني".
  if (TITLES.has(ctx.stems[name])) return -1
  const { pre } = ctx.tokens[name].clitics
  if (pre.length === 1 && pre[0] === 'ال') {
    const adjective = name + 1
    return isFreeWord(ctx, adjective, own) && PART_ADJECTIVES.has(ctx.stems[adjective]) ? adjective : name
  }
  // Nor an indefinite adjective ("مقبرة نبطية"), nor the first word of a longer name ("مقبرة توت عنخ آمون").
  if (pre.length > 0 || PATTERNS.indefiniteNisba.test(ctx.stems[name]) ||
    ctx.stems[name].length < 3 || PARTICLES.has(ctx.stems[name])) return -1
  const governed = name + 1
  if (isFreeWord(ctx, governed, own) && ctx.tokens[governed].clitics.pre.length === 1 && ctx.tokens[governed].clitics.pre[0] === 'ال' &&
    !NOT_ITS_NAME.has(ctx.stems[governed]) && !isNationalityNisba(ctx.stems[governed], ctx.gazetteer)) return governed
  if (isFreeWord(ctx, governed, own) && isUnclustered(ctx, ctx.tokens[governed].norm)) return -1
  return isUnclustered(ctx, ctx.tokens[name].norm) || GIVEN.has(ctx.stems[name]) || ctx.gazetteer.places.has(ctx.stems[name]) ? name : -1
}

/** Token k follows without a break, no name but mention `own` holds it and it carries no pronoun. */
function isFreeWord(ctx: Context, k: number, own = -1): boolean {
  return nextStem(ctx, k - 1, 1) !== null && (ctx.owner[k] < 0 || ctx.owner[k] === own) && ctx.tokens[k].clitics.post.length === 0
}
