import { add, breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { OUTLET_HEADS } from '../shared/word-lists.ts'

/**
 * Acronyms of things, not bodies, that Arabic news writes in Latin letters: a technology ("بتقنية LED", Al-Watan's
 * street lights), a measure or a document. Hand-written.
 */
const THING_ACRONYMS = new Set([
  'LED', 'LCD', 'OLED', 'GPS', 'USB', 'SIM', 'SMS', 'PDF', 'AI', 'IT', 'API', 'CPU', 'GPU', 'VPN', 'NFT', 'HD', 'TV', 'FM',
  'GDP', 'IPO', 'ETF', 'ESG', 'VAT', 'KPI', 'ROI', 'CEO', 'CFO', 'VIP', 'ATM', 'SUV', 'EV', 'UAV', 'LNG', 'LPG', 'CNG',
  'DNA', 'RNA', 'HIV', 'PCR', 'MRI', 'ICU', 'UV', 'GMO', 'VAR', 'PM', 'AM',
])

/**
 * Rule 5 for names in Latin letters: a run of capitalised Latin words after an outlet word of
 * OUTLET_HEADS, or a lone acronym ("CNN") that names no thing (THING_ACRONYMS), is an organisation. True when it claimed
 * token t.
 */
export function findLatinOutlet(ctx: Context, mentions: TokenMention[], t: number): boolean {
  const { tokens } = ctx
  // A capital Latin letter first, before the slice and the pattern: this runs for every token.
  const initial = ctx.text.charCodeAt(tokens[t].start)
  const surface = initial >= 65 && initial <= 90 ? ctx.text.slice(tokens[t].start, tokens[t].end) : ''
  if (!(surface && PATTERNS.latinName.test(surface))) return false
  let last = t
  while (last + 1 < tokens.length && !breakBetween(ctx, last, last + 1) && ctx.owner[last + 1] < 0 &&
    PATTERNS.latinStart.test(ctx.text[tokens[last + 1].start])) last++
  const headed = t > 0 && !breakBetween(ctx, t - 1, t) && OUTLET_HEADS.has(ctx.stems[t - 1])
  if (!(headed || (last === t && PATTERNS.latinAcronym.test(surface) && !THING_ACRONYMS.has(surface)))) return false
  add(ctx, mentions, { type: 'organization', first: t, last })
  return true
}
