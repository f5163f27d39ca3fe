import type { Context, TokenMention } from './context.ts'
import { GIVEN, TITLES } from './word-lists.ts'

/**
 * Rule 11: a definite word the tagger took for a person, alone and unsupported, is a common noun:
 * "الحكيم" (the sage of a fable), "الأوكسجين", "الهيموجلوبين", "الدولتان" (the two states) in EASC
 * articles. In news a surname alone follows the full name ("محمود الخطيب" … "الخطيب") or a title ("الرئيس
 * الأسد"). Kept: nisba-shaped words (family names and historic figures known by one: "الحلبوسي",
 * "المتنبي"), known given names, a word that ends a longer person anywhere in the article, and one a title
 * stands before anywhere. Places are left alone: the place lists miss too many real ones ("الشام",
 * "الدنمارك" as some pages spell it) to tell a common noun by them.
 */
export function dropLoneCommonWords(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const suspect = new Map<string, boolean>()
  for (const m of mentions) {
    if (m.type !== 'person' || m.first !== m.last) continue
    const stem = ctx.stems[m.first]
    if (!stem.startsWith('ال') || stem.length < 5 || stem.endsWith('ي') || stem.endsWith('يه') || GIVEN.has(stem)) continue
    const titled = m.first > 0 && TITLES.has(ctx.stems[m.first - 1])
    suspect.set(stem, suspect.get(stem) !== false && !titled)
  }
  if (![...suspect.values()].some(Boolean)) return mentions
  // A longer person that ends in the word supports it.
  for (const m of mentions) if (m.type === 'person' && m.first !== m.last && suspect.get(ctx.stems[m.last])) suspect.set(ctx.stems[m.last], false)
  return mentions.filter((m) => !(m.type === 'person' && m.first === m.last && suspect.get(ctx.stems[m.first])))
}
