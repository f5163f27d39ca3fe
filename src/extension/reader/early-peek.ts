/**
 * A small script the reader pages load async in their <head>, beside their own (deferred) script: it asks
 * the worker for the cached analysis of the tab (reader:peek) while the page's script is still being
 * fetched and compiled, so a reopened article is ready when the reader first renders. The reader takes the
 * promise with takeEarlyPeek(). Built apart as a small IIFE (scripts/vite-classic-scripts.ts) without
 * webextension-polyfill: both browsers' runtime.sendMessage return a promise in MV3.
 */
import type { BackgroundRequest } from '../messages.ts'
import { tabFromQuery } from './tab-from-query.ts'
import { EARLY_PEEK_GLOBAL } from './early-peek-global.ts'

interface SendMessage {
  runtime: { sendMessage(message: unknown): Promise<unknown> }
}

const api = ((globalThis as { browser?: SendMessage }).browser ?? (globalThis as { chrome?: SendMessage }).chrome)
const tabId = tabFromQuery(location.search)
// Only the popup and ?tab= readers peek; a cached article opened by key (?key=) asks for it directly.
if (api?.runtime?.sendMessage && !new URLSearchParams(location.search).has('key')) {
  const payload: BackgroundRequest<'reader:peek'> = tabId === undefined ? {} : { tabId }
  try {
    // User Timing marks for the browser's performance panel and the bench's phase table.
    performance.mark?.('qari-peek-sent')
    const reply = api.runtime.sendMessage({ type: 'reader:peek', payload })
    reply.then(() => performance.mark?.('qari-peek-answered'), () => undefined)
    ;(globalThis as Record<string, unknown>)[EARLY_PEEK_GLOBAL] = { tabId, reply }
  } catch {
    // No worker to ask: the reader asks itself.
  }
}
