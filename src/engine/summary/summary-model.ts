import { FEATURE_NAMES } from './sentence-features.ts'

/**
 * A learned sentence scorer: logistic regression over standardised sentence features
 * (sentence-features.ts), written by scripts/train-summary.ts from the EASC human summaries. The score
 * is the log-odds that an annotator would pick the sentence; only the order of scores matters.
 */
export interface SummaryModel {
  /** Feature names, in the order of `means`, `scales` and `weights` (FEATURE_NAMES when trained). */
  features: string[]
  /** Standardisation: feature − mean, divided by scale (the training set's standard deviation). */
  means: number[]
  scales: number[]
  weights: number[]
  bias: number
  /**
   * MMR trade-off (select-sentences.ts): how much similarity to an already chosen sentence costs, in
   * log-odds per unit of cosine. Unread since session 29: a model's odds choose by expected overlap
   * (expected-overlap.ts), whose clipping of repeated words is the redundancy; kept so that older files load.
   */
  redundancy: number
}

/**
 * Checks that a model was trained on this code's features, so that a stale weights file fails loudly
 * (in tests and at load) instead of weighing the wrong signals.
 */
export function checkSummaryModel(model: SummaryModel): SummaryModel {
  const same = model.features.length === FEATURE_NAMES.length && model.features.every((name, i) => name === FEATURE_NAMES[i])
  const sized = [model.means, model.scales, model.weights].every((list) => list.length === model.features.length)
  if (!same || !sized) throw new Error(`summary model features [${model.features.join(', ')}] do not match the code's [${FEATURE_NAMES.join(', ')}]`)
  return model
}

/** The model's score of each feature vector (log-odds). */
export function scoreWithModel(features: readonly (readonly number[])[], model: SummaryModel): number[] {
  return features.map((row) => {
    let z = model.bias
    for (let f = 0; f < row.length; f++) z += (model.weights[f] * (row[f] - model.means[f])) / model.scales[f]
    return z
  })
}
