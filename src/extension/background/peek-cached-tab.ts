import type { PeekResult } from '../messages.ts'
import { analysisVersion } from './analysis-version.ts'
import { cacheKey } from './cache/cache-key.ts'
import type { SummaryCache } from './cache/cache-record.ts'
import { isAnalysedDoc } from './is-analysed-doc.ts'

/**
 * The analysis cached for a tab's address, found without reading the page: what a reopened article
 * shows while the reader reads the tab again to check it. Any failure is a miss. Used by the worker
 * (reader:peek) and by the reader page itself (early-peek.ts), which reads the same IndexedDB.
 */
export async function peekCachedTab(tab: { url?: string }, store: SummaryCache, summarySentences: number | undefined): Promise<PeekResult> {
  if (!tab.url) return { status: 'miss' }
  try {
    const record = await store.findByPage(cacheKey(tab.url), analysisVersion(summarySentences))
    return record && isAnalysedDoc(record.analysis) ? { status: 'ok', doc: record.analysis, fromCache: true } : { status: 'miss' }
  } catch {
    return { status: 'miss' }
  }
}
