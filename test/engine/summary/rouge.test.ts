import { describe, expect, it } from 'vitest'
import { rougeN, rougeNMulti, rougeTokens } from '../../../src/engine/summary/rouge.ts'

describe('rougeTokens', () => {
  it('folds the hamza on alef that EASC references drop, and diacritics', () => {
    expect(rougeTokens('أبدع أعمالاً')).toEqual(rougeTokens('ابدع اعمالا'))
  })

  it('stems the article and attached conjunction', () => {
    expect(rougeTokens('والحركة')).toEqual(rougeTokens('الحركه'))
  })

  it('splits on punctuation and drops it', () => {
    expect(rougeTokens('قال، «نعم».')).toHaveLength(2)
  })
})

describe('rougeN', () => {
  it('is 1 for identical texts', () => {
    const tokens = rougeTokens('قالت روسيا الجمعة إن الوفد وصل إلى موسكو')
    expect(rougeN(tokens, tokens, 1).f1).toBe(1)
    expect(rougeN(tokens, tokens, 2).f1).toBe(1)
  })

  it('clips repeated n-grams to the reference count', () => {
    const score = rougeN(['a', 'a', 'a', 'b'], ['a', 'b'], 1)
    expect(score.precision).toBe(2 / 4)
    expect(score.recall).toBe(1)
  })

  it('is 0 when one side is empty', () => {
    expect(rougeN([], ['a'], 1).f1).toBe(0)
    expect(rougeN(['a'], [], 2).f1).toBe(0)
  })

  it('counts bigrams', () => {
    const score = rougeN(['a', 'b', 'c'], ['a', 'b', 'd'], 2)
    expect(score.precision).toBe(1 / 2)
    expect(score.recall).toBe(1 / 2)
  })
})

describe('rougeNMulti', () => {
  it('averages over references', () => {
    const score = rougeNMulti(['a', 'b'], [['a', 'b'], ['c', 'd']], 1)
    expect(score.f1).toBeCloseTo(0.5)
  })
})
