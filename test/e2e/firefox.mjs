// End-to-end in real Firefox ESR (Debian package) over WebDriver BiDi, with dist/firefox installed as a
// temporary add-on. No fakes. Recipe and its quirks: ../shared/TOOLCHAIN.md §4.
import fs from 'node:fs'
import path from 'node:path'
import puppeteer from 'puppeteer-core'
import { createSuite, assert, waitFor } from './harness.mjs'
import { startServer, NEWS_HOST } from './server.mjs'
import { seedProblems } from './seed-expectations.mjs'

const EXT = path.resolve('dist/firefox')
const OUT = path.resolve('test-results')
const ADDON_ID = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id
// Pinned so that tests can address moz-extension:// pages (Firefox picks a random one per profile).
const UUID = '3f0c8a52-6d1e-4b7a-9a43-7c2e5d9b1f60'
const BASE = `moz-extension://${UUID}`
const suite = createSuite('firefox')

/** Opens an extension page in a new tab. Puppeteer's goto never resolves for moz-extension: (TOOLCHAIN §4). */
async function openExtensionPage(ctx, pathAndQuery, ready) {
  const page = await ctx.browser.newPage()
  await page.setViewport({ width: 560, height: 600 })
  page.goto(`${BASE}/${pathAndQuery}`, { timeout: 20000 }).catch(() => {})
  await page.waitForFunction(ready, { timeout: 20000, polling: 100 })
  return page
}

/** An extension page to ask the extension APIs from (tabs, action), as the tests have no worker handle. */
async function apiPage(ctx) {
  if (!ctx.api) ctx.api = await openExtensionPage(ctx, 'popup.html?tab=0', () => location.protocol === 'moz-extension:' && !!document.querySelector('#app'))
  return ctx.api
}

async function tabIdFor(ctx, urlPattern) {
  const api = await apiPage(ctx)
  return waitFor(async () => (await api.evaluate((p) => browser.tabs.query({ url: p }), urlPattern))[0]?.id, { message: `a tab for ${urlPattern}` })
}

async function badgeOf(ctx, tabId) {
  const api = await apiPage(ctx)
  return api.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId)
}

async function openReader(ctx, tabId) {
  return openExtensionPage(ctx, `popup.html?tab=${tabId}`, () => {
    const el = document.querySelector('[data-state]')
    return location.protocol === 'moz-extension:' && !!el && el.getAttribute('data-state') !== 'loading'
  })
}

suite.test('the seed article on a listed news site gets the badge', async (ctx) => {
  const page = await ctx.browser.newPage()
  await page.goto(ctx.seedUrl)
  const tabId = await tabIdFor(ctx, `http://${NEWS_HOST}/news/*`)
  const badge = await waitFor(() => badgeOf(ctx, tabId), { message: 'badge text' })
  assert(badge === 'ع', `badge is "${badge}"`)
  ctx.seedTabId = tabId
})

suite.test('an English page gets no badge', async (ctx) => {
  const page = await ctx.browser.newPage()
  await page.goto(ctx.englishUrl)
  const tabId = await tabIdFor(ctx, `http://${NEWS_HOST}/en/*`)
  await new Promise((r) => setTimeout(r, 1500))
  const badge = await badgeOf(ctx, tabId)
  assert(badge === '', `badge is "${badge}"`)
})

suite.test('the reader shows the seed article, right to left, without clutter', async (ctx) => {
  const popup = await openReader(ctx, ctx.seedTabId)
  const state = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))
  assert(state === 'ok', `state is ${state}: ${await popup.$eval('body', (b) => b.textContent)}`)
  const title = await popup.$eval('#title', (el) => el.textContent)
  const body = await popup.$eval('#article-body', (el) => el.textContent)
  const problems = seedProblems(title ?? '', body ?? '')
  assert(problems.length === 0, problems.join('; '))
  const dir = await popup.$eval('article', (el) => el.getAttribute('dir'))
  assert(dir === 'rtl', `article dir is ${dir}`)
  await popup.screenshot({ path: path.join(OUT, 'firefox-popup-seed.png') })
  await popup.close()
})

suite.test('the reader says why when a page has no article', async (ctx) => {
  const page = await ctx.browser.newPage()
  await page.goto(ctx.homeUrl)
  const tabId = await tabIdFor(ctx, `http://${NEWS_HOST}/`)
  const popup = await openReader(ctx, tabId)
  const state = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))
  assert(state === 'no-article', `state is ${state}`)
  const reason = await popup.$eval('.reader-state-reason', (el) => el.textContent)
  assert(reason && reason.trim().length > 0, 'a reason is shown')
  await popup.screenshot({ path: path.join(OUT, 'firefox-popup-no-article.png') })
  await popup.close()
})

async function main() {
  fs.mkdirSync(OUT, { recursive: true })
  const server = await startServer()
  let browser
  let result = { name: 'firefox', passed: 0, failed: 1 }
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        // Every http request goes to the fixture server (loopback itself is never proxied).
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': server.port,
        'network.proxy.share_proxy_settings': false,
        'intl.accept_languages': 'ar, en',
      },
    })
    await browser.installExtension(EXT)
    result = await suite.run({
      browser,
      seedUrl: `http://${NEWS_HOST}/news/2023/10/27/kremlin-hamas-delegation/`,
      englishUrl: `http://${NEWS_HOST}/en/oil-prices-climb/`,
      homeUrl: `http://${NEWS_HOST}/`,
    })
  } catch (error) {
    console.log(`  ✗ suite setup failed: ${error?.stack ?? error}`)
  } finally {
    await browser?.close().catch(() => {})
    await server.close()
  }
  console.log(`e2e firefox: ${result.passed} passed, ${result.failed} failed`)
  process.exitCode = result.failed ? 1 : 0
}

await main()
