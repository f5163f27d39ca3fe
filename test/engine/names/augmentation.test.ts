import { describe, expect, it } from 'vitest'
import { buildGazetteer } from '../../../src/engine/names/gazetteer.ts'
import { LABEL_INDEX } from '../../../src/engine/names/labels.ts'
import { attachProclitic, collectMentions, replaceMentions, splitProclitic } from '../../../src/engine/names/replace-mentions.ts'
import { dropLexical, seededRandom, type TrainingSentence } from '../../../src/engine/names/train-perceptron.ts'
import { describeWords, featurizeInfos, LEXICAL_WIDTH, lexicalFeatureIds } from '../../../src/engine/names/word-features.ts'

const index = (tags: string[]) => Int32Array.from(tags.map((tag) => LABEL_INDEX.get(tag)!))

describe('lexical dropout', () => {
  const words = ['قال', 'الجنرال', 'آلان', 'بيللغريني', 'أمس']
  const tags = ['O', 'O', 'B-PERS', 'I-PERS', 'O']
  const mask = (1 << 16) - 1
  const infos = describeWords(words, buildGazetteer([]))
  const features = featurizeInfos(infos, mask)
  const sentence: TrainingSentence = { features, gold: index(tags), lexical: lexicalFeatureIds(infos, mask, false) }

  it('names ids the featurizer gives the token', () => {
    for (let t = 0; t < words.length; t++) {
      const own = new Set(features.ids.subarray(features.offsets[t], features.offsets[t + 1]))
      const lexical = sentence.lexical!.subarray(t * LEXICAL_WIDTH, (t + 1) * LEXICAL_WIDTH).filter((id) => id >= 0)
      expect(lexical.length).toBe(4)
      for (const id of lexical) expect(own.has(id)).toBe(true)
    }
  })

  it('drops the word features of name tokens only, and nothing else', () => {
    const kept = dropLexical(sentence, 1, seededRandom(1))
    for (let t = 0; t < words.length; t++) {
      const before = features.ids.subarray(features.offsets[t], features.offsets[t + 1])
      const after = kept.ids.subarray(kept.offsets[t], kept.offsets[t + 1])
      expect(before.length - after.length).toBe(tags[t] === 'O' ? 0 : 4)
    }
    expect(dropLexical(sentence, 0, seededRandom(1))).toBe(features)
  })
})

describe('replaceMentions', () => {
  const data = [
    { words: ['زار', 'بوش', 'القاهرة', 'أمس'], tags: ['O', 'B-PERS', 'B-LOC', 'O'] },
    { words: ['وقال', 'كوفي', 'أنان', 'في', 'بغداد'], tags: ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'] },
    { words: ['ووصل', 'وبوش', 'للقاهرة'], tags: ['O', 'B-PERS', 'B-LOC'] },
  ]

  it('tells a proclitic from a name that starts with its letter', () => {
    const firstWords = new Set(['بوش', 'القاهرة', 'بغداد'])
    expect(splitProclitic('وبوش', firstWords)).toEqual({ proclitic: 'و', bare: 'بوش' })
    expect(splitProclitic('للقاهرة', firstWords)).toEqual({ proclitic: 'ل', bare: 'القاهرة' })
    expect(splitProclitic('بغداد', firstWords)).toEqual({ proclitic: '', bare: 'بغداد' })
    expect(attachProclitic('ل', 'القاهرة')).toBe('للقاهرة')
    expect(attachProclitic('وب', 'بغداد')).toBe('وببغداد')
  })

  it('pools the names without a proclitic', () => {
    const pool = collectMentions(data, ['PERS', 'LOC'])
    expect(pool.byType.get('PERS')).toEqual([['بوش'], ['كوفي', 'أنان']])
    expect(pool.byType.get('LOC')).toEqual([['القاهرة'], ['بغداد']])
  })

  it('replaces each name by one of its type, keeps the proclitic and the same name the same', () => {
    const pool = collectMentions(data, ['PERS', 'LOC'])
    const memo = new Map<string, string[]>([['PERS بوش', ['كوفي', 'أنان']], ['LOC القاهرة', ['القاهرة']]])
    const out = replaceMentions(data[2], pool, seededRandom(3), memo)
    expect(out).toEqual({ words: ['ووصل', 'وكوفي', 'أنان', 'للقاهرة'], tags: ['O', 'B-PERS', 'I-PERS', 'B-LOC'] })
    const first = replaceMentions(data[0], pool, seededRandom(3), memo)
    expect(first.words.slice(1, 3)).toEqual(['كوفي', 'أنان'])
    const fresh = replaceMentions(data[1], pool, seededRandom(5), new Map())
    expect(fresh.words.slice(0, 1)).toEqual(['وقال'])
    expect(fresh.tags.filter((tag) => tag.startsWith('B-'))).toEqual(['B-PERS', 'B-LOC'])
  })
})
