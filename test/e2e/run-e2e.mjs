// Runs the end-to-end suites one after the other (two browsers at once are too much for 2 cores).
// Each suite prints its own "e2e <browser>: N passed, M failed" line; the exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process'

const wanted = process.argv.slice(2)
const suites = (wanted.length ? wanted : ['chromium', 'firefox']).map((name) => `test/e2e/${name}.mjs`)
let failed = false
for (const suite of suites) {
  const run = spawnSync(process.execPath, [suite], { stdio: 'inherit', timeout: 10 * 60 * 1000 })
  if (run.status !== 0) failed = true
}
process.exitCode = failed ? 1 : 0
