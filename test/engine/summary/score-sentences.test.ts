import { describe, expect, it } from 'vitest'
import { DEFAULT_WEIGHTS, lengthScore, positionScore, scoreSentences } from '../../../src/engine/summary/score-sentences.ts'
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

  it('gives the first candidate a bonus beyond the position prior (EASC annotators picked it most)', () => {
    const ordered = { ...base, order: [0, 1] }
    const [a, b] = scoreSentences(ordered, { ...DEFAULT_WEIGHTS, first: 0 })
    const [a1, b1] = scoreSentences(ordered, DEFAULT_WEIGHTS)
    expect(b1).toBeCloseTo(b)
    expect(a1 - a).toBeCloseTo(DEFAULT_WEIGHTS.first)
  })

  it('keeps a leaning opener whole when the dependent factor is 1', () => {
    const [a, b] = scoreSentences({ ...base, openings: ['وقال الوزير ان', 'واضاف الوزير ان'] }, { ...DEFAULT_WEIGHTS, dependent: 1 })
    expect(b).toBeCloseTo(a)
  })
})
