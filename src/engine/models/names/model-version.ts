/**
 * The names models' versions, in one place: scripts/train-names.ts stamps them into the model files, the
 * loaders refuse a file stamped otherwise, and the analysis cache keys on the reader's (bump it when
 * retraining). README.md here says why there are two.
 */

/** The reader's model (names-model.json): ANERcorp and the news sentences of data/news-sentences. */
export const MODEL_VERSION = 'names-2026.12.07-news-32'

/** `qari tag`'s model (conll-names-model.json): ANERcorp, and the news sentences trimmed to ANERcorp's convention. */
export const CONLL_MODEL_VERSION = 'names-2026.12.07-12'
