import { documentContext } from './document-context.ts'
import type { NamesModel, TaggerPass } from './names-model.ts'
import { scoreEmissions, scorePackedEmissions, transitionMask, viterbi } from './viterbi.ts'
import { appendContextFeatures, describeWords, featurizeInfos, type SentenceFeatures } from './word-features.ts'

const masks = new WeakMap<readonly string[], Float32Array>()

function maskFor(labels: readonly string[]): Float32Array {
  let mask = masks.get(labels)
  if (!mask) masks.set(labels, (mask = transitionMask(labels)))
  return mask
}

export function decodePass(model: NamesModel, pass: TaggerPass, features: SentenceFeatures): string[] {
  const L = model.labels.length
  const emissions = pass.packed
    ? scorePackedEmissions(features, pass.packed, L, pass.scale)
    : scoreEmissions(features, pass.weights!, L, pass.scale)
  const best = viterbi(emissions, pass.transitions, maskFor(model.labels), L)
  return Array.from(best, (label) => model.labels[label])
}

/**
 * IOB2 tags for the sentences of one document (whitespace tokens with clitics attached). `window` is how
 * many sentences either side count as context for the second pass: Infinity for an article, the model's
 * `conllWindow` for a corpus without document marks.
 */
export function tagSentences(model: NamesModel, sentences: readonly (readonly string[])[], window = Infinity): string[][] {
  const mask = (1 << model.hashBits) - 1
  const infos = sentences.map((words) => describeWords(words, model.gazetteer))
  const features = infos.map((sentence) => featurizeInfos(sentence, mask))
  const first = features.map((sentence) => decodePass(model, model.first, sentence))
  const contexts = documentContext(infos, first, window)
  return infos.map((sentence, s) => decodePass(model, model.second, appendContextFeatures(features[s], sentence, contexts[s], mask)))
}
