import { describe, expect, it } from 'vitest'
import { addedNames } from '../../../src/engine/names/training/added-names.ts'
import { attachProclitic, collectMentions, replaceMentions, splitProclitic, withAddedNames } from '../../../src/engine/names/training/replace-mentions.ts'
import { seededRandom } from '../../../src/engine/names/training/train-perceptron.ts'

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

  it('draws from the added names at their share, and exactly as before without them', () => {
    const pool = collectMentions(data, ['PERS', 'LOC'])
    const added = new Map([['PERS', [['بان', 'كي', 'مون']]], ['LOC', [['برازيليا']]]])
    const all = replaceMentions(data[1], withAddedNames(pool, added, 1), seededRandom(5), new Map())
    expect(all.words).toEqual(['وقال', 'بان', 'كي', 'مون', 'في', 'برازيليا'])
    expect(all.tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC'])
    const none = replaceMentions(data[1], withAddedNames(pool, added, 0), seededRandom(5), new Map())
    expect(none).toEqual(replaceMentions(data[1], pool, seededRandom(5), new Map()))
  })
})

describe('addedNames', () => {
  it('gives persons in full and by family name, places and organisations as word lists', () => {
    const names = addedNames(['القاهرة', 'تل أبيب'])
    const persons = names.get('PERS')!.map((words) => words.join(' '))
    expect(persons).toContain('ستافان دي ميستورا')
    expect(persons).toContain('دي ميستورا')
    expect(new Set(persons).size).toBe(persons.length)
    expect(names.get('LOC')).toEqual([['القاهرة'], ['تل', 'أبيب']])
    expect(names.get('ORG')!.length).toBeGreaterThan(100)
  })
})
