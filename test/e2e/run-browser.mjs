// Runs every suite in test/e2e/suites (in file-name order) in one browser: `node test/e2e/run-browser.mjs chromium|firefox`.
// Prints the plain closing line CI reads: "e2e <browser>: N passed, M failed".
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { startServer } from './server.mjs'
import { launchChromium } from './drivers/chromium.mjs'
import { launchFirefox } from './drivers/firefox.mjs'

const LAUNCHERS = { chromium: launchChromium, firefox: launchFirefox }
const name = process.argv[2]
const only = process.argv[3] // optional: a suite file name part
if (!LAUNCHERS[name]) {
  console.error(`usage: node test/e2e/run-browser.mjs ${Object.keys(LAUNCHERS).join('|')} [suite]`)
  process.exit(2)
}

const out = path.resolve('test-results')
fs.mkdirSync(out, { recursive: true })
const suiteDir = path.resolve('test/e2e/suites')
const tests = []
for (const file of fs.readdirSync(suiteDir).filter((f) => f.endsWith('.mjs')).sort()) {
  if (only && !file.includes(only)) continue
  const register = (await import(pathToFileURL(path.join(suiteDir, file)).href)).default
  register((title, fn, options = {}) => tests.push({ title: `${file.replace(/\.mjs$/u, '')} › ${title}`, fn, options }))
}

const server = await startServer()
let passed = 0
let failed = 0
let driver
try {
  driver = await LAUNCHERS[name]({ proxyPort: server.port })
  const state = {}
  for (const { title, fn, options } of tests) {
    if (options.only && !options.only.includes(name)) continue
    const started = Date.now()
    try {
      await fn({ driver, state, out, server })
      passed++
      console.log(`  ✓ ${title} (${Date.now() - started} ms)`)
    } catch (error) {
      failed++
      console.log(`  ✗ ${title} (${Date.now() - started} ms)\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`)
    }
  }
} catch (error) {
  failed++
  console.log(`  ✗ ${name} could not start: ${error?.stack ?? error}`)
} finally {
  await driver?.close()
  await server.close()
}
console.log(`e2e ${name}: ${passed} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
