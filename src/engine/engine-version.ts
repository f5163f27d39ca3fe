import { MODEL_VERSION } from './models/names/model-version.ts'

/**
 * Bumped whenever a change alters analysis output; with the names model's version it makes the
 * analysis version, so cached analyses of older engines or models are recomputed.
 */
export const ENGINE_VERSION = `0.4.42+${MODEL_VERSION}`
