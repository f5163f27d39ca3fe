import { isDefiniteStem } from '../shared/definite.ts'
import { PATTERNS } from '../shared/patterns.ts'
import { isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { GIVEN, SPEECH_VERB_STEMS } from '../shared/word-lists.ts'

/**
 * A person's surname alone, run into the word after it and typed as a place, is that person: "لكن
 * بنكيران نبّه في حديثه" after "عبد اللطيف بنكيران" came out as the place "بنكيران نبّه", the verb unseen by the
 * tagger. Only when the second word is no name the article or the lists know (not a given name, not in the
 * gazetteer, in no other mention). Organisations are left alone: companies take a family's name and a word after it ("الماجد
 * للعود", "حلواني إخوان", as in the news sentences). And a person the tagger began on a verb after "و" and ended on such a
 * surname is the surname's ("وعزا المنصوري ذلك").
 */
export function trimSurnameRunOn(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const { stems } = ctx
  const surnames = new Set<string>()
  const writtenSurnames = new Set<string>()
  const named = new Map<string, number>()
  for (const m of mentions) {
    for (let t = m.first; t <= m.last; t++) named.set(stems[t], (named.get(stems[t]) ?? 0) + 1)
    if (m.type !== 'person' || m.last === m.first) continue
    const surname = stems[m.last]
    // As propagation takes a surname alone: four letters at least, and no given name.
    if (surname.length >= 4 && !GIVEN.has(surname)) {
      surnames.add(surname)
      writtenSurnames.add(ctx.tokens[m.last].norm)
    }
  }
  if (!surnames.size) return mentions
  return mentions.flatMap((m): TokenMention[] => {
    // "[وعزا المنصوري] ذلك": a verb after "و" the tagger ran into the surname after it, the subject.
    if (m.type === 'person' && m.last === m.first + 1 && surnames.has(stems[m.last]) && isVerbAfterAnd(ctx, m.first)) return [{ ...m, first: m.last }]
    // "ودعا [بوعلاي المجلس الأعلى للبيئة]": the subject's surname the tagger ran into the body, the object, after it.
    // (Written as the person's was: the tokenizer may take a letter for a clitic, "بوعلاي".)
    if (m.type === 'organization' && m.last > m.first + 1 && surnames.has(stems[m.first]) && writtenSurnames.has(ctx.tokens[m.first].norm) &&
      isBodyHeadAfter(ctx, m.first + 1)) {
      return [{ type: 'person', first: m.first, last: m.first }, { ...m, first: m.first + 1 }]
    }
    // Places only: organisations take a family's name and a word after it ("الماجد للعود", "حلواني إخوان").
    if (m.type !== 'place' || m.last !== m.first + 1 || !surnames.has(stems[m.first])) return [m]
    const next = stems[m.last]
    if ((named.get(next) ?? 0) > 1 || GIVEN.has(next) || ctx.gazetteer.classes.has(next) || isKnownPlace(ctx, m.last)) return [m]
    return [{ type: 'person', first: m.first, last: m.first }]
  })
}

/** Token t is "و" and a verb of saying or explaining ("وعزا", "وأضاف"), no given name. */
function isVerbAfterAnd(ctx: Context, t: number): boolean {
  const { pre, post } = ctx.tokens[t].clitics
  const stem = ctx.stems[t]
  return pre.length === 1 && pre[0] === 'و' && post.length === 0 && !GIVEN.has(stem) && (SPEECH_VERB_STEMS.has(stem) || ATTRIBUTING_VERBS.has(stem))
}

/** Verbs that give a cause, which the speech verbs (a list the tagger reads) lack: "عزا", "أرجع". Hand-written. */
const ATTRIBUTING_VERBS: ReadonlySet<string> = new Set(['عزا', 'عزت', 'أرجع', 'أرجعت', 'تابع', 'تابعت', 'استدرك', 'استدركت'].map((word) => normalizeArabic(word)))

/**
 * Token t is a definite noun without a preposition, no adjective or participle: the head of a body of its own ("المجلس"),
 * not what names a family's company ("الزامل [للاستثمار]", "الفطيم [القابضة]").
 */
function isBodyHeadAfter(ctx: Context, t: number): boolean {
  const stem = ctx.stems[t]
  return ctx.tokens[t].clitics.pre.length === 1 && isDefiniteStem(stem) && !PATTERNS.nisba.test(stem) && !PATTERNS.definiteParticiple.test(stem) &&
    !PATTERNS.definiteFeminineParticiple.test(stem)
}
