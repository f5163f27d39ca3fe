import { decodeNamesModel, type EncodedNamesModel } from '../../names/model-codec.ts'
import type { NamesModel } from '../../names/names-model.ts'

/**
 * The names model's version, in one place: scripts/train-names.ts stamps it into names-model.json, the
 * loader refuses a file stamped otherwise, and the analysis cache keys on it (bump it when retraining).
 */
export const MODEL_VERSION = 'names-2026.11.29-3'

let loading: Promise<NamesModel> | null = null

/**
 * Loads the model on first use and keeps it: the JSON is a separate chunk (dynamic import), so the
 * extension's first paint never waits for it, and the background worker pays the decode once.
 */
export function loadNamesModel(): Promise<NamesModel> {
  loading ??= import('./names-model.json').then((module) => {
    const encoded = (module.default ?? module) as unknown as EncodedNamesModel
    if (encoded.version !== MODEL_VERSION) {
      throw new Error(`names model is ${encoded.version}, the code expects ${MODEL_VERSION}: run npm run train:names`)
    }
    return decodeNamesModel(encoded)
  })
  loading.catch(() => {
    loading = null
  })
  return loading
}
