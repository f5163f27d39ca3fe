import { describe, expect, it } from 'vitest'
import { propagateNames } from '../../../src/engine/names/tagger/propagate-names.ts'

/** Sentences from "word/TAG" strings, tags O when absent. */
function corpus(...lines: string[]): { words: string[][]; tags: string[][] } {
  const words: string[][] = []
  const tags: string[][] = []
  for (const line of lines) {
    const pairs = line.split(' ').map((item) => item.split('/'))
    words.push(pairs.map(([word]) => word))
    tags.push(pairs.map(([, tag]) => tag ?? 'O'))
  }
  return { words, tags }
}

describe('propagateNames', () => {
  it('tags an untagged occurrence of a name tagged twice nearby, behind its proclitics too', () => {
    const { words, tags } = corpus('سقطت بلنسية/B-LOC أمس', 'وحاصر الجيش بلنسية/B-LOC', 'وعاد إلى بلنسية مرة', 'ودخل ببلنسية')
    const out = propagateNames(words, tags, { window: 15 })
    expect(out[2]).toEqual(['O', 'O', 'B-LOC', 'O'])
    expect(out[3]).toEqual(['O', 'B-LOC'])
    expect(tags[2][2]).toBe('O') // the input is not changed
  })

  it('copies multi-word names whole', () => {
    const { words, tags } = corpus('قال جورج/B-PERS بوش/I-PERS', 'وأضاف جورج/B-PERS بوش/I-PERS', 'ورد جورج بوش عليه')
    expect(propagateNames(words, tags, { window: 15 })[2]).toEqual(['O', 'B-PERS', 'I-PERS', 'O'])
  })

  it('leaves a name tagged once, or with two types, or more often left untagged than tagged', () => {
    const once = corpus('سقطت بلنسية/B-LOC أمس', 'وعاد إلى بلنسية')
    expect(propagateNames(once.words, once.tags, { window: 15 })[1]).toEqual(['O', 'O', 'O'])
    const mixed = corpus('قناة الجزيرة/B-ORG', 'شبه الجزيرة/B-LOC', 'جزيرة الجزيرة/B-LOC', 'قال مراسل الجزيرة')
    expect(propagateNames(mixed.words, mixed.tags, { window: 15 })[3]).toEqual(['O', 'O', 'O'])
    const common = corpus('فارس/B-PERS قال', 'فارس/B-PERS أضاف', 'فارس نبيل', 'فارس شجاع', 'فارس جديد', 'لكل فارس')
    expect(propagateNames(common.words, common.tags, { window: 15 })[5]).toEqual(['O', 'O'])
  })

  it('counts only the sentences in the window', () => {
    const { words, tags } = corpus('سقطت بلنسية/B-LOC', 'حاصروا بلنسية/B-LOC', 'جملة', 'جملة', 'وعاد إلى بلنسية')
    expect(propagateNames(words, tags, { window: 1 })[4]).toEqual(['O', 'O', 'O'])
    expect(propagateNames(words, tags, { window: 4 })[4]).toEqual(['O', 'O', 'B-LOC'])
  })

  it('never cuts into or retypes a name the tagger found, nor ends a copy before an I- tag', () => {
    const { words, tags } = corpus('قال جورج/B-PERS بوش/I-PERS', 'وأضاف جورج/B-PERS بوش/I-PERS', 'مطار جورج/B-LOC بوش/I-LOC الدولي/I-LOC', 'جورج بوش/B-ORG')
    const out = propagateNames(words, tags, { window: 15 })
    expect(out[2]).toEqual(tags[2])
    expect(out[3]).toEqual(['O', 'B-ORG'])
  })

  it('skips short one-word cores and words without Arabic letters', () => {
    const { words, tags } = corpus('قال علي/B-PERS', 'وقال علي/B-PERS', 'رد علي', 'BBC/B-ORG', 'BBC/B-ORG', 'BBC')
    const out = propagateNames(words, tags, { window: 15 })
    expect(out[2]).toEqual(['O', 'O'])
    expect(out[5]).toEqual(['O'])
  })
})
