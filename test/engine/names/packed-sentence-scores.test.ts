import { describe, expect, it } from 'vitest'
import { loadNamesModel } from '../../../src/engine/models/names/load-names-model.ts'
import { accumulateContextPacked, accumulateSentencePacked } from '../../../src/engine/names/tagger/packed-sentence-scores.ts'
import { accumulatePacked } from '../../../src/engine/names/tagger/viterbi.ts'
import { documentContext } from '../../../src/engine/names/tagger/document-context.ts'
import { contextFeatures, describeWords, featurizeInfos } from '../../../src/engine/names/tagger/word-features.ts'

/** Sentences with edges, gazetteer phrases, clitics, nisbas, Latin words and punctuation (written for this test). */
const SENTENCES = [
  ['قال', 'المتحدث', 'باسم', 'الكرملين', 'دميتري', 'بيسكوف', '،', 'إن', 'وفد', 'حركة', 'حماس', 'بموسكو', '.'],
  ['وأعلنت', 'وزارة', 'الخارجية', 'الروسية', 'أن', 'السفارة', 'الإيرانية', 'في', 'الولايات', 'المتحدة', 'مغلقة'],
  ['ذكرت', 'صحيفة', 'Le', 'Parisien', 'ووكالة', 'رويترز', 'أن', '3', 'أشخاص', 'قتلوا', 'في', 'قطاع', 'غزة'],
  ['بيسكوف'],
  ['و', 'ب'],
  [],
]

describe('accumulateSentencePacked', () => {
  it('adds exactly what probing every feature of featurizeInfos adds, for both passes', async () => {
    const model = await loadNamesModel()
    const packed = model.first.packed!
    const L = model.labels.length
    const mask = (1 << model.hashBits) - 1
    const offsets = [model.first.packedOffset ?? 4, model.second.packedOffset ?? 4]
    // Twice: the second time the per-word sums come from the cache.
    for (let round = 0; round < 2; round++) {
      for (const words of SENTENCES) {
        const infos = describeWords(words, model.gazetteer)
        const expected = [new Float32Array(words.length * L), new Float32Array(words.length * L)]
        accumulatePacked(featurizeInfos(infos, mask), packed, L, offsets, expected)
        const actual = [new Float32Array(words.length * L), new Float32Array(words.length * L)]
        accumulateSentencePacked(infos, packed, L, offsets, mask, actual)
        expect(actual).toEqual(expected)
      }
    }
  })

  it('adds exactly what probing every document-context feature adds', async () => {
    const model = await loadNamesModel()
    const packed = model.first.packed!
    const L = model.labels.length
    const mask = (1 << model.hashBits) - 1
    const offset = model.second.packedOffset ?? 4
    const infos = SENTENCES.map((words) => describeWords(words, model.gazetteer))
    // Made-up first-pass tags, so that repeated words get every kind of context.
    const kinds = ['B-PERS', 'I-PERS', 'B-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'O']
    const tags = [SENTENCES, SENTENCES].flat().map((words, s) => words.map((_, t) => kinds[(s * 3 + t) % kinds.length]))
    const doubled = [...infos, ...infos]
    const contexts = documentContext(doubled, tags, Infinity)
    for (let round = 0; round < 2; round++) {
      doubled.forEach((sentence, s) => {
        const expected = new Float32Array(sentence.length * L)
        accumulatePacked(contextFeatures(sentence, contexts[s], mask), packed, L, [offset], [expected])
        const actual = new Float32Array(sentence.length * L)
        accumulateContextPacked(sentence, contexts[s], packed, L, offset, mask, actual)
        expect(actual).toEqual(expected)
      })
    }
    expect(contexts.flat().some((context) => context.majority >= 0 && context.cues !== 0)).toBe(true)
  })
})
