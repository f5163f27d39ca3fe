/**
 * The names model's version, in one place: scripts/train-names.ts stamps it into names-model.json, the
 * loaders refuse a file stamped otherwise, and the analysis cache keys on it (bump it when retraining).
 */
export const MODEL_VERSION = 'names-2026.11.29-8'
