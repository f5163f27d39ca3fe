import { isDefiniteStem } from '../shared/definite.ts'
import { add, breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { isCountryNisba } from '../shared/nationality-nisba.ts'
import { normSet } from '../shared/word-lists.ts'

/** "المنتخب" as the tokens' stems spell it (the article kept). */
const THE_TEAM = normSet(['المنتخب'])
/**
 * What names which of a country's teams it is, after its nationality: "المنتخب المغربي [الرديف]", "[الأولمبي]",
 * "[للسيدات]" (the ل of "for" on it, as written). Hand-written.
 */
const TEAM_KINDS = normSet(['الرديف', 'الأولمبي', 'الأول', 'الوطني', 'للسيدات', 'للشباب', 'للناشئين', 'للشابات', 'للأواسط'])

/**
 * "مدرب [المنتخب المغربي]", "لاعب [المنتخب السعودي]": the national team, the article on its head and the country's
 * nationality after it (with its kind: "المنتخب المغربي للسيدات"). The head with the article, so that "منتخب مصر" stays
 * findNationalTeam's; t is "المنتخب", free, with no pronoun on it, and no definite word's adjective.
 */
export function findNationalTeamByNationality(ctx: Context, mentions: TokenMention[], t: number): void {
  if (!THE_TEAM.has(ctx.stems[t]) || ctx.owner[t] >= 0 || ctx.tokens[t].clitics.post.length > 0) return
  // After a definite word it is that word's adjective, "elected": "الرئيس المنتخب الروسي", "البرلمان المنتخب".
  if (t > 0 && !breakBetween(ctx, t - 1, t) && isDefiniteStem(ctx.stems[t - 1])) return
  const nationality = t + 1
  if (nationality >= ctx.tokens.length || breakBetween(ctx, t, nationality) || ctx.owner[nationality] >= 0) return
  const { pre, post } = ctx.tokens[nationality].clitics
  if (pre.length !== 1 || post.length !== 0 || !isCountryNisba(ctx.stems[nationality], ctx.gazetteer)) return
  let last = nationality
  const kind = last + 1
  if (kind < ctx.tokens.length && !breakBetween(ctx, last, kind) && ctx.owner[kind] < 0 && ctx.tokens[kind].clitics.post.length === 0 &&
    TEAM_KINDS.has(ctx.tokens[kind].norm)) last = kind
  add(ctx, mentions, { type: 'organization', first: t, last })
}
