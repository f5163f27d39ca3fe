import { isDefiniteStem } from '../shared/definite.ts'
import { isListedClub } from '../shared/listed-club.ts'
import { isHead, isHeadWithPronoun, type Context, type TokenMention } from '../shared/context.ts'
import { isMatchVerb } from '../find/match-clubs.ts'
import { CLUB_HEADS, NATIONAL_TEAM_HEADS, SPORTS_WORDS } from '../shared/word-lists.ts'

/**
 * Rule 13: a club's name that is also a common noun, taken by the tagger for an organisation after a
 * preposition in an article about no sport, is the noun: "ورحبت الجامعة العربية [بالاتفاق]" welcomed the
 * agreement, not the Saudi club Al-Ettifaq ("التعاون" cooperation, "الوحدة" unity, "النصر" victory). Kept:
 * any mention of the word in a longer organisation of the article ("الاتحاد" after "الاتحاد الأوروبي"),
 * and every club of an article with a word of sport in it (a match's verb, a team's head, "المباراة").
 */
export function dropClubsOffThePitch(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const isLoneClub = (m: TokenMention) =>
    m.type === 'organization' && m.first === m.last && isDefiniteStem(ctx.stems[m.first]) && ctx.tokens[m.first].clitics.pre.some((c) => c === 'ب' || c === 'ل' || c === 'ك') &&
    isListedClub(ctx, ctx.stems[m.first])
  if (!mentions.some(isLoneClub) || isAboutSport(ctx)) return mentions
  const inLonger = new Set<string>()
  for (const m of mentions) if (m.type === 'organization' && m.last > m.first) for (let t = m.first; t <= m.last; t++) inLonger.add(ctx.stems[t])
  return mentions.filter((m) => !(isLoneClub(m) && !inLonger.has(ctx.stems[m.first])))
}

/** A word of sport anywhere in the article: a match's verb, a team's head or one of SPORTS_WORDS (asked once per article). */
export function isAboutSport(ctx: Context): boolean {
  if (ctx.aboutSport === undefined) {
    ctx.aboutSport = false
    for (let t = 0; t < ctx.tokens.length && !ctx.aboutSport; t++) {
      const stem = ctx.stems[t]
      ctx.aboutSport = SPORTS_WORDS.has(stem) || isMatchVerb(stem) || isHeadWithPronoun(ctx, CLUB_HEADS, t) || isHead(ctx, NATIONAL_TEAM_HEADS, t)
    }
  }
  return ctx.aboutSport
}
