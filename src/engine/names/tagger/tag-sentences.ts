import { documentContext } from './document-context.ts'
import { propagateNames } from './propagate-names.ts'
import type { NamesModel, TaggerPass } from './names-model.ts'
import { scoreEmissions, scorePackedEmissions, transitionMask, viterbi } from './viterbi.ts'
import { accumulateContextPacked, accumulateSentencePacked } from './packed-sentence-scores.ts'
import { describeWords, featurizeInfos, type SentenceFeatures, type WordInfo } from './word-features.ts'
import type { TokenContext } from './document-context.ts'

const masks = new WeakMap<readonly string[], Float32Array>()

function maskFor(labels: readonly string[]): Float32Array {
  let mask = masks.get(labels)
  if (!mask) masks.set(labels, (mask = transitionMask(labels)))
  return mask
}

export function decodePass(model: NamesModel, pass: TaggerPass, features: SentenceFeatures): string[] {
  const L = model.labels.length
  const emissions = pass.packed
    ? scorePackedEmissions(features, pass.packed, L, pass.scale, pass.packedOffset)
    : scoreEmissions(features, pass.weights!, L, pass.scale)
  return bestTags(model, pass, emissions)
}

function bestTags(model: NamesModel, pass: TaggerPass, emissions: Float32Array): string[] {
  const best = viterbi(emissions, pass.transitions, maskFor(model.labels), L(model))
  const tags: string[] = new Array(best.length)
  for (let t = 0; t < best.length; t++) tags[t] = model.labels[best[t]]
  return tags
}

const L = (model: NamesModel) => model.labels.length

function scaled(scores: Float32Array, scale: number): Float32Array {
  for (let i = 0; i < scores.length; i++) scores[i] *= scale
  return scores
}

/**
 * IOB2 tags for the sentences of one document (whitespace tokens with clitics attached). `window` is how
 * many sentences either side count as context for the second pass: Infinity for an article, the model's
 * `conllWindow` for a corpus without document marks.
 */
export function tagSentences(model: NamesModel, sentences: readonly (readonly string[])[], window = Infinity): string[][] {
  const mask = (1 << model.hashBits) - 1
  const infos = sentences.map((words) => describeWords(words, model.gazetteer))
  const { first: one, second: two } = model
  if (!one.packed || one.packed !== two.packed) {
    const features = infos.map((sentence) => featurizeInfos(sentence, mask))
    const first = features.map((sentence) => decodePass(model, one, sentence))
    const contexts = documentContext(infos, first, window)
    return infos.map((sentence, s) => decodePass(model, two, featurizeInfos(sentence, mask, contexts[s])))
  }
  // Shared packed table: one probe per feature scores both passes (and the words-alone features are
  // summed once per distinct word, packed-sentence-scores.ts); the second pass then adds only its
  // document-context features.
  const packed = one.packed
  const offsets = [one.packedOffset ?? 4, two.packedOffset ?? 4]
  const secondBase: Float32Array[] = []
  const first = infos.map((sentence) => {
    const n = sentence.length
    const a = new Float32Array(n * L(model))
    const b = new Float32Array(n * L(model))
    accumulateSentencePacked(sentence, packed, L(model), offsets, mask, [a, b])
    secondBase.push(b)
    return bestTags(model, one, scaled(a, one.scale))
  })
  const contexts: TokenContext[][] = documentContext(infos, first, window)
  return infos.map((sentence: WordInfo[], s) => {
    const emissions = secondBase[s]
    accumulateContextPacked(sentence, contexts[s], packed, L(model), offsets[1], mask, emissions)
    return bestTags(model, two, scaled(emissions, two.scale))
  })
}

/**
 * IOB2 tags for corpus text without document marks (CoNLL files: `qari tag`, the evaluations): the
 * sentences tagged with the model's `conllWindow` as their document, then the untagged occurrences of
 * names tagged nearby filled in (propagate-names.ts; articles get that from refine-mentions instead).
 */
export function tagCorpusSentences(model: NamesModel, sentences: readonly (readonly string[])[]): string[][] {
  const window = model.conllWindow
  return propagateNames(sentences, tagSentences(model, sentences, window), { window })
}
