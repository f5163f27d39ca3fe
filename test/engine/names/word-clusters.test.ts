import { describe, expect, it } from 'vitest'
import { buildGazetteer } from '../../../src/engine/names/tagger/gazetteer.ts'
import { encodeWordClusters, learnWordClusters } from '../../../src/engine/names/training/learn-word-clusters.ts'
import { SLOT_BYTES, SLOT_INTS, type PackedWeights } from '../../../src/engine/names/tagger/names-model.ts'
import { accumulateSentencePacked } from '../../../src/engine/names/tagger/packed-sentence-scores.ts'
import { seededRandom } from '../../../src/engine/names/training/train-perceptron.ts'
import { accumulatePacked } from '../../../src/engine/names/tagger/viterbi.ts'
import { clusterKey, decodeWordClusters } from '../../../src/engine/names/tagger/word-clusters.ts'
import { describeWords, featurizeInfos, splitProcliticsForFeatures } from '../../../src/engine/names/tagger/word-features.ts'
import { normalizeArabicFast } from '../../../src/engine/arabic/normalize.ts'

/** A made-up corpus (written for this test): team names after "مرمى", person names before "قال". */
const CORPUS: string[][] = []
for (let k = 0; k < 20; k++) {
  for (const team of ['سلتيك', 'بنفيكا', 'أياكس']) CORPUS.push(['سدد', 'اللاعب', 'في', 'مرمى', team, 'بقوة'])
  for (const person of ['فينغر', 'كوبل', 'رييس']) CORPUS.push(['و', 'قال', person, 'إن', 'الفريق', 'جاهز'])
}

describe('learnWordClusters', () => {
  it('puts words of the same contexts together and others apart', () => {
    const clusters = learnWordClusters(CORPUS, { sizes: [8], minCount: 2, contextWords: 50, iterations: 10, seed: 3 })
    // Keyed by the clitic-stripped core, as the tagger looks words up ("بنفيكا" → "نفيكا").
    const id = (word: string) => clusters.get(clusterKey(splitProcliticsForFeatures(normalizeArabicFast(word)).core))?.[0]
    expect(id('سلتيك')).toBeDefined()
    expect(id('سلتيك')).toBe(id('بنفيكا'))
    expect(id('سلتيك')).toBe(id('اياكس'))
    expect(id('فينغر')).toBe(id('كوبل'))
    expect(id('فينغر')).not.toBe(id('سلتيك'))
  })

  it('survives the model file: encoded then decoded, one byte per level', () => {
    const clusters = learnWordClusters(CORPUS, { sizes: [4, 16], minCount: 2, contextWords: 50, iterations: 5, seed: 3 })
    const decoded = decodeWordClusters(encodeWordClusters(clusters, [4, 16]))
    expect(decoded.size).toBe(clusters.size)
    for (const [key, ids] of clusters) expect(decoded.get(key)).toBe(ids[0] | (ids[1] << 8))
    expect(decodeWordClusters(undefined).size).toBe(0)
  })
})

describe('cluster features', () => {
  it('are scored the same by the packed per-word sums as by probing every feature', () => {
    const clusters = decodeWordClusters(encodeWordClusters(learnWordClusters(CORPUS, { sizes: [4, 8, 16], minCount: 2, contextWords: 50, iterations: 5, seed: 3 }), [4, 8, 16]))
    const gazetteer = buildGazetteer(['غزة'], clusters)
    // A dense table over a small hash space, so every feature id carries a weight and a feature missing
    // from either side would change the sums.
    const hashBits = 10
    const mask = (1 << hashBits) - 1
    const L = 9
    const slots = 1 << (hashBits + 1)
    const buffer = new ArrayBuffer(slots * SLOT_BYTES)
    const packed: PackedWeights = { keys: new Int32Array(buffer), values: new Int8Array(buffer), slotMask: slots - 1 }
    const random = seededRandom(11)
    for (let bucket = 0; bucket <= mask; bucket++) {
      packed.keys[bucket * SLOT_INTS] = bucket + 1
      for (let y = 0; y < 2 * L; y++) packed.values[bucket * SLOT_BYTES + 4 + y] = Math.floor(random() * 255) - 127
    }
    const offsets = [4, 4 + L]
    for (const words of [['وقال', 'فينغر', 'إن', 'سلتيك', 'في', 'غزة'], ['مرمى', 'بنفيكا'], ['كلمة_نادرة']]) {
      const infos = describeWords(words, gazetteer)
      expect(infos.some((info) => info.entry.cluster >= 0)).toBe(words.length > 1)
      const expected = [new Float32Array(words.length * L), new Float32Array(words.length * L)]
      accumulatePacked(featurizeInfos(infos, mask), packed, L, offsets, expected)
      const actual = [new Float32Array(words.length * L), new Float32Array(words.length * L)]
      accumulateSentencePacked(infos, packed, L, offsets, mask, actual)
      expect(actual).toEqual(expected)
    }
  })
})
