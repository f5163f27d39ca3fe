import type { Context, TokenMention } from './context.ts'
import { knownOrganizationEnd } from './known-organization-end.ts'

/**
 * A known organisation of several words takes over the tagger's mentions that lie inside it: in "الدولة
 * الإسلامية في العراق والشام" the tagger saw a state and two places. Only mentions wholly inside go; one
 * that runs past the known name ("مجلس الأمن الدولي" over "مجلس الأمن") is kept as the tagger read it.
 */
export function preferKnownOrganizations(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  let result = mentions
  for (let t = 0; t < ctx.tokens.length; t++) {
    const last = knownOrganizationEnd(ctx, t)
    if (last <= t) continue
    const inside = result.filter((m) => m.last >= t && m.first <= last)
    if (inside.length === 0 || inside.some((m) => m.first < t || m.last > last)) continue
    if (inside.length === 1 && inside[0].first === t && inside[0].last === last && inside[0].type === 'organization') continue
    result = [...result.filter((m) => !inside.includes(m)), { type: 'organization', first: t, last }]
    t = last
  }
  return result
}
