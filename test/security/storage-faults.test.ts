/**
 * Storage faults (issue 8), end to end through the reader service over the real IndexedDB cache
 * (fake-indexeddb): a corrupted record, an engine version change and a full quota. The reader must get
 * its article in every case, and the cache must heal. The cache module's own tests
 * (test/extension/background/cache/) cover the cache alone; these add what they do not.
 */
import 'fake-indexeddb/auto'
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from '@webext-core/fake-browser'
import { createReaderService } from '../../src/extension/background/reader-service.ts'
import { openSummaryCache, type NewCacheRecord, type SummaryCache } from '../../src/extension/background/summary-cache.ts'
import { analyzeArticle, ENGINE_VERSION, type ArticleDoc, type ExtractResult } from '../../src/engine/index.ts'
import { joinBlocks } from '../../src/engine/doc.ts'
import { PARAGRAPHS } from '../fixtures/hostile/article-text.ts'

const URL_A = 'https://www.aljazeera.net/news/2026/3/1/water'
const article = (url = URL_A): ExtractResult => ({
  isArticle: true,
  doc: { url, lang: 'ar', dir: 'rtl', title: 'بلدية المدينة تطلق مشروعا', ...joinBlocks(PARAGRAPHS.slice(0, 4).map((text) => ({ kind: 'paragraph' as const, text }))) },
})

let dbCount = 0
function freshCache(options: { budgetBytes?: number } = {}): { cache: SummaryCache; factory: IDBFactory; dbName: string } {
  const factory = new IDBFactory()
  const dbName = `faults-${++dbCount}`
  return { cache: openSummaryCache({ indexedDB: factory, dbName, ...options }), factory, dbName }
}

async function setup(cache: SummaryCache, extracted: ExtractResult = article()) {
  const tab = await fakeBrowser.tabs.create({ url: URL_A, active: true })
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(tab as never)
  const analyze = vi.fn(analyzeArticle)
  const service = createReaderService({ cache, privateCache: openSummaryCache({ indexedDB: new IDBFactory(), dbName: 'private' }), readTab: vi.fn(async () => extracted), analyze })
  return { service, tabId: tab.id!, analyze }
}

/** Rewrites one stored value behind the cache's back, as disk corruption or an old build would leave it. */
function overwrite(factory: IDBFactory, dbName: string, store: 'entries' | 'analyses', value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open(dbName)
    open.onsuccess = () => {
      const tx = open.result.transaction(store, 'readwrite')
      tx.objectStore(store).put(value)
      tx.oncomplete = () => {
        open.result.close()
        resolve()
      }
      tx.onerror = () => reject(tx.error)
    }
    open.onerror = () => reject(open.error)
  })
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a corrupted cache record', () => {
  it.each([
    ['an analysis that is not a document', { text: 42 }],
    ['an analysis that is a string', 'garbage'],
    ['an analysis that is null', null],
  ])('%s: the reader recomputes, and the cache heals', async (_name, analysis) => {
    const { cache, factory, dbName } = freshCache()
    const { service, tabId, analyze } = await setup(cache)
    const first = await service.analyzeTab({ tabId })
    expect(first).toMatchObject({ status: 'ok', fromCache: false })
    const key = (await cache.list())[0]!.key
    await overwrite(factory, dbName, 'analyses', { key, analysis })
    expect(await service.analyzeTab({ tabId })).toMatchObject({ status: 'ok', fromCache: false })
    expect(await service.analyzeTab({ tabId })).toMatchObject({ status: 'ok', fromCache: true })
    expect(analyze).toHaveBeenCalledTimes(2)
  })

  it('an entry of the wrong shape: the reader recomputes and the history skips it', async () => {
    const { cache, factory, dbName } = freshCache()
    const { service, tabId } = await setup(cache)
    await service.analyzeTab({ tabId })
    const key = (await cache.list())[0]!.key
    await overwrite(factory, dbName, 'entries', { key, title: ['not', 'a', 'string'], lastUsed: 'yesterday' })
    expect((await service.history()).items).toEqual([])
    expect(await service.analyzeTab({ tabId })).toMatchObject({ status: 'ok', fromCache: false })
  })

  // isAnalysedDoc (src/extension/background/is-analysed-doc.ts) checks every layer against the text.
  it.each([
    ['summary not an array', (doc: ArticleDoc) => ({ ...doc, summary: 'oops' })],
    ['a block past the end of the text', (doc: ArticleDoc) => ({ ...doc, blocks: [...doc.blocks, { kind: 'paragraph', start: 0, end: 10 ** 9 }] })],
    ['a mention outside the text', (doc: ArticleDoc) => ({ ...doc, entities: [{ id: 'x', type: 'person', name: 'x', mentions: [{ start: -5, end: 10 ** 9 }] }] })],
    ['figures not an array', (doc: ArticleDoc) => ({ ...doc, figures: { length: 3 } })],
  ])('a document with damaged layers (%s) is not served from the cache (src/extension/background/reader-service.ts)', async (_name, damage) => {
    const { cache, factory, dbName } = freshCache()
    const { service, tabId } = await setup(cache)
    const first = (await service.analyzeTab({ tabId })) as { doc: ArticleDoc }
    const key = (await cache.list())[0]!.key
    await overwrite(factory, dbName, 'analyses', { key, analysis: damage(first.doc) })
    expect(await service.analyzeTab({ tabId })).toMatchObject({ status: 'ok', fromCache: false })
  })
})

describe('an engine version change', () => {
  it('a record stored by an older engine is recomputed and replaced', async () => {
    const { cache } = freshCache()
    const { service, tabId, analyze } = await setup(cache)
    const first = (await service.analyzeTab({ tabId })) as { doc: ArticleDoc }
    const stored = (await cache.list())[0]!
    expect(stored.engineVersion.startsWith(ENGINE_VERSION)).toBe(true)
    // The same article, as an older engine left it.
    const record = await cache.getByKey(stored.key)
    await cache.put({ ...(record as NewCacheRecord), engineVersion: `0.0.1-old/${stored.engineVersion.split('/')[1]}`, analysis: { ...first.doc, summary: [] } })
    expect(await service.analyzeTab({ tabId })).toMatchObject({ status: 'ok', fromCache: false })
    expect((await cache.list())[0]!.engineVersion).toBe(stored.engineVersion)
    expect(await service.analyzeTab({ tabId })).toMatchObject({ status: 'ok', fromCache: true })
    expect(analyze).toHaveBeenCalledTimes(2)
  })
})

describe('a full quota', () => {
  /** Makes object-store puts throw QuotaExceededError while `full()` is true, as a full disk does. */
  function fillDisk(full: () => boolean) {
    const put = IDBObjectStore.prototype.put
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'analyses' && full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    })
  }

  it('the reader still gets its article, and nothing half-written is left', async () => {
    const { cache } = freshCache()
    fillDisk(() => true)
    const { service, tabId } = await setup(cache)
    expect(await service.analyzeTab({ tabId })).toMatchObject({ status: 'ok', fromCache: false })
    expect(await cache.list()).toEqual([])
    expect(await service.analyzeTab({ tabId })).toMatchObject({ status: 'ok', fromCache: false })
  })

  it('older records are evicted to make room, and the new one is stored', async () => {
    const { cache } = freshCache({ budgetBytes: 400_000 })
    for (let i = 0; i < 5; i++) {
      await cache.put({ key: `old-${i}`, url: `https://x/${i}`, title: `قديم ${i}`, textHash: 'h', engineVersion: 'v', analysis: { text: 'ن'.repeat(30_000), title: 't', blocks: [] }, summary: [] })
    }
    expect(await cache.list()).toHaveLength(5)
    // The disk is full for the first write only: the cache evicts, then its retry succeeds.
    let failures = 1
    fillDisk(() => failures-- > 0)
    const { service, tabId } = await setup(cache)
    expect(await service.analyzeTab({ tabId })).toMatchObject({ status: 'ok', fromCache: false })
    const keys = (await cache.list()).map((e) => e.key)
    expect(keys).toContain(URL_A)
    expect(keys.length).toBeLessThan(6)
    expect(await service.analyzeTab({ tabId })).toMatchObject({ status: 'ok', fromCache: true })
  })
})
