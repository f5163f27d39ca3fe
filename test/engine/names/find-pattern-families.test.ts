import { describe, expect, it } from 'vitest'
import { tokenizeText } from '../../../src/engine/components/tokenize.ts'
import { buildGazetteer } from '../../../src/engine/names/tagger/gazetteer.ts'
import { createContext, type Context, type TokenMention } from '../../../src/engine/names/refine/shared/context.ts'
import { findAgency, findArmedUnit, findMinistry, findUniversity } from '../../../src/engine/names/refine/find/find-institutions.ts'
import { findLatinOutlet } from '../../../src/engine/names/refine/find/find-latin-outlets.ts'
import { findTitledPerson } from '../../../src/engine/names/refine/find/find-persons.ts'
import { findKnownPlace, findPalace, findSettlement } from '../../../src/engine/names/refine/find/find-places.ts'

const gazetteer = buildGazetteer(['مصر', 'فرنسا'])

type Finder = (ctx: Context, mentions: TokenMention[], t: number) => boolean | void

/** Runs one pattern at the token that starts with `at`; returns what it claimed and the mentions' surfaces. */
function run(find: Finder, text: string, at: string): [boolean | void, string[]] {
  const tokens = tokenizeText(text)
  const ctx = createContext(text, tokens, gazetteer)
  const mentions: TokenMention[] = []
  const t = tokens.findIndex((token) => token.start === text.indexOf(at))
  const claimed = find(ctx, mentions, t)
  return [claimed, mentions.map((m) => `${m.type}:${text.slice(tokens[m.first].start, tokens[m.last].end)}`)]
}

// Each family on its own (refine-mentions.test.ts runs them in findPatterns' order).
describe('the pattern families of findPatterns', () => {
  it.each<[string, Finder, string, string, boolean | void, string[]]>([
    ['an armed unit', findArmedUnit, 'مقاتلين من كتيبة التوحيد قصفوا', 'كتيبة', true, ['organization:كتيبة التوحيد']],
    ['a ministry and its field', findMinistry, 'قالت وزارة الصحة إن', 'وزارة', true, ['organization:وزارة الصحة']],
    ['an agency to its tail', findAgency, 'ذكرت وكالة تاس للأنباء الجمعة', 'وكالة', true, ['organization:وكالة تاس للأنباء']],
    // (A university no list names: the pattern is for the ones the lists lack.)
    ['a university by the word after it', findUniversity, 'في جامعة الينابيع أمس', 'جامعة', true, ['organization:جامعة الينابيع']],
    ['no university by an adjective', findUniversity, 'في جامعة عربية أمس', 'جامعة', false, []],
    ['a settlement', findSettlement, 'بالقرب من بلدة قلدون في منطقة', 'بلدة', true, ['place:قلدون']],
    ['a palace', findPalace, 'من قصر الإليزيه أمس', 'قصر', true, ['place:قصر الإليزيه']],
    ['a known place of two words', findKnownPlace, 'تظاهر المئات في محافظة ذي قار جنوب العراق', 'ذي', true, ['place:ذي قار']],
    ['a known place behind a preposition', findKnownPlace, 'هبطت الطائرة بمسقط أمس', 'بمسقط', true, ['place:بمسقط']],
    ['no known place in a common expression', findKnownPlace, 'عاد إلى مسقط رأسه', 'مسقط', false, []],
    ['a Latin acronym', findLatinOutlet, 'قالت شبكة CNN إن', 'CNN', true, ['organization:CNN']],
    ['a person after a definite title', findTitledPerson, 'وأخيرا حقق الفنان سمير غانم حلمه', 'سمير', undefined, ['person:سمير غانم']],
    ['no head, no claim', findMinistry, 'قالت الصحة إن', 'الصحة', false, []],
  ])('%s', (_, find, text, at, claimed, found) => {
    expect(run(find, text, at)).toEqual([claimed, found])
  })
})
