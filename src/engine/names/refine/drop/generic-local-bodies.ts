import { isDefiniteStem } from '../shared/definite.ts'
import type { Context, TokenMention } from '../shared/context.ts'
import { LOCAL_LEVELS, normSet } from '../shared/word-lists.ts'

/** "الشعبي", the Algerian councils' word between the head and the level ("المجلس الشعبي الولائي"). */
const POPULAR = normSet(['الشعبي'])

/**
 * A definite head and its level alone ("المجلس الإقليمي", "المجلس الشعبي الولائي", "المديرية الجهوية"): every province
 * or town has one, so without its seat ("المجلس الجهوي بنابل", joined by join-seats.ts) or its field it names none.
 * (A national body is one: "المجلس الشعبي الوطني" is not a level.)
 */
export function isGenericLocalBody(ctx: Context, m: TokenMention): boolean {
  if (m.type !== 'organization' || m.last === m.first || !isDefiniteStem(ctx.stems[m.first])) return false
  if (ctx.tokens[m.first].clitics.post.length > 0 || !LOCAL_LEVELS.has(ctx.stems[m.last])) return false
  for (let t = m.first + 1; t < m.last; t++) if (!POPULAR.has(ctx.stems[t])) return false
  return true
}
