import { isDefiniteStem } from '../shared/definite.ts'
import { nextStem, type Context, type TokenMention } from '../shared/context.ts'
import { hasTanween, isUnclustered } from '../shared/name-like.ts'
import { normSet } from '../shared/word-lists.ts'

/** The particles of Romance, Dutch and German names: "دي", "ديل", "دو", "فان", "فون", "إي" (y). Normalised. */
const FOREIGN_PARTICLES = normSet(['دي', 'دا', 'دو', 'ديل', 'دوس', 'داس', 'ديلا', 'فان', 'فون', 'دير', 'إي'])

/**
 * A person does not end on a particle: "[مارينا ديل] بيلار أفيلا" runs on to the name the particle introduces, and to a
 * family name after it the unlabelled text never had (session 23: s21-a's Latin American names, cut where the tagger
 * had not seen the next word).
 */
export function extendOverParticles(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type !== 'person') return
    let last = mention.last
    // (A word of three letters or more without the article after the particle: "خالد أبو دي [إن]" ends on a family name.)
    while (FOREIGN_PARTICLES.has(ctx.tokens[last].norm) && isBareFree(ctx, last + 1) && ctx.stems[last + 1].length >= 3 &&
      !isDefiniteStem(ctx.stems[last + 1])) last++
    // (Also where the tagger ended on the name the particle introduces, "[مارينا ديل بيلار] أفيلا"; not onto a common word
    // the clusters lack, which an accusative's tanween or a feminine ending shows: "فان بيرسي مدرباً", "دي بياتسا سهرة".)
    const afterParticle = last === mention.last && last - 2 >= mention.first && FOREIGN_PARTICLES.has(ctx.tokens[last - 1].norm)
    if (last === mention.last && !afterParticle) return
    const next = last + 1
    if (isBareFree(ctx, next) && isUnclustered(ctx, ctx.tokens[next].norm) &&
      !(afterParticle && (hasTanween(ctx, next) || ctx.stems[next].endsWith(TA_MARBUTA)))) last++
    if (last === mention.last) return
    for (let t = mention.last + 1; t <= last; t++) ctx.owner[t] = index
    mentions[index] = { ...mention, last }
  })
}

/** ة as normalised. */
const TA_MARBUTA = 'ه'

/** Token k follows without a break, carries no clitic and no name holds it. */
function isBareFree(ctx: Context, k: number): boolean {
  if (nextStem(ctx, k - 1, 1) === null || ctx.owner[k] >= 0) return false
  const { pre, post } = ctx.tokens[k].clitics
  return pre.length === 0 && post.length === 0
}

/** The nasab's and the kunya's particles, and "عبد" of a compound given name: no name ends on them. Normalised. */
const NASAB_PARTICLES = normSet(['ابن', 'بن', 'بنت', 'أبو', 'عبد'])

/**
 * "[المركز الاستشفائي الجامعي ابن] [اديس]", "[عبدالسلام بن] [محمد المرشدي]": a name the tagger ended on a particle of the
 * nasab goes on into the name the tagger began right after it: the two are one, a person if either was one (s61-a, s61-c,
 * s18-p; the tokenizer had read the ب of "باديس" as a preposition).
 */
export function joinAcrossNasab(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const startingAt = new Map(mentions.map((m, index) => [m.first, index]))
  const dropped = new Set<number>()
  const joined = mentions.map((mention, index) => {
    const next = mention.last + 1
    if (dropped.has(index) || !NASAB_PARTICLES.has(ctx.tokens[mention.last].norm) || nextStem(ctx, mention.last, 1) === null) return mention
    const after = startingAt.get(next)
    if (after !== undefined && after !== index) {
      dropped.add(after)
      const other = mentions[after]
      const type: TokenMention['type'] = mention.type === 'person' || other.type === 'person' ? 'person' : mention.type
      return { type, first: mention.first, last: other.last }
    }
    return mention
  })
  return joined.filter((_, index) => !dropped.has(index))
}
