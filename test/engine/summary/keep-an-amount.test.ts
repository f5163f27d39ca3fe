import { describe, expect, it } from 'vitest'
import type { Figure } from '../../../src/engine/doc.ts'
import { amountsIn, keepAnAmount } from '../../../src/engine/summary/keep-an-amount.ts'

describe('amountsIn', () => {
  it('counts counts, money and percentages, not dates, times or ordinals', () => {
    const figure = (kind: Figure['kind'], start: number): Figure => ({ kind, start, end: start + 2, text: 'xx' })
    const sentences = [{ start: 0, end: 10 }, { start: 10, end: 20 }]
    const figures = [figure('count', 1), figure('date', 4), figure('ordinal', 12), figure('time', 15), figure('money', 6)]
    expect(amountsIn(sentences, figures)).toEqual([2, 0])
  })
})

describe('keepAnAmount', () => {
  const probabilities = [0.9, 0.8, 0.7, 0.6, 0.1, 0.1, 0.1, 0.1]

  it('gives the latest chosen place to the likeliest sentence with an amount when none has one', () => {
    expect(keepAnAmount([0, 3, 2], probabilities, [0, 1, 0, 0, 0, 0, 0, 0])).toEqual([0, 1, 2])
  })

  it('leaves a summary that already says how many alone', () => {
    expect(keepAnAmount([0, 1, 4], probabilities, [0, 0, 0, 1, 1, 0, 0, 0])).toEqual([0, 1, 4])
  })

  it('takes no amount from a sentence that needs the one before it, unless that one stays', () => {
    const likely = [0.9, 0.2, 0.8, 0.6, 0.1, 0.1, 0.1, 0.1]
    const amounts = [0, 0, 1, 0, 0, 0, 0, 0]
    const needsPrevious = [false, false, true, false, false, false, false, false]
    expect(keepAnAmount([0, 3], likely, amounts)).toEqual([0, 2])
    expect(keepAnAmount([0, 3], likely, amounts, needsPrevious)).toEqual([0, 3])
    expect(keepAnAmount([0, 1, 3], likely, amounts, needsPrevious)).toEqual([0, 1, 2])
    // The sentence it leans on is the one that would give up its place.
    expect(keepAnAmount([0, 1], likely, amounts, needsPrevious)).toEqual([0, 1])
  })

  it('takes no amount from beyond the likeliest quarter of the candidates', () => {
    expect(keepAnAmount([0, 1], probabilities, [0, 0, 0, 0, 0, 0, 0, 1])).toEqual([0, 1])
  })
})
