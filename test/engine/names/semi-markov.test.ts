import { describe, expect, it } from 'vitest'
import { buildGazetteer } from '../../../src/engine/names/gazetteer.ts'
import { LABELS } from '../../../src/engine/names/labels.ts'
import { semiMarkovViterbi } from '../../../src/engine/names/semi-markov-viterbi.ts'
import { spanFeatures } from '../../../src/engine/names/span-features.ts'
import { segmentsOf, seededRandom } from '../../../src/engine/names/train-perceptron.ts'
import { transitionMask, viterbi } from '../../../src/engine/names/viterbi.ts'
import { describeWords } from '../../../src/engine/names/word-features.ts'

const L = LABELS.length
const mask = transitionMask(LABELS)

function random(n: number, seed: number): { emissions: Float32Array; transitions: Float32Array } {
  const next = seededRandom(seed)
  const emissions = Float32Array.from({ length: n * L }, () => Math.round((next() - 0.5) * 20))
  const transitions = Float32Array.from({ length: (L + 1) * L }, () => Math.round((next() - 0.5) * 10))
  return { emissions, transitions }
}

describe('semiMarkovViterbi', () => {
  it('finds the token Viterbi path when span scores are zero', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const n = 1 + (seed % 12)
      const { emissions, transitions } = random(n, seed)
      const maxLength = 16
      const zero = { maxLength, ends: new Float32Array(n * L), spans: new Float32Array(n * maxLength * L) }
      const semi = semiMarkovViterbi(emissions, transitions, mask, L, zero)
      const token = viterbi(emissions, transitions, mask, L)
      const score = (path: Int32Array) => path.reduce((sum, y, t) => sum + emissions[t * L + y] + transitions[(t === 0 ? L : path[t - 1]) * L + y], 0)
      expect(score(semi)).toBeCloseTo(score(token), 3)
    }
  })

  it('lets a span score join two words into one name', () => {
    const n = 3
    const maxLength = 4
    const emissions = new Float32Array(n * L)
    const B = LABELS.indexOf('B-PERS')
    // Alone, each word is a one-word person (B-PERS beats I-PERS).
    emissions[0 * L + B] = 5
    emissions[1 * L + B] = 5
    emissions[1 * L + B + 1] = 3
    const spans = new Float32Array(n * maxLength * L)
    const ends = new Float32Array(n * L)
    const none = semiMarkovViterbi(emissions, new Float32Array((L + 1) * L), mask, L, { maxLength, ends, spans })
    expect(Array.from(none, (y) => LABELS[y])).toEqual(['B-PERS', 'B-PERS', 'O'])
    spans[(1 * maxLength + 1) * L + B] = 4 // the two-word span ending at token 1
    const joined = semiMarkovViterbi(emissions, new Float32Array((L + 1) * L), mask, L, { maxLength, ends, spans })
    expect(Array.from(joined, (y) => LABELS[y])).toEqual(['B-PERS', 'I-PERS', 'O'])
  })
})

describe('segmentsOf', () => {
  it('reads names as conlleval does', () => {
    const labels = Int32Array.from(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'B-LOC', 'I-LOC', 'I-ORG'].map((tag) => LABELS.indexOf(tag as never)))
    expect(segmentsOf(labels)).toEqual([[0, 1, 1], [3, 3, 3], [4, 5, 3], [6, 6, 5]])
  })
})

describe('spanFeatures', () => {
  it('gives a row per token and per (token, length), empty past the sentence start', () => {
    const infos = describeWords(['قال', 'محمد', 'خميس', '،', 'وعباس'], buildGazetteer([]))
    const features = spanFeatures(infos, (1 << 20) - 1, 3)
    expect(features.ends.offsets.length).toBe(6)
    expect(features.spans.offsets.length).toBe(5 * 3 + 1)
    const rowSize = (row: number) => features.spans.offsets[row + 1] - features.spans.offsets[row]
    expect(rowSize(0 * 3 + 1)).toBe(0)
    expect(rowSize(2 * 3 + 1)).toBeGreaterThan(0)
    // The span "خميس ، وعباس" crosses a comma: one more feature than "محمد خميس" has.
    expect(rowSize(4 * 3 + 2)).toBeGreaterThan(rowSize(2 * 3 + 1))
  })
})
