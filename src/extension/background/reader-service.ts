import browser from 'webextension-polyfill'
import { analyzeArticle, type ArticleDoc } from '../../engine/index.ts'
import type { BackgroundRequest, BackgroundResponses, HistoryItem, ReaderResult } from '../messages.ts'
import { readTab } from './read-tab.ts'

/** What the reader asks of the worker; one instance per worker lifetime. */
export interface ReaderService {
  analyzeTab(request: BackgroundRequest<'reader:analyze'>): Promise<ReaderResult>
  openCached(key: string): Promise<ReaderResult>
  history(query?: string): Promise<BackgroundResponses['history:list']>
  forget(key: string): Promise<{ ok: boolean }>
  forgetAll(): Promise<{ ok: boolean }>
}

export function createReaderService(): ReaderService {
  const recent = new Map<string, ArticleDoc>()

  async function activeTabId(): Promise<number> {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true })
    if (tab?.id === undefined) throw new Error('no active tab')
    return tab.id
  }

  return {
    async analyzeTab(request) {
      try {
        const tabId = request.tabId ?? (await activeTabId())
        const extracted = await readTab(tabId)
        if (!extracted.isArticle) {
          return { status: 'no-article', reason: extracted.reason, title: extracted.title, lang: extracted.lang }
        }
        const doc = await analyzeArticle(extracted.doc, { summarySentences: request.summarySentences })
        recent.set(doc.canonicalUrl ?? doc.url, doc)
        return { status: 'ok', doc, fromCache: false }
      } catch (error) {
        return { status: 'error', message: error instanceof Error ? error.message : String(error) }
      }
    },
    async openCached(key) {
      const doc = recent.get(key)
      return doc ? { status: 'ok', doc, fromCache: true } : { status: 'error', message: 'not in the cache' }
    },
    async history() {
      const items: HistoryItem[] = [...recent.entries()].map(([key, doc]) => ({
        key,
        url: doc.url,
        title: doc.title,
        siteName: doc.siteName,
        published: doc.published,
        summary: [],
        lastUsed: Date.now(),
      }))
      return { items }
    },
    async forget(key) {
      return { ok: recent.delete(key) }
    },
    async forgetAll() {
      recent.clear()
      return { ok: true }
    },
  }
}
