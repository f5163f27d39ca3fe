// The cache: the second open of an article is served from IndexedDB, across a worker restart.
import { assert, waitFor } from '../harness.mjs'
import { NEWS_HOST } from '../server.mjs'
import { openReader, tabIdFor } from '../helpers.mjs'

const SEED_URL = `http://${NEWS_HOST}/news/2023/10/27/kremlin-hamas-delegation/`

async function fromCache(driver, tabId) {
  const popup = await openReader(driver, tabId)
  const value = await popup.$eval('[data-state]', (el) => `${el.getAttribute('data-state')}/${el.getAttribute('data-from-cache')}`)
  await popup.close()
  return value
}

export default function cache(test) {
  test('the second open of an article comes from the cache', async ({ driver, state }) => {
    let tabId = state.seedTabId
    if (tabId === undefined) {
      await driver.openPage(SEED_URL)
      tabId = state.seedTabId = await tabIdFor(driver, `http://${NEWS_HOST}/news/*`)
    }
    // The foundation suite may have opened it already; either way the next open must be a hit.
    await fromCache(driver, tabId)
    const second = await fromCache(driver, tabId)
    assert(second === 'ok/true', `second open was ${second}`)
  })

  test("a reopened article is found by the page's own early peek, without the worker", async ({ driver, state }) => {
    const popup = await openReader(driver, state.seedTabId)
    const peek = await popup.evaluate(() => performance.getEntriesByName('qari-peek-answered')[0]?.detail)
    await popup.close()
    assert(peek?.found === true, `the early peek answered ${JSON.stringify(peek)}`)
  })

  test("a reopened article comes from the session's copies, one round trip", async ({ driver, state }) => {
    const popup = await openReader(driver, state.seedTabId)
    const peek = await popup.evaluate(() => performance.getEntriesByName('qari-peek-answered')[0]?.detail)
    await popup.close()
    assert(peek?.found === true && peek.from === 'session', `the early peek answered ${JSON.stringify(peek)}`)
  })

  test("an article read before another comes from the session's copies too (an older copy, read alone)", async ({ driver, state }) => {
    const otherUrl = `http://${NEWS_HOST}/news/2024/4/28/cement-results/`
    const page = await driver.openPage(otherUrl)
    try {
      const otherTab = await tabIdFor(driver, `${otherUrl}*`)
      const other = await openReader(driver, otherTab)
      await other.close()
      // The worker keeps its copy after it has answered: wait until it stands first, the seed's behind it.
      const newest = () => driver.inExtension(async () => ((await (globalThis.browser ?? chrome).storage.session.get('recentIndex')).recentIndex ?? []).map((e) => e.keys.join(' ')))
      await waitFor(async () => (await newest())[0]?.includes('cement-results'), { timeout: 10000, message: "the other article's copy" })
      const held = await newest()
      assert(held.some((keys) => keys.includes('kremlin-hamas-delegation')), `the copies held: ${JSON.stringify(held)}`)
      const popup = await openReader(driver, state.seedTabId)
      const peek = await popup.evaluate(() => performance.getEntriesByName('qari-peek-answered')[0]?.detail)
      const shown = await popup.$eval('[data-state]', (el) => `${el.getAttribute('data-state')}/${el.getAttribute('data-from-cache')}`)
      await popup.close()
      assert(peek?.found === true && peek.from === 'session' && shown === 'ok/true', `the early peek answered ${JSON.stringify(peek)}, the reader ${shown}`)
    } finally {
      await page.close()
    }
  })

  test("a reopened article appears in the reader's own theme from its first frame", async ({ driver, state }) => {
    const setTheme = (theme) => driver.inExtension((t) => (globalThis.browser ?? chrome).storage.sync.set({ settings: { theme: t } }), theme)
    await setTheme('dark')
    try {
      const popup = await openReader(driver, state.seedTabId)
      const first = await popup.evaluate(() => performance.getEntriesByName('qari-reader-ready')[0]?.detail)
      await popup.close()
      assert(first?.fromCache === true && first.theme === 'dark', `the first frame showed ${JSON.stringify(first)}`)
    } finally {
      await setTheme('auto')
    }
  })

  test("the cache survives the background being stopped (Chrome's service worker, Firefox's event page)", async ({ driver, state }) => {
    await driver.stopWorker()
    // The next message wakes a fresh worker, whose memory is empty: what the browser stored answers (the copies in
    // storage.session, else IndexedDB).
    const third = await waitFor(() => fromCache(driver, state.seedTabId), { timeout: 20000, message: 'reader after restart' })
    assert(third === 'ok/true', `after a worker restart the open was ${third}`)
  })

  test('the history lists the cached article with its summary', async ({ driver }) => {
    const reply = await driver.inExtension(() => (globalThis.browser ?? chrome).runtime.sendMessage({ type: 'history:list', payload: {} }))
    assert(reply?.ok, `history:list failed: ${JSON.stringify(reply)}`)
    const item = reply.value.items.find((i) => i.url.includes('kremlin-hamas-delegation'))
    assert(item, `history has ${reply.value.items.length} items, none the seed`)
    assert(item.summary.length >= 1, 'the history item carries its summary')
  })
}
