import type { Block, DocWith, Span } from '../doc.ts'
import { tokenizeText } from '../components/tokenize.ts'
import { normalizeArabicFast } from '../arabic/normalize.ts'
import { isSummaryCandidate, listRows } from './is-summary-candidate.ts'
import { sentenceFeatures, type FeatureInput } from './sentence-features.ts'
import { scoreWithModel, type SummaryModel } from './summary-model.ts'
import { leansOnPrevious, scoreSentences, type ScoringInput, type SummaryWeights } from './score-sentences.ts'
import { selectSentences } from './select-sentences.ts'
import { REFERENCE_SCALE, selectByExpectedOverlap } from './expected-overlap.ts'
import { amountsIn, keepAnAmount } from './keep-an-amount.ts'
import { needsSentenceBefore } from './needs-sentence-before.ts'
import { termsBySentence, tfidfVectors, type SentenceTerms, type TermVector } from './sentence-terms.ts'

const PATTERNS = {
  /** A term that is a number (the tokenizer keeps digits whole): a figure when the figures layer is absent. */
  number: /^\d/u,
  /** A quotation mark of any convention (Arabic guillemets, curly or straight double quotes). */
  quote: /["«»“”]/u,
} as const

/** Enough of a sentence's start to see its opening words. */
const OPENING_CHARS = 40

/** The block holding each sentence, in one merge pass (both lists in text order). */
function blocksOf(sentences: readonly Span[], blocks: readonly Block[]): (Block | undefined)[] {
  const textBlocks = blocks.filter((b) => b.end > b.start)
  let b = 0
  return sentences.map((sentence) => {
    while (b < textBlocks.length && textBlocks[b].end <= sentence.start) b++
    const block = textBlocks[b]
    return block && block.start <= sentence.start ? block : undefined
  })
}

function vectorWith(terms: SentenceTerms, idf: Map<string, number>): TermVector {
  const weights = new Map<string, number>()
  let sum = 0
  for (const [term, count] of terms.counts) {
    const weight = (1 + Math.log(count)) * (idf.get(term) ?? 0)
    if (weight <= 0) continue
    weights.set(term, weight)
    sum += weight * weight
  }
  return { weights, norm: Math.sqrt(sum) }
}

/** The sentences that may stand in a summary, with what the scorer needs of them. */
export interface SummaryCandidates {
  /** Indices into doc.sentences, in article order. */
  indices: number[]
  /** TF-IDF vector per candidate (for redundancy). */
  vectors: TermVector[]
  /** Content terms and their counts per candidate (sentence-terms.ts). */
  counts: ReadonlyMap<string, number>[]
  /** Feature vector per candidate, in FEATURE_NAMES order (for the learned scorer); computed once, on first use. */
  readonly features: number[][]
  /** What the weighted scorer (score-sentences.ts) reads. */
  scoring: ScoringInput
}

/**
 * Either scorer: a few weights (score-sentences.ts, the shipped default, chosen by grid search) or a learned model
 * (summary-model.ts, trained by scripts/train-summary.ts). Both carry their MMR redundancy.
 */
export type SummaryScorer = SummaryWeights | SummaryModel

const isModel = (scorer: SummaryScorer): scorer is SummaryModel => 'features' in scorer

/**
 * The candidates of a doc (not headings or fragments: is-summary-candidate.ts) and their features.
 * Shared by the summariser and by scripts/train-summary.ts, so the model learns on exactly what it
 * will see. Linear in the article.
 */
export function summaryCandidates(doc: DocWith<'sentences' | 'tokens'>): SummaryCandidates {
  const terms = termsBySentence(doc.sentences, doc.tokens)
  const blocks = blocksOf(doc.sentences, doc.blocks ?? [])
  const rows = listRows(doc.text, doc.blocks ?? [])
  const indices: number[] = []
  doc.sentences.forEach((sentence, i) => {
    if (isSummaryCandidate(doc.text, sentence, terms[i].length, blocks[i], rows)) indices.push(i)
  })
  const candidateTerms = indices.map((i) => terms[i])
  const { vectors, idf } = tfidfVectors(candidateTerms)
  const titleTokens = doc.title ? tokenizeText(doc.title) : []
  const titleVector = titleTokens.length
    ? vectorWith(termsBySentence([{ start: 0, end: doc.title.length }], titleTokens)[0], idf)
    : undefined
  const numbers = candidateTerms.map(({ counts }) => {
    let n = 0
    for (const [term, c] of counts) if (PATTERNS.number.test(term)) n += c
    return n
  })
  const sentences = indices.map((i) => doc.sentences[i])
  const lengths = candidateTerms.map((t) => t.length)
  const openings = sentences.map(({ start, end }) => normalizeArabicFast(doc.text.slice(start, Math.min(end, start + OPENING_CHARS))))
  const scoring: ScoringInput = {
    sentences,
    vectors,
    order: indices.map((_, rank) => rank),
    lengths,
    openings,
    entities: doc.entities,
    figures: doc.figures,
    numbers,
    titleVector,
  }
  /** What the learned scorer reads beyond `scoring`: paragraphs, dependent openers, quotations. */
  const featureInput = (): FeatureInput => {
    // Paragraphs: a running index of blocks, and whether the sentence before lies in another block.
    const paragraphIndex = new Map<Block | undefined, number>()
    const paragraphs = indices.map((i) => {
      const block = blocks[i]
      if (!paragraphIndex.has(block)) paragraphIndex.set(block, paragraphIndex.size)
      return paragraphIndex.get(block)!
    })
    return {
      sentences,
      vectors,
      counts: candidateTerms.map((t) => t.counts),
      lengths,
      paragraphs,
      paragraphStarts: indices.map((i) => i === 0 || blocks[i] === undefined || blocks[i - 1] !== blocks[i]),
      dependent: openings.map(leansOnPrevious),
      quoted: sentences.map(({ start, end }) => PATTERNS.quote.test(doc.text.slice(start, end))),
      entities: doc.entities,
      figures: doc.figures,
      numbers,
      titleVector,
    }
  }
  let features: number[][] | undefined
  // Lazily: the weighted scorer never reads them, and a long article has many candidates.
  return {
    indices,
    vectors,
    counts: candidateTerms.map((t) => t.counts),
    scoring,
    get features() {
      return (features ??= sentenceFeatures(featureInput()))
    },
  }
}

/**
 * The summary spans of a doc: candidates scored (a few weights or a learned model), then chosen by
 * MMR so that a restatement loses to the next new fact. `lengthFor` turns the number of candidates
 * into the number of sentences wanted. Spans of doc.sentences, in article order.
 */
export function chooseSummary(doc: DocWith<'sentences' | 'tokens'>, lengthFor: (candidates: number) => number, scorer: SummaryScorer): Span[] {
  const candidates = summaryCandidates(doc)
  return chooseFromCandidates(candidates, lengthFor(candidates.indices.length), scorer).map((i) => {
    const { start, end } = doc.sentences[i]
    return { start, end }
  })
}

/**
 * The chosen doc.sentences indices of already computed candidates (the trainer's cross-validation reuses them).
 * A learned model's odds choose by expected overlap (expected-overlap.ts; `referenceScale` for the evaluation's
 * check of REFERENCE_SCALE), keeping an amount (keep-an-amount.ts) and no sentence without the one it leans on
 * (needs-sentence-before.ts); the weighted scorer's scores choose by MMR.
 */
export function chooseFromCandidates(candidates: SummaryCandidates, wanted: number, scorer: SummaryScorer, referenceScale = REFERENCE_SCALE): number[] {
  const count = Math.min(candidates.indices.length, wanted)
  if (count <= 0) return []
  if (isModel(scorer)) {
    const { scoring } = candidates
    const probabilities = scoreWithModel(candidates.features, scorer).map((logOdds) => 1 / (1 + Math.exp(-logOdds)))
    const overlap = probabilities.map((probability, c) => ({ probability, counts: candidates.counts[c], length: scoring.lengths[c] }))
    // Without the figures layer, the numbers among the tokens stand in for amounts (as for the weighted scorer).
    const amounts = scoring.figures ? amountsIn(scoring.sentences, scoring.figures) : scoring.numbers
    const needsPrevious = scoring.openings?.map(needsSentenceBefore)
    const chosen = keepAnAmount(selectByExpectedOverlap(overlap, count, referenceScale, needsPrevious), probabilities, amounts, needsPrevious)
    return chosen.sort((a, b) => a - b).map((c) => candidates.indices[c])
  }
  return selectSentences(scoreSentences(candidates.scoring, scorer), candidates.vectors, count, scorer.redundancy).map((c) => candidates.indices[c])
}
