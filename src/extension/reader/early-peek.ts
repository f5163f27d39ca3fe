/**
 * A small script the reader pages load async in their <head>, beside their own (deferred) script: it looks
 * up the cached analysis of the tab while the page's script is still being fetched and compiled, so a
 * reopened article is ready when the reader first renders. The reader takes the promise with
 * takeEarlyPeek(). Built apart as a small IIFE (scripts/vite-classic-scripts.ts) on the browser's own
 * `browser`/`chrome` (native-browser.ts): both browsers' MV3 APIs return promises.
 *
 * It reads the copy of the analysis the worker served in this browser session (recent-analyses.ts: the
 * index and the newest copy in one round trip, an older copy in one more), else the worker's IndexedDB
 * cache itself (an extension page shares the worker's origin), instead of asking the worker (reader:peek):
 * Chrome stops an idle worker after ~30 s, and waking it to answer took ~140 ms of a reopened article's
 * ~215 ms (bench, headless Chromium); with the worker awake it takes about as long as the message did.
 * Private windows still ask the worker, whose analyses of them live only in its memory.
 */
// First: it raises the flag the page's own script waits on (afterEarlyPeek) before anything here can fail.
import './early-peek-ran.ts'
import browser from 'webextension-polyfill'
import type { BackgroundRequest } from '../messages.ts'
import { analysisVersion } from '../background/analysis-version.ts'
import { cacheKey, openSummaryCache } from '../background/summary-cache.ts'
import { findRecent, readRecent, readRecentCopy, sessionArea } from '../background/recent-analyses.ts'
import { peekCachedTab } from '../background/peek-cached-tab.ts'
import { targetTab } from '../background/target-tab.ts'
import { loadSettings } from '../settings/settings-store.ts'
import type { Settings } from '../settings/settings.ts'
import { tabFromQuery } from './tab-from-query.ts'
import { EARLY_PEEK_GLOBAL, EARLY_SETTINGS_GLOBAL, toPeekResult } from './early-peek-global.ts'

/**
 * The reader reads the tab only once the peek has answered, so a blocked open (another context holding an
 * older version of the database open during an upgrade) must not hold it for the worker's 2 s: a miss
 * after this costs only the reading the reader would do anyway.
 */
const OPEN_TIMEOUT_MS = 300

/** The reply in the envelope a worker's answer comes in, so that takeEarlyPeek checks both alike. */
/** Where the peek's answer came from, for the performance mark (the e2e tests read it). */
type PeekSource = 'session' | 'database' | 'worker'
let source: PeekSource = 'database'

async function peek(tabId: number | undefined, settings: Promise<Settings>): Promise<unknown> {
  // The settings, the tab, the copies' index with the newest copy, and the database open (openSummaryCache
  // starts it) travel together; an older copy is read once the tab's address says it is the one.
  const summarySentences = settings.then((s) => s.summarySentences)
  const session = sessionArea(browser.storage)
  const recent = readRecent(session)
  const cache = openSummaryCache({ openTimeoutMs: OPEN_TIMEOUT_MS })
  const tab = await targetTab(browser.tabs, tabId)
  if (tab.incognito) {
    const payload: BackgroundRequest<'reader:peek'> = tabId === undefined ? {} : { tabId }
    source = 'worker'
    return browser.runtime.sendMessage({ type: 'reader:peek', payload })
  }
  const length = await summarySentences
  // An article served in this browser session is in the copies: no database round trips.
  const copies = await recent
  const entry = tab.url ? findRecent(copies.entries, cacheKey(tab.url), analysisVersion(length)) : undefined
  const copy = entry && (await readRecentCopy(session, entry, copies))
  if (copy) {
    source = 'session'
    return { ok: true, value: { status: 'ok', doc: copy, fromCache: true } }
  }
  return { ok: true, value: await peekCachedTab(tab, cache, length) }
}

const tabId = tabFromQuery(location.search)
// Only the popup and ?tab= readers peek; a cached article opened by key (?key=) asks for it directly.
if (browser?.tabs && !new URLSearchParams(location.search).has('key')) {
  // User Timing marks for the browser's performance panel and the bench's phase table.
  performance.mark?.('qari-peek-sent')
  // The reader takes the settings too (takeEarlySettings), so that it shows the article with them at once.
  const settings = loadSettings()
  ;(globalThis as Record<string, unknown>)[EARLY_SETTINGS_GLOBAL] = settings
  const reply = peek(tabId, settings)
  // The mark's detail says whether the peek found the article, and where (the e2e tests read it).
  reply.then((envelope) => performance.mark?.('qari-peek-answered', { detail: { found: toPeekResult(envelope).status === 'ok', from: source } }), () => undefined)
  ;(globalThis as Record<string, unknown>)[EARLY_PEEK_GLOBAL] = { tabId, reply }
}
