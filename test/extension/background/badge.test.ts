import { describe, expect, it } from 'vitest'
import { fakeBrowser } from '@webext-core/fake-browser'
import { showVerdict } from '../../../src/extension/background/badge.ts'

const verdict = (isArticle: boolean) => ({ isArticle, lang: 'ar', confidence: 0.9, reasons: [] })

describe('showVerdict', () => {
  it('marks a tab whose page is an Arabic article', async () => {
    await showVerdict(4, { url: 'https://www.aljazeera.net/news/1', verdict: verdict(true) })
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('ع')
  })

  it('clears the mark when the tab moves to a page that is not', async () => {
    await showVerdict(4, { url: 'https://www.aljazeera.net/news/1', verdict: verdict(true) })
    await showVerdict(4, { url: 'https://www.aljazeera.net/', verdict: verdict(false) })
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('')
  })
})
