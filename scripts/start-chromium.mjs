// `npm start`: opens Chromium with the built Qari (dist/chrome) on the bundled sample article, served
// from this machine under a listed news host so the detector marks the toolbar button. Ctrl-C to stop.
// Needs a display; without one it says so (the end-to-end tests cover headless use).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { startServer, NEWS_HOST } from '../test/e2e/server.mjs'

const EXT = path.resolve('dist/chrome')
if (!fs.existsSync(path.join(EXT, 'manifest.json'))) {
  console.error('dist/chrome is missing: run `npm run build` first.')
  process.exit(1)
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. Load dist/chrome into Chrome by hand (chrome://extensions → Load unpacked), or run this on a desktop.')
  process.exit(1)
}
const server = await startServer()
const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'qari-start-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, `--proxy-server=http://127.0.0.1:${server.port}`, '--no-first-run'],
})
const page = context.pages()[0] ?? (await context.newPage())
await page.goto(`http://${NEWS_HOST}/news/2023/10/27/kremlin-hamas-delegation/`)
console.log('Chromium is open on the sample article; click the Qari button (ع badge). Close the window to stop.')
context.on('close', () => server.close().then(() => process.exit(0)))
