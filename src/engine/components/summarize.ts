import type { Component } from '../pipeline.ts'
import type { DocWith, Span } from '../doc.ts'
import { chooseSummary } from '../summary/choose-summary.ts'
import { listMarkerLength } from '../summary/is-summary-candidate.ts'
import { BRACKET_DATELINE_LANGUAGES, datelineEnd } from '../summary/trim-dateline.ts'
import { reportCreditEnd } from '../summary/trim-report-credit.ts'
import { findsNamesIn } from '../names/names-language.ts'
import { checkSummaryModel, type SummaryModel } from '../summary/summary-model.ts'
import { DEFAULT_WEIGHTS, type SummaryWeights } from '../summary/score-sentences.ts'
import trainedWeights from '../models/summary/summary-weights.json'

export interface SummarizeOptions {
  /** Summary length in sentences, 3 to 5 (default 3); fewer when the article has fewer. */
  sentences?: number
  /**
   * The weighted scorer (DEFAULT_WEIGHTS, chosen by grid search) with these weights changed, instead of the
   * learned model: the summariser before session 29, for experiments and comparison.
   */
  weights?: Partial<SummaryWeights>
  /** Another learned scorer than LEARNED_SUMMARY_MODEL (a model trained without some articles, in evaluations). */
  model?: SummaryModel
}

export const MIN_SUMMARY_SENTENCES = 3
export const MAX_SUMMARY_SENTENCES = 5

/**
 * The scorer scripts/train-summary.ts learned from EASC (a few hundred bytes of weights): each candidate's
 * odds of being picked by a reader, from which the summary is chosen by expected overlap
 * (summary/expected-overlap.ts), keeping an amount when the likeliest sentences carry one
 * (summary/keep-an-amount.ts). The default since session 29: held out on EASC it reads +3.0 / +2.3 / +1.4
 * ROUGE-1 over the lead at 3 / 4 / 5 sentences, where the grid-chosen weights of score-sentences.ts read
 * +1.5 / +1.4 / +0.3 (npm run eval:summary prints both).
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
 * figures and title overlap (the learned model's signals), redundancy removed by the expected overlap
 * (see summary/choose-summary.ts); spans of
 * `doc.sentences` in article order, so each points back to its place in the article (the first
 * sentence's without its dateline, summary/trim-dateline.ts, or its credit, summary/trim-report-credit.ts).
 */
export function createSummarize(options: SummarizeOptions = {}): Component<'sentences' | 'tokens', 'summary'> {
  const model = options.weights ? { ...DEFAULT_WEIGHTS, ...options.weights } : (options.model ?? LEARNED_SUMMARY_MODEL)
  return {
    name: 'summarize',
    requires: ['sentences', 'tokens'],
    assigns: ['summary'],
    run: (doc) => {
      const summary = chooseSummary(doc, (candidates) => summaryLength(options.sentences, candidates), model)
      // A sentence that may open with the dateline is shown without it ("دمشق، سوريا (CNN) --") or a Persian paper's credit
      // ("به گزارش ایسنا،"), and a list's line without its dash ("- إنشاء جسر علوي …").
      const datelined = datelineSentenceStarts(doc)
      const context = { entities: doc.entities, siteName: doc.siteName }
      // Without names (Persian, Urdu …) a place is taken unconfirmed, and only where it opens the first paragraph.
      const namesFound = findsNamesIn(doc.lang)
      const bracketCloses = BRACKET_DATELINE_LANGUAGES.has(doc.lang)
      /** Where the news begins in a sentence a dateline may open; `first`: it opens the first paragraph. */
      const newsStart = (span: Span, first: boolean) => {
        const afterDateline = datelineEnd(doc.text, span, { ...context, placeUnconfirmed: !namesFound && first, bracketCloses })
        return reportCreditEnd(doc.text, { start: afterDateline, end: span.end }, doc.siteName)
      }
      return {
        ...doc,
        summary: summary.map((span) => {
          const first = datelined.get(span.start)
          const start = first === undefined ? span.start : newsStart(span, first)
          return { ...span, start: start + listMarkerLength(doc.text.slice(start, span.end)) }
        }),
      }
    },
  }
}

export const summarize = createSummarize()

/**
 * How many paragraphs from the top the dateline may stand: in the first, or in the second under a deck or standfirst
 * line the page set as a paragraph ("الجفاف يدخل عامه الخامس... وخطة لتوفير …", then "الرباط - أعلنت …").
 */
const DATELINE_PARAGRAPHS = 2

/**
 * The starts of the sentences a dateline may open: the article's first, and the first of each of its first paragraphs;
 * true for the one that opens the first paragraph (the article's first sentence when it has no paragraph).
 */
function datelineSentenceStarts(doc: DocWith<'sentences'>): Map<number, boolean> {
  const starts = new Map<number, boolean>()
  const paragraphs = doc.blocks.filter((block) => block.kind === 'paragraph').slice(0, DATELINE_PARAGRAPHS)
  paragraphs.forEach((paragraph, i) => {
    const opening = doc.sentences.find((sentence) => sentence.start >= paragraph.start && sentence.start < paragraph.end)
    if (opening) starts.set(opening.start, i === 0)
  })
  const first = doc.sentences[0]
  if (first && !starts.has(first.start)) starts.set(first.start, paragraphs.length === 0)
  return starts
}
