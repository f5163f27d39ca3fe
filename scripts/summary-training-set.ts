/**
 * Which EASC articles the shipped summary model was trained on, so that `npm run eval:summary -- DIR` can tell a
 * held-out score from an in-sample one whatever DIR holds (the 76 training articles, the sealed other half of
 * EASC, or a mix). `npm run train:summary` writes the list beside the weights; each article is known by a
 * fingerprint of its file's text (a hash, not the text: nothing of the data is copied into the project), so a
 * renamed folder or a copy elsewhere is still recognised, and a change to how the text is read later cannot
 * turn a training article into a "held-out" one.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Beside summary-weights.json; read by the scripts only (the engine never imports it). */
export const TRAINING_SET_FILE = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'src/engine/models/summary/training-articles.json')

/** Hex digits kept of each SHA-256: 64 bits, far from any collision among a few hundred articles. */
const FINGERPRINT_HEX = 16

/** The fingerprint of an article file's text (its BOM dropped, as every reader of it does). */
export function articleFingerprint(fileText: string): string {
  return createHash('sha256').update(fileText.replace(/^\uFEFF/u, ''), 'utf8').digest('hex').slice(0, FINGERPRINT_HEX)
}

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
