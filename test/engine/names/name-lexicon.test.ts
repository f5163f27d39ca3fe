import { describe, expect, it } from 'vitest'
import { buildGazetteer, WORD_CLASS } from '../../../src/engine/names/gazetteer.ts'
import { learnNameLexicon } from '../../../src/engine/names/name-lexicon.ts'
import { describeWords } from '../../../src/engine/names/word-features.ts'

/** Sentences written for this test, tagged as data/news-sentences are once read (IOB2). */
const SENTENCES = [
  { words: ['قال', 'ليونيل', 'ميسي', 'في', 'الرياض'], tags: ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'] },
  { words: ['وسجل', 'ميسي', 'لفريق', 'إنتر', 'ميامي'], tags: ['O', 'B-PERS', 'O', 'B-ORG', 'I-ORG'] },
  { words: ['انتشر', 'الجيش', 'في', 'بالرياض'], tags: ['O', 'O', 'O', 'B-LOC'] },
  { words: ['وقال', 'الجيش', 'السوداني'], tags: ['O', 'B-ORG', 'I-ORG'] },
  { words: ['الجيش', 'قال'], tags: ['O', 'O'] },
]

describe('learnNameLexicon', () => {
  const lexicon = learnNameLexicon(SENTENCES)

  it('files a word under the type it names most often, with and without its proclitic', () => {
    expect(lexicon.person).toContain('ميسي')
    expect(lexicon.place).toContain('الرياض')
    // "بالرياض" counts for "الرياض" too, and is itself a form of a place.
    expect(lexicon.place).toContain('بالرياض')
    expect(lexicon.organization).toEqual(expect.arrayContaining(['انتر', 'ميامي']))
  })

  it('leaves out words named less often than not, and words named nowhere', () => {
    // "الجيش": named once, unnamed twice.
    for (const type of ['person', 'place', 'organization'] as const) {
      expect(lexicon[type]).not.toContain('الجيش')
      expect(lexicon[type]).not.toContain('قال')
    }
  })

  it('is sorted, so that the model file is the same for the same sentences', () => {
    expect(lexicon.place).toEqual([...lexicon.place].sort())
    expect(learnNameLexicon(SENTENCES)).toEqual(lexicon)
  })
})

describe('the lexicon as word classes', () => {
  it('marks a word and its proclitic forms only when the model carries a lexicon', () => {
    const lexicon = learnNameLexicon(SENTENCES)
    const [plain, withProclitic, other] = describeWords(['ميسي', 'وميسي', 'المباراة'], buildGazetteer([], new Map(), lexicon))
    expect(plain.entry.classes & WORD_CLASS.lexiconPerson).toBeTruthy()
    expect(withProclitic.entry.classes & WORD_CLASS.lexiconPerson).toBeTruthy()
    expect(other.entry.classes).toBe(0)
    const [without] = describeWords(['ميسي'], buildGazetteer([]))
    expect(without.entry.classes & WORD_CLASS.lexiconPerson).toBe(0)
  })
})
