import { normalizeArabic } from '../../../arabic/normalize.ts'
import type { Context, TokenMention } from '../shared/context.ts'
import { WEEKDAY_WORDS } from '../shared/word-lists.ts'

/**
 * Formulas whose words the tagger reads as names. Religious ones, which a speech, a statement or an obituary is full of:
 * the basmala's "الرحمن الرحيم" as a person, a greeting's "ورحمة الله وبركاته" as two places (an emir's speech on KUNA),
 * the eulogy after a name ("الملك عبدالله رحمه الله"). Courtesy and a government's prose, where a given name is a noun:
 * "شاكرين لكم [حسن] تعاونكم", "[رضا المواطن] عن الخدمة" (TIME_FORMULAS for the times of day). Each is a run of words, matched
 * with or without "و"/"ف" before a word (the greeting's "ورحمة", the eulogy's "وسلم"). Hand-written.
 */
/**
 * "محافظ الشرقية [صباح] اليوم الثلاثاء": a time of day before the day it falls on, where "صباح" is no Kuwaiti emir and
 * "فجر" no given name.
 */
function timeFormulas(): string[] {
  const times = ['صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليلة']
  const days = ['اليوم', 'أمس', 'الغد', 'يوم', ...WEEKDAY_WORDS]
  return times.flatMap((time) => days.map((day) => `${time} ${day}`))
}

/** A formula's word, normalised; `pronoun`: written with the pronoun's ه, which normalising makes a ة's ("رحمه", not "رحمة"). */
interface FormulaWord {
  norm: string
  pronoun: boolean
}

const FORMULAS: readonly (readonly FormulaWord[])[] = [
  'بسم الله الرحمن الرحيم',
  'رحمة الله بركاته',
  'صلى الله عليه سلم',
  'عليه الصلاة السلام',
  'عليه السلام',
  'عليها السلام',
  'رضي الله عنه',
  'رضي الله عنها',
  'رضي الله عنهم',
  'رحمه الله',
  'رحمها الله',
  'رحمهم الله',
  'عز جل',
  'جل جلاله',
  'سبحانه تعالى',
  'تبارك تعالى',
  'حسن تعاونكم',
  'حسن النية',
  'حسن الجوار',
  'حسن الظن',
  'رضا المواطن',
  'رضا المواطنين',
  'رضا المتعاملين',
  'رضا العملاء',
  // A presenter's address to the audience ("[مشاهدينا الكرام]، أهلا بكم", a programme's transcript).
  'مشاهدينا الكرام',
  'متابعينا الكرام',
  'مستمعينا الكرام',
  'قراءنا الأعزاء',
  // The early morning and the late night ("في [الصباح الباكر]", a Somali site's report, session 45).
  'الصباح الباكر',
  'ساعات الصباح الأولى',
  'الليل المتأخر',
  ...timeFormulas(),
].map((formula) => formula.split(' ').map((word) => ({ norm: normalizeArabic(word), pronoun: word.endsWith('ه') })))

/**
 * "والصلاة والسلام على [نبينا] محمد": the Prophet called "our Prophet" or "our master" is named by his name alone, as a title
 * is left out of a person. Normalised; hand-written (not "نبيه", his prophet, which is also a given name: "نبيه بري").
 */
const PROPHET_TITLES: ReadonlySet<string> = new Set(['نبينا', 'رسولنا', 'سيدنا'].map((word) => normalizeArabic(word)))

/**
 * Token t is `word`, or "و"/"ف" and `word`; a pronoun's ه as written ("رحمه الله", may God have mercy on him, and not the
 * given name "رحمة الله المهدي").
 */
function isWord(ctx: Context, t: number, word: FormulaWord): boolean {
  const { norm, end } = ctx.tokens[t]
  if (word.pronoun && ctx.text[end - 1] === 'ة') return false
  return norm === word.norm || (norm.length === word.norm.length + 1 && (norm[0] === 'و' || norm[0] === 'ف') && norm.endsWith(word.norm))
}

/** The formulas by their first word: a token is compared with the few that begin with it (with or without its "و"/"ف"). */
const BY_FIRST_WORD = new Map<string, (readonly FormulaWord[])[]>()
for (const formula of FORMULAS) {
  const list = BY_FIRST_WORD.get(formula[0].norm)
  if (list) list.push(formula)
  else BY_FIRST_WORD.set(formula[0].norm, [formula])
}

/** Which tokens stand in a formula (1) or not (0). */
function formulaTokens(ctx: Context): Uint8Array | null {
  let inFormula: Uint8Array | null = null
  for (let t = 0; t < ctx.tokens.length; t++) {
    const norm = ctx.tokens[t].norm
    const candidates = BY_FIRST_WORD.get(norm) ?? BY_FIRST_WORD.get(norm.slice(1))
    if (!candidates) continue
    for (const formula of candidates) {
      if (t + formula.length > ctx.tokens.length || !isWord(ctx, t, formula[0])) continue
      let k = 1
      while (k < formula.length && isWord(ctx, t + k, formula[k])) k++
      if (k < formula.length) continue
      inFormula ??= new Uint8Array(ctx.tokens.length)
      inFormula.fill(1, t, t + formula.length)
    }
  }
  return inFormula
}

/**
 * A name within a formula goes; a name the tagger ran into one ends before it ("عبدالله [رحمه الله]"); a person after
 * "نبينا" begins after it.
 */
export function dropFormulas(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const inFormula = formulaTokens(ctx)
  const out: TokenMention[] = []
  for (const mention of mentions) {
    let { first, last } = mention
    if (mention.type === 'person' && first < last && ctx.tokens[first].clitics.pre.length === 0 && PROPHET_TITLES.has(ctx.tokens[first].norm)) first++
    if (inFormula) {
      while (first <= last && inFormula[first]) first++
      let t = first
      while (t <= last && !inFormula[t]) t++
      last = t - 1
    }
    if (first > last) continue
    out.push(first === mention.first && last === mention.last ? mention : { ...mention, first, last })
  }
  return out
}
