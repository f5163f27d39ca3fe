import browser from 'webextension-polyfill'
import type { ExtractResult } from '../../engine/index.ts'
import { checkExtractResult } from '../extract-result-schema.ts'

/** The extractor bundle, built apart from crxjs as one IIFE (see vite.inject.config.ts). */
export const EXTRACTOR_FILE = 'extract-page.js'

/** Pages no extension may script: the browser's own, stores and our own. */
const UNREADABLE = /^(?:chrome|edge|about|moz-extension|chrome-extension|view-source|resource|data|file):/u

/**
 * Injects the extractor into the tab and returns its structured result. Needs activeTab (a toolbar
 * click or the shortcut) or a host permission for the page.
 */
export async function readTab(tabId: number): Promise<ExtractResult> {
  const tab = await browser.tabs.get(tabId)
  if (tab.url && UNREADABLE.test(tab.url)) {
    return { isArticle: false, reason: 'This is a browser page, not a web page', lang: 'und', dir: 'ltr' }
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] })
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => globalThis.__qariExtract?.(),
  })
  return checkExtractResult(injection?.result)
}
