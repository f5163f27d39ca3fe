/**
 * The names model for the background worker. Chrome's service worker may not use dynamic import(),
 * so the model travels in the worker bundle as a string (cheap to carry: a string literal is scanned,
 * not built into objects) and is parsed and decoded on the first article only.
 */
import modelJson from '../../engine/models/names/names-model.json?raw'
import { MODEL_VERSION } from '../../engine/models/names/model-version.ts'
import { decodeNamesModel, type EncodedNamesModel } from '../../engine/names/tagger/model-codec.ts'
import type { NamesModel } from '../../engine/index.ts'

let decoded: NamesModel | undefined

export async function loadBundledNamesModel(): Promise<NamesModel> {
  if (!decoded) {
    const encoded = JSON.parse(modelJson) as EncodedNamesModel
    if (encoded.version !== MODEL_VERSION) throw new Error(`names model ${encoded.version} does not match ${MODEL_VERSION}`)
    decoded = decodeNamesModel(encoded)
  }
  return decoded
}
