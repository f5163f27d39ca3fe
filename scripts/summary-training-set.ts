/**
 * Which EASC articles the shipped summary model was trained on, so that `npm run eval:summary -- DIR` can tell a
 * held-out score from an in-sample one whatever DIR holds (the 76 training articles, the sealed other half of
 * EASC, or a mix). `npm run train:summary` writes the list beside the weights; each article is known by its
 * fingerprint (articleFingerprint, summary-data.ts: a hash, not the text, so nothing of the data is copied into
 * the project), so a renamed folder or a copy elsewhere is still recognised.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repo } from './summary-data.ts'

/** Beside summary-weights.json; read by the scripts only (the engine never imports it). */
export const TRAINING_SET_FILE = join(repo, 'src/engine/models/summary/training-articles.json')

export interface TrainingSet {
  /** Where the articles were read from, for a person reading the file. */
  corpus: string
  /** One entry per training article: its folder and its fingerprint. */
  articles: { topic: string; fingerprint: string }[]
}

export function writeTrainingSet(set: TrainingSet, path = TRAINING_SET_FILE): void {
  writeFileSync(path, `${JSON.stringify(set, null, 1)}\n`)
}

/** The fingerprints the shipped model was trained on, or undefined when the file is absent (an older checkout). */
export function readTrainingFingerprints(path = TRAINING_SET_FILE): Set<string> | undefined {
  if (!existsSync(path)) return undefined
  const set = JSON.parse(readFileSync(path, 'utf8')) as TrainingSet
  return new Set(set.articles.map((a) => a.fingerprint))
}
