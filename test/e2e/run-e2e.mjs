// Runs the end-to-end suites one after the other (two browsers at once are too much for 2 cores).
// Each suite prints its own "e2e <browser>: N passed, M failed" line; the exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process'

const wanted = process.argv.slice(2)
const browsers = wanted.length ? wanted : ['chromium', 'firefox']
let failed = false
for (const browser of browsers) {
  const run = spawnSync(process.execPath, ['test/e2e/run-browser.mjs', browser], { stdio: 'inherit', timeout: 10 * 60 * 1000 })
  if (run.status !== 0) failed = true
}
process.exitCode = failed ? 1 : 0
