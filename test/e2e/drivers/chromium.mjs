// The Chromium driver: Debian's Chromium with dist/chrome loaded unpacked, driven by playwright-core.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { waitFor } from '../harness.mjs'

/** `extensionDir`: the unpacked extension to load (the bench loads a copy of dist/chrome with its floor pages). */
export async function launchChromium({ proxyPort, extensionDir = 'dist/chrome' }) {
  const ext = path.resolve(extensionDir)
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qari-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ar',
    ],
  })
  let [sw] = context.serviceWorkers()
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15000 })
  const base = `chrome-extension://${new URL(sw.url()).host}`
  let apiPage

  const driver = {
    name: 'chromium',
    base,
    context,
    async openPage(url) {
      const page = await context.newPage()
      await page.goto(url)
      return page
    },
    /** Opens an extension page and waits until `ready()` is true in it. */
    async openExtensionPage(pathAndQuery, ready, { width = 560, height = 600 } = {}) {
      const page = await context.newPage()
      await page.setViewportSize({ width, height })
      await page.goto(`${base}/${pathAndQuery}`)
      await page.waitForFunction(ready, undefined, { timeout: 20000, polling: 100 })
      return page
    },
    /** Runs `fn(arg)` in an extension page, where the extension APIs are (`chrome`/`browser`). */
    async inExtension(fn, arg) {
      if (!apiPage || apiPage.isClosed()) apiPage = await driver.openExtensionPage('popup.html?tab=0', () => !!document.querySelector('#app'))
      return apiPage.evaluate(fn, arg)
    },
    /** Closes the tab at `url` if there is one; true when it did. */
    async closePageAt(url) {
      const page = context.pages().find((p) => p.url() === url)
      if (page) await page.close()
      return !!page
    },
    /** Stops the service worker, as Chrome does after ~30 s idle. */
    async stopWorker() {
      const page = await context.newPage()
      try {
        const cdp = await context.newCDPSession(page)
        await cdp.send('ServiceWorker.enable')
        await cdp.send('ServiceWorker.stopAllWorkers')
      } finally {
        await page.close()
      }
      // The next event (a message from the reader) starts a fresh worker with empty memory.
    },
    async close() {
      await context.close().catch(() => {})
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
  return driver
}

export { waitFor }
