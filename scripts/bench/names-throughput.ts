/**
 * Run in a fresh process by bench-engine.ts (benchNamesFresh): the names stage's throughput on the
 * article docs in the JSON file named on the command line, with the shipped model decoded as the worker
 * decodes it, and nothing else in the process. In the bench's own process the stage ran after the page
 * benches, whose garbage the collector was still paying for (CPU time above wall time): session 10 read
 * 92–101k tokens/s there against ~111k for the same pages in a fresh process. Prints benchNames' result
 * as one JSON line. `qari tag`'s model is decoded too, for the model-alone rate of its own.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ArticleDoc } from '../../src/engine/doc.ts'
import { decodeNamesModel, type EncodedNamesModel } from '../../src/engine/names/tagger/model-codec.ts'
import { benchNames } from './bench-engine.ts'

const modelFile = fileURLToPath(new URL('../../src/engine/models/names/names-model.json', import.meta.url))
const model = decodeNamesModel(JSON.parse(readFileSync(modelFile, 'utf8')) as EncodedNamesModel)
const conllFile = fileURLToPath(new URL('../../src/engine/models/names/conll-names-model.json', import.meta.url))
const conllModel = decodeNamesModel(JSON.parse(readFileSync(conllFile, 'utf8')) as EncodedNamesModel)
const docs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ArticleDoc[]
console.log(JSON.stringify(benchNames(docs, model, undefined, conllModel)))
