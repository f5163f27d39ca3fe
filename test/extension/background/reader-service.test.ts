import { describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from '@webext-core/fake-browser'
import { createReaderService } from '../../../src/extension/background/reader-service.ts'
import { createMemoryCache, type SummaryCache } from '../../../src/extension/background/summary-cache.ts'
import { createRecentAnalyses, readRecent } from '../../../src/extension/background/recent-analyses.ts'
import { fakeSessionArea } from './fake-session-area.ts'
import { analyzeArticle, type ArticleDoc } from '../../../src/engine/index.ts'
import { joinBlocks } from '../../../src/engine/doc.ts'
import type { ExtractResult } from '../../../src/engine/index.ts'

const article = (text: string): ExtractResult => ({
  isArticle: true,
  doc: { url: 'https://www.aljazeera.net/news/1', lang: 'ar', dir: 'rtl', title: 'عنوان', ...joinBlocks([{ kind: 'paragraph', text }]) },
})
const TEXT = 'قالت روسيا الجمعة إن الوفد زار موسكو. وأضافت أن المحادثات تناولت الأسرى. وقال المتحدث إن اللقاء كان مفيدا. وختم بأن الحوار سيستمر.'


async function setup(extracted: ExtractResult, options: { incognito?: boolean; cache?: SummaryCache } = {}) {
  const tab = await fakeBrowser.tabs.create({ url: 'https://www.aljazeera.net/news/1', active: true })
  if (options.incognito) (tab as { incognito: boolean }).incognito = true
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(tab as never)
  const readTab = vi.fn(async () => extracted)
  const analyze = vi.fn(analyzeArticle)
  const cache = options.cache ?? createMemoryCache()
  const privateCache = createMemoryCache()
  const session = fakeSessionArea()
  const service = createReaderService({ cache, privateCache, readTab, analyze, recent: createRecentAnalyses(session) })
  return { service, tab, readTab, analyze, cache, privateCache, session }
}

describe('reader service', () => {
  it('analyses an article and serves it from the cache the second time', async () => {
    const { service, tab, analyze } = await setup(article(TEXT))
    const first = await service.analyzeTab({ tabId: tab.id })
    const second = await service.analyzeTab({ tabId: tab.id })
    expect(first).toMatchObject({ status: 'ok', fromCache: false })
    expect(second).toMatchObject({ status: 'ok', fromCache: true })
    expect(analyze).toHaveBeenCalledTimes(1)
    expect((second as { doc: ArticleDoc }).doc.summary?.length).toBeGreaterThan(0)
  })

  it('peeks at the cached analysis of the tab without reading the page again', async () => {
    const { service, tab, readTab } = await setup(article(TEXT))
    expect(await service.peekTab({ tabId: tab.id })).toEqual({ status: 'miss' })
    const first = await service.analyzeTab({ tabId: tab.id })
    readTab.mockClear()
    const peeked = await service.peekTab({ tabId: tab.id })
    expect(peeked).toMatchObject({ status: 'ok', fromCache: true })
    expect((peeked as { doc: ArticleDoc }).doc.text).toBe((first as { doc: ArticleDoc }).doc.text)
    expect(readTab).not.toHaveBeenCalled()
    // Another summary length is another analysis: nothing to show until it is computed.
    expect(await service.peekTab({ tabId: tab.id, summarySentences: 5 })).toEqual({ status: 'miss' })
  })

  it('finds the record of a page whose canonical address differs from the tab address', async () => {
    const canonical = article(TEXT)
    if (canonical.isArticle) canonical.doc.canonicalUrl = 'https://www.aljazeera.net/news/canonical-1'
    const { service, tab, cache } = await setup(canonical)
    await service.analyzeTab({ tabId: tab.id })
    expect((await cache.list()).map((entry) => [entry.key, entry.pageKey])).toEqual([
      ['https://www.aljazeera.net/news/canonical-1', 'https://www.aljazeera.net/news/1'],
    ])
    expect(await service.peekTab({ tabId: tab.id })).toMatchObject({ status: 'ok', fromCache: true })
  })

  it('recomputes when the article text changed', async () => {
    const { service, tab, readTab, analyze } = await setup(article(TEXT))
    await service.analyzeTab({ tabId: tab.id })
    readTab.mockResolvedValueOnce(article(`${TEXT} وأضاف سطرا جديدا.`))
    const again = await service.analyzeTab({ tabId: tab.id })
    expect(again).toMatchObject({ status: 'ok', fromCache: false })
    expect(analyze).toHaveBeenCalledTimes(2)
  })

  it('recomputes when the reader asks for another summary length', async () => {
    const { service, tab, analyze } = await setup(article(TEXT))
    await service.analyzeTab({ tabId: tab.id, summarySentences: 3 })
    await service.analyzeTab({ tabId: tab.id, summarySentences: 4 })
    expect(analyze).toHaveBeenCalledTimes(2)
  })

  it('keeps private windows out of the persistent cache', async () => {
    const { service, tab, cache } = await setup(article(TEXT), { incognito: true })
    await service.analyzeTab({ tabId: tab.id })
    expect(await cache.list()).toHaveLength(0)
    expect((await service.history()).items).toHaveLength(0)
  })

  it('says there is no article, with the reason', async () => {
    const { service, tab } = await setup({ isArticle: false, reason: 'a list of headlines', lang: 'ar', dir: 'rtl' })
    expect(await service.analyzeTab({ tabId: tab.id })).toEqual({ status: 'no-article', reason: 'a list of headlines', kind: 'no-prose', title: undefined, lang: 'ar' })
  })

  it('still serves the reader when storage fails', async () => {
    const broken: SummaryCache = {
      get: () => Promise.reject(new Error('corrupt')),
      put: () => Promise.reject(new Error('quota exceeded')),
      getByKey: () => Promise.reject(new Error('corrupt')),
      findByPage: () => Promise.reject(new Error('corrupt')),
      list: () => Promise.reject(new Error('corrupt')),
      delete: () => Promise.reject(new Error('corrupt')),
      clear: () => Promise.reject(new Error('corrupt')),
    }
    const { service, tab } = await setup(article(TEXT), { cache: broken })
    expect(await service.analyzeTab({ tabId: tab.id })).toMatchObject({ status: 'ok', fromCache: false })
    expect(await service.peekTab({ tabId: tab.id })).toEqual({ status: 'miss' })
    expect(await service.history()).toEqual({ items: [] })
  })

  it('ignores a cached record whose analysis is not a document', async () => {
    const cache = createMemoryCache()
    const { service, tab, analyze } = await setup(article(TEXT), { cache })
    await service.analyzeTab({ tabId: tab.id })
    const [entry] = await cache.list()
    const record = await cache.getByKey(entry.key)
    await cache.put({ ...record!, analysis: { text: 42 } })
    expect(await service.analyzeTab({ tabId: tab.id })).toMatchObject({ status: 'ok', fromCache: false })
    expect(analyze).toHaveBeenCalledTimes(2)
  })

  it('lists, reopens offline and forgets cached articles', async () => {
    const { service, tab, readTab } = await setup(article(TEXT))
    await service.analyzeTab({ tabId: tab.id })
    const { items } = await service.history()
    expect(items).toHaveLength(1)
    expect(items[0].summary.length).toBeGreaterThan(0)
    readTab.mockRejectedValue(new Error('offline'))
    expect(await service.openCached(items[0].key)).toMatchObject({ status: 'ok', fromCache: true })
    await service.forget(items[0].key)
    expect((await service.history()).items).toHaveLength(0)
    expect(await service.openCached(items[0].key)).toMatchObject({ status: 'error' })
  })
})

describe('reader service payload', () => {
  it('sends and stores the analysis without the engine-only token layer', async () => {
    const { service, tab, cache } = await setup(article(TEXT))
    const result = await service.analyzeTab({ tabId: tab.id })
    expect((result as { doc: ArticleDoc }).doc.tokens).toBeUndefined()
    expect((result as { doc: ArticleDoc }).doc.sentences?.length).toBeGreaterThan(0)
    const [entry] = await cache.list()
    expect(((await cache.getByKey(entry.key))!.analysis as ArticleDoc).tokens).toBeUndefined()
  })
})

describe('reader service summary length', () => {
  it('uses the stored summary length when the request does not say', async () => {
    await fakeBrowser.storage.sync.set({ settings: { summarySentences: 5 } })
    const { service, tab, analyze } = await setup(article(TEXT))
    await service.analyzeTab({ tabId: tab.id })
    expect(analyze.mock.calls[0][1]).toMatchObject({ summarySentences: 5 })
  })

  it('keeps a copy of each analysis it serves for the reader pages, and forgets it with the history', async () => {
    const { service, tab, session } = await setup(article(TEXT))
    await service.analyzeTab({ tabId: tab.id })
    await vi.waitFor(async () => expect((await readRecent(session)).entries.map((e) => e.keys)).toEqual([['https://www.aljazeera.net/news/1']]))
    await service.forget('https://www.aljazeera.net/news/1')
    expect((await readRecent(session)).entries).toEqual([])
    await service.analyzeTab({ tabId: tab.id })
    await vi.waitFor(async () => expect((await readRecent(session)).entries).toHaveLength(1))
    await service.forgetAll()
    expect((await readRecent(session)).entries).toEqual([])
    expect(Object.keys(session.items).filter((item) => item.startsWith('recentCopy:'))).toEqual([])
  })

  it("keeps no copy of a private window's analysis", async () => {
    const { service, tab, session } = await setup(article(TEXT), { incognito: true })
    expect(await service.analyzeTab({ tabId: tab.id })).toMatchObject({ status: 'ok' })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect((await readRecent(session)).entries).toEqual([])
  })
})
