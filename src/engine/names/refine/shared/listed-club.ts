import { normalizeArabic } from '../../../arabic/normalize.ts'
import { NEWER_SPORTS_CLUBS } from '../../lists/sports-clubs.ts'
import { WORD_CLASS } from '../../tagger/gazetteer.ts'
import type { Context } from './context.ts'

const NEWER: ReadonlySet<string> = new Set(NEWER_SPORTS_CLUBS.map((club) => normalizeArabic(club)))

/**
 * A club the lists name, one word with its article ("الهلال", "الميناء"): the tagger's word class (SPORTS_CLUBS) or the
 * rules' own NEWER_SPORTS_CLUBS. What the club rules ask of a word; a common word as often, so never a name alone.
 */
export function isListedClub(ctx: Context, stem: string): boolean {
  return ((ctx.gazetteer.classes.get(stem) ?? 0) & WORD_CLASS.sportsClub) !== 0 || NEWER.has(stem)
}
