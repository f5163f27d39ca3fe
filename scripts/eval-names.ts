/**
 * Scores the names tagger, side by side with issue 5's baseline (a dictionary of the names seen in
 * training, built here from the training file; the model carries no such list).
 *
 *   npm run eval:names                         ANERcorp development split (the last 10% of the train file,
 *                                              held out by train-names; dictionary from the other 90%)
 *   npm run eval:names -- FILE.conll           a CoNLL test file (dictionary from --train, default the
 *   npm run eval:names -- FILE.conll --train T ANERcorp train file)
 *   npm run eval:names -- --model M.json       any of these with another model file (train-names --out),
 *                                              in place of both shipped models
 *
 * CoNLL text is tagged by `qari tag`'s model (conll-names-model.json, ANERcorp's convention). Then the
 * hand-annotated modern articles (../shared/data/annotations/*.json) by the reader's (names-model.json):
 * entity spans of the article pipeline (tokenize → sentences → tag-names → link-mentions) against the
 * annotations, span-exact. Last, each model's size, load time and tagging speed. Scores are span-exact P/R/F1 per type and micro
 * over PERS/LOC/ORG. Without ../shared/data, says so and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cpus, loadavg } from 'node:os'
import { gzipSync } from 'node:zlib'
import type { ArticleDoc, EntityType } from '../src/engine/doc.ts'
import { linkMentions } from '../src/engine/components/link-mentions.ts'
import { splitSentencesText } from '../src/engine/components/split-sentences.ts'
import { createTagNames } from '../src/engine/components/tag-names.ts'
import { nameStart } from '../src/engine/names/tagger/name-start.ts'
import { tokenizeText } from '../src/engine/components/tokenize.ts'
import { loadConllNamesModel, loadNamesModel } from '../src/engine/models/names/load-names-model.ts'
import { buildNameDictionary, tagWithDictionary, type NameDictionary } from '../src/engine/names/training/dictionary-baseline.ts'
import { mapTag } from '../src/engine/names/training/map-tag.ts'
import { decodeNamesModel, type EncodedNamesModel } from '../src/engine/names/tagger/model-codec.ts'
import type { NamesModel } from '../src/engine/names/tagger/names-model.ts'
import { readConll, type ConllSentence } from '../src/engine/names/training/read-conll.ts'
import { DEV_SHARE, splitDev } from '../src/engine/names/training/dev-split.ts'
import { scoreSpans, spansFromTags, type SpanScores, type TypedSpan } from '../src/engine/names/tagger/score-spans.ts'
import { tagCorpusSentences } from '../src/engine/names/tagger/tag-sentences.ts'
import { taggerWords } from '../src/engine/names/tagger/tagger-words.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DATA = resolve(ROOT, '../shared/data')
const ANERCORP_TRAIN = join(DATA, 'ner/anercorp/ANERCorp_CamelLab_train.txt')
const ANNOTATIONS = join(DATA, 'annotations')
const MODEL_FILE = join(ROOT, 'src/engine/models/names/names-model.json')
const CONLL_MODEL_FILE = join(ROOT, 'src/engine/models/names/conll-names-model.json')
const TYPES = ['PERS', 'LOC', 'ORG', 'MISC']

function table(columns: [string, SpanScores][]): string {
  const header = `| type | ${columns.map(([name]) => `${name} P | R | F1`).join(' | ')} |`
  const rule = `|---|${columns.map(() => '---:|---:|---:').join('|')}|`
  const rows = [header, rule]
  const cell = (s: SpanScores['micro'] | undefined) =>
    s ? `${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)}` : '– | – | –'
  for (const type of TYPES) {
    if (!columns.some(([, scores]) => scores.byType[type]?.gold)) continue
    rows.push(`| ${type} (${columns[0][1].byType[type]?.gold ?? 0}) | ${columns.map(([, s]) => cell(s.byType[type])).join(' | ')} |`)
  }
  rows.push(`| **micro PERS/LOC/ORG** | ${columns.map(([, s]) => cell(s.micro)).join(' | ')} |`)
  return rows.join('\n')
}

function scoreConll(model: NamesModel, dictionary: NameDictionary, test: readonly ConllSentence[]): void {
  const predicted = tagCorpusSentences(model, test.map((s) => s.words))
  const gold = test.map((s) => spansFromTags(s.tags.map(mapTag)))
  const modelScores = scoreSpans(test.map((_, i) => ({ gold: gold[i], predicted: spansFromTags(predicted[i]) })))
  const baseline = scoreSpans(test.map((s, i) => ({ gold: gold[i], predicted: spansFromTags(tagWithDictionary(dictionary, s.words)) })))
  console.log(table([['model', modelScores], ['dictionary baseline', baseline]]))
}

const TYPE_CODE: Record<EntityType, string> = { person: 'PERS', organization: 'ORG', place: 'LOC', other: 'MISC' }

function articleDoc(text: string): ArticleDoc & { tokens: ReturnType<typeof tokenizeText>; sentences: ReturnType<typeof splitSentencesText> } {
  return {
    url: '', lang: 'ar', dir: 'rtl', title: '', text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    tokens: tokenizeText(text), sentences: splitSentencesText(text),
  }
}

function scoreAnnotations(model: NamesModel, dictionary: NameDictionary): void {
  const files = readdirSync(ANNOTATIONS).filter((f) => f.endsWith('.json')).sort()
  const pairs: { gold: TypedSpan[]; predicted: TypedSpan[] }[] = []
  const basePairs: { gold: TypedSpan[]; predicted: TypedSpan[] }[] = []
  const perFile: string[] = []
  for (const file of files) {
    const annotation = JSON.parse(readFileSync(join(ANNOTATIONS, file), 'utf8')) as {
      text: string
      entities: { start: number; end: number; type: string }[]
    }
    const doc = articleDoc(annotation.text)
    const tagged = linkMentions.run(createTagNames(model).run(doc))
    const predicted = tagged.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: TYPE_CODE[e.type] })))
    const gold = annotation.entities.map((e) => ({ start: e.start, end: e.end, type: e.type }))
    pairs.push({ gold, predicted })
    // Baseline: the dictionary over the same tagger words, with the same clitic rule for spans.
    const baseline: TypedSpan[] = []
    const evidence = { gazetteer: model.gazetteer, docWords: new Set(doc.tokens.map((token) => token.norm)) }
    const ENTITY_TYPE: Record<string, EntityType> = { PERS: 'person', ORG: 'organization', LOC: 'place' }
    for (const words of taggerWords(doc.text, doc.sentences, doc.tokens)) {
      for (const span of spansFromTags(tagWithDictionary(dictionary, words.map((w) => w.word)))) {
        const first = words.slice(span.start, span.end).find((w) => w.token >= 0)
        const last = words.slice(span.start, span.end).reverse().find((w) => w.token >= 0)
        if (!first || !last || span.type === 'MISC') continue
        baseline.push({ start: nameStart(doc.text, doc.tokens[first.token], ENTITY_TYPE[span.type], evidence), end: doc.tokens[last.token].end, type: span.type })
      }
    }
    basePairs.push({ gold, predicted: baseline })
    const one = scoreSpans([{ gold, predicted }])
    perFile.push(`| ${file.replace('.json', '')} | ${gold.length} | ${one.micro.precision.toFixed(3)} | ${one.micro.recall.toFixed(3)} | ${one.micro.f1.toFixed(3)} | ${tagged.entities.length} |`)
  }
  console.log(table([['model + article rules', scoreSpans(pairs)], ['dictionary baseline', scoreSpans(basePairs)]]))
  console.log('\nper article (model):\n\n| article | gold mentions | P | R | F1 | entities after linking |\n|---|---:|---:|---:|---:|---:|')
  console.log(perFile.join('\n'))
}

/** Wall-clock and CPU milliseconds of `run` (CPU time: this machine is shared, wall time swings with load). */
function timed(run: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage()
  const wall = performance.now()
  run()
  const used = process.cpuUsage(cpu)
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function measure(model: NamesModel, sentences: readonly ConllSentence[], file: string): Promise<void> {
  const json = readFileSync(file)
  console.log(`model file: ${(json.length / 1e6).toFixed(2)} MB, gzipped ${(gzipSync(json).length / 1e6).toFixed(2)} MB (target ≤ 3 MB gzipped)`)
  const loads = Array.from({ length: 7 }, () => timed(() => decodeNamesModel(JSON.parse(json.toString('utf8')))))
  console.log(
    `load (JSON.parse + decode, median of 7): ${median(loads.map((l) => l.wall)).toFixed(1)} ms wall, ` +
      `${median(loads.map((l) => l.cpu)).toFixed(1)} ms CPU (target ≤ 100 ms)`,
  )
  const words = sentences.map((s) => s.words)
  const tokens = words.reduce((n, s) => n + s.length, 0)
  tagCorpusSentences(model, words.slice(0, 500))
  const runs = Array.from({ length: 5 }, () => timed(() => tagCorpusSentences(model, words)))
  const wall = Math.min(...runs.map((r) => r.wall)) / 1000
  const cpu = Math.min(...runs.map((r) => r.cpu)) / 1000
  const rate = (seconds: number) => Math.round(tokens / seconds).toLocaleString('en')
  console.log(
    `tagging speed (both passes and the propagation, ${tokens} tokens, best of 5, Node ${process.version}): ${rate(wall)} tokens/s wall, ` +
      `${rate(cpu)} tokens/s per CPU second (target ≥ 100,000); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
  )
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const at = args.indexOf('--train')
  const trainPath = at >= 0 ? resolve(args[at + 1]) : ANERCORP_TRAIN
  const modelAt = args.indexOf('--model')
  const modelPath = modelAt >= 0 ? resolve(args[modelAt + 1]) : undefined
  const testPath = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--train' && args[i - 1] !== '--model')

  const loadStarted = performance.now()
  // --model FILE: another model file (train-names --out), for comparing experiments on the same data.
  const given = modelPath ? decodeNamesModel(JSON.parse(readFileSync(modelPath, 'utf8')) as EncodedNamesModel) : undefined
  const model = given ?? (await loadConllNamesModel())
  const firstLoad = performance.now() - loadStarted
  const readerModel = given ?? (await loadNamesModel())
  if (!existsSync(trainPath)) {
    console.log(`training data is absent (${trainPath}): nothing to evaluate.`)
    console.log(`models ${model.version} and ${readerModel.version} loaded`)
    return
  }
  const train = readConll(readFileSync(trainPath, 'utf8'))
  let test: ConllSentence[]
  let dictionary: NameDictionary
  if (testPath) {
    test = readConll(readFileSync(resolve(testPath), 'utf8'))
    dictionary = buildNameDictionary(train)
    console.log(`## ${testPath}: ${test.length} sentences (dictionary from ${trainPath})\n`)
  } else {
    const split = splitDev(train)
    test = split.dev
    dictionary = buildNameDictionary(split.train)
    const { includesDevSplit } = JSON.parse(readFileSync(modelPath ?? CONLL_MODEL_FILE, 'utf8')) as EncodedNamesModel
    console.log(`## ANERcorp development split: the last ${DEV_SHARE * 100}% of the train file (${test.length} sentences)${includesDevSplit ? '' : ', held out from training'}; dictionary from the other 90%\n`)
    if (includesDevSplit) {
      console.log('The shipped model was trained again with this split once its settings were chosen (train-names --ship-all), so the scores below are IN-SAMPLE. The held-out scores, of the same training without the split, are in src/engine/models/names/CONLL-TRAINING-REPORT.md.\n')
    }
  }
  console.log(`model ${model.version}${given ? '' : " (`qari tag`'s, conll-names-model.json)"}\n`)
  scoreConll(model, dictionary, test)
  if (existsSync(ANNOTATIONS)) {
    console.log(`\n## Modern articles (../shared/data/annotations, span-exact, annotation conventions; model ${readerModel.version}${given ? '' : ", the reader's"})\n`)
    scoreAnnotations(readerModel, buildNameDictionary(train))
  }
  console.log('\n## Size and speed\n')
  console.log(`first model load in this process (dynamic import + decode): ${firstLoad.toFixed(0)} ms`)
  await measure(model, train, modelPath ?? CONLL_MODEL_FILE)
  if (!given) {
    console.log("\nthe reader's model (names-model.json):")
    await measure(readerModel, train, MODEL_FILE)
  }
}

await main()
