import { documentContext } from './document-context.ts'
import type { NamesModel, TaggerPass } from './names-model.ts'
import { accumulatePacked, scoreEmissions, scorePackedEmissions, transitionMask, viterbi } from './viterbi.ts'
import { accumulateContextPacked, accumulateSentencePacked } from './packed-sentence-scores.ts'
import { semiMarkovViterbi, type SegmentScores } from './semi-markov-viterbi.ts'
import { spanFeatures, type SpanFeatures } from './span-features.ts'
import { describeWords, featurizeInfos, type SentenceFeatures, type WordInfo } from './word-features.ts'
import type { TokenContext } from './document-context.ts'

const masks = new WeakMap<readonly string[], Float32Array>()

function maskFor(labels: readonly string[]): Float32Array {
  let mask = masks.get(labels)
  if (!mask) masks.set(labels, (mask = transitionMask(labels)))
  return mask
}

/** One pass over one sentence; `spans` (the sentence's span features) when the model is semi-Markov. */
export function decodePass(model: NamesModel, pass: TaggerPass, features: SentenceFeatures, spans?: SpanFeatures): string[] {
  const L = model.labels.length
  const score = (rows: SentenceFeatures) => pass.packed
    ? scorePackedEmissions(rows, pass.packed, L, pass.scale, pass.packedOffset)
    : scoreEmissions(rows, pass.weights!, L, pass.scale)
  const span = spans && { maxLength: spans.maxLength, ends: score(spans.ends), spans: score(spans.spans) }
  return bestTags(model, pass, score(features), span)
}

function bestTags(model: NamesModel, pass: TaggerPass, emissions: Float32Array, spans?: SegmentScores): string[] {
  const best = spans
    ? semiMarkovViterbi(emissions, pass.transitions, maskFor(model.labels), L(model), spans)
    : viterbi(emissions, pass.transitions, maskFor(model.labels), L(model))
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
  const spansOf = (sentence: readonly WordInfo[]) => (model.maxSpan ? spanFeatures(sentence, mask, model.maxSpan) : undefined)
  if (!one.packed || one.packed !== two.packed) {
    const features = infos.map((sentence) => featurizeInfos(sentence, mask))
    const spans = infos.map(spansOf)
    const first = features.map((sentence, s) => decodePass(model, one, sentence, spans[s]))
    const contexts = documentContext(infos, first, window)
    return infos.map((sentence, s) => decodePass(model, two, featurizeInfos(sentence, mask, contexts[s]), spans[s]))
  }
  // Shared packed table: one probe per feature scores both passes (and the words-alone features are
  // summed once per distinct word, packed-sentence-scores.ts); the second pass then adds only its
  // document-context features. Span features likewise serve both passes with one probe.
  const packed = one.packed
  const offsets = [one.packedOffset ?? 4, two.packedOffset ?? 4]
  const secondBase: Float32Array[] = []
  const secondSpans: (SegmentScores | undefined)[] = []
  const first = infos.map((sentence) => {
    const n = sentence.length
    const a = new Float32Array(n * L(model))
    const b = new Float32Array(n * L(model))
    accumulateSentencePacked(sentence, packed, L(model), offsets, mask, [a, b])
    secondBase.push(b)
    const features = spansOf(sentence)
    let spans: SegmentScores | undefined
    if (features) {
      const rows = features.spans.offsets.length - 1
      const ends = [new Float32Array(n * L(model)), new Float32Array(n * L(model))]
      const whole = [new Float32Array(rows * L(model)), new Float32Array(rows * L(model))]
      accumulatePacked(features.ends, packed, L(model), offsets, ends)
      accumulatePacked(features.spans, packed, L(model), offsets, whole)
      spans = { maxLength: features.maxLength, ends: scaled(ends[0], one.scale), spans: scaled(whole[0], one.scale) }
      secondSpans.push({ maxLength: features.maxLength, ends: scaled(ends[1], two.scale), spans: scaled(whole[1], two.scale) })
    } else secondSpans.push(undefined)
    return bestTags(model, one, scaled(a, one.scale), spans)
  })
  const contexts: TokenContext[][] = documentContext(infos, first, window)
  return infos.map((sentence: WordInfo[], s) => {
    const emissions = secondBase[s]
    accumulateContextPacked(sentence, contexts[s], packed, L(model), offsets[1], mask, emissions)
    return bestTags(model, two, scaled(emissions, two.scale), secondSpans[s])
  })
}
