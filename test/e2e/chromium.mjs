// End-to-end in real Chromium (Debian package), with the built dist/chrome loaded unpacked. No fakes.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { createSuite, assert, waitFor } from './harness.mjs'
import { startServer, NEWS_HOST } from './server.mjs'
import { seedProblems } from './seed-expectations.mjs'

const EXT = path.resolve('dist/chrome')
const OUT = path.resolve('test-results')
const suite = createSuite('chromium')

async function tabIdFor(sw, urlPattern) {
  return waitFor(async () => (await sw.evaluate((p) => chrome.tabs.query({ url: p }), urlPattern))[0]?.id, { message: `a tab for ${urlPattern}` })
}

async function openReader(ctx, tabId) {
  const popup = await ctx.context.newPage()
  await popup.setViewportSize({ width: 560, height: 600 })
  await popup.goto(`chrome-extension://${ctx.extensionId}/popup.html?tab=${tabId}`)
  await popup.waitForSelector('[data-state]:not([data-state="loading"])', { timeout: 15000 })
  return popup
}

suite.test('the seed article on a listed news site gets the badge', async (ctx) => {
  const page = await ctx.context.newPage()
  await page.goto(ctx.seedUrl)
  const tabId = await tabIdFor(ctx.sw, `http://${NEWS_HOST}/news/*`)
  const badge = await waitFor(() => ctx.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { message: 'badge text' })
  assert(badge === 'ع', `badge is "${badge}"`)
  ctx.seedTabId = tabId
})

suite.test('an English page gets no badge', async (ctx) => {
  const page = await ctx.context.newPage()
  await page.goto(ctx.englishUrl)
  const tabId = await tabIdFor(ctx.sw, `http://${NEWS_HOST}/en/*`)
  // The detector reports a verdict either way; give it the time it gives the seed page.
  await page.waitForTimeout(1500)
  const badge = await ctx.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)
  assert(badge === '', `badge is "${badge}"`)
})

suite.test('the reader shows the seed article, right to left, without clutter', async (ctx) => {
  const popup = await openReader(ctx, ctx.seedTabId)
  const state = await popup.getAttribute('[data-state]', 'data-state')
  assert(state === 'ok', `state is ${state}: ${await popup.textContent('body')}`)
  const title = await popup.textContent('#title')
  const body = await popup.textContent('#article-body')
  const problems = seedProblems(title ?? '', body ?? '')
  assert(problems.length === 0, problems.join('; '))
  const dir = await popup.getAttribute('article', 'dir')
  assert(dir === 'rtl', `article dir is ${dir}`)
  await popup.screenshot({ path: path.join(OUT, 'chromium-popup-seed.png') })
  await popup.screenshot({ path: path.join(OUT, 'chromium-popup-seed-full.png'), fullPage: true })
  await popup.close()
})

suite.test('the reader says why when a page has no article', async (ctx) => {
  const page = await ctx.context.newPage()
  await page.goto(ctx.homeUrl)
  const tabId = await tabIdFor(ctx.sw, `http://${NEWS_HOST}/`)
  const popup = await openReader(ctx, tabId)
  const state = await popup.getAttribute('[data-state]', 'data-state')
  assert(state === 'no-article', `state is ${state}`)
  const reason = await popup.textContent('.reader-state-reason')
  assert(reason && reason.trim().length > 0, 'a reason is shown')
  await popup.screenshot({ path: path.join(OUT, 'chromium-popup-no-article.png') })
  await popup.close()
})

async function main() {
  fs.mkdirSync(OUT, { recursive: true })
  const server = await startServer()
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qari-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      `--proxy-server=http://127.0.0.1:${server.port}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ar',
    ],
  })
  let result = { name: 'chromium', passed: 0, failed: 1 }
  try {
    let [sw] = context.serviceWorkers()
    if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15000 })
    const ctx = {
      context,
      sw,
      extensionId: new URL(sw.url()).host,
      seedUrl: `http://${NEWS_HOST}/news/2023/10/27/kremlin-hamas-delegation/`,
      englishUrl: `http://${NEWS_HOST}/en/oil-prices-climb/`,
      homeUrl: `http://${NEWS_HOST}/`,
    }
    result = await suite.run(ctx)
  } catch (error) {
    console.log(`  ✗ suite setup failed: ${error?.stack ?? error}`)
  } finally {
    await context.close().catch(() => {})
    await server.close()
    fs.rmSync(userDataDir, { recursive: true, force: true })
  }
  console.log(`e2e chromium: ${result.passed} passed, ${result.failed} failed`)
  process.exitCode = result.failed ? 1 : 0
}

await main()
