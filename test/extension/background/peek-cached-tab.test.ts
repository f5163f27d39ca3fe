import { describe, expect, it } from 'vitest'
import { peekCachedTab } from '../../../src/extension/background/peek-cached-tab.ts'
import { analysisVersion } from '../../../src/extension/background/analysis-version.ts'
import { createMemoryCache, type SummaryCache } from '../../../src/extension/background/summary-cache.ts'
import { joinBlocks } from '../../../src/engine/doc.ts'

const URL = 'https://www.aljazeera.net/news/1'
const doc = { url: URL, lang: 'ar', dir: 'rtl', title: 'عنوان', ...joinBlocks([{ kind: 'paragraph', text: 'قالت روسيا الجمعة إن الوفد زار موسكو.' }]) }

async function cacheWith(analysis: unknown, summarySentences?: number): Promise<SummaryCache> {
  const cache = createMemoryCache()
  await cache.put({ key: URL, url: URL, title: 'عنوان', textHash: 'h', engineVersion: analysisVersion(summarySentences), analysis })
  return cache
}

describe('peekCachedTab', () => {
  it('finds the analysis cached for the tab address at the chosen summary length', async () => {
    const cache = await cacheWith(doc, 4)
    expect(await peekCachedTab({ url: URL }, cache, 4)).toEqual({ status: 'ok', doc, fromCache: true })
    expect(await peekCachedTab({ url: URL }, cache, 5)).toEqual({ status: 'miss' })
  })

  it('misses without an address, on a damaged record and when storage fails', async () => {
    expect(await peekCachedTab({}, await cacheWith(doc), undefined)).toEqual({ status: 'miss' })
    expect(await peekCachedTab({ url: URL }, await cacheWith({ text: 1 }), undefined)).toEqual({ status: 'miss' })
    const broken = { ...createMemoryCache(), findByPage: () => Promise.reject(new Error('corrupt')) }
    expect(await peekCachedTab({ url: URL }, broken, undefined)).toEqual({ status: 'miss' })
  })
})
