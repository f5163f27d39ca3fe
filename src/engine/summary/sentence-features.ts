import type { Entity, Figure, Span } from '../doc.ts'
import { cosine, sumVectors, type TermVector } from './sentence-terms.ts'
import { countInside } from './score-sentences.ts'

/**
 * The signals the learned sentence scorer weighs (summary-model.ts), one number each per candidate
 * sentence. The order is the order of the weights in the model file: append, never reorder.
 */
export const FEATURE_NAMES = [
  /** The first candidate: the news lead (EASC annotators picked it in most articles). */
  'first',
  /** The second and third candidates: the rest of the lead. */
  'second',
  'third',
  /** Position prior: halves every three candidates. */
  'position',
  /** Rank / (candidates − 1): 0 at the start, 1 at the end (a concluding sentence). */
  'relative',
  /** Opens a paragraph: a paragraph's first sentence states its topic. */
  'paragraphStart',
  /** Which paragraph: halves every two paragraphs. */
  'paragraphPosition',
  /** log(1 + words). */
  'words',
  /** Fewer than 10 words: too little to stand for the article. */
  'short',
  /** log(words / 45) past 45 words: run-ons, or paragraphs whose stops were lost. */
  'long',
  /** TF-IDF cosine with the article's centroid: about what most sentences are about. */
  'centrality',
  /** The same, scaled so the most central sentence of the article is 1. */
  'centralityScaled',
  /** Cosine with the first candidate: about what the lead is about. */
  'leadSimilarity',
  /** Cosine with the title (0 when the doc has none, as in the EASC plain texts). */
  'titleSimilarity',
  /** Names carried, each by log(1 + its mentions in the article), saturating. */
  'names',
  /** Figures carried (counts, money, tolls; dates and times half), saturating. */
  'figures',
  /** Opens by leaning on the sentence before ("وأضاف", "لكنه"…): unclear out of context. */
  'dependentOpener',
  /** Holds a quotation mark: quoted speech, colour more often than substance. */
  'quote',
  /** Share of the words that are function words. */
  'functionShare',
  /** Mean article-frequency of the sentence's content terms (SumBasic's signal). */
  'termFrequency',
  /** log(candidates): lets the position signals count differently in short and long articles. */
  'articleSize',
  /** position × articleSize: the lead counts for more of a long article's story. */
  'positionBySize',
  /** The last candidate: a concluding sentence (EASC annotators picked it a little more than its neighbours). */
  'last',
  /** Closes a paragraph. */
  'paragraphEnd',
] as const

export type FeatureName = (typeof FEATURE_NAMES)[number]

export interface FeatureInput {
  /** Candidate sentences, in article order. */
  sentences: readonly Span[]
  vectors: readonly TermVector[]
  /** Term → count per candidate (content terms: stems, function words left out). */
  counts: readonly Map<string, number>[]
  /** Words per candidate (function words included). */
  lengths: readonly number[]
  /** Index of each candidate's block (paragraph), and whether it is the first sentence of that block. */
  paragraphs: readonly number[]
  paragraphStarts: readonly boolean[]
  /** Per candidate: opens by leaning on the sentence before, holds a quotation mark. */
  dependent: readonly boolean[]
  quoted: readonly boolean[]
  entities?: readonly Entity[]
  figures?: readonly Figure[]
  /** Numbers among each candidate's tokens: the stand-in for figures when the layer is absent. */
  numbers: readonly number[]
  titleVector?: TermVector
}

/** Position prior's half-life, in candidates. */
const POSITION_HALF_LIFE = 3
/** Paragraph prior's half-life, in paragraphs. */
const PARAGRAPH_HALF_LIFE = 2
/** See 'short' and 'long' above. */
const SHORT_WORDS = 10
const LONG_WORDS = 45


function maxOf(values: readonly number[]): number {
  // A loop, not Math.max(...values): spreading 100k+ sentences overflows the call stack.
  let max = 0
  for (const value of values) if (value > max) max = value
  return max
}

/** One feature vector per candidate, in FEATURE_NAMES order. Linear in the article. */
export function sentenceFeatures(input: FeatureInput): number[][] {
  const n = input.vectors.length
  const centroid = sumVectors(input.vectors)
  const centrality = input.vectors.map((v) => cosine(v, centroid))
  const maxCentrality = maxOf(centrality)
  const lead = input.vectors[0]

  // Article term frequencies over content terms (SumBasic): a term the article keeps repeating.
  const frequency = new Map<string, number>()
  let totalTerms = 0
  for (const counts of input.counts) {
    for (const [term, count] of counts) {
      frequency.set(term, (frequency.get(term) ?? 0) + count)
      totalTerms += count
    }
  }

  const nameMarks = (input.entities ?? []).flatMap((entity) =>
    entity.mentions.map((m) => ({ start: m.start, end: m.end, weight: Math.log(1 + entity.mentions.length) })),
  )
  const figureMarks = (input.figures ?? []).map((f) => ({ start: f.start, end: f.end, weight: f.kind === 'date' || f.kind === 'time' ? 0.5 : 1 }))
  const names = countInside(input.sentences, nameMarks)
  const figures = input.figures ? countInside(input.sentences, figureMarks) : input.numbers
  const firstParagraph = input.paragraphs[0] ?? 0
  const size = Math.log(Math.max(1, n))

  return input.vectors.map((vector, i) => {
    const words = input.lengths[i]
    let termCount = 0
    let termFrequency = 0
    for (const [term, count] of input.counts[i]) {
      termCount += count
      termFrequency += count * ((frequency.get(term) ?? 0) / Math.max(1, totalTerms))
    }
    const position = Math.pow(0.5, i / POSITION_HALF_LIFE)
    const values: Record<FeatureName, number> = {
      first: i === 0 ? 1 : 0,
      second: i === 1 ? 1 : 0,
      third: i === 2 ? 1 : 0,
      position,
      relative: n > 1 ? i / (n - 1) : 0,
      paragraphStart: input.paragraphStarts[i] ? 1 : 0,
      paragraphPosition: Math.pow(0.5, (input.paragraphs[i] - firstParagraph) / PARAGRAPH_HALF_LIFE),
      words: Math.log(1 + words),
      short: words < SHORT_WORDS ? 1 : 0,
      long: words > LONG_WORDS ? Math.log(words / LONG_WORDS) : 0,
      centrality: centrality[i],
      centralityScaled: maxCentrality > 0 ? centrality[i] / maxCentrality : 0,
      leadSimilarity: i === 0 ? 1 : cosine(vector, lead),
      titleSimilarity: input.titleVector ? cosine(vector, input.titleVector) : 0,
      names: Math.log(1 + names[i]),
      figures: Math.log(1 + figures[i]),
      dependentOpener: input.dependent[i] ? 1 : 0,
      quote: input.quoted[i] ? 1 : 0,
      functionShare: words > 0 ? 1 - termCount / words : 0,
      termFrequency: termCount > 0 ? (100 * termFrequency) / termCount : 0,
      articleSize: size,
      positionBySize: position * size,
      last: i === n - 1 && n > 1 ? 1 : 0,
      paragraphEnd: i === n - 1 || input.paragraphs[i + 1] !== input.paragraphs[i] ? 1 : 0,
    }
    return FEATURE_NAMES.map((name) => values[name])
  })
}
