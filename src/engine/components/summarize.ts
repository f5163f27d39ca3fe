import type { Component } from '../pipeline.ts'
import { chooseSummary } from '../summary/choose-summary.ts'
import { datelineEnd } from '../summary/trim-dateline.ts'
import { checkSummaryModel, type SummaryModel } from '../summary/summary-model.ts'
import { DEFAULT_WEIGHTS, type SummaryWeights } from '../summary/score-sentences.ts'
import trainedWeights from '../models/summary/summary-weights.json'

export interface SummarizeOptions {
  /** Summary length in sentences, 3 to 5 (default 3); fewer when the article has fewer. */
  sentences?: number
  /** Signal weights of the default scorer (DEFAULT_WEIGHTS, chosen by grid search); for experiments. */
  weights?: Partial<SummaryWeights>
  /** A learned scorer instead of the weighted one (e.g. LEARNED_SUMMARY_MODEL); for experiments. */
  model?: SummaryModel
}

export const MIN_SUMMARY_SENTENCES = 3
export const MAX_SUMMARY_SENTENCES = 5

/**
 * The scorer scripts/train-summary.ts learned from EASC (a few hundred bytes of weights). Not the
 * default: cross-validated on EASC it is within about 1.5 ROUGE-1 of the lead, below the few
 * grid-chosen weights of score-sentences.ts held out, and it never picks the seed page's war-toll
 * sentence, since figures carry no weight in EASC's mostly encyclopaedic articles (npm run
 * eval:summary prints both).
 */
export const LEARNED_SUMMARY_MODEL: SummaryModel = checkSummaryModel(trainedWeights)

/**
 * How many sentences to choose: what the reader asked for (3–5), but never more than half the
 * article's candidate sentences (rounded up), as the EASC annotators were told: a summary as long as
 * the article is no summary.
 */
export function summaryLength(requested: number | undefined, candidates: number): number {
  const asked = Math.min(MAX_SUMMARY_SENTENCES, Math.max(MIN_SUMMARY_SENTENCES, Math.round(requested ?? MIN_SUMMARY_SENTENCES)))
  return Math.min(asked, Math.ceil(candidates / 2))
}

/**
 * Extractive summary: whole sentences of the article, chosen on position, centrality, names and
 * figures and title overlap, redundancy removed (see summary/choose-summary.ts); spans of
 * `doc.sentences` in article order, so each points back to its place in the article (the first
 * sentence's without its dateline, summary/trim-dateline.ts).
 */
export function createSummarize(options: SummarizeOptions = {}): Component<'sentences' | 'tokens', 'summary'> {
  const model = options.model ?? { ...DEFAULT_WEIGHTS, ...options.weights }
  return {
    name: 'summarize',
    requires: ['sentences', 'tokens'],
    assigns: ['summary'],
    run: (doc) => {
      const summary = chooseSummary(doc, (candidates) => summaryLength(options.sentences, candidates), model)
      // The article's first sentence is shown without its dateline ("دمشق، سوريا (CNN) --").
      const first = doc.sentences[0]
      return { ...doc, summary: summary.map((span) => (first && span.start === first.start ? { ...span, start: datelineEnd(doc.text, span, doc.entities) } : span)) }
    },
  }
}

export const summarize = createSummarize()
