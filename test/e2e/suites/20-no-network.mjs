// No network (issue 8): Qari makes no request. In real Chromium, every request of the extension's pages and
// its service worker is recorded (Playwright's context request events, which cover pages and service
// workers) while the reader opens an article, the full-tab reader, the history and the options; and the
// fixture server, which is the browser's only way out (its HTTP proxy, CONNECT included), logs what reached
// it. The page's own loads do not count. Two controls prove the recorder is not blind: a request made on
// purpose from an extension page and one from the worker must both be seen. In Firefox the same walk is
// judged by the proxy alone, against the page's own resource timing; its controls are requests from an
// add-on page (http and https) and from the background page.
import { assert, waitFor } from '../harness.mjs'
import { NEWS_HOST } from '../server.mjs'
import { badgeOf, openReader, readerReady, tabIdFor } from '../helpers.mjs'

const SEED_URL = `http://${NEWS_HOST}/news/2023/10/27/kremlin-hamas-delegation/`

/**
 * Chromium's own services (component updates, sign-in, autofill) reach the proxy too, whatever the flags;
 * they are the browser's, not Qari's (whose requests the context events attribute above).
 */
const BROWSER_SERVICES = /(?:^|\.)(?:googleapis\.com|google\.com|gstatic\.com|googleusercontent\.com|gvt1\.com)$/u

/**
 * Firefox's own services (remote settings, add-on and system updates, safe browsing, captive-portal and
 * connectivity checks, push, telemetry) reach the proxy too: the browser's, not Qari's.
 */
const FIREFOX_SERVICES = /(?:^|\.)(?:mozilla\.com|mozilla\.net|mozilla\.org|mozaws\.net|firefox\.com|mozgcp\.net|googleapis\.com|gstatic\.com|google\.com)$/u

/** The host of a URL or of a proxy log entry "CONNECT host:port". */
function hostOf(entry) {
  if (entry.startsWith('CONNECT ')) return entry.slice('CONNECT '.length).replace(/:\d+$/u, '')
  try {
    return new URL(entry).hostname
  } catch {
    return entry
  }
}

/** Where a request comes from: an extension page, the worker, or a web page (the test's own loads). */
function originOf(request, base) {
  const worker = request.serviceWorker?.()
  if (worker) return worker.url().startsWith(base) ? 'extension worker' : `worker ${worker.url()}`
  let frameUrl = ''
  try {
    frameUrl = request.frame().url()
  } catch {
    return 'unknown'
  }
  return frameUrl.startsWith(base) ? `extension page ${frameUrl.slice(base.length)}` : `web page ${frameUrl}`
}

/** An extension request that reaches for the network: anything but the extension's own files. */
function leavesExtension(request, base) {
  const url = request.url()
  return !url.startsWith(`${base}/`) && !url.startsWith('data:') && !url.startsWith('blob:')
}

/** Everything the reader does: the popup (its article shown), the full-tab reader, the history and the options. */
async function walkTheExtension(driver, tabId) {
  const popup = await openReader(driver, tabId)
  const stateText = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))
  assert(stateText === 'ok', `the reader state is ${stateText}`)
  await popup.close()
  const appReady = () => document.readyState === 'complete' && !!document.querySelector('#app')?.children.length
  for (const [path, ready] of [[`reader.html?tab=${tabId}`, readerReady], ['history.html', appReady], ['options.html', appReady]]) {
    await (await driver.openExtensionPage(path, ready)).close()
  }
}

export default function noNetwork(test) {
  test('the extension makes no network request (pages and worker)', async ({ driver, server }) => {
    const { context, base } = driver
    const recorded = []
    const onRequest = (request) =>
      recorded.push({ url: request.url(), origin: originOf(request, base), leaves: leavesExtension(request, base), type: request.resourceType() })
    context.on('request', onRequest)
    const seenBefore = server.seen.length
    try {
      // The page load is the test's, not Qari's.
      const page = await driver.openPage(SEED_URL)
      const tabId = await tabIdFor(driver, `http://${NEWS_HOST}/news/*`)
      await waitFor(async () => (await badgeOf(driver, tabId)) === 'ع', { message: 'the badge' })

      await walkTheExtension(driver, tabId)
      await page.close()
      // Late requests (a beacon on unload, a lazy image in the reader) get time to show.
      await new Promise((r) => setTimeout(r, 1500))

      // Nothing at all, article images included: the reader loads a picture only when asked (ArticleBody.tsx).
      const fromExtension = recorded.filter((r) => !r.origin.startsWith('web page') && r.leaves)
      assert(fromExtension.length === 0, `the extension made requests: ${JSON.stringify(fromExtension.slice(0, 10))}`)
      // What reached the proxy: only what the web page itself loaded.
      const pageLoads = new Set(recorded.filter((r) => r.origin.startsWith('web page')).map((r) => r.url))
      const allowedHosts = new Set([...pageLoads].map(hostOf))
      const outside = server.seen
        .slice(seenBefore)
        .filter((entry) => !pageLoads.has(entry) && entry !== `http://${NEWS_HOST}/favicon.ico`)
        // HTTPS shows only as CONNECT host:port: allowed when the page (or a reader image) used that host.
        .filter((entry) => !allowedHosts.has(hostOf(entry)))
        .filter((entry) => !BROWSER_SERVICES.test(hostOf(entry)))
      assert(outside.length === 0, `requests reached the network that the page did not make: ${JSON.stringify(outside.slice(0, 10))}`)
      // The reader's own files were seen: the recorder watched the extension pages.
      assert(recorded.some((r) => r.origin.startsWith('extension page')), 'no request of an extension page was recorded at all')
    } finally {
      context.off('request', onRequest)
    }
  }, { only: ['chromium'] })

  test('the no-network recorder sees a request from an extension page and from the worker (control)', async ({ driver, server }) => {
    const { context, base } = driver
    const recorded = []
    const onRequest = (request) => recorded.push({ url: request.url(), origin: originOf(request, base) })
    context.on('request', onRequest)
    const seenBefore = server.seen.length
    try {
      await driver.inExtension(() => fetch('http://control.example/from-page').catch(() => undefined))
      const [worker] = context.serviceWorkers().filter((w) => w.url().startsWith(base))
      assert(worker, 'the extension service worker is running')
      await worker.evaluate(() => fetch('http://control.example/from-worker').catch(() => undefined))
      await new Promise((r) => setTimeout(r, 500))
      const seen = server.seen.slice(seenBefore)
      for (const target of ['http://control.example/from-page', 'http://control.example/from-worker']) {
        const caught = recorded.some((r) => r.url === target) || seen.includes(target)
        assert(caught, `the control request ${target} was not seen (recorded: ${JSON.stringify(recorded)}, proxy: ${JSON.stringify(seen)})`)
      }
    } finally {
      context.off('request', onRequest)
    }
  }, { only: ['chromium'] })

  // Firefox has no request events covering an add-on's pages and background over WebDriver BiDi here: the proxy,
  // the browser's only way out (the driver sends http and https to it), is the witness. What the web page
  // loaded itself (its resource timing) is the page's; anything else that reached it and is not Firefox's
  // own services is the extension's.
  test('the extension makes no network request (Firefox: the proxy is the witness)', async ({ driver, server }) => {
    const seenBefore = server.seen.length
    const page = await driver.openPage(SEED_URL)
    const tabId = await tabIdFor(driver, `http://${NEWS_HOST}/news/*`)
    await waitFor(async () => (await badgeOf(driver, tabId)) === 'ع', { message: 'the badge' })
    await walkTheExtension(driver, tabId)
    // The page's own loads, read before it closes: its address and every resource it fetched.
    const pageLoads = new Set(await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]))
    await page.close()
    // Late requests (a beacon on unload, a lazy image in the reader) get time to show.
    await new Promise((r) => setTimeout(r, 1500))
    // A plain-http request is the page's only if the page made that very request; HTTPS shows only as CONNECT host:port,
    // allowed when the page used that host. (A request the same as one the page made cannot be told apart here: the
    // image the reader shows only on a click, for one, is the page's own picture.)
    const pageHosts = new Set([...pageLoads].map(hostOf))
    const outside = server.seen
      .slice(seenBefore)
      .filter((entry) => !pageLoads.has(entry) && entry !== `http://${NEWS_HOST}/favicon.ico`)
      .filter((entry) => !(entry.startsWith('CONNECT ') && pageHosts.has(hostOf(entry))))
      .filter((entry) => !FIREFOX_SERVICES.test(hostOf(entry)))
    assert(outside.length === 0, `requests reached the network that the page did not make: ${JSON.stringify(outside.slice(0, 10))}`)
  }, { only: ['firefox'] })

  test('the proxy sees a request from an add-on page and from its background (Firefox control)', async ({ driver, server }) => {
    const seenBefore = server.seen.length
    await driver.inExtension(() => fetch('http://control.example/from-page').catch(() => undefined))
    // Firefox's background is a page (an event page), which an add-on page may reach.
    await driver.inExtension(async () => {
      const background = await browser.runtime.getBackgroundPage()
      await background.fetch('http://control.example/from-background').catch(() => undefined)
    })
    await driver.inExtension(() => fetch('https://control.example/from-page-tls').catch(() => undefined))
    await new Promise((r) => setTimeout(r, 500))
    const seen = server.seen.slice(seenBefore)
    for (const target of ['http://control.example/from-page', 'http://control.example/from-background', 'CONNECT control.example:443']) {
      assert(seen.includes(target), `the control request ${target} did not reach the proxy (seen: ${JSON.stringify(seen)})`)
    }
  }, { only: ['firefox'] })
}
