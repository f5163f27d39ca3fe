import { describe, expect, it } from 'vitest'
import { DEFAULT_WEIGHTS, lengthScore, positionScore, scoreSentences, SIZE_CAP, SIZE_REFERENCE, sizedHalfLife } from '../../../src/engine/summary/score-sentences.ts'
import type { TermVector } from '../../../src/engine/summary/sentence-terms.ts'

const vector = (...terms: string[]): TermVector => {
  const weights = new Map(terms.map((t) => [t, 1]))
  return { weights, norm: Math.sqrt(weights.size) }
}

describe('positionScore', () => {
  it('is 1 for the first candidate and halves every halfLife candidates', () => {
    expect(positionScore(0, 3)).toBe(1)
    expect(positionScore(3, 3)).toBeCloseTo(0.5)
    expect(positionScore(6, 3)).toBeCloseTo(0.25)
  })
})

describe('sizedHalfLife', () => {
  it('keeps the half-life whatever the size when it does not grow', () => {
    expect(sizedHalfLife(5, 0, 8)).toBe(5)
    expect(sizedHalfLife(5, 0, 400)).toBe(5)
  })

  it('grows the half-life with the article, as a share of it when the growth is 1', () => {
    expect(sizedHalfLife(5, 1, SIZE_REFERENCE)).toBeCloseTo(5)
    expect(sizedHalfLife(5, 1, 8)).toBeCloseTo(2)
    expect(sizedHalfLife(5, 1, 40)).toBeCloseTo(10)
    expect(sizedHalfLife(5, 0.5, 35)).toBeCloseTo(5 * Math.sqrt(35 / 20))
    expect(sizedHalfLife(5, 0.5, 5)).toBeCloseTo(2.5)
  })

  it('stops growing past SIZE_CAP candidates, and stays positive for an empty article', () => {
    expect(sizedHalfLife(5, 1, 5000)).toBeCloseTo(sizedHalfLife(5, 1, SIZE_CAP))
    expect(sizedHalfLife(5, 1, 0)).toBeGreaterThan(0)
  })
})

describe('lengthScore', () => {
  it.each([
    [5, 0.8],
    [20, 1],
    [45, 1],
    [90, 0.5],
    [1000, 0.2],
  ])('%i words → %f', (words, score) => {
    expect(lengthScore(words)).toBeCloseTo(score)
  })
})

describe('scoreSentences', () => {
  const base = {
    sentences: [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
    ],
    vectors: [vector('وفد', 'موسكو'), vector('وفد', 'موسكو')],
    order: [1, 1],
    lengths: [20, 20],
    numbers: [0, 0],
  }

  it('gives equal sentences equal scores', () => {
    const [a, b] = scoreSentences(base, DEFAULT_WEIGHTS)
    expect(a).toBeCloseTo(b)
  })

  it('lowers a sentence that opens by leaning on the one before (وأضاف …)', () => {
    const [a, b] = scoreSentences({ ...base, openings: ['وقال الوزير ان', 'واضاف الوزير ان'] }, DEFAULT_WEIGHTS)
    expect(b).toBeLessThan(a)
  })

  it('raises a sentence that carries a figure', () => {
    const figures = [{ start: 12, end: 16, text: '1400', kind: 'count' as const, value: 1400 }]
    const [a, b] = scoreSentences({ ...base, figures }, DEFAULT_WEIGHTS)
    expect(b).toBeGreaterThan(a)
  })

  it('raises a sentence that names the article’s main actors', () => {
    const entities = [{ id: 'e1', type: 'place' as const, name: 'موسكو', mentions: [{ start: 2, end: 7 }] }]
    const [a, b] = scoreSentences({ ...base, entities }, DEFAULT_WEIGHTS)
    expect(a).toBeGreaterThan(b)
  })

  it('uses numbers in the tokens when there is no figures layer', () => {
    const [a, b] = scoreSentences({ ...base, numbers: [0, 2] }, DEFAULT_WEIGHTS)
    expect(b).toBeGreaterThan(a)
  })

  it('gives the first candidate a bonus beyond the position prior when `first` is set', () => {
    const ordered = { ...base, order: [0, 1] }
    const [a, b] = scoreSentences(ordered, { ...DEFAULT_WEIGHTS, first: 0 })
    const [a1, b1] = scoreSentences(ordered, { ...DEFAULT_WEIGHTS, first: 0.5 })
    expect(b1).toBeCloseTo(b)
    expect(a1 - a).toBeCloseTo(0.5)
  })

  it('lets a later sentence count for more of a long article than of a short one (the prior grows with the size)', () => {
    // The same fourth sentence (rank 3) among 8 equal candidates and among 32.
    const article = (n: number) => ({
      sentences: Array.from({ length: n }, (_, i) => ({ start: 10 * i, end: 10 * i + 9 })),
      vectors: Array.from({ length: n }, () => vector('وفد', 'موسكو')),
      order: Array.from({ length: n }, (_, i) => i),
      lengths: Array.from({ length: n }, () => 20),
      numbers: Array.from({ length: n }, () => 0),
    })
    // (The shipped weights may leave the growth out: the grid chooses it with each names model.)
    const growing = { ...DEFAULT_WEIGHTS, halfLifeGrowth: 0.5 }
    const short = scoreSentences(article(8), growing)
    const long = scoreSentences(article(32), growing)
    expect(long[3] / long[0]).toBeGreaterThan(short[3] / short[0])
    const fixed = { ...DEFAULT_WEIGHTS, halfLifeGrowth: 0 }
    expect(scoreSentences(article(32), fixed)[3]).toBeCloseTo(scoreSentences(article(8), fixed)[3])
  })

  it('keeps a leaning opener whole when the dependent factor is 1', () => {
    const [a, b] = scoreSentences({ ...base, openings: ['وقال الوزير ان', 'واضاف الوزير ان'] }, { ...DEFAULT_WEIGHTS, dependent: 1 })
    expect(b).toBeCloseTo(a)
  })
})
