import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from '@webext-core/fake-browser'
import { analysisVersion } from '../../../src/extension/background/analysis-version.ts'
import { cacheKey, openSummaryCache } from '../../../src/extension/background/summary-cache.ts'
import { loadSettings } from '../../../src/extension/settings/settings-store.ts'
import { EARLY_PEEK_GLOBAL, EARLY_SETTINGS_GLOBAL, takeEarlyPeek, takeEarlySettings } from '../../../src/extension/reader/early-peek-global.ts'
import { joinBlocks } from '../../../src/engine/doc.ts'
import { createRecentAnalyses, sessionArea } from '../../../src/extension/background/recent-analyses.ts'

const URL = 'https://www.aljazeera.net/news/early-peek'
const doc = { url: URL, lang: 'ar', dir: 'rtl' as const, title: 'عنوان', ...joinBlocks([{ kind: 'paragraph', text: 'قالت روسيا الجمعة إن الوفد زار موسكو.' }]) }

/** Runs early-peek.ts as the reader page does: a fresh script for the page's address. */
async function runEarlyPeek(search: string): Promise<void> {
  window.history.replaceState(null, '', `/popup.html${search}`)
  vi.resetModules()
  await import('../../../src/extension/reader/early-peek.ts')
}

describe('early-peek.ts', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[EARLY_PEEK_GLOBAL]
    delete (globalThis as Record<string, unknown>)[EARLY_SETTINGS_GLOBAL]
    vi.restoreAllMocks()
    fakeBrowser.reset()
  })

  it("reads the tab's cached analysis from IndexedDB without asking the worker", async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL })
    const { summarySentences } = await loadSettings()
    await openSummaryCache().put({ key: cacheKey(URL), url: URL, title: 'عنوان', textHash: 'h', engineVersion: analysisVersion(summarySentences), analysis: doc })
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage')
    await runEarlyPeek(`?tab=${tab.id}`)
    expect(await takeEarlyPeek(tab.id)).toMatchObject({ status: 'ok', fromCache: true, doc: { title: 'عنوان' } })
    expect(send).not.toHaveBeenCalled()
  })

  it("answers from the copies of this session's analyses before the database", async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL })
    const { summarySentences } = await loadSettings()
    await createRecentAnalyses(sessionArea(fakeBrowser.storage)).remember({ keys: [cacheKey(URL)], version: analysisVersion(summarySentences), analysis: { ...doc, title: 'من الجلسة' } })
    await runEarlyPeek(`?tab=${tab.id}`)
    expect(await takeEarlyPeek(tab.id)).toMatchObject({ status: 'ok', fromCache: true, doc: { title: 'من الجلسة' } })
  })

  it('answers from an older copy too, when other articles were served after it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL })
    const version = analysisVersion((await loadSettings()).summarySentences)
    const recent = createRecentAnalyses(sessionArea(fakeBrowser.storage))
    await recent.remember({ keys: [cacheKey(URL)], version, analysis: { ...doc, title: 'الأقدم' } })
    await recent.remember({ keys: [cacheKey(`${URL}-2`)], version, analysis: { ...doc, url: `${URL}-2`, title: 'الأحدث' } })
    await runEarlyPeek(`?tab=${tab.id}`)
    expect(await takeEarlyPeek(tab.id)).toMatchObject({ status: 'ok', fromCache: true, doc: { title: 'الأقدم' } })
  })

  it('leaves the stored settings it read for the reader', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark', summarySentences: 4 } })
    const tab = await fakeBrowser.tabs.create({ url: URL })
    await runEarlyPeek(`?tab=${tab.id}`)
    expect(await takeEarlySettings()).toMatchObject({ theme: 'dark', summarySentences: 4 })
  })

  it('misses an address with nothing cached', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.aljazeera.net/news/never-read' })
    await runEarlyPeek(`?tab=${tab.id}`)
    expect(await takeEarlyPeek(tab.id)).toEqual({ status: 'miss' })
  })

  it('asks the worker for a tab of a private window, whose analyses live only in its memory', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL })
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...tab, incognito: true } as never)
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { status: 'ok', doc, fromCache: true } } as never)
    await runEarlyPeek(`?tab=${tab.id}`)
    expect(await takeEarlyPeek(tab.id)).toMatchObject({ status: 'ok', doc: { title: 'عنوان' } })
    expect(send).toHaveBeenCalledWith({ type: 'reader:peek', payload: { tabId: tab.id } })
  })

  it('does not peek for a cached article opened by key', async () => {
    await runEarlyPeek('?key=abc')
    expect((globalThis as Record<string, unknown>)[EARLY_PEEK_GLOBAL]).toBeUndefined()
    expect(takeEarlySettings()).toBeUndefined()
  })
})
