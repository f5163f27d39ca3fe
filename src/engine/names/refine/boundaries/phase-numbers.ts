import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { normSet } from '../shared/word-lists.ts'

/**
 * Heads of what is built or run in numbered phases or branches: "حقل غرب القرنة 2", "محطة فوكة 2", "سجن فراخانيس 2",
 * "جامعة قسنطينة 2", "حي الخرطوم 2". Hand-written.
 */
const NUMBERED_HEADS = normSet(['حقل', 'محطة', 'سجن', 'جامعة', 'حي', 'مصنع', 'مجمع', 'منجم', 'مخيم', 'مستشفى', 'مطار', 'ميناء'])
/** One digit, the number of a phase or a branch (a larger number after a name is a count or a year). */
const DIGIT = /^[1-9١-٩]$/u
/** Words that make a digit a count, not a phase: "2 مليون". Normalised. */
const COUNTED = normSet(['ألف', 'آلاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'في', 'بالمئة', 'بالمائة'])

/**
 * "حقل غرب القرنة 2": a place or a body under one of NUMBERED_HEADS, followed by one digit that no count or score goes on
 * from, takes the digit as the last word of its name. In place, after the patterns that find those names.
 */
export function extendPhaseNumbers(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type === 'person' || !NUMBERED_HEADS.has(ctx.stems[mention.first].replace(/^ال/u, ''))) return
    const digit = mention.last + 1
    if (digit >= ctx.tokens.length || ctx.owner[digit] >= 0 || !DIGIT.test(ctx.tokens[digit].norm) || breakBetween(ctx, mention.last, digit)) return
    if (!endsHere(ctx, digit)) return
    ctx.owner[digit] = index
    mentions[index] = { ...mention, last: digit }
  })
}

/** A Saudi health cluster's head and kind: "تجمع الرياض الصحي". Normalised. */
const CLUSTER_HEAD = normSet(['تجمع'])
const CLUSTER_KIND = normSet(['الصحي'])
/** The cluster's number, an ordinal after its kind: "تجمع الرياض الصحي [الأول]". Hand-written. */
const CLUSTER_ORDINALS = normSet(['الأول', 'الثاني', 'الثالث', 'الرابع'])

/**
 * "تجمع الرياض الصحي [الأول]" (s61-b; s19-zi and s21-c write it so too): a health cluster the tagger ended on its kind
 * takes the ordinal that numbers it, bare but for its article.
 */
export function extendClusterOrdinals(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'organization' || !CLUSTER_HEAD.has(ctx.stems[mention.first]) || !CLUSTER_KIND.has(ctx.stems[mention.last])) return
    const ordinal = mention.last + 1
    if (ordinal >= ctx.tokens.length || ctx.owner[ordinal] >= 0 || breakBetween(ctx, mention.last, ordinal)) return
    const { pre, post } = ctx.tokens[ordinal].clitics
    if (pre.join('') !== 'ال' || post.length > 0 || !CLUSTER_ORDINALS.has(ctx.stems[ordinal])) return
    ctx.owner[ordinal] = index
    mentions[index] = { ...mention, last: ordinal }
  })
}

/** Nothing after the digit makes it a count or a score: the text or the clause ends, or a word that counts nothing follows. */
function endsHere(ctx: Context, digit: number): boolean {
  const next = digit + 1
  const gap = ctx.text.slice(ctx.tokens[digit].end, next < ctx.tokens.length ? ctx.tokens[next].start : ctx.text.length)
  // "2-1", "2:0", "2%", "2.5": a score, a ratio, a share or a decimal.
  if (/^[-–:%.,٫٬]\s*[0-9٠-٩]|^\s*[%٪]/u.test(gap)) return false
  return next >= ctx.tokens.length || breakBetween(ctx, digit, next) || !COUNTED.has(ctx.stems[next])
}
