import type { Component } from '../pipeline.ts'
import { chooseSummary } from '../summary/choose-summary.ts'
import { DEFAULT_WEIGHTS, type SummaryWeights } from '../summary/score-sentences.ts'

export interface SummarizeOptions {
  /** Summary length in sentences, 3 to 5 (default 3); fewer when the article has fewer. */
  sentences?: number
  /** Signal weights; the defaults are what the EASC evaluation reports. For experiments. */
  weights?: Partial<SummaryWeights>
}

export const MIN_SUMMARY_SENTENCES = 3
export const MAX_SUMMARY_SENTENCES = 5

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
 * `doc.sentences` in article order, so each points back to its place in the article.
 */
export function createSummarize(options: SummarizeOptions = {}): Component<'sentences' | 'tokens', 'summary'> {
  const weights: SummaryWeights = { ...DEFAULT_WEIGHTS, ...options.weights }
  return {
    name: 'summarize',
    requires: ['sentences', 'tokens'],
    assigns: ['summary'],
    run: (doc) => ({ ...doc, summary: chooseSummary(doc, (candidates) => summaryLength(options.sentences, candidates), weights) }),
  }
}

export const summarize = createSummarize()
