import { decodeNamesModel, type EncodedNamesModel } from '../../names/model-codec.ts'
import type { NamesModel } from '../../names/names-model.ts'
import { MODEL_VERSION } from './model-version.ts'

let loading: Promise<NamesModel> | null = null

/**
 * The engine's default loader (the CLI, the evaluations, the tests): loads the model on first use and
 * keeps it, the JSON a separate chunk by dynamic import. Chrome's service worker may not import(), so
 * the worker has its own (src/extension/background/bundled-names-model.ts) and never reaches this file.
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
