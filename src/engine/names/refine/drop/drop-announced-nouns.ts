import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { isNationalityNisba } from '../shared/nationality-nisba.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { GIVEN } from '../shared/word-lists.ts'

/**
 * "أعلنت شيفرون الأميركية [اكتمال مشروع] …", "أعلنت شركة بتروبراس [اكتشاف مكمن] نفطي": a person whose first word is a derived
 * verbal noun, right after a body's name (or after the body's nationality the name left out), is what the body announced,
 * no one's name. Women's names of that shape follow a title ("السيدة انتصار …") or are listed ("ابتسام"), so a known given
 * name stays. After the rules that find persons from patterns, which make most of these.
 */
export function dropAnnouncedNouns(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const bodyEnds = new Set(mentions.filter((mention) => mention.type === 'organization').map((mention) => mention.last))
  return mentions.filter(({ type, first }) => {
    if (type !== 'person' || first === 0 || breakBetween(ctx, first - 1, first) || !afterBody(ctx, bodyEnds, first)) return true
    const { clitics, norm } = ctx.tokens[first]
    return clitics.pre.length > 0 || !PATTERNS.derivedVerbalNoun.test(norm) || GIVEN.has(ctx.stems[first])
  })
}

/** Token t comes right after a body's name, or after the nationality the name left out ("شيفرون [الأميركية]"). */
function afterBody(ctx: Context, bodyEnds: ReadonlySet<number>, t: number): boolean {
  return bodyEnds.has(t - 1) || (t > 1 && bodyEnds.has(t - 2) && !breakBetween(ctx, t - 2, t - 1) && isNationalityNisba(ctx.stems[t - 1], ctx.gazetteer))
}
