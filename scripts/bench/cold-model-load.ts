/**
 * Run in a fresh process by bench-engine.ts: times the names model's first load, as the extension's
 * worker does it (bundled-names-model.ts: JSON.parse of the shipped JSON, then decodeNamesModel), and
 * prints one JSON line {readMs, parseMs, decodeMs, totalMs, cpuMs}. The decoder's code is imported before the
 * clock starts: module loading is Node's cost, not the model's.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { decodeNamesModel, type EncodedNamesModel } from '../../src/engine/names/tagger/model-codec.ts'

const file = fileURLToPath(new URL('../../src/engine/models/names/names-model.json', import.meta.url))
const t0 = performance.now()
const json = readFileSync(file, 'utf8')
const t1 = performance.now()
const cpu = process.cpuUsage()
const encoded = JSON.parse(json) as EncodedNamesModel
const t2 = performance.now()
const model = decodeNamesModel(encoded)
const t3 = performance.now()
const used = process.cpuUsage(cpu)
if (!model.labels.length) throw new Error('names model has no labels')
const cpuMs = (used.user + used.system) / 1000
console.log(JSON.stringify({ readMs: t1 - t0, parseMs: t2 - t1, decodeMs: t3 - t2, totalMs: t3 - t1, cpuMs }))
