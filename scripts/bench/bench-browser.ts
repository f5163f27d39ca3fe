import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { median } from './stats.ts'

/** The seed article, served by the e2e fixture server under a listed news host (see test/e2e/server.mjs). */
const SEED_PATH = '/news/2023/10/27/kremlin-hamas-delegation/'
/** Three other articles the fixture server has (a results table, a page in shadow roots, a Sorani article). */
const OTHER_PATHS = ['/news/2024/4/28/cement-results/', '/news/components/floating-solar', '/news/ckb/salaries']

/** Where the time of one open goes, in ms from the reader page's navigation start. */
export interface OpenPhases {
  /** DOMContentLoaded: the page and its script loaded and run. */
  loaded: number
  /** The reader asks the worker for the analysis (after its settings are read). */
  requested: number
  /** The worker's answer arrives. */
  answered: number
  /** The reader's early peek (the cached analysis of the tab's address) starts, and has its answer. */
  peekRequested: number
  peeked: number
  /** [data-state="ok"] is in the page: the article is rendered. */
  rendered: number
  /** In the worker: injecting extract-page.js into the tab, then running the extraction there. */
  inject: number
  extract: number
}

/** Repeated times of one measure, and their median. */
export interface Samples {
  ms: number[]
  medianMs: number
}

/** One kind of open, repeated: each open's time to [data-state="ok"], their median, and the median phases. */
export interface OpenSeries {
  ms: number[]
  medianMs: number
  phases: OpenPhases
}

export interface ReaderTimings {
  /** The first open after the browser starts: the worker also decodes the names model. */
  firstMs: number
  cold: OpenSeries
  cached: OpenSeries
  /** Cached opens right after the worker was stopped, as Chrome stops it after ~30 s idle. */
  asleep: OpenSeries
  /**
   * Cached opens right after the reader was opened on another article, with three others served: the
   * seed's copy in storage.session is then an older one among four (recent-analyses.ts), as when a
   * reader goes back to an article read earlier in the session.
   */
  afterOthers: OpenSeries
  /**
   * The floor under any reader on this machine: an extension page with nothing in it, and one with a single
   * tiny script, each from navigation start to DOMContentLoaded, opened the way the reader is and
   * alternated with the cached opens. Chromium's own cost of showing an extension page, which no reader
   * code can go below.
   */
  emptyPage: Samples
  oneScriptPage: Samples
  /** Runs whose data-from-cache did not say what the run expected (cold must be false, cached true). */
  surprises: string[]
  chromiumVersion: string
}

// The e2e modules are plain JavaScript shared with the test suites; they are loaded by address so that
// the typecheck does not ask for declarations of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped .mjs modules
type Untyped = any

async function importE2e(file: string): Promise<Untyped> {
  return import(pathToFileURL(resolve('test/e2e', file)).href)
}

/*
 * The in-browser probes are strings, not functions: tsx compiles this file with esbuild's keepNames,
 * which wraps named functions in a `__name` helper that does not exist in the page. Strings handed to
 * addInitScript and evaluate run through the debugger protocol, which the extension's CSP allows.
 */

/**
 * Runs before the reader's own scripts: records when DOMContentLoaded fires, when reader:analyze is
 * sent and answered (by wrapping runtime.sendMessage, which the reader calls through the polyfill),
 * and when [data-state="ok"] appears (a MutationObserver, so no polling delay is counted).
 */
const PAGE_PROBE = `(() => {
  const probe = { marks: {} }
  window.__qariBench = probe
  // Each mark is also logged, so that the bench waits on console events, not on a script of its own
  // running in the page while it loads.
  const mark = (name) => { if (probe.marks[name] === undefined) { probe.marks[name] = performance.now(); console.debug('qari-bench:' + name) } }
  new MutationObserver(() => {
    const el = document.querySelector('[data-state]')
    const state = el && el.getAttribute('data-state')
    if (state && state !== 'loading' && probe.state === undefined) {
      mark('rendered')
      probe.state = state
      probe.fromCache = el.getAttribute('data-from-cache')
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] })
  document.addEventListener('DOMContentLoaded', () => mark('loaded'))
  for (const runtime of new Set([globalThis.chrome && chrome.runtime, globalThis.browser && browser.runtime].filter(Boolean))) {
    try {
      const send = runtime.sendMessage
      runtime.sendMessage = function (...args) {
        const type = args[0] && args[0].type
        const names = { 'reader:analyze': ['requested', 'answered'] }[type]
        if (!names) return send.apply(this, args)
        mark(names[0])
        const last = args[args.length - 1]
        if (typeof last === 'function') args[args.length - 1] = (...reply) => { mark(names[1]); return last(...reply) }
        const result = send.apply(this, args)
        if (result && typeof result.then === 'function') result.then(() => mark(names[1]), () => mark(names[1]))
        return result
      }
    } catch (error) {
      probe.error = String(error)
    }
  }
})()`

/** In the worker: times each scripting.executeScript (the injection of extract-page.js, then the call). */
const WORKER_PROBE = `(() => {
  if (globalThis.__qariBench) return
  const calls = []
  globalThis.__qariBench = calls
  for (const scripting of new Set([globalThis.chrome && chrome.scripting, globalThis.browser && browser.scripting].filter(Boolean))) {
    const run = scripting.executeScript
    scripting.executeScript = function (...args) {
      const start = performance.now()
      const result = run.apply(this, args)
      Promise.resolve(result).then(() => calls.push({ what: args[0] && args[0].files ? 'inject' : 'extract', ms: performance.now() - start }), () => {})
      return result
    }
  }
})()`

interface OpenResult {
  ms: number
  state: string
  fromCache: string
  phases: OpenPhases
}

function worker(driver: Untyped): Untyped {
  return driver.context.serviceWorkers()[0]
}

/** Drains the worker's executeScript timings since the last call (empty if the worker restarted). */
async function workerCalls(driver: Untyped): Promise<{ what: string; ms: number }[]> {
  const sw = worker(driver)
  if (!sw) return []
  const calls = (await sw.evaluate('(globalThis.__qariBench || []).splice(0)').catch(() => [])) as { what: string; ms: number }[]
  await sw.evaluate(WORKER_PROBE).catch(() => undefined)
  return calls
}

/**
 * Milliseconds from the reader page's navigation start (performance.timeOrigin) to [data-state="ok"].
 * `probeWorker: false` after the worker was stopped: Playwright's handle on the stopped worker is stale,
 * and evaluating in it closes the whole browser connection.
 */
async function timeReaderOpen(driver: Untyped, tabId: number, probeWorker = true): Promise<OpenResult> {
  if (probeWorker) await workerCalls(driver)
  const page = await driver.context.newPage()
  try {
    await page.setViewportSize({ width: 560, height: 600 })
    await page.addInitScript({ content: PAGE_PROBE })
    // Waiting with page.waitForFunction injected Playwright's own script into the page as it loaded,
    // several milliseconds of the reader's main thread that no reader pays: the probe logs instead.
    const logged = (mark: string) => page.waitForEvent('console', { predicate: (m: Untyped) => m.text() === `qari-bench:${mark}`, timeout: 30_000 })
    const rendered = logged('rendered')
    rendered.catch(() => undefined) // awaited below; this only keeps a failed goto from leaving it unhandled
    const answered = logged('answered').catch(() => undefined)
    await page.goto(`${driver.base}/popup.html?tab=${tabId}`, { waitUntil: 'commit' })
    await rendered
    // An open ends when the reader has also read the tab again (on a cached open, after the article is
    // shown): closing the page earlier left that check running into the next open, whose cleared cache it
    // filled again, so a "cold" open found its article cached.
    await answered
    // The early peek reads the cache in the page (early-peek.ts): its User Timing marks time it.
    const probe = (await page.evaluate(
      `({ ...window.__qariBench, peek: ['qari-peek-sent', 'qari-peek-answered'].map((name) => performance.getEntriesByName(name)[0]?.startTime) })`,
    )) as { marks: Record<string, number>; state: string; fromCache: string | null; peek: (number | undefined)[] }
    const calls = probeWorker ? await workerCalls(driver) : []
    const sum = (what: string) => calls.filter((c) => c.what === what).reduce((total, c) => total + c.ms, 0)
    const m = probe.marks
    return {
      ms: m.rendered ?? Number.NaN,
      state: probe.state,
      fromCache: probe.fromCache ?? '?',
      phases: {
        loaded: m.loaded ?? Number.NaN,
        requested: m.requested ?? Number.NaN,
        answered: m.answered ?? Number.NaN,
        peekRequested: probe.peek[0] ?? Number.NaN,
        peeked: probe.peek[1] ?? Number.NaN,
        rendered: m.rendered ?? Number.NaN,
        inject: calls.length ? sum('inject') : Number.NaN,
        extract: calls.length ? sum('extract') : Number.NaN,
      },
    }
  } finally {
    await page.close()
  }
}

function series(opens: OpenResult[]): OpenSeries {
  const ms = opens.map((r) => r.ms)
  const keys = Object.keys(opens[0]!.phases) as (keyof OpenPhases)[]
  const phases = Object.fromEntries(keys.map((key) => [key, median(opens.map((r) => r.phases[key]))])) as unknown as OpenPhases
  return { ms, medianMs: median(ms), phases }
}

async function clearCache(driver: Untyped): Promise<void> {
  const reply = await driver.inExtension(() => {
    const api = (globalThis as Untyped).browser ?? (globalThis as Untyped).chrome
    return api.runtime.sendMessage({ type: 'history:clear', payload: {} })
  })
  if (!reply?.ok) throw new Error(`history:clear failed: ${JSON.stringify(reply)}`)
}

const EMPTY_PAGE = 'qari-bench-empty.html'
const ONE_SCRIPT_PAGE = 'qari-bench-one-script.html'

/**
 * A copy of dist/chrome with the two floor pages added (the shipped extension has no page to spare), so
 * that the floor is measured in the same extension, process and origin as the reader.
 */
function extensionWithFloorPages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qari-bench-ext-'))
  cpSync('dist/chrome', dir, { recursive: true })
  const page = (head: string) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>floor</title>${head}</head><body><div id="app"></div></body></html>\n`
  writeFileSync(join(dir, EMPTY_PAGE), page(''))
  writeFileSync(join(dir, ONE_SCRIPT_PAGE), page('<script defer src="/qari-bench-one-script.js"></script>'))
  writeFileSync(join(dir, 'qari-bench-one-script.js'), "document.getElementById('app').textContent = 'floor'\n")
  return dir
}

/** Navigation start to DOMContentLoaded of an extension page opened in a new tab, as the reader is. */
async function timeFloorOpen(driver: Untyped, file: string): Promise<number> {
  const page = await driver.context.newPage()
  try {
    await page.setViewportSize({ width: 560, height: 600 })
    await page.goto(`${driver.base}/${file}`, { waitUntil: 'domcontentloaded' })
    return (await page.evaluate('performance.getEntriesByType("navigation")[0].domContentLoadedEventStart')) as number
  } finally {
    await page.close()
  }
}

function samples(ms: number[]): Samples {
  return { ms, medianMs: median(ms) }
}

/**
 * The reader in headless Chromium with the built extension (a copy of dist/chrome with the floor pages):
 * the seed page is opened in a tab, then popup.html?tab=ID is opened `runs` times with the cache cleared
 * first (cold: extraction in the tab, analysis in the worker, render) and `runs` times right after
 * (cached: extraction, cache hit, render), each cached open followed by the two floor pages; then `runs` times each right after the worker is stopped (cached, as after ~30 s idle in real
 * use: the worker starts again to answer). One cold and one cached open are made first and not counted.
 */
export async function benchBrowser(runs: number): Promise<ReaderTimings> {
  const { launchChromium } = await importE2e('drivers/chromium.mjs')
  const { startServer, NEWS_HOST } = await importE2e('server.mjs')
  const { tabIdFor } = await importE2e('helpers.mjs')
  const server = await startServer()
  const extensionDir = extensionWithFloorPages()
  let driver: Untyped
  try {
    driver = await launchChromium({ proxyPort: server.port, extensionDir })
    await workerCalls(driver)
    const chromiumVersion: string = driver.context.browser()?.version() ?? 'unknown'
    await driver.openPage(`http://${NEWS_HOST}${SEED_PATH}`)
    const tabId: number = await tabIdFor(driver, `http://${NEWS_HOST}/news/*`)
    const surprises: string[] = []
    const open = async (label: string, expectCache: 'true' | 'false', probeWorker = true): Promise<OpenResult> => {
      const result = await timeReaderOpen(driver, tabId, probeWorker)
      if (result.state !== 'ok') throw new Error(`${label}: the reader ended in state ${result.state}`)
      if (result.fromCache !== expectCache) surprises.push(`${label}: data-from-cache=${result.fromCache}`)
      return result
    }

    await clearCache(driver)
    const first = await open('first', 'false')
    await open('warm-up cached', 'true')
    const cold: OpenResult[] = []
    const cached: OpenResult[] = []
    const emptyPage: number[] = []
    const oneScriptPage: number[] = []
    for (let i = 0; i < runs; i++) {
      await clearCache(driver)
      cold.push(await open(`cold ${i + 1}`, 'false'))
      cached.push(await open(`cached ${i + 1}`, 'true'))
      emptyPage.push(await timeFloorOpen(driver, EMPTY_PAGE))
      oneScriptPage.push(await timeFloorOpen(driver, ONE_SCRIPT_PAGE))
    }
    const otherTabs: number[] = []
    for (const path of OTHER_PATHS) {
      await driver.openPage(`http://${NEWS_HOST}${path}`)
      otherTabs.push(await tabIdFor(driver, `http://${NEWS_HOST}${path}*`))
    }
    const afterOthers: OpenResult[] = []
    for (let i = 0; i < runs + OTHER_PATHS.length; i++) {
      const other = await timeReaderOpen(driver, otherTabs[i % otherTabs.length])
      if (other.state !== 'ok') throw new Error(`another article: the reader ended in state ${other.state}`)
      // The first rounds fill the copies with the other articles; the rest are counted.
      const seed = await open(`cached, after another article ${i + 1}`, 'true')
      if (i >= OTHER_PATHS.length) afterOthers.push(seed)
    }
    // The seed was served last: the opens after a worker stop find it as the newest copy, as before.
    const asleep: OpenResult[] = []
    for (let i = 0; i < runs; i++) {
      await driver.stopWorker()
      asleep.push(await open(`cached, worker stopped ${i + 1}`, 'true', false))
    }
    return {
      firstMs: first.ms,
      cold: series(cold),
      cached: series(cached),
      asleep: series(asleep),
      afterOthers: series(afterOthers),
      emptyPage: samples(emptyPage),
      oneScriptPage: samples(oneScriptPage),
      surprises,
      chromiumVersion,
    }
  } finally {
    await driver?.close()
    await server.close()
    rmSync(extensionDir, { recursive: true, force: true })
  }
}
