import { normalizeArabic } from '../../../arabic/normalize.ts'
import { add, breakBetween, commaAfter, type Context, type TokenMention } from '../shared/context.ts'
import { isDefiniteStem } from '../shared/definite.ts'
import { isGivenNotPreposition, isNameLike, isUnclustered } from '../shared/name-like.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { NAME_ENDERS, SPEECH_VERB_STEMS, TITLES, hasWithArticle } from '../shared/word-lists.ts'

/** "إن" and "أن" as the tokens' norm spells them: what the speaker said follows. */
const THAT: ReadonlySet<string> = new Set(['إن', 'أن'].map((word) => normalizeArabic(word)))
/** The words a clause may run to before its speaker's name: the verb, the title and its body. */
const MAX_ROLE_WORDS = 10

/**
 * "قال رئيس بلدية جبلة، [سومر علي ديب]، إن", "قال المتحدث باسم المنسقية العامة للنازحين، [آدم رجال]، إن": a
 * verb of saying, a title and its body, then the speaker's name between two commas and "إن". Two or three
 * words, the first a known given name or a word the clusters never saw; the tagger misses the name when its
 * words are also common words ("رجال", men). t is the name's first word.
 */
export function findSpeakerInCommas(ctx: Context, mentions: TokenMention[], t: number): void {
  const { tokens } = ctx
  if (t < 3 || !commaAfter(ctx, t - 1)) return
  let last = -1
  for (let k = t + 1; k <= t + 2 && k + 1 < tokens.length; k++) {
    if (breakBetween(ctx, k - 1, k)) break
    if (commaAfter(ctx, k)) {
      last = k
      break
    }
  }
  if (last < 0 || !THAT.has(tokens[last + 1].norm) || tokens[last + 1].clitics.pre.length !== 0) return
  for (let k = t; k <= last; k++) {
    const { pre, post } = tokens[k].clitics
    if (ctx.owner[k] >= 0 || pre.length !== 0 || post.length !== 0 || (NAME_ENDERS.has(ctx.stems[k]) && !isGivenNotPreposition(ctx, k)) || PATTERNS.digitStart.test(ctx.stems[k])) return
  }
  const stem = ctx.stems[t]
  if (!(isGivenNotPreposition(ctx, t) || (isNameLike(ctx, stem) && isUnclustered(ctx, tokens[t].norm)))) return
  if (!isSpeakerRole(ctx, t - 1)) return
  add(ctx, mentions, { type: 'person', first: t, last })
}

/**
 * The clause that ends at token `end` opens with a verb of saying and a title: "قال رئيس بلدية جبلة". The
 * clause runs back to the last break (punctuation) before it.
 */
function isSpeakerRole(ctx: Context, end: number): boolean {
  let start = end
  while (start > 0 && end - start < MAX_ROLE_WORDS && !breakBetween(ctx, start - 1, start)) start--
  if (start > 0 && !breakBetween(ctx, start - 1, start)) return false
  if (end - start < 1 || !SPEECH_VERB_STEMS.has(ctx.tokens[start].norm)) return false
  const title = ctx.stems[start + 1]
  return TITLES.has(title) || (!isDefiniteStem(title) && hasWithArticle(TITLES, title))
}
