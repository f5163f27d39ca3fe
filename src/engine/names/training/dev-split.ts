import type { ConllSentence } from './read-conll.ts'

/**
 * The development split the trainer holds out and the eval scores: the last 10% of ANERcorp's train
 * sentences. ANERcorp is in document order, so this is a stretch of unseen articles, not a sample.
 */
export const DEV_SHARE = 0.1

export function splitDev(sentences: readonly ConllSentence[]): { train: ConllSentence[]; dev: ConllSentence[] } {
  const cut = Math.floor(sentences.length * (1 - DEV_SHARE))
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) }
}
