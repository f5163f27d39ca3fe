/**
 * Trains the names tagger from ANERcorp (CAMeL Lab train split) and writes the model Qari ships.
 *
 *   npm run train:names [-- --epochs 10 --hash-bits 20 --window 15 --min-count 2 --aqmar --no-clusters --seed N --dev-only --out FILE]
 *
 * The last 10% of the sentences are held out for development (ANERcorp is in document order, so this is
 * a stretch of unseen articles, not a random sample); the scores printed and written to the training
 * report are those of the shipped, quantised model on that slice. Training data is read from
 * ../shared/data and never copied: only the weights are written.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { documentContext } from '../src/engine/names/document-context.ts'
import { buildGazetteer } from '../src/engine/names/gazetteer.ts'
import { EXTRA_PLACES } from '../src/engine/names/known-names.ts'
import { LABEL_INDEX, LABELS } from '../src/engine/names/labels.ts'
import { mapTag } from '../src/engine/names/map-tag.ts'
import { decodeNamesModel, encodeTaggerPass, MODEL_FORMAT, PRUNE_STEPS, quantizePass, type EncodedNamesModel } from '../src/engine/names/model-codec.ts'
import type { NamesModel, TaggerPass } from '../src/engine/names/names-model.ts'
import { readConll, type ConllSentence } from '../src/engine/names/read-conll.ts'
import { DEV_SHARE, splitDev } from '../src/engine/names/dev-split.ts'
import { arabicRegionNames } from '../src/engine/names/region-names.ts'
import { scoreSpans, spansFromTags, type SpanScores } from '../src/engine/names/score-spans.ts'
import { decodePass, tagSentences } from '../src/engine/names/tag-sentences.ts'
import { trainPerceptron } from '../src/engine/names/train-perceptron.ts'
import { describeWords, featurizeInfos } from '../src/engine/names/word-features.ts'
import { DEFAULT_CLUSTER_OPTIONS, encodeWordClusters, learnWordClusters } from '../src/engine/names/learn-word-clusters.ts'
import { decodeWordClusters } from '../src/engine/names/word-clusters.ts'
import { MODEL_VERSION } from '../src/engine/models/names/load-names-model.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DATA = resolve(ROOT, '../shared/data/ner')
const ANERCORP = join(DATA, 'anercorp/ANERCorp_CamelLab_train.txt')
const AQMAR = join(DATA, 'aqmar/articles')
const MODEL_DIR = join(ROOT, 'src/engine/models/names')

/** Folds for the first pass's out-of-fold predictions that train the second pass (stacking). */
const FOLDS = 5
const SEED_DEFAULT = 20071
let SEED = SEED_DEFAULT

interface Options {
  epochs: number
  hashBits: number
  window: number
  minCount: number
  aqmar: boolean
  devOnly: boolean
  clusters: boolean
  /** The perceptrons' shuffling seed: another seed shows how much of a score difference is noise. */
  seed: number
}

function parseOptions(args: string[]): Options {
  const value = (name: string, fallback: number) => {
    const at = args.indexOf(name)
    return at >= 0 ? Number(args[at + 1]) : fallback
  }
  return {
    epochs: value('--epochs', 10),
    hashBits: value('--hash-bits', 20),
    window: value('--window', 15),
    minCount: value('--min-count', 2),
    aqmar: args.includes('--aqmar'),
    devOnly: args.includes('--dev-only'),
    clusters: !args.includes('--no-clusters'),
    seed: value('--seed', SEED_DEFAULT),
  }
}

function formatScores(scores: SpanScores): string {
  const rows = ['| type | gold | predicted | precision | recall | F1 |', '|---|---:|---:|---:|---:|---:|']
  const row = (name: string, s: SpanScores['micro']) =>
    `| ${name} | ${s.gold} | ${s.predicted} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} |`
  for (const [type, s] of Object.entries(scores.byType)) rows.push(row(type, s))
  rows.push(row('**micro PERS/LOC/ORG**', scores.micro))
  return rows.join('\n')
}

function main(): void {
  const options = parseOptions(process.argv.slice(2))
  SEED = options.seed
  if (!existsSync(ANERCORP)) {
    console.log(`ANERcorp is absent (${ANERCORP}): nothing to train.`)
    return
  }
  const started = Date.now()
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  const all = readConll(readFileSync(ANERCORP, 'utf8'))
  const split = splitDev(all)
  let train: ConllSentence[] = split.train
  const dev = split.dev
  if (options.aqmar && existsSync(AQMAR)) {
    for (const file of readdirSync(AQMAR).sort()) {
      const sentences = readConll(readFileSync(join(AQMAR, file), 'utf8'))
      train = train.concat(sentences.map((s) => ({ words: s.words, tags: s.tags.map(mapTag) })))
    }
  }
  const places = [...new Set([...arabicRegionNames(), ...EXTRA_PLACES])].sort()
  // Word clusters from unlabelled text: the training sentences' words (tags unused) and AQMAR's
  // Wikipedia articles; never the development sentences, so the dev scores stay those of unseen text.
  let clusters: ReturnType<typeof encodeWordClusters> | undefined
  if (options.clusters) {
    const unlabelled: string[][] = split.train.map((s) => s.words)
    if (existsSync(AQMAR)) for (const file of readdirSync(AQMAR).sort()) for (const s of readConll(readFileSync(join(AQMAR, file), 'utf8'))) unlabelled.push(s.words)
    const learned = learnWordClusters(unlabelled)
    clusters = encodeWordClusters(learned, DEFAULT_CLUSTER_OPTIONS.sizes)
    console.log(`word clusters: ${learned.size} words of ${unlabelled.length} unlabelled sentences, sizes ${DEFAULT_CLUSTER_OPTIONS.sizes.join('/')} (${elapsed()})`)
  }
  // The gazetteer reads the clusters as the extension will: from their encoded form.
  const gazetteer = buildGazetteer(places, decodeWordClusters(clusters))
  const mask = (1 << options.hashBits) - 1
  const L = LABELS.length
  console.log(`train ${train.length} sentences, dev ${dev.length}; ${places.length} place names; options ${JSON.stringify(options)}`)

  const infos = train.map((s) => describeWords(s.words, gazetteer))
  const gold = train.map((s) => Int32Array.from(s.tags.map((tag) => LABEL_INDEX.get(mapTag(tag)) ?? 0)))
  const firstFeatures = infos.map((info) => featurizeInfos(info, mask))

  // The second pass must learn from first-pass tags as wrong as they will be on unseen text, so each
  // training sentence gets the tags of a first pass trained without its fold.
  const outOfFold: string[][] = new Array(train.length)
  const foldSize = Math.ceil(train.length / FOLDS)
  const shell = (pass: TaggerPass): NamesModel => ({
    version: MODEL_VERSION, labels: LABELS, hashBits: options.hashBits, gazetteer, conllWindow: options.window,
    first: pass, second: pass,
  })
  for (let fold = 0; fold < FOLDS; fold++) {
    const lo = fold * foldSize
    const hi = Math.min(train.length, lo + foldSize)
    const data = []
    for (let i = 0; i < train.length; i++) if (i < lo || i >= hi) data.push({ features: firstFeatures[i], gold: gold[i] })
    const trained = trainPerceptron(data, { labels: LABELS, hashBits: options.hashBits, epochs: options.epochs, seed: SEED + fold, minCount: options.minCount })
    const pass = { ...trained, scale: 1 }
    for (let i = lo; i < hi; i++) outOfFold[i] = decodePass(shell(pass), pass, firstFeatures[i])
    console.log(`first pass, fold ${fold + 1}/${FOLDS} done (${elapsed()})`)
  }
  // Cross-validation on the training sentences (first pass, out-of-fold tags): a second measure beside the
  // development split, so a change chosen by looking at dev errors can be checked on text it was not chosen on.
  const crossValidated = scoreSpans(train.map((s, i) => ({ gold: spansFromTags(s.tags.map(mapTag)), predicted: spansFromTags(outOfFold[i]) })))
  console.log(`first pass, ${FOLDS}-fold cross-validation on the training sentences: ` +
    ['PERS', 'LOC', 'ORG'].map((type) => `${type} F1 ${crossValidated.byType[type]?.f1.toFixed(3)}`).join(', ') +
    `, micro P ${crossValidated.micro.precision.toFixed(3)} R ${crossValidated.micro.recall.toFixed(3)} F1 ${crossValidated.micro.f1.toFixed(3)}`)
  const firstTrained = trainPerceptron(
    infos.map((_, i) => ({ features: firstFeatures[i], gold: gold[i] })),
    { labels: LABELS, hashBits: options.hashBits, epochs: options.epochs, seed: SEED, minCount: options.minCount },
  )
  console.log(`first pass on all training sentences done (${elapsed()})`)
  const contexts = documentContext(infos, outOfFold, options.window)
  const secondTrained = trainPerceptron(
    infos.map((info, i) => ({ features: featurizeInfos(info, mask, contexts[i]), gold: gold[i] })),
    { labels: LABELS, hashBits: options.hashBits, epochs: options.epochs, seed: SEED + 100, minCount: options.minCount },
  )
  console.log(`second pass done (${elapsed()})`)

  const quantized = {
    first: quantizePass(firstTrained.weights, firstTrained.transitions, L),
    second: quantizePass(secondTrained.weights, secondTrained.transitions, L),
  }
  const encoded: EncodedNamesModel = {
    format: MODEL_FORMAT, version: MODEL_VERSION, labels: [...LABELS], hashBits: options.hashBits,
    conllWindow: options.window, places, clusters, first: encodeTaggerPass(quantized.first, L), second: encodeTaggerPass(quantized.second, L),
  }
  // Score exactly what ships: the encoded file decoded as the extension decodes it.
  const json = JSON.stringify(encoded)
  const model = decodeNamesModel(JSON.parse(json) as EncodedNamesModel)
  const score = (m: NamesModel) => {
    const predicted = tagSentences(m, dev.map((s) => s.words), m.conllWindow)
    return scoreSpans(dev.map((s, i) => ({ gold: spansFromTags(s.tags.map(mapTag)), predicted: spansFromTags(predicted[i]) })))
  }
  const firstOnly = score({ ...model, second: model.first, conllWindow: 0 })
  const devScores = score(model)
  console.log(`\ndevelopment split (last ${DEV_SHARE * 100}% of ANERcorp train: ${dev.length} sentences), span-exact:`)
  console.log(formatScores(devScores))
  console.log(`first pass alone:\n${formatScores(firstOnly)}`)
  const outAt = process.argv.indexOf('--out')
  if (outAt >= 0) {
    // A model file for experiments (error analysis), leaving the shipped one alone.
    writeFileSync(process.argv[outAt + 1], json)
    console.log(`wrote ${process.argv[outAt + 1]}`)
  }
  if (options.devOnly) return

  writeFileSync(join(MODEL_DIR, 'names-model.json'), json)
  const report = `# Names model: training report

Written by \`npm run train:names\` (scripts/train-names.ts); do not edit by hand.

- model version: \`${MODEL_VERSION}\`, format \`${MODEL_FORMAT}\`
- data: ANERcorp, CAMeL Lab train split (Benajiba et al. 2007; Obeid et al. 2020)${options.aqmar ? ' + AQMAR (Mohit et al. 2012)' : ''}; ${train.length} training sentences
- development split: the last ${DEV_SHARE * 100}% of ANERcorp's train sentences (${dev.length} sentences, in document order: articles the model never saw)
- model: two-pass averaged structured perceptron, first-order Viterbi with IOB2 constraints; the second pass adds document-context features (the window of ${options.window} sentences either side) from out-of-fold (${FOLDS} folds) first-pass tags; ${options.epochs} epochs, seed ${SEED}; feature buckets seen fewer than ${options.minCount} times left out
- features: hashed into 2^${options.hashBits} buckets × ${L} labels, int8-quantised, buckets whose weights stay within ±${PRUNE_STEPS} steps dropped, stored sparse; ${places.length} place names (CLDR via Intl.DisplayNames + hand-written list)${clusters ? `; word clusters (${clusters.sizes.join('/')}, spherical k-means over neighbour counts) of ${decodeWordClusters(clusters).size} words of unlabelled text (ANERcorp training words, AQMAR)` : ''}
- model file: ${(json.length / 1e6).toFixed(2)} MB (see the eval for the gzipped size); trained in ${elapsed()}

## Development split, span-exact (shipped quantised model)

${formatScores(devScores)}

First pass alone (no document context): micro F1 ${firstOnly.micro.f1.toFixed(3)}.

First pass, ${FOLDS}-fold cross-validation on the training sentences: micro F1 ${crossValidated.micro.f1.toFixed(3)}.
`
  writeFileSync(join(MODEL_DIR, 'TRAINING-REPORT.md'), report)
  console.log(`\nwrote names-model.json (${(json.length / 1e6).toFixed(2)} MB) and TRAINING-REPORT.md in ${elapsed()}`)
}

main()
