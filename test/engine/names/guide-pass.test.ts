import { describe, expect, it } from 'vitest'
import { LABELS } from '../../../src/engine/names/tagger/labels.ts'
import { buildGazetteer } from '../../../src/engine/names/tagger/gazetteer.ts'
import { decodeNamesModel, encodeTaggerPass, MODEL_FORMAT, quantizePass, type EncodedNamesModel } from '../../../src/engine/names/tagger/model-codec.ts'
import type { NamesModel, TaggerPass } from '../../../src/engine/names/tagger/names-model.ts'
import { applyGuide, tagSentences } from '../../../src/engine/names/tagger/tag-sentences.ts'
import { describeWords, featurizeInfos, guideFeatures } from '../../../src/engine/names/tagger/word-features.ts'
import { seededRandom } from '../../../src/engine/names/training/train-perceptron.ts'

/** Sentences written for this test: a repeated name, clitics, a place of the gazetteer, edges. */
const SENTENCES = [
  ['قال', 'المتحدث', 'باسم', 'الكرملين', 'دميتري', 'بيسكوف', '،', 'إن', 'وفد', 'حركة', 'حماس', 'بموسكو', '.'],
  ['وأكد', 'بيسكوف', 'أن', 'موسكو', 'تستقبل', 'الوفد', '.'],
  ['بيسكوف'],
  [],
]
const PLACES = ['موسكو']
const HASH_BITS = 10
const L = LABELS.length

/** A pass of made-up int8 weights over every bucket, large enough to survive pruning. */
function madeUpPass(seed: number): TaggerPass {
  const random = seededRandom(seed)
  const weights = new Float32Array((1 << HASH_BITS) * L)
  for (let i = 0; i < weights.length; i++) weights[i] = Math.round((random() - 0.5) * 40)
  const transitions = new Float32Array((L + 1) * L)
  for (let i = 0; i < transitions.length; i++) transitions[i] = Math.round((random() - 0.5) * 20)
  return quantizePass(weights, transitions, L)
}

const first = madeUpPass(1)
const second = madeUpPass(2)
const guide = madeUpPass(3)
const encoded: EncodedNamesModel = {
  format: MODEL_FORMAT, version: 'test', labels: [...LABELS], hashBits: HASH_BITS, conllWindow: 15, places: PLACES,
  first: encodeTaggerPass(first, L), second: encodeTaggerPass(second, L), guide: encodeTaggerPass(guide, L),
}
/** The same passes unpacked: tagSentences then scores every feature of featurizeInfos, one by one. */
const dense: NamesModel = { version: 'test', labels: LABELS, hashBits: HASH_BITS, conllWindow: 15, gazetteer: buildGazetteer(PLACES, undefined), first, second, guide }

describe('the guide pass', () => {
  it('adds its five features to every token, and featurizeInfos holds exactly those beside the rest', () => {
    const mask = (1 << 20) - 1
    const gazetteer = buildGazetteer(PLACES, undefined)
    for (const words of SENTENCES) {
      const plain = featurizeInfos(describeWords(words, gazetteer), mask)
      const guided = describeWords(words, gazetteer)
      guided.forEach((info, k) => (info.guide = (k * 5) % L))
      const withGuide = featurizeInfos(guided, mask)
      const alone = guideFeatures(guided, mask)
      for (let t = 0; t < words.length; t++) {
        const ids = (f: { offsets: Int32Array; ids: Int32Array }) => Array.from(f.ids.subarray(f.offsets[t], f.offsets[t + 1]))
        expect(ids(alone)).toHaveLength(5)
        expect(ids(withGuide).sort()).toEqual([...ids(plain), ...ids(alone)].sort())
      }
    }
  })

  it('survives the model file, and the packed tagger reads it as the dense one does', () => {
    const packed = decodeNamesModel(JSON.parse(JSON.stringify(encoded)) as EncodedNamesModel)
    expect(packed.guide?.packed).toBeDefined()
    expect(packed.first.packed).toBe(packed.second.packed)
    expect(tagSentences(packed, SENTENCES)).toEqual(tagSentences(dense, SENTENCES))
  })

  it('changes the tags: both passes read its labels', () => {
    const without = { ...dense, guide: undefined }
    expect(tagSentences(dense, SENTENCES)).not.toEqual(tagSentences(without, SENTENCES))
  })

  it('writes a label index into every token', () => {
    const infos = describeWords(SENTENCES[0], dense.gazetteer)
    applyGuide(dense, guide, infos, (1 << HASH_BITS) - 1)
    for (const info of infos) expect(info.guide).toBeGreaterThanOrEqual(0)
    expect(new Set(infos.map((info) => info.guide)).size).toBeGreaterThan(1)
  })
})
