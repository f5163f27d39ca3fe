import { nextStem, type Context, type TokenMention } from '../shared/context.ts'
import { isUnclustered } from '../shared/name-like.ts'
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
      !ctx.stems[last + 1].startsWith('ال')) last++
    if (last === mention.last) return
    if (isBareFree(ctx, last + 1) && isUnclustered(ctx, ctx.tokens[last + 1].norm)) last++
    for (let t = mention.last + 1; t <= last; t++) ctx.owner[t] = index
    mentions[index] = { ...mention, last }
  })
}

/** Token k follows without a break, carries no clitic and no name holds it. */
function isBareFree(ctx: Context, k: number): boolean {
  if (nextStem(ctx, k - 1, 1) === null || ctx.owner[k] >= 0) return false
  const { pre, post } = ctx.tokens[k].clitics
  return pre.length === 0 && post.length === 0
}
