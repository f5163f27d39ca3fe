/**
 * The reader's names on the modern news sentences of data/news-sentences/ (README there): per set, how many
 * sentences have any names error, and how many required names come out exactly right (span and type), beside
 * the errors by kind. The sets' first scores, before any rule was written from them, are in docs/history.md;
 * since then each set is in-sample for the article rules.
 *
 *   npm run eval:sentences [-- --model M.json] [-- --errors SET] [-- --sets A,B]
 *
 * --model FILE   another names model (train-names --out), e.g. one trained with --modern
 * --errors SET   also lists every error of the set named (its file name without .txt)
 * --sets A,B     scores only the sets named (a set still being written is not read at all)
 * --dir DIR      the sets of another folder in the same format (data/era-sentences)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeArticle } from '../src/engine/index.ts'
import { decodeNamesModel, type EncodedNamesModel } from '../src/engine/names/tagger/model-codec.ts'
import { plainTextDoc } from '../src/engine/summary/plain-text-doc.ts'
import { readNewsSentences, scoreSentence, type ErrorKind, type FoundMention } from './news-sentences.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const NEWS_DIR = join(ROOT, 'data/news-sentences')
const KINDS: ErrorKind[] = ['missed', 'boundary', 'boundary+type', 'type', 'false']

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const modelAt = args.indexOf('--model')
  const model = modelAt >= 0 ? decodeNamesModel(JSON.parse(readFileSync(resolve(args[modelAt + 1]), 'utf8')) as EncodedNamesModel) : undefined
  const errorsAt = args.indexOf('--errors')
  const listed = errorsAt >= 0 ? args[errorsAt + 1] : undefined
  const setsAt = args.indexOf('--sets')
  const only = setsAt >= 0 ? new Set(args[setsAt + 1].split(',')) : undefined
  const dirAt = args.indexOf('--dir')
  const DIR = dirAt >= 0 ? resolve(args[dirAt + 1]) : NEWS_DIR
  const started = performance.now()
  console.log(`names on the news sentences of ${relative(ROOT, DIR)} (${model ? `model ${args[modelAt + 1]}` : 'the shipped model'}, article rules on)\n`)
  console.log(`| set | sentences | with a names error | required names | exactly right | ${KINDS.join(' | ')} |`)
  console.log(`|---|---:|---:|---:|---:|${KINDS.map(() => '---:').join('|')}|`)
  const totals = { sentences: 0, wrong: 0, required: 0, right: 0 }
  const lines: string[] = []
  const files = readdirSync(DIR).filter((name) => name.endsWith('.txt') && (!only || only.has(name.replace(/\.txt$/u, ''))))
  for (const file of files.sort()) {
    const set = file.replace(/\.txt$/u, '')
    const sentences = readNewsSentences(join(DIR, file))
    const counts = new Map<ErrorKind, number>(KINDS.map((kind) => [kind, 0]))
    let wrong = 0
    let required = 0
    let wrongNames = 0
    for (const sentence of sentences) {
      const doc = await analyzeArticle(plainTextDoc(sentence.text), model ? { namesModel: async () => model } : {})
      const found: FoundMention[] = (doc.entities ?? []).flatMap((entity) =>
        entity.mentions.map((m) => ({ type: entity.type, start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })))
      // plainTextDoc keeps the sentence as it is, so the offsets are the sentence's.
      if (doc.text !== sentence.text) throw new Error(`sentence ${set} ${sentence.id} changed in analysis`)
      const { errors } = scoreSentence(sentence, found)
      required += sentence.expected.filter((e) => !e.optional).length
      for (const error of errors) {
        counts.set(error.kind, counts.get(error.kind)! + 1)
        if (error.kind !== 'false') wrongNames++
      }
      if (errors.length > 0) wrong++
      if (set === listed) for (const error of errors) lines.push(`${sentence.id}\t${error.kind}\t${error.expected}\t${error.found}`)
    }
    const n = sentences.length
    const right = required - wrongNames
    totals.sentences += n
    totals.wrong += wrong
    totals.required += required
    totals.right += right
    console.log(`| ${set} | ${n} | ${wrong} (${((100 * wrong) / n).toFixed(1)}%) | ${required} | ${right} (${((100 * right) / required).toFixed(1)}%) | ${KINDS.map((kind) => counts.get(kind)).join(' | ')} |`)
  }
  const { sentences, wrong, required, right } = totals
  console.log(`| **all** | ${sentences} | ${wrong} (${((100 * wrong) / sentences).toFixed(1)}%) | ${required} | ${right} (${((100 * right) / required).toFixed(1)}%) |${KINDS.map(() => '').join(' |')} |`)
  if (listed) console.log(`\nerrors of ${listed}:\n${lines.join('\n')}`)
  console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`)
}

await main()
