/**
 * The long engine fuzz run (issue 8): ≥ 10,000 generated and mutated documents and texts through
 * detection, extraction and the whole analysis, with the generators of test/fuzz/arbitraries.ts.
 * Times are CPU time of the process (see test/fuzz/through-engine.ts). Prints, per family and overall: documents run, throws and broken spans (must be 0), results the
 * worker's schema would refuse, documents over 2 s of engine time, and engine/parse time percentiles.
 * Failing documents are written to a temporary folder to replay.
 *
 *   npx tsx scripts/fuzz-long.ts [--scale 1] [--seed N] [--full-5mb]
 *
 * --scale multiplies every family's count (0.1 for a quick look); --full-5mb also runs the analysis on
 * the 5 MB bodies (minutes each today).
 */
import fc from 'fast-check'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  articleTextArb,
  deepHtmlArb,
  fiveMegabyteBodies,
  generatedHtmlArb,
  hugeAttributeArb,
  mutatedHtmlArb,
  seedPages,
  textArb,
} from '../test/fuzz/arbitraries.ts'
import { htmlThroughEngine, textThroughEngine, warmUp, type EngineRun } from '../test/fuzz/through-engine.ts'

const LIMIT_MS = 2000

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const scale = Number(option('scale') ?? 1)
const seed = Number(option('seed') ?? Date.now() % 2 ** 31)
const full5mb = process.argv.includes('--full-5mb')

interface Family {
  name: string
  count: number
  arbitrary: fc.Arbitrary<string>
  run: (input: string) => Promise<EngineRun>
}

const seeds = seedPages()
const FAMILIES: Family[] = [
  { name: 'generated pages', count: 4000, arbitrary: generatedHtmlArb, run: (h) => htmlThroughEngine(h) },
  { name: 'mutated fixture pages', count: 3200, arbitrary: mutatedHtmlArb(seeds), run: (h) => htmlThroughEngine(h) },
  { name: 'mixed-script texts', count: 2000, arbitrary: textArb, run: textThroughEngine },
  { name: 'article texts with noise', count: 800, arbitrary: articleTextArb, run: textThroughEngine },
  { name: 'deep nesting (1,000–5,000)', count: 100, arbitrary: deepHtmlArb, run: (h) => htmlThroughEngine(h) },
  { name: 'huge attributes (0.1–1 MB)', count: 50, arbitrary: hugeAttributeArb, run: (h) => htmlThroughEngine(h) },
]

interface Tally {
  runs: number
  problems: number
  schema: number
  slow: number
  articles: number
  engine: number[]
  parse: number[]
  schemaFields: Map<string, number>
}

const newTally = (): Tally => ({ runs: 0, problems: 0, schema: 0, slow: 0, articles: 0, engine: [], parse: [], schemaFields: new Map() })
const failures = mkdtempSync(path.join(tmpdir(), 'qari-fuzz-'))
let saved = 0

function save(kind: string, input: string, run: EngineRun): void {
  if (saved >= 50) return
  saved++
  writeFileSync(path.join(failures, `${saved}-${kind}.html`), input)
  writeFileSync(path.join(failures, `${saved}-${kind}.json`), JSON.stringify(run, null, 1))
}

function record(tally: Tally, input: string, run: EngineRun, keep = false): void {
  tally.runs++
  tally.engine.push(run.engineMs)
  tally.parse.push(run.parseMs)
  if (run.isArticle) tally.articles++
  if (run.problem) {
    tally.problems++
    if (keep) save('problem', input, run)
    if (tally.problems <= 3) console.log(`    problem: ${run.problem.slice(0, 300)}`)
  }
  if (run.schemaProblem) {
    tally.schema++
    for (const field of run.schemaProblem.match(/\.[\w[\].]+ \(/gu) ?? ['?']) {
      const name = field.replace(/\[\d+\]/gu, '[]').replace(' (', '')
      tally.schemaFields.set(name, (tally.schemaFields.get(name) ?? 0) + 1)
    }
  }
  if (run.engineMs > LIMIT_MS) {
    tally.slow++
    if (keep) save('slow', input, run)
  }
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

function line(name: string, t: Tally): string {
  const ms = (v: number) => `${v.toFixed(0)}`.padStart(6)
  const fields = [...t.schemaFields].map(([f, n]) => `${f}×${n}`).join(' ')
  return `${name.padEnd(30)} ${String(t.runs).padStart(6)} ${String(t.problems).padStart(7)} ${String(t.schema).padStart(7)} ${String(t.slow).padStart(6)} ${ms(percentile(t.engine, 50))} ${ms(percentile(t.engine, 99))} ${ms(Math.max(0, ...t.engine))} ${ms(Math.max(0, ...t.parse))}  ${fields}`
}

const HEADER = `${'family'.padEnd(30)} ${'docs'.padStart(6)} ${'throws'.padStart(7)} ${'schema'.padStart(7)} ${'>2 s'.padStart(6)} ${'p50'.padStart(6)} ${'p99'.padStart(6)} ${'max'.padStart(6)} ${'parse'.padStart(6)}  (CPU ms of engine time; parse = max linkedom CPU ms)`

await warmUp()
console.log(`qari engine fuzz: seed ${seed}, scale ${scale}; failing documents go to ${failures}`)
const total = newTally()
const lines: string[] = []
const started = performance.now()
for (const [index, family] of FAMILIES.entries()) {
  const tally = newTally()
  const count = Math.max(1, Math.round(family.count * scale))
  const familyStarted = performance.now()
  // In batches, so a 4,000-document family never sits in memory at once.
  for (let done = 0; done < count; ) {
    const batch = fc.sample(family.arbitrary, { numRuns: Math.min(200, count - done), seed: seed + index * 100_003 + done })
    for (const input of batch) {
      const run = await family.run(input)
      record(tally, input, run, true)
      record(total, input, run)
    }
    done += batch.length
  }
  lines.push(line(family.name, tally))
  console.log(`  ${family.name}: ${tally.runs} in ${((performance.now() - familyStarted) / 1000).toFixed(0)} s`)
}

// 5 MB bodies: detect + extract always, the analysis only with --full-5mb.
const big = newTally()
for (const [name, html] of Object.entries(fiveMegabyteBodies())) {
  const run = await htmlThroughEngine(html, { analyze: full5mb })
  record(big, html, run, true)
  record(total, html, run)
  console.log(`  5 MB ${name}: detect ${run.detectMs.toFixed(0)} ms, extract ${run.extractMs.toFixed(0)} ms${full5mb ? `, analyse ${run.analyzeMs.toFixed(0)} ms` : ''}, text ${run.textLength} chars${run.problem ? `, problem: ${run.problem.slice(0, 200)}` : ''}`)
}
lines.push(line(`5 MB bodies${full5mb ? '' : ' (no analysis)'}`, big))

console.log(`\n${HEADER}`)
for (const l of lines) console.log(l)
console.log(line('TOTAL', total))
console.log(`\n${total.runs} documents in ${((performance.now() - started) / 1000).toFixed(0)} s; ${total.problems} threw or broke a span, ${total.schema} gave a result the worker refuses, ${total.slow} took over 2 s.`)
process.exitCode = total.problems > 0 ? 1 : 0
