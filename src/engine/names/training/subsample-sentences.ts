import { seededRandom, shuffle } from './train-perceptron.ts'

/**
 * Which of `count` training sentences a learning-curve run keeps: `share` of them, chosen by `seed`, in
 * runs of `block` consecutive sentences (the last run may be shorter). Returns one flag per sentence.
 *
 * Why: train-names --subsample asks what more training data is worth (the development split adds 11% to
 * the training sentences) by training on less of it and scoring the same out-of-fold sentences.
 * ANERcorp is in document order with no article marks, so `block` > 1 drops stretches of consecutive
 * sentences, roughly whole articles, as the development split adds whole articles; single sentences
 * (block 1) leave most of a dropped sentence's names in its article's other sentences.
 * Exactly round(share × runs) runs are kept, so two seeds differ in which, not in how many.
 * Used by scripts/train-names.ts only; nothing in the extension imports it.
 */
export function subsampleSentences(count: number, share: number, seed: number, block = 1): boolean[] {
  const size = Math.max(1, Math.floor(block))
  const runs = Math.ceil(count / size)
  const order = Array.from({ length: runs }, (_, k) => k)
  shuffle(order, seededRandom(seed))
  const keptRuns = new Set(order.slice(0, Math.round(Math.min(1, Math.max(0, share)) * runs)))
  return Array.from({ length: count }, (_, i) => keptRuns.has(Math.floor(i / size)))
}
