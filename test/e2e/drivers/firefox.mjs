// The Firefox driver: Debian's Firefox ESR over WebDriver BiDi (puppeteer-core), dist/firefox installed as
// a temporary add-on. Quirks and why: ../shared/TOOLCHAIN.md §4.
import fs from 'node:fs'
import path from 'node:path'
import puppeteer from 'puppeteer-core'

// Pinned so tests can address moz-extension:// pages (Firefox picks a random one per profile).
const UUID = '3f0c8a52-6d1e-4b7a-9a43-7c2e5d9b1f60'

export async function launchFirefox({ proxyPort }) {
  const ext = path.resolve('dist/firefox')
  const addonId = JSON.parse(fs.readFileSync(path.join(ext, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: UUID }),
      // Every http request goes to the fixture server (loopback itself is never proxied), and https as CONNECT,
      // so that the fixture server is the browser's only way out (20-no-network.mjs reads what reached it).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': false,
      'intl.accept_languages': 'ar, en',
    },
  })
  await browser.installExtension(ext)
  const base = `moz-extension://${UUID}`
  let apiPage

  const driver = {
    name: 'firefox',
    base,
    browser,
    async openPage(url) {
      const page = await browser.newPage()
      await page.goto(url)
      return page
    },
    /** Puppeteer's goto never resolves for moz-extension: pages, so fire it and poll for readiness. */
    async openExtensionPage(pathAndQuery, ready, { width = 560, height = 600 } = {}) {
      const page = await browser.newPage()
      await setViewport(page, width, height)
      page.goto(`${base}/${pathAndQuery}`, { timeout: 20000 }).catch(() => {})
      // Polled with evaluate, not waitForFunction: puppeteer's poller runs `new Function` in the page, which
      // the extension's CSP blocks in Firefox ESR 140 ("call to Function() blocked by CSP"). An evaluate can
      // fail while the navigation replaces the document; try again until the deadline.
      const deadline = Date.now() + 20000
      let last
      while (Date.now() < deadline) {
        try {
          if (await page.evaluate(`location.protocol === 'moz-extension:' && (${ready.toString()})()`)) return page
        } catch (error) {
          last = error
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`${pathAndQuery} was not ready in 20 s${last ? ` (last: ${last.message})` : ''}`)
    },
    async inExtension(fn, arg) {
      if (!apiPage || apiPage.isClosed()) apiPage = await driver.openExtensionPage('popup.html?tab=0', () => !!document.querySelector('#app'))
      return apiPage.evaluate(fn, arg)
    },
    /** Closes the tab at `url` if there is one; true when it did (Firefox gives an extension its own pages' URLs). */
    async closePageAt(url) {
      const tab = (await driver.inExtension(() => browser.tabs.query({}))).find((t) => t.url === url)
      if (tab) await driver.inExtension((id) => browser.tabs.remove(id), tab.id)
      return !!tab
    },
    /**
     * Stops the add-on's background page as Firefox does after ~30 s idle (what about:debugging's "Terminate
     * background script" calls), run in the browser's own window: WebDriver BiDi reaches it with system access
     * (--remote-allow-system-access). The next event (a message from the reader) starts it again, its memory empty.
     */
    async stopWorker() {
      const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })
      const window = tree.result.contexts.find((c) => c['moz:scope'] === 'chrome' && c.url.startsWith('chrome://browser/'))
      if (!window) throw new Error("no browser window to stop the add-on's background from")
      const extension = `WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension`
      const { result } = await browser.connection.send('script.evaluate', {
        expression: `${extension}.terminateBackground().then(() => String(${extension}.backgroundState))`,
        target: { context: window.context },
        awaitPromise: true,
      })
      if (result.type !== 'success' || result.result.value !== 'stopped') throw new Error(`the background did not stop: ${JSON.stringify(result)}`)
    },
    async close() {
      await browser.close().catch(() => {})
    },
  }
  return driver
}

/**
 * puppeteer-core 24.43 sets the viewport and the screen orientation together over WebDriver BiDi; Firefox
 * ESR before 153 lacks the orientation command ("unknown command emulation.setScreenOrientationOverride",
 * Firefox ESR 140). The viewport is set all the same: wait until the page has its width.
 */
async function setViewport(page, width, height) {
  try {
    await page.setViewport({ width, height })
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error
    for (let i = 0; i < 50 && (await page.evaluate('window.innerWidth')) !== width; i++) await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
