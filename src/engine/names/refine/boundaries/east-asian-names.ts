import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'

/**
 * Family names of China, Korea and Vietnam as the Arabic press writes them, first in a three-syllable name ("يون سوك يول",
 * "وانغ تشو تشين", "كيم يو جونغ"). As written, unnormalised; not those that are Arabic words ("هو", he; "ما", what; "آن",
 * which "أن" would not be, but "ان" is). Hand-written.
 */
const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'كيم', 'لي', 'بارك', 'يون', 'مون', 'تشوي', 'هان', 'جانغ', 'وانغ', 'تشانغ', 'ليو', 'تشين', 'تشن', 'يانغ', 'هوانغ', 'تشاو',
  'تشو', 'شي', 'لين', 'قوه', 'خه', 'نغوين', 'تران', 'فام', 'بوي', 'هونغ', 'بانغ', 'شين', 'سونغ', 'كانغ', 'تشنغ', 'جيانغ',
  'ليانغ', 'غاو', 'تانغ', 'فنغ', 'دينغ', 'جو', 'كو',
])
/** The given names after the family name are short syllables: "سوك يول", "جونغ أون". */
const SYLLABLE_LENGTH = 5

/**
 * "[يون] سوك يول": the tagger found a Korean or Chinese name's two given syllables and left the family name before them
 * (a listed one, as written, alone in its token). The person begins there.
 */
export function extendEastAsianNames(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    const before = mention.first - 1
    if (mention.type !== 'person' || mention.last !== mention.first + 1 || before < 0 || ctx.owner[before] >= 0 || breakBetween(ctx, before, mention.first)) return
    for (let k = mention.first; k <= mention.last; k++) {
      const { clitics, end, start } = ctx.tokens[k]
      if (clitics.pre.length > 0 || clitics.post.length > 0 || end - start > SYLLABLE_LENGTH) return
    }
    const family = ctx.tokens[before]
    if (family.clitics.pre.length > 0 || family.clitics.post.length > 0 || !EAST_ASIAN_FAMILY_NAMES.has(ctx.text.slice(family.start, family.end))) return
    mentions[index] = { ...mention, first: before }
    ctx.owner[before] = index
  })
}
