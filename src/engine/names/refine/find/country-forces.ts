import { normalizeArabic } from '../../../arabic/normalize.ts'
import { isBareDefinite } from '../boundaries/absorb-nationality.ts'
import { add, rebuildOwners, type Context, type TokenMention } from '../shared/context.ts'
import { isCountryNisba } from '../shared/nationality-nisba.ts'

/**
 * Forces and staffs every country has, a name only with their country's nisba after them (the news sentences leave
 * "خفر السواحل" alone unnamed, and name "خفر السواحل الموريتاني"; session 23). Normalised words.
 */
const COUNTRY_FORCES: readonly (readonly string[])[] = ['خفر السواحل', 'حرس الحدود', 'حرس السواحل', 'هيئة الأركان المشتركة', 'مشاة البحرية']
  .map((phrase) => normalizeArabic(phrase).split(' '))

/** The last token of a force's words from token t ("مشاة البحرية"), its nisba still to come; -1 where none begins there. */
export function countryForceEnd(ctx: Context, t: number): number {
  for (const words of COUNTRY_FORCES) {
    if (t + words.length > ctx.tokens.length || ctx.stems[t] !== words[0]) continue
    if (words.every((word, k) => k === 0 || (isBareDefinite(ctx, t + k, t + k - 1) && ctx.stems[t + k] === word))) return t + words.length - 1
  }
  return -1
}

/** "خفر السواحل الصيني", "هيئة الأركان المشتركة الأمريكية", "مشاة البحرية الأمريكية": an organisation from token t. */
export function findCountryForce(ctx: Context, mentions: TokenMention[], t: number): boolean {
  for (const words of COUNTRY_FORCES) {
    const nisba = t + words.length
    if (nisba >= ctx.tokens.length || ctx.stems[t] !== words[0]) continue
    if (!words.every((word, k) => k === 0 || (isBareDefinite(ctx, t + k, t + k - 1) && ctx.stems[t + k] === word))) continue
    if (!isBareDefinite(ctx, nisba, nisba - 1) || !isCountryNisba(ctx.stems[nisba], ctx.gazetteer)) continue
    for (let k = t; k < nisba; k++) if (ctx.owner[k] >= 0) return false
    // A country the tagger read in the nisba alone ("الأمريكية" as a place) gives way.
    const owner = ctx.owner[nisba]
    if (owner >= 0) {
      if (mentions[owner].first !== nisba || mentions[owner].last !== nisba) return false
      mentions.splice(owner, 1)
      rebuildOwners(ctx, mentions)
    }
    add(ctx, mentions, { type: 'organization', first: t, last: nisba })
    return true
  }
  return false
}
