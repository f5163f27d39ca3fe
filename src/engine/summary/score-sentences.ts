import type { Entity, Figure, Span } from '../doc.ts'
import { cosine, sumVectors, type TermVector } from './sentence-terms.ts'

/**
 * How much each signal counts in a sentence's score, for the weighted scorer (the default until session 29). Its values (DEFAULT_WEIGHTS) are chosen
 * by grid search on EASC (scripts/summary-grid.ts); `npm run eval:summary` prints what they give held out.
 */
export interface SummaryWeights {
  /** Early sentences: the news lead states the story, and the lead is the strongest baseline on EASC. */
  position: number
  /**
   * A bonus for the first candidate on top of the position prior: EASC annotators picked the first
   * sentence in 63% of their summaries and every later one in 40% or fewer, a step a smooth decay misses.
   * The grid sets it to 0 once the half-life grows with the article (halfLifeGrowth).
   */
  first: number
  /** Similarity to the whole article: a sentence about what most sentences are about. */
  centrality: number
  /** Names carried, by how often the article mentions them: the who of a story. */
  names: number
  /** Figures carried (counts, money, percentages; dates count half): the how-many of a story. */
  figures: number
  /** Words shared with the title, when the article has one. */
  title: number
  /**
   * MMR trade-off: how much similarity to an already chosen sentence costs. A restatement of the lead
   * in other words (the seed page's "عللت موسكو … بضرورة الحفاظ على التواصل", cosine 0.45 to its first
   * sentence) loses to the next new fact.
   */
  redundancy: number
  /** Candidates after which the position prior has halved, in an article of SIZE_REFERENCE candidates. */
  halfLife: number
  /**
   * How the half-life grows with the article (sizedHalfLife): halfLife × (candidates / SIZE_REFERENCE)
   * to this power. 0 keeps it the same whatever the size; 1 makes the prior decay over the share of
   * the article (halfLife 5 = a quarter of it), so a short article's summary stays near its lead and a
   * long one reaches further. Why (EASC, 5 sentences, held out): with a fixed half-life of 5 the gain
   * over the lead depended on the article's size (3–7 candidates +0.1, 8–10 −2.5, 11–15 +0.4, 16–25
   * +4.3, 26+ +3.0); growing it as a share gives +1.1, −2.7, +0.7, +4.7, +3.7 (the 8–10 still lose).
   */
  halfLifeGrowth: number
  /**
   * What a sentence that leans on the one before keeps of its score (PATTERNS.dependentOpener): 1
   * leaves it alone.
   */
  dependent: number
}

/**
 * The weighted scorer's weights, the summariser's default until session 29 (the learned scorer choosing by expected
 * overlap replaced it: components/summarize.ts; kept for comparison and experiments): the best of scripts/summary-grid.ts's grid (halfLife, halfLifeGrowth,
 * centrality, first, redundancy, names) by ROUGE-1 over the same-length lead on all 76 EASC articles; the
 * other weights are priors for news pages that EASC's mostly encyclopaedic articles barely exercise,
 * set by hand: title, dependent as before, and figures 0.4 rather than 0.3, the least that keeps
 * the seed page's war toll ("مقتل 1400 شخص") in its 3-sentence summary once centrality weighs more (it
 * costs EASC about 0.1–0.4 ROUGE-1; at 0.3 the embassy's ceasefire call won the third place).
 * npm run eval:summary re-runs the grid and prints the held-out estimate (each article summarised with
 * the weights the grid chose without it), and warns when the grid's choice and these differ.
 * Today's choice (session 23): halfLife 8 growing with the article (halfLifeGrowth 1: a quarter of its candidates, from
 * 2 in an 8-candidate article to 10 at 40), centrality 1, names 0.3, redundancy 0.5, no first-sentence bonus; held out
 * (leave one article out) +1.5 / +1.4 / +0.3 over the lead at 3 / 4 / 5 sentences, in-sample +2.7 / +2.8 / +1.5. Each
 * new names model moves the grid's choice and the estimate by up to half a point: docs/history.md (Summaries) has the
 * weights session by session and what else was tried.
 */
export const DEFAULT_WEIGHTS: SummaryWeights = {
  position: 1,
  first: 0,
  centrality: 1,
  names: 0.3,
  figures: 0.4,
  title: 0.3,
  redundancy: 0.5,
  halfLife: 8,
  halfLifeGrowth: 1,
  dependent: 0.7,
}

const PATTERNS = {
  /**
   * Openers that lean on the sentence before: "وأضاف" (and he added), "وتابع", "لكنه", "كما أشار",
   * "وفي المقابل"… Out of context, the reader does not know who "he" is (the seed page's
   * "وأضاف للصحافيين …"), so such a sentence counts less.
   */
  dependentOpener:
    /^[\s"“«(]*(?:و|ف)?(?:اضاف|اضافت|تابع|تابعت|استطرد|استدرك|اوضح|اوضحت|لكنه|لكنها|لكنهم|غير انه|الا انه|كما اشار|كما اكد|كما قال|في المقابل|من جهته|من جهتها|من جانبه|من جانبها|بدوره|بدورها)(?=\s|$)/u,
} as const

export interface ScoringInput {
  /** Candidate sentences, in article order. */
  sentences: readonly Span[]
  vectors: readonly TermVector[]
  /** Candidate rank in article order (0 for the first candidate). */
  order: readonly number[]
  entities?: readonly Entity[]
  figures?: readonly Figure[]
  /** Normalised first words of each candidate (enough for PATTERNS.dependentOpener). */
  openings?: readonly string[]
  /** Words per candidate. */
  lengths: readonly number[]
  /** Numbers found among the tokens, per sentence: the stand-in for figures when the layer is absent. */
  numbers: readonly number[]
  titleVector?: TermVector
}

/**
 * Position prior: 1 for the first candidate, halving every `halfLife` candidates. A news story puts
 * its who-what-where in the first sentences; a slow decay still lets a strong sentence from the
 * middle in.
 */
export function positionScore(rank: number, halfLife: number): number {
  return Math.pow(0.5, rank / halfLife)
}

/**
 * The article size (in candidates) at which `halfLife` is taken as is: about a news story of a dozen
 * paragraphs; EASC's articles run from 3 to 44 candidates (median 12, a fifth over 20).
 */
export const SIZE_REFERENCE = 20

/**
 * Past this many candidates the half-life stops growing: EASC's largest article has 44 candidates, so
 * nothing says how the annotators would treat a 300-sentence page, and a prior that has gone flat
 * would let centrality alone pick from anywhere in it. The lead still matters in a long story.
 */
export const SIZE_CAP = 40

/** The half-life of the position prior for an article of `candidates` candidates (see halfLifeGrowth). */
export function sizedHalfLife(halfLife: number, growth: number, candidates: number): number {
  if (!growth) return halfLife
  return halfLife * Math.pow(Math.min(Math.max(candidates, 1), SIZE_CAP) / SIZE_REFERENCE, growth)
}

/**
 * Length prior, a factor in [0, 1]: short sentences (under SHORT words) carry too little to stand for
 * the article, very long ones (over LONG words: run-ons, or paragraphs whose stops were lost) cost the
 * reader too much; between, no preference. EASC annotators chose sentences of 10–50 words equally
 * often and 60+ word "sentences" (lost stops) almost never.
 */
const SHORT = 10
const LONG = 45
export function lengthScore(words: number): number {
  if (words < SHORT) return 0.6 + (0.4 * words) / SHORT
  if (words > LONG) return Math.max(0.2, LONG / words)
  return 1
}

/** Does this normalised opening lean on the sentence before (PATTERNS.dependentOpener)? */
export function leansOnPrevious(opening: string): boolean {
  return PATTERNS.dependentOpener.test(opening)
}

/** Spans of `marks` counted per sentence in one merge pass (both sorted by start). */
export function countInside(sentences: readonly Span[], marks: readonly (Span & { weight: number })[]): number[] {
  const counts = sentences.map(() => 0)
  const sorted = [...marks].sort((a, b) => a.start - b.start)
  let s = 0
  for (const mark of sorted) {
    while (s < sentences.length && sentences[s].end <= mark.start) s++
    if (s >= sentences.length) break
    if (mark.start >= sentences[s].start && mark.end <= sentences[s].end) counts[s] += mark.weight
  }
  return counts
}

function scaleToMax(values: readonly number[]): number[] {
  // A loop, not Math.max(...values): spreading 100k+ sentences overflows the call stack.
  let max = 0
  for (const value of values) if (value > max) max = value
  return max > 0 ? values.map((v) => v / max) : values.map(() => 0)
}

/** A score per candidate sentence: a weighted sum of signals each scaled to [0, 1]. */
export function scoreSentences(input: ScoringInput, weights: SummaryWeights): number[] {
  const centroid = sumVectors(input.vectors)
  const centrality = scaleToMax(input.vectors.map((v) => cosine(v, centroid)))

  // A name counts by how often the article mentions it (log: the main actor counts more, not 30×).
  const nameMarks = (input.entities ?? []).flatMap((entity) =>
    entity.mentions.map((m) => ({ start: m.start, end: m.end, weight: Math.log(1 + entity.mentions.length) })),
  )
  // Dates say when, not how much: they count half of a quantity, a money amount or a toll.
  const figureMarks = input.figures
    ? input.figures.map((f) => ({ start: f.start, end: f.end, weight: f.kind === 'date' || f.kind === 'time' ? 0.5 : 1 }))
    : []
  // Saturating (log): the third name or figure in a sentence adds less than the first; a list is not a summary.
  const names = scaleToMax(countInside(input.sentences, nameMarks).map((n) => Math.log(1 + n)))
  const figures = scaleToMax((input.figures ? countInside(input.sentences, figureMarks) : input.numbers).map((n) => Math.log(1 + n)))

  const title = input.titleVector ? scaleToMax(input.vectors.map((v) => cosine(v, input.titleVector!))) : undefined
  const halfLife = sizedHalfLife(weights.halfLife, weights.halfLifeGrowth, input.vectors.length)

  return input.vectors.map(
    (_, i) =>
      (weights.position * positionScore(input.order[i], halfLife) +
        (input.order[i] === 0 ? weights.first : 0) +
        weights.centrality * centrality[i] +
        weights.names * names[i] +
        weights.figures * figures[i] +
        (title ? weights.title * title[i] : 0)) *
      lengthScore(input.lengths[i]) *
      (input.openings && leansOnPrevious(input.openings[i]) ? weights.dependent : 1),
  )
}
