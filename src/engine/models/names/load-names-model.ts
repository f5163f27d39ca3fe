import { decodeNamesModel, type EncodedNamesModel } from '../../names/tagger/model-codec.ts'
import type { NamesModel } from '../../names/tagger/names-model.ts'
import { CONLL_MODEL_VERSION, MODEL_VERSION } from './model-version.ts'

type JsonModule = { default?: unknown }

/** Loads a model file on first use and keeps it; a failed load is forgotten so the next call retries. */
function lazyModel(load: () => Promise<JsonModule>, version: string): () => Promise<NamesModel> {
  let loading: Promise<NamesModel> | null = null
  return () => {
    loading ??= load().then((module) => {
      const encoded = (module.default ?? module) as EncodedNamesModel
      if (encoded.version !== version) {
        throw new Error(`names model is ${encoded.version}, the code expects ${version}: run npm run train:names`)
      }
      return decodeNamesModel(encoded)
    })
    loading.catch(() => {
      loading = null
    })
    return loading
  }
}

/**
 * The reader's names model, the engine's default (analyzeArticle: the CLI, the evaluations, the tests),
 * the JSON a separate chunk by dynamic import. Chrome's service worker may not import(), so the worker
 * has its own (src/extension/background/bundled-names-model.ts) and never reaches this file.
 */
export const loadNamesModel = lazyModel(() => import('./names-model.json'), MODEL_VERSION)

/** `qari tag`'s model, in ANERcorp's convention (README.md here): never in the extension. */
export const loadConllNamesModel = lazyModel(() => import('./conll-names-model.json'), CONLL_MODEL_VERSION)
