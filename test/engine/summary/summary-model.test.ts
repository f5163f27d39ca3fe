import { describe, expect, it } from 'vitest'
import { FEATURE_NAMES, sentenceFeatures } from '../../../src/engine/summary/sentence-features.ts'
import { checkSummaryModel, scoreWithModel, type SummaryModel } from '../../../src/engine/summary/summary-model.ts'
import { LEARNED_SUMMARY_MODEL } from '../../../src/engine/components/summarize.ts'
import type { TermVector } from '../../../src/engine/summary/sentence-terms.ts'

const vector = (...terms: string[]): TermVector => {
  const weights = new Map(terms.map((t) => [t, 1]))
  return { weights, norm: Math.sqrt(weights.size) }
}

const d = FEATURE_NAMES.length
const model = (weights: number[]): SummaryModel => ({
  features: [...FEATURE_NAMES],
  means: new Array(d).fill(0),
  scales: new Array(d).fill(1),
  weights,
  bias: 0,
  redundancy: 0.5,
})

describe('summary model', () => {
  it('the shipped weights were trained on the features the code computes', () => {
    expect(LEARNED_SUMMARY_MODEL.features).toEqual([...FEATURE_NAMES])
    expect(LEARNED_SUMMARY_MODEL.weights).toHaveLength(d)
  })

  it('refuses a model whose features do not match the code', () => {
    expect(() => checkSummaryModel({ ...model(new Array(d).fill(0)), features: ['first'] })).toThrow(/do not match/u)
  })

  it('scores a standardised weighted sum', () => {
    const weights = new Array(d).fill(0)
    weights[FEATURE_NAMES.indexOf('first')] = 2
    const rows = [new Array(d).fill(0), new Array(d).fill(0)]
    rows[0][FEATURE_NAMES.indexOf('first')] = 1
    expect(scoreWithModel(rows, model(weights))).toEqual([2, 0])
  })
})

describe('sentenceFeatures', () => {
  const sentences = [
    { start: 0, end: 10 },
    { start: 11, end: 20 },
    { start: 21, end: 30 },
  ]
  const features = sentenceFeatures({
    sentences,
    vectors: [vector('وفد', 'موسكو'), vector('وفد', 'حماس'), vector('غزه')],
    counts: [new Map([['وفد', 1], ['موسكو', 1]]), new Map([['وفد', 1], ['حماس', 1]]), new Map([['غزه', 1]])],
    lengths: [12, 20, 60],
    paragraphs: [0, 0, 1],
    paragraphStarts: [true, false, true],
    dependent: [false, true, false],
    quoted: [false, false, true],
    figures: [{ start: 22, end: 26, text: '1400', kind: 'count', value: 1400 }],
    numbers: [0, 0, 1],
  })
  const get = (i: number, name: (typeof FEATURE_NAMES)[number]) => features[i][FEATURE_NAMES.indexOf(name)]

  it('gives one vector per candidate, one value per feature', () => {
    expect(features).toHaveLength(3)
    for (const row of features) expect(row).toHaveLength(d)
  })

  it('marks position, paragraphs, openers, quotes, figures and length', () => {
    expect(get(0, 'first')).toBe(1)
    expect(get(1, 'first')).toBe(0)
    expect(get(2, 'last')).toBe(1)
    expect(get(2, 'paragraphStart')).toBe(1)
    expect(get(1, 'paragraphEnd')).toBe(1)
    expect(get(1, 'dependentOpener')).toBe(1)
    expect(get(2, 'quote')).toBe(1)
    expect(get(2, 'figures')).toBeGreaterThan(0)
    expect(get(0, 'figures')).toBe(0)
    expect(get(2, 'long')).toBeGreaterThan(0)
    expect(get(1, 'leadSimilarity')).toBeGreaterThan(get(2, 'leadSimilarity'))
  })
})
