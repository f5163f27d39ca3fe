import { normalizeArabicFast } from '../../arabic/normalize.ts'
import { seededRandom } from './train-perceptron.ts'
import { splitProcliticsForFeatures } from '../tagger/word-features.ts'
import { clusterKey, type EncodedWordClusters } from '../tagger/word-clusters.ts'

/**
 * Distributional word clusters learned from unlabelled sentences (used by scripts/train-names.ts only;
 * the extension reads the result from the model file through word-clusters.ts).
 *
 * Why: most names the tagger misses are words it never saw tagged ("سلتيك", "بنفيكا", a foreign
 * surname), but untagged text often shows them in the same slots as names it did see ("مرمى X",
 * "قال X إن"). Words are grouped by the words around them (left and right neighbours' clitic-stripped
 * cores), so a cluster id generalises a name's contexts to its unseen cousins. Brown clustering is the
 * classic choice (Miller et al. 2004; Ratinov & Roth 2009); spherical k-means over context-count
 * vectors is a cheap stand-in that runs in seconds here.
 */

export interface ClusterOptions {
  /** Cluster counts, coarse to fine: each gives one feature (≤ 256 each: ids are stored as bytes). */
  sizes: readonly number[]
  /** Words seen fewer times than this get no cluster (their context vector is mostly noise). */
  minCount: number
  /** How many of the most frequent cores count as context dimensions (per side). */
  contextWords: number
  iterations: number
  seed: number
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { sizes: [32, 128, 256], minCount: 2, contextWords: 1000, iterations: 12, seed: 7 }


function coreOf(word: string): string {
  return splitProcliticsForFeatures(normalizeArabicFast(word)).core
}

/** A sparse, L2-normalised vector: dimension indices and values. */
interface Sparse {
  index: Int32Array
  value: Float32Array
}

/**
 * Learns cluster ids for the frequent words of `sentences`: core hash → one id per entry of
 * `options.sizes` (byte each, the coarsest first).
 */
export function learnWordClusters(sentences: readonly (readonly string[])[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Map<number, number[]> {
  const cores = sentences.map((words) => words.map(coreOf))
  const counts = new Map<string, number>()
  for (const sentence of cores) for (const core of sentence) counts.set(core, (counts.get(core) ?? 0) + 1)
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const contextIndex = new Map<string, number>()
  for (const [core] of byFrequency.slice(0, options.contextWords)) contextIndex.set(core, contextIndex.size)
  const C = contextIndex.size
  // Dimensions: [0, C) left neighbour, [C, 2C) right neighbour, 2C / 2C + 1 the sentence edges,
  // 2C + 2 / 2C + 3 "some rarer word" on the left / right.
  const vocabulary = byFrequency.filter(([, count]) => count >= options.minCount).map(([core]) => core)
  const wordIndex = new Map(vocabulary.map((core, i) => [core, i]))
  const rows: Map<number, number>[] = vocabulary.map(() => new Map())
  const add = (row: Map<number, number>, dim: number) => row.set(dim, (row.get(dim) ?? 0) + 1)
  for (const sentence of cores) {
    for (let t = 0; t < sentence.length; t++) {
      const w = wordIndex.get(sentence[t])
      if (w === undefined) continue
      const left = t > 0 ? contextIndex.get(sentence[t - 1]) : -1
      const right = t + 1 < sentence.length ? contextIndex.get(sentence[t + 1]) : -1
      add(rows[w], left === -1 ? 2 * C : left === undefined ? 2 * C + 2 : left)
      add(rows[w], right === -1 ? 2 * C + 1 : right === undefined ? 2 * C + 3 : C + right)
    }
  }
  const dims = 2 * C + 4
  // Counts are damped (square root) so one frequent neighbour ("في") does not decide the cluster alone.
  const vectors: Sparse[] = rows.map((row) => {
    const index = Int32Array.from(row.keys())
    const value = Float32Array.from(row.values(), (v) => Math.sqrt(v))
    let norm = 0
    for (const v of value) norm += v * v
    norm = Math.sqrt(norm) || 1
    for (let i = 0; i < value.length; i++) value[i] /= norm
    return { index, value }
  })
  const assignments = options.sizes.map((k, level) => sphericalKMeans(vectors, dims, k, options.iterations, options.seed + level))
  const result = new Map<number, number[]>()
  vocabulary.forEach((core, i) => result.set(clusterKey(core), assignments.map((a) => a[i])))
  return result
}

function sphericalKMeans(vectors: readonly Sparse[], dims: number, k: number, iterations: number, seed: number): Uint8Array {
  const random = seededRandom(seed)
  const n = vectors.length
  const centroids = new Float32Array(k * dims)
  // Seeds: k distinct words drawn at random (frequent words are not favoured: the vocabulary is the unit).
  const picked = new Set<number>()
  while (picked.size < Math.min(k, n)) picked.add(Math.floor(random() * n))
  let c = 0
  for (const i of picked) {
    const { index, value } = vectors[i]
    for (let f = 0; f < index.length; f++) centroids[c * dims + index[f]] = value[f]
    c++
  }
  const assignment = new Uint8Array(n)
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let i = 0; i < n; i++) {
      const { index, value } = vectors[i]
      let best = 0
      let bestScore = -Infinity
      for (let j = 0; j < k; j++) {
        const base = j * dims
        let score = 0
        for (let f = 0; f < index.length; f++) score += centroids[base + index[f]] * value[f]
        if (score > bestScore) {
          bestScore = score
          best = j
        }
      }
      assignment[i] = best
    }
    centroids.fill(0)
    for (let i = 0; i < n; i++) {
      const { index, value } = vectors[i]
      const base = assignment[i] * dims
      for (let f = 0; f < index.length; f++) centroids[base + index[f]] += value[f]
    }
    for (let j = 0; j < k; j++) {
      let norm = 0
      for (let d = 0; d < dims; d++) norm += centroids[j * dims + d] ** 2
      norm = Math.sqrt(norm)
      if (norm === 0) continue
      for (let d = 0; d < dims; d++) centroids[j * dims + d] /= norm
    }
  }
  return assignment
}

/** The model file's form of the clusters (see word-clusters.ts; Node only: Buffer). */
export function encodeWordClusters(clusters: Map<number, number[]>, sizes: readonly number[]): EncodedWordClusters {
  const levels = sizes.length
  const bytes = Buffer.alloc(clusters.size * (4 + levels))
  let at = 0
  for (const [key, ids] of [...clusters].sort((a, b) => a[0] - b[0])) {
    bytes.writeInt32LE(key, at)
    for (let l = 0; l < levels; l++) bytes[at + 4 + l] = ids[l]
    at += 4 + levels
  }
  return { sizes: [...sizes], data: bytes.toString('base64') }
}
