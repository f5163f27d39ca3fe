import browser from 'webextension-polyfill'
import { analyzeWithModel, type AnalyzeOptions } from '../../engine/analyze-article.ts'
import type { ArticleDoc } from '../../engine/doc.ts'
import { noArticleKind } from '../../engine/extract/no-article-kind.ts'
import { loadBundledNamesModel } from './bundled-names-model.ts'
import type { BackgroundRequest, BackgroundResponses, HistoryItem, PeekResult, ReaderResult } from '../messages.ts'
import { readTab } from './read-tab.ts'
import { analysisVersion } from './analysis-version.ts'
import { peekCachedTab } from './peek-cached-tab.ts'
import { targetTab } from './target-tab.ts'
import { isAnalysedDoc } from './is-analysed-doc.ts'
import { createRecentAnalyses, sessionArea, type RecentAnalyses } from './recent-analyses.ts'
import { loadSettings } from '../settings/settings-store.ts'
import { cacheKey, createLayeredCache, createMemoryCache, hashText, openSummaryCache, type CacheRecord, type SummaryCache } from './summary-cache.ts'

/** What the reader asks of the worker; one instance per worker lifetime. */
export interface ReaderService {
  analyzeTab(request: BackgroundRequest<'reader:analyze'>): Promise<ReaderResult>
  /** The cached analysis for the tab's address, without reading the page; a miss on any failure. */
  peekTab(request: BackgroundRequest<'reader:peek'>): Promise<PeekResult>
  openCached(key: string): Promise<ReaderResult>
  history(query?: string): Promise<BackgroundResponses['history:list']>
  forget(key: string): Promise<{ ok: boolean }>
  forgetAll(): Promise<{ ok: boolean }>
}

export interface ReaderServiceDeps {
  /** The persistent cache (IndexedDB). */
  cache?: SummaryCache
  /** Private windows: analyses live in memory only and go with the worker. */
  privateCache?: SummaryCache
  readTab?: typeof readTab
  /** The engine's analysis; by default with the names model the worker bundle carries. */
  analyze?: (doc: ArticleDoc, options: AnalyzeOptions) => Promise<ArticleDoc>
  /** The reader's chosen summary length, when a request does not say. */
  summaryLength?: () => Promise<number | undefined>
  /** Copies of the analyses served, for the reader pages' early peek (recent-analyses.ts). */
  recent?: RecentAnalyses
}

/** What the worker keeps in memory of the analyses it served (a few dozen articles): see layered-cache.ts. */
const RECENT_BYTES = 2 * 1024 * 1024

/**
 * What the reader and the cache keep of an analysis: everything but the token layer, which only the
 * engine's own components use and which is the bulk of a document (tens of bytes per word).
 */
function readerView(doc: ArticleDoc): ArticleDoc {
  const { tokens: _tokens, ...view } = doc
  return view
}

function summaryOf(doc: ArticleDoc): string[] {
  return (doc.summary ?? []).map((span) => doc.text.slice(span.start, span.end))
}

export function createReaderService(deps: ReaderServiceDeps = {}): ReaderService {
  const cache = deps.cache ?? createLayeredCache(createMemoryCache({ budgetBytes: RECENT_BYTES }), openSummaryCache())
  const privateCache = deps.privateCache ?? createMemoryCache()
  const read = deps.readTab ?? readTab
  const analyze = deps.analyze ?? ((doc, options) => analyzeWithModel(doc, { ...options, namesModel: loadBundledNamesModel }))
  const summaryLength = deps.summaryLength ?? (() => loadSettings().then((settings) => settings.summarySentences))
  const recent = deps.recent ?? createRecentAnalyses(sessionArea(browser.storage))

  /**
   * The summary length of a request: its own, else the reader's setting. Started before the tab is looked
   * up or read, since reading the setting is a round trip of its own.
   */
  function lengthFor(request: { summarySentences?: number }): Promise<number | undefined> {
    if (request.summarySentences !== undefined) return Promise.resolve(request.summarySentences)
    return summaryLength().catch(() => undefined)
  }

  async function cached(store: SummaryCache, key: string, hash: string, version: string): Promise<ArticleDoc | undefined> {
    const record = await store.get(key, hash, version).catch(() => undefined)
    return record && isAnalysedDoc(record.analysis) ? record.analysis : undefined
  }

  return {
    async analyzeTab(request) {
      try {
        const length = lengthFor(request)
        const tab = await targetTab(browser.tabs, request.tabId)
        const store = tab.incognito ? privateCache : cache
        const extracted = await read(tab.id!)
        if (!extracted.isArticle) {
          return { status: 'no-article', reason: extracted.reason, kind: noArticleKind(extracted.reason), title: extracted.title, lang: extracted.lang }
        }
        const key = cacheKey(extracted.doc.canonicalUrl ?? extracted.doc.url ?? tab.url ?? '')
        const pageKey = tab.url ? cacheKey(tab.url) : undefined
        const hash = hashText(extracted.doc.text)
        const summarySentences = await length
        const version = analysisVersion(summarySentences)
        // The copy for the page's early peek is not waited for: the reader has its answer already.
        const keepRecent = (doc: ArticleDoc) => {
          if (!tab.incognito) void recent.remember({ keys: pageKey && pageKey !== key ? [key, pageKey] : [key], version, analysis: doc })
        }
        const hit = await cached(store, key, hash, version)
        if (hit) {
          keepRecent(hit)
          return { status: 'ok', doc: hit, fromCache: true }
        }
        const doc = readerView(await analyze(extracted.doc, { summarySentences }))
        // Storing is best effort: the reader gets its article whatever the storage does.
        await store
          .put({ key, ...(pageKey && pageKey !== key ? { pageKey } : {}), url: doc.url, title: doc.title, siteName: doc.siteName, published: doc.published, textHash: hash, engineVersion: version, analysis: doc, summary: summaryOf(doc) })
          .catch(() => undefined)
        keepRecent(doc)
        return { status: 'ok', doc, fromCache: false }
      } catch (error) {
        return { status: 'error', message: error instanceof Error ? error.message : String(error) }
      }
    },
    async peekTab(request) {
      try {
        const length = lengthFor(request)
        const tab = await targetTab(browser.tabs, request.tabId)
        return await peekCachedTab(tab, tab.incognito ? privateCache : cache, await length)
      } catch {
        return { status: 'miss' }
      }
    },
    async openCached(key) {
      const record: CacheRecord | undefined =
        (await privateCache.getByKey(key).catch(() => undefined)) ?? (await cache.getByKey(key).catch(() => undefined))
      if (record && isAnalysedDoc(record.analysis)) return { status: 'ok', doc: record.analysis, fromCache: true }
      return { status: 'error', message: 'This article is no longer in the cache' }
    },
    async history(query) {
      const entries = await cache.list(query).catch(() => [])
      const items: HistoryItem[] = entries.map((entry) => ({
        key: entry.key,
        url: entry.url,
        title: entry.title,
        siteName: entry.siteName,
        published: entry.published,
        summary: entry.summary ?? [],
        lastUsed: entry.lastUsed,
      }))
      return { items }
    },
    async forget(key) {
      await Promise.all([cache.delete(key), privateCache.delete(key), recent.forget(key)]).catch(() => undefined)
      return { ok: true }
    },
    async forgetAll() {
      await Promise.all([cache.clear(), privateCache.clear(), recent.forget()]).catch(() => undefined)
      return { ok: true }
    },
  }
}
