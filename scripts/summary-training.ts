/**
 * Training the summary sentence scorer (summary-model.ts), shared by scripts/train-summary.ts and the
 * cross-validated numbers of scripts/eval-summary.ts: logistic regression with soft labels (the share
 * of the five EASC references that picked the sentence), fitted by Newton's method with an L2 penalty.
 * Deterministic: no random initialisation, no shuffling; folds are fixed by article order.
 */
import { join } from 'node:path'
import type { Span } from '../src/engine/doc.ts'
import { FEATURE_NAMES } from '../src/engine/summary/sentence-features.ts'
import { chooseFromCandidates } from '../src/engine/summary/choose-summary.ts'
import type { SummaryModel } from '../src/engine/summary/summary-model.ts'
import { rougeNMulti, rougeTokens } from '../src/engine/summary/rouge.ts'
import { repo, type SummaryArticle } from './summary-data.ts'
import { summaryLength } from '../src/engine/components/summarize.ts'

export interface TrainSettings {
  /** L2 penalty on the standardised weights (not the bias). */
  l2: number
  /** MMR redundancy of the model (log-odds per unit of cosine). */
  redundancy: number
  /** Each article weighs the same in the loss (else each sentence does, and long articles dominate). */
  perArticle: boolean
  /**
   * 'pointwise': logistic regression on each sentence's picked share; 'listwise': a softmax over each
   * article's candidates fitted to the article's picks (ListNet with one list per article), which only
   * asks the model to rank within an article, the one thing selection uses.
   */
  objective: 'pointwise' | 'listwise'
  /** What the model learns: the share of references that picked the sentence, or its ROUGE-1 precision. */
  target: 'picked' | 'precision'
  /** Features held at zero weight (for experiments on smaller models). */
  drop?: readonly string[]
}

/**
 * The shipped settings. Chosen among about 15 cross-validated runs on the same 76 EASC articles (l2 1,
 * 10, 100; redundancy 0, 0.5, 1, 3; per-article or per-sentence weighting; pointwise or listwise; the
 * picked share or ROUGE precision as the target): all within about ±0.5 ROUGE-1 of each other except
 * the precision target (1–2 points lower), so the cross-validated numbers are at most that optimistic.
 */
export const DEFAULT_SETTINGS: TrainSettings = { l2: 10, redundancy: 0.5, perArticle: true, objective: 'pointwise', target: 'picked' }

/** The shipped model's file (LEARNED_SUMMARY_MODEL), as train:summary writes it. */
export const SUMMARY_WEIGHTS_FILE = join(repo, 'src/engine/models/summary/summary-weights.json')

/** The text of the weights file for `model`: what train:summary writes and its unit test compares. */
export function summaryWeightsText(model: SummaryModel): string {
  return `${JSON.stringify(model, null, 1)}\n`
}

/** The lengths the reader can choose: what the settings are chosen on and what the evaluation reports. */
export const SUMMARY_LENGTHS = [3, 4, 5] as const

/**
 * The number of sentences the shipped summariser gives `article` when the reader asks for `requested`:
 * never more than half its candidate sentences (summarize.ts), so the scripts score what a reader sees.
 */
export function shippedLength(article: SummaryArticle, requested: number): number {
  return summaryLength(requested, article.candidates.indices.length)
}

const NEWTON_ITERATIONS = 30

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small: features + 1). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i]])
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r
    ;[m[col], m[pivot]] = [m[pivot], m[col]]
    const p = m[col][col] || 1e-12
    for (let r = 0; r < n; r++) {
      if (r === col) continue
      const factor = m[r][col] / p
      if (!factor) continue
      for (let c = col; c <= n; c++) m[r][c] -= factor * m[col][c]
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12))
}

/** Fits the model on the candidates of `articles`. */
export function fitSummaryModel(articles: readonly SummaryArticle[], settings: TrainSettings): SummaryModel {
  const d = FEATURE_NAMES.length
  const rows: { x: number[]; y: number; weight: number }[] = []
  for (const article of articles) {
    const n = article.candidates.features.length
    article.candidates.features.forEach((x, i) => rows.push({ x, y: (settings.target === 'picked' ? article.picked : article.precision)[i], weight: settings.perArticle ? 1 / n : 1 }))
  }
  // Weights rescaled to mean 1, so that the L2 penalty means the same under either weighting.
  const totalWeight = rows.reduce((s, r) => s + r.weight, 0)
  for (const row of rows) row.weight *= rows.length / totalWeight

  const means = new Array<number>(d).fill(0)
  const scales = new Array<number>(d).fill(0)
  for (const { x } of rows) for (let f = 0; f < d; f++) means[f] += x[f] / rows.length
  for (const { x } of rows) for (let f = 0; f < d; f++) scales[f] += (x[f] - means[f]) ** 2 / rows.length
  for (let f = 0; f < d; f++) scales[f] = Math.sqrt(scales[f]) || 1
  const dropped = new Set(settings.drop ?? [])
  const standard = rows.map(({ x }) => [...x.map((v, f) => (dropped.has(FEATURE_NAMES[f]) ? 0 : (v - means[f]) / scales[f])), 1])

  // Rows of each article, for the listwise objective.
  const groups: number[][] = []
  let next = 0
  for (const article of articles) {
    const n = article.candidates.features.length
    groups.push(Array.from({ length: n }, (_, i) => next + i))
    next += n
  }
  const w = new Array<number>(d + 1).fill(0)
  for (let iteration = 0; iteration < NEWTON_ITERATIONS; iteration++) {
    const gradient = w.map((v, f) => (f < d ? settings.l2 * v : 0))
    const hessian = w.map((_, i) => w.map((__, j) => (i === j ? (i < d ? settings.l2 : settings.objective === 'listwise' ? 1 : 0) : 0)))
    const z = standard.map((x) => x.reduce((sum, v, f) => sum + w[f] * v, 0))
    if (settings.objective === 'pointwise') {
      standard.forEach((x, r) => {
        const p = 1 / (1 + Math.exp(-z[r]))
        const { y, weight } = rows[r]
        const g = weight * (p - y)
        const h = weight * p * (1 - p)
        for (let i = 0; i <= d; i++) {
          gradient[i] += g * x[i]
          if (!x[i]) continue
          for (let j = i; j <= d; j++) hessian[i][j] += h * x[i] * x[j]
        }
      })
    } else {
      for (const group of groups) {
        const picks = group.reduce((sum, r) => sum + rows[r].y, 0)
        if (picks <= 0 || group.length < 2) continue
        // Per-article weight: the article's row weights summed (each article 1 when perArticle).
        const weight = group.reduce((sum, r) => sum + rows[r].weight, 0)
        const top = Math.max(...group.map((r) => z[r]))
        const e = group.map((r) => Math.exp(z[r] - top))
        const total = e.reduce((a, b) => a + b, 0)
        const p = e.map((v) => v / total)
        const mean = new Array<number>(d + 1).fill(0)
        group.forEach((r, k) => {
          for (let f = 0; f <= d; f++) mean[f] += p[k] * standard[r][f]
        })
        group.forEach((r, k) => {
          const x = standard[r]
          const g = weight * (p[k] - rows[r].y / picks)
          for (let i = 0; i <= d; i++) {
            gradient[i] += g * x[i]
            const xi = x[i] - mean[i]
            if (!xi) continue
            for (let j = i; j <= d; j++) hessian[i][j] += weight * p[k] * xi * (x[j] - mean[j])
          }
        })
      }
    }
    for (let i = 0; i <= d; i++) for (let j = 0; j < i; j++) hessian[i][j] = hessian[j][i]
    const step = solve(hessian, gradient)
    let size = 0
    for (let f = 0; f <= d; f++) {
      w[f] -= step[f]
      size = Math.max(size, Math.abs(step[f]))
    }
    if (size < 1e-9) break
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6
  return {
    features: [...FEATURE_NAMES],
    means: means.map(round),
    scales: scales.map(round),
    weights: w.slice(0, d).map(round),
    bias: round(w[d]),
    redundancy: settings.redundancy,
  }
}

const joinSpans = (text: string, spans: readonly Span[]) => spans.map((s) => text.slice(s.start, s.end)).join(' ')

/** ROUGE-1 F1 (mean over the references) of the given doc.sentences indices. */
export function rouge1Of(article: SummaryArticle, indices: readonly number[]): number {
  const tokens = rougeTokens(joinSpans(article.doc.text, indices.map((i) => article.doc.sentences[i])))
  return rougeNMulti(tokens, article.references, 1).f1
}

/**
 * For each article, a model trained on the others' folds: `folds` contiguous groups in article order
 * (folds = articles.length is leave-one-article-out).
 */
export function crossValidatedModels(articles: readonly SummaryArticle[], settings: TrainSettings, folds = articles.length): SummaryModel[] {
  const foldOf = (i: number) => Math.floor((i * folds) / articles.length)
  const models: SummaryModel[] = []
  for (let fold = 0; fold < folds; fold++) {
    const model = fitSummaryModel(
      articles.filter((_, i) => foldOf(i) !== fold),
      settings,
    )
    articles.forEach((_, i) => {
      if (foldOf(i) === fold) models[i] = model
    })
  }
  return models
}

/** Mean ROUGE-1 over the articles and SUMMARY_LENGTHS, each article summarised by its own model. */
export function meanRouge1(articles: readonly SummaryArticle[], models: readonly SummaryModel[]): number {
  let sum = 0
  for (const length of SUMMARY_LENGTHS) {
    articles.forEach((article, i) => {
      sum += rouge1Of(article, chooseFromCandidates(article.candidates, shippedLength(article, length), models[i]))
    })
  }
  return sum / (articles.length * SUMMARY_LENGTHS.length)
}
