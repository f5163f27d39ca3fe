import { normalizeArabicFast } from '../arabic/normalize.ts'
import { lookupForms } from './word-features.ts'

/**
 * Words that the news sentences written for Qari (data/news-sentences) use as names, by type: a lexicon
 * the tagger reads as word classes (gazetteer.ts), learned by scripts/train-names.ts and stored in the
 * model file.
 *
 * Why: most names the tagger misses are words its training sentences never tagged. The thousands of
 * names in the news sentences cover many of them (half the person words of ANERcorp's development split
 * that its training split has not seen), and a class feature ("this word is a person's word elsewhere")
 * is learned on all training sentences at full weight, where the news sentences' own word features
 * are learned at their small weight only (and for `qari tag`'s model, in another convention).
 */
export interface NameLexicon {
  /** Normalised word forms (lookupForms: with and without their proclitic), sorted. */
  person: string[]
  place: string[]
  organization: string[]
  /**
   * Whole organisations of two words or more ("وكالة الأنباء المصرية"), normalised, each also without its
   * first word's proclitic (lookupForms), sorted: phrases the organisation features look up (gazetteer.ts).
   */
  organizationNames?: string[]
}

type LexiconType = 'person' | 'place' | 'organization'
const TYPE_OF_TAG: Record<string, LexiconType> = { PERS: 'person', LOC: 'place', ORG: 'organization' }

/**
 * Each form whose named uses in `sentences` (IOB2 tags) are at least as many as its unnamed ones goes
 * under the type it is most often: "ميسي" a person, "الرياض" a place; "قال", named nowhere, and
 * "الجيش", named less often than not, go nowhere.
 */
export function learnNameLexicon(
  sentences: readonly { words: readonly string[]; tags: readonly string[] }[],
  keep: readonly string[] = ['PERS', 'LOC', 'ORG'],
  organizationNames = false,
): NameLexicon {
  // Per form: uses outside names, then as a person, a place, an organisation.
  const counts = new Map<string, [number, number, number, number]>()
  const types: LexiconType[] = ['person', 'place', 'organization']
  for (const { words, tags } of sentences) {
    words.forEach((word, i) => {
      const type = TYPE_OF_TAG[tags[i].slice(2)]
      const slot = type ? 1 + types.indexOf(type) : 0
      for (const form of new Set(lookupForms(normalizeArabicFast(word)))) {
        const row = counts.get(form) ?? [0, 0, 0, 0]
        row[slot]++
        counts.set(form, row)
      }
    })
  }
  const lexicon: NameLexicon = { person: [], place: [], organization: [] }
  for (const [form, [outside, ...named]] of counts) {
    const total = named[0] + named[1] + named[2]
    if (total === 0 || total < outside) continue
    const best = named.indexOf(Math.max(...named))
    if (keep.includes(Object.keys(TYPE_OF_TAG)[best])) lexicon[types[best]].push(form)
  }
  for (const type of types) lexicon[type].sort()
  if (organizationNames) lexicon.organizationNames = [...wholeOrganizations(sentences)].sort()
  return lexicon
}

function wholeOrganizations(sentences: readonly { words: readonly string[]; tags: readonly string[] }[]): Set<string> {
  const names = new Set<string>()
  for (const { words, tags } of sentences) {
    for (let start = 0; start < tags.length; start++) {
      if (tags[start] !== 'B-ORG') continue
      let end = start + 1
      while (end < tags.length && tags[end] === 'I-ORG') end++
      if (end - start < 2) continue
      const rest = words.slice(start + 1, end).map(normalizeArabicFast).join(' ')
      for (const first of lookupForms(normalizeArabicFast(words[start]))) names.add(`${first} ${rest}`)
    }
  }
  return names
}
