import { describe, expect, it } from 'vitest'
import { LABELS, LABEL_INDEX } from '../../../src/engine/names/tagger/labels.ts'
import { addLabelBias, chooseLabelBias, countSpans, type SpanCounts } from '../../../src/engine/names/training/label-bias.ts'
import { scoreSpans, spansFromTags } from '../../../src/engine/names/tagger/score-spans.ts'
import { trainCrf } from '../../../src/engine/names/training/train-crf.ts'
import { trainPerceptron, type TrainingSentence } from '../../../src/engine/names/training/train-perceptron.ts'
import { bagPerceptrons } from '../../../src/engine/names/training/bag-perceptrons.ts'
import { scoreEmissions, transitionMask, viterbi } from '../../../src/engine/names/tagger/viterbi.ts'

const L = LABELS.length
const index = (tags: string[]) => Int32Array.from(tags.map((tag) => LABEL_INDEX.get(tag)!))

/** A toy corpus: feature 1 is a person's first name, 2 a family name, 3 a place, 4 any other word. */
function toyCorpus(): TrainingSentence[] {
  const word = { first: 1, family: 2, place: 3, other: 4 } as const
  const tagOf = { first: 'B-PERS', family: 'I-PERS', place: 'B-LOC', other: 'O' } as const
  const sentences: (keyof typeof word)[][] = [
    ['other', 'first', 'family', 'other', 'place'],
    ['place', 'other', 'first', 'other'],
    ['first', 'family', 'other', 'other', 'place', 'other'],
  ]
  return sentences.map((words) => {
    const offsets = Int32Array.from(words.map((_, t) => t).concat(words.length))
    return { features: { offsets, ids: Int32Array.from(words.map((w) => word[w])) }, gold: index(words.map((w) => tagOf[w])) }
  })
}

function decodesGold(model: { weights: Float32Array; transitions: Float32Array }, data: TrainingSentence[]): boolean {
  const mask = transitionMask(LABELS)
  return data.every(({ features, gold }) => viterbi(scoreEmissions(features, model.weights, L), model.transitions, mask, L).join() === gold.join())
}

describe('trainCrf', () => {
  it('learns a separable toy corpus', () => {
    const data = toyCorpus()
    const model = trainCrf(data, { labels: LABELS, hashBits: 3, epochs: 30, seed: 1, l2: 0.1, rate: 0.5 })
    expect(decodesGold(model, data)).toBe(true)
  })

  it('learns nothing from a sentence of weight 0', () => {
    const data = toyCorpus().map((sentence) => ({ ...sentence, weight: 0 }))
    const model = trainCrf(data, { labels: LABELS, hashBits: 3, epochs: 5, seed: 1, l2: 0.1, rate: 0.5 })
    expect(model.weights.every((w) => w === 0)).toBe(true)
    expect(model.transitions.every((w) => w === 0)).toBe(true)
  })
})

describe('trainPerceptron with loss-augmented margins', () => {
  it('still learns a separable toy corpus', () => {
    const data = toyCorpus()
    expect(decodesGold(trainPerceptron(data, { labels: LABELS, hashBits: 3, epochs: 10, seed: 1, margin: 2, recallMargin: 2 }), data)).toBe(true)
  })
})

describe('trainPerceptron with passive-aggressive updates', () => {
  it('still learns a separable toy corpus', () => {
    const data = toyCorpus()
    expect(decodesGold(trainPerceptron(data, { labels: LABELS, hashBits: 3, epochs: 10, seed: 1, paC: 0.1 }), data)).toBe(true)
  })

  it('moves no weight on a sentence of weight 0', () => {
    const data = toyCorpus().map((sentence) => ({ ...sentence, weight: 0 }))
    const model = trainPerceptron(data, { labels: LABELS, hashBits: 3, epochs: 3, seed: 1, paC: 0.1 })
    expect(model.weights.every((w) => w === 0)).toBe(true)
  })
})

describe('bagPerceptrons', () => {
  const options = { labels: LABELS, hashBits: 3, epochs: 10, seed: 1 }

  it('is the plain perceptron with one bag', () => {
    const data = toyCorpus()
    expect(bagPerceptrons(data, options, 1)).toEqual(trainPerceptron(data, options))
  })

  it('averages the tables of perceptrons seeded apart, and still learns a separable toy corpus', () => {
    const data = toyCorpus()
    const bagged = bagPerceptrons(data, options, 3)
    const members = [0, 1, 2].map((bag) => trainPerceptron(data, { ...options, seed: 1 + 7919 * bag }))
    for (const i of [0, 5, 17, 40]) {
      expect(bagged.weights[i]).toBeCloseTo((members[0].weights[i] + members[1].weights[i] + members[2].weights[i]) / 3, 4)
    }
    expect(decodesGold(bagged, data)).toBe(true)
  })
})

describe('label bias', () => {
  it('adds to every transition into a label, the sentence start included', () => {
    const bias = LABELS.map((_, y) => y)
    const out = addLabelBias(new Float32Array((L + 1) * L), bias, L)
    for (let prev = 0; prev <= L; prev++) for (let y = 0; y < L; y++) expect(out[prev * L + y]).toBe(y)
  })

  it('counts spans as scoreSpans does', () => {
    const gold = ['B-PERS', 'I-PERS', 'O', 'I-LOC', 'B-ORG', 'B-MISC']
    const predicted = ['B-PERS', 'I-PERS', 'O', 'B-LOC', 'I-LOC', 'B-MISC']
    const counts: SpanCounts[] = Array.from({ length: 4 }, () => ({ gold: 0, predicted: 0, correct: 0 }))
    countSpans(index(gold), index(predicted), 4, counts)
    const expected = scoreSpans([{ gold: spansFromTags(gold), predicted: spansFromTags(predicted) }])
    for (const [k, type] of ['PERS', 'LOC', 'ORG', 'MISC'].entries()) {
      const { gold: g = 0, predicted: p = 0, correct: c = 0 } = expected.byType[type] ?? {}
      expect(counts[k]).toEqual({ gold: g, predicted: p, correct: c })
    }
  })

  /** A timid model: O scores 1 above B-PERS on the name (5 above on the other words). */
  function timidItems() {
    const emissions = new Float32Array(3 * L)
    emissions[0] = 5
    emissions[L] = 1
    emissions[2 * L] = 5
    return [{ emissions, transitions: new Float32Array((L + 1) * L), gold: index(['O', 'B-PERS', 'O']) }]
  }

  it('finds the bias that lets a timid model name what it scores just below O', () => {
    // A bias of 2 on B-PERS recovers the name alone; no other label needs one.
    const items = timidItems()
    const chosen = chooseLabelBias(items, { labels: LABELS, microTypes: ['PERS', 'LOC', 'ORG'], grid: [-1, 0, 2], rounds: 2 })
    expect(chosen.before).toBe(0)
    expect(chosen.f1).toBe(1)
    expect(chosen.bias[LABEL_INDEX.get('B-PERS')!]).toBe(2)
    expect(chosen.bias.filter((b) => b !== 0)).toHaveLength(1)
  })

  it('searches only the labels it is given', () => {
    // The same timid model, but only the LOC labels may move: the name stays missed, every bias 0.
    const items = timidItems()
    const searched = [LABEL_INDEX.get('B-LOC')!, LABEL_INDEX.get('I-LOC')!]
    const chosen = chooseLabelBias(items, { labels: LABELS, microTypes: ['PERS', 'LOC', 'ORG'], grid: [-1, 0, 2], rounds: 2, searched })
    expect(chosen.f1).toBe(0)
    expect(chosen.bias.every((b) => b === 0)).toBe(true)
  })
})
