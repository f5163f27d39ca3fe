/**
 * Experiment (not part of the build): 5-fold CV of a mix of the averaged perceptron's and the CRF's weight
 * tables, as train-names --cv folds them (AQMAR weighted, in folds of its own, never scored).
 *
 *   npx tsx scripts/_names-mix-cv.ts [--seed 20071] [--l2 1] [--alpha1 0,0.5] [--pa C]
 *
 * Per fold both learners train on the same data; each table is divided by its score spread (the RMS of a
 * token's label scores around their mean, on the fold's training sentences) and mixed as
 * (1 − α)·perceptron + α·CRF. The first pass is mixed with each --alpha1 (its out-of-fold tags feed the
 * second pass's document context); the second pass's out-of-fold micro F1 is printed for a grid of α.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { documentContext } from '../src/engine/names/document-context.ts'
import { buildGazetteer } from '../src/engine/names/gazetteer.ts'
import { EXTRA_PLACES } from '../src/engine/names/known-names.ts'
import { LABEL_INDEX, LABELS } from '../src/engine/names/labels.ts'
import { mapTag } from '../src/engine/names/map-tag.ts'
import { readConll, type ConllSentence } from '../src/engine/names/read-conll.ts'
import { splitDev } from '../src/engine/names/dev-split.ts'
import { arabicRegionNames } from '../src/engine/names/region-names.ts'
import { trainPerceptron, type TrainingSentence } from '../src/engine/names/train-perceptron.ts'
import { trainCrf } from '../src/engine/names/train-crf.ts'
import { biasedF1, type BiasItem } from '../src/engine/names/label-bias.ts'
import { scoreEmissions, transitionMask, viterbi } from '../src/engine/names/viterbi.ts'
import { describeWords, featurizeInfos, type SentenceFeatures } from '../src/engine/names/word-features.ts'
import { DEFAULT_CLUSTER_OPTIONS, encodeWordClusters, learnWordClusters } from '../src/engine/names/learn-word-clusters.ts'
import { decodeWordClusters } from '../src/engine/names/word-clusters.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DATA = resolve(ROOT, '../shared/data/ner')
const ANERCORP = join(DATA, 'anercorp/ANERCorp_CamelLab_train.txt')
const AQMAR = join(DATA, 'aqmar/articles')
const FOLDS = 5
const args = process.argv.slice(2)
const value = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const SEED = Number(value('--seed', '20071'))
const L2 = Number(value('--l2', '1'))
const RATE = Number(value('--rate', '0.1'))
const CRF_EPOCHS = Number(value('--crf-epochs', '10'))
const PA = Number(value('--pa', '0'))
const ALPHA1 = value('--alpha1', '0,0.5').split(',').map(Number)
const GRID = Array.from({ length: 11 }, (_, k) => k / 10)
const L = LABELS.length
const HASH_BITS = 20
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

interface Table { weights: Float32Array; transitions: Float32Array }

/** RMS of each token's label scores around their mean: the size of the scores Viterbi compares. */
function spread(table: Table, features: readonly SentenceFeatures[]): number {
  let sum = 0
  let count = 0
  for (let s = 0; s < features.length; s += 5) {
    const e = scoreEmissions(features[s], table.weights, L)
    for (let t = 0; t < e.length; t += L) {
      let mean = 0
      for (let y = 0; y < L; y++) mean += e[t + y]
      mean /= L
      for (let y = 0; y < L; y++) sum += (e[t + y] - mean) ** 2
      count += L
    }
  }
  return Math.sqrt(sum / count)
}

interface Pair { p: Table; c: Table; sp: number; sc: number }

function fitBoth(data: TrainingSentence[], seed: number): Pair {
  const common = { labels: LABELS, hashBits: HASH_BITS, epochs: 10, seed, minCount: 2 }
  const p = trainPerceptron(data, { ...common, paC: PA })
  const c = trainCrf(data, { ...common, epochs: CRF_EPOCHS, l2: L2, rate: RATE })
  const feats = data.map((d) => d.features)
  return { p, c, sp: spread(p, feats), sc: spread(c, feats) }
}

function mixEmissions(pair: Pair, features: SentenceFeatures, alpha: number): { e: Float32Array; tr: Float32Array } {
  const ep = scoreEmissions(features, pair.p.weights, L)
  const ec = scoreEmissions(features, pair.c.weights, L)
  const a = (1 - alpha) / pair.sp
  const b = alpha / pair.sc
  const e = new Float32Array(ep.length)
  for (let i = 0; i < e.length; i++) e[i] = a * ep[i] + b * ec[i]
  const tr = new Float32Array(pair.p.transitions.length)
  for (let i = 0; i < tr.length; i++) tr[i] = a * pair.p.transitions[i] + b * pair.c.transitions[i]
  return { e, tr }
}

/** Out-of-fold emissions of both learners (scaled) and their transitions, so any α is a cheap decode. */
interface Scored { ep: Float32Array; ec: Float32Array; tp: Float32Array; tc: Float32Array; gold: Int32Array }

function f1At(items: readonly Scored[], alpha: number): number {
  const mixed: BiasItem[] = items.map((it) => {
    const e = new Float32Array(it.ep.length)
    for (let i = 0; i < e.length; i++) e[i] = (1 - alpha) * it.ep[i] + alpha * it.ec[i]
    const tr = new Float32Array(it.tp.length)
    for (let i = 0; i < tr.length; i++) tr[i] = (1 - alpha) * it.tp[i] + alpha * it.tc[i]
    return { emissions: e, transitions: tr, gold: it.gold }
  })
  return biasedF1(mixed, new Array<number>(L).fill(0), { labels: LABELS, microTypes: ['PERS', 'LOC', 'ORG'] })
}

function scored(pair: Pair, features: SentenceFeatures, gold: Int32Array): Scored {
  const ep = scoreEmissions(features, pair.p.weights, L, 1 / pair.sp)
  const ec = scoreEmissions(features, pair.c.weights, L, 1 / pair.sc)
  const tp = pair.p.transitions.map((x) => x / pair.sp)
  const tc = pair.c.transitions.map((x) => x / pair.sc)
  return { ep, ec, tp, tc, gold }
}

function main(): void {
  const split = splitDev(readConll(readFileSync(ANERCORP, 'utf8')))
  const train: ConllSentence[] = split.train
  let extra: ConllSentence[] = []
  for (const file of readdirSync(AQMAR).sort()) {
    extra = extra.concat(readConll(readFileSync(join(AQMAR, file), 'utf8')).map((s) => ({ words: s.words, tags: s.tags.map(mapTag) })))
  }
  const places = [...new Set([...arabicRegionNames(), ...EXTRA_PLACES])].sort()
  const unlabelled: string[][] = train.map((s) => s.words)
  for (const file of readdirSync(AQMAR).sort()) for (const s of readConll(readFileSync(join(AQMAR, file), 'utf8'))) unlabelled.push(s.words)
  const clusters = encodeWordClusters(learnWordClusters(unlabelled), DEFAULT_CLUSTER_OPTIONS.sizes)
  const gazetteer = buildGazetteer(places, decodeWordClusters(clusters))
  const mask = (1 << HASH_BITS) - 1
  const all = train.concat(extra)
  const n = train.length
  const foldSize = Math.ceil(n / FOLDS)
  const extraFoldSize = Math.max(1, Math.ceil(extra.length / FOLDS))
  const foldOf = (i: number) => (i < n ? Math.floor(i / foldSize) : Math.floor((i - n) / extraFoldSize))
  const infos = all.map((s) => describeWords(s.words, gazetteer))
  const gold = all.map((s) => Int32Array.from(s.tags.map((tag) => LABEL_INDEX.get(mapTag(tag)) ?? 0)))
  const sample = (features: SentenceFeatures, i: number): TrainingSentence => ({ features, gold: gold[i], weight: i < n ? undefined : 0.1 })
  const firstFeatures = infos.map((info) => featurizeInfos(info, mask))
  const tmask = transitionMask(LABELS)
  console.log(`seed ${SEED}, PA ${PA}, CRF l2 ${L2} rate ${RATE} epochs ${CRF_EPOCHS}, alpha1 ${ALPHA1} (${elapsed()})`)

  // First pass: out-of-fold tags for every α1 (all sentences, AQMAR too: they train the second pass).
  const outOfFold = new Map<number, string[][]>(ALPHA1.map((a) => [a, new Array<string[]>(all.length)]))
  const firstItems: Scored[] = []
  for (let fold = 0; fold < FOLDS; fold++) {
    const data: TrainingSentence[] = []
    for (let i = 0; i < all.length; i++) if (foldOf(i) !== fold) data.push(sample(firstFeatures[i], i))
    const pair = fitBoth(data, SEED + fold)
    for (let i = 0; i < all.length; i++) {
      if (foldOf(i) !== fold) continue
      for (const a of ALPHA1) {
        const { e, tr } = mixEmissions(pair, firstFeatures[i], a)
        outOfFold.get(a)![i] = Array.from(viterbi(e, tr, tmask, L), (y) => LABELS[y])
      }
      if (i < n) firstItems.push(scored(pair, firstFeatures[i], gold[i]))
    }
    console.log(`first pass fold ${fold + 1}: spreads perceptron ${pair.sp.toFixed(2)} CRF ${pair.sc.toFixed(3)} (${elapsed()})`)
  }
  console.log(`first pass out of fold, micro F1 by α: ${GRID.map((a) => `${a} ${f1At(firstItems, a).toFixed(4)}`).join(', ')}`)

  for (const a1 of ALPHA1) {
    const tags = outOfFold.get(a1)!
    const contexts = [...documentContext(infos.slice(0, n), tags.slice(0, n), 15), ...documentContext(infos.slice(n), tags.slice(n), 15)]
    const secondFeatures = infos.map((info, i) => featurizeInfos(info, mask, contexts[i]))
    const items: Scored[] = []
    for (let fold = 0; fold < FOLDS; fold++) {
      const data: TrainingSentence[] = []
      for (let i = 0; i < all.length; i++) if (foldOf(i) !== fold) data.push(sample(secondFeatures[i], i))
      const pair = fitBoth(data, SEED + 100 + fold)
      for (let i = 0; i < n; i++) if (foldOf(i) === fold) items.push(scored(pair, secondFeatures[i], gold[i]))
      console.log(`α1 ${a1}: second pass fold ${fold + 1} (${elapsed()})`)
    }
    console.log(`RESULT seed ${SEED} PA ${PA} l2 ${L2} α1 ${a1}: second pass out of fold, micro F1 by α2: ${GRID.map((a) => `${a} ${f1At(items, a).toFixed(4)}`).join(', ')}`)
  }
}

main()
