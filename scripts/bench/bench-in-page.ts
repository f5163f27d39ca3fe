import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'
import type { BenchPage } from './load-pages.ts'
import { median } from './stats.ts'

/**
 * The page-side code in real headless Chromium (no extension loaded): each page is served from memory
 * under its own address (all other requests are refused, page scripts are off), then
 * - the built detector content script runs as it would on load, with a stub `chrome.runtime` that only
 *   notes when the verdict is sent (answering by callback or promise, as the script expects): the time
 *   from the script's start to that message is what the detector costs a page;
 * - the built extractor (extract-page.js) and plain Readability (clone + parse) run once each on a fresh
 *   load, in alternating order: both are as cold as they are after a click.
 * Every page is loaded `loads` times; medians per page.
 */
export interface InPageTiming {
  id: string
  /** The content script's first run on a fresh load: compile, set-up, detection, message. */
  detectMs: number
  /** The same script run again on the same page (warm JIT): mostly the detection itself. */
  detectWarmMs: number
  verdict: string
  extractMs: number
  readabilityMs: number
  ratio: number
}

/*
 * Probes are strings run through the debugger protocol (page.evaluate of a string), not functions:
 * tsx compiles this file with esbuild's keepNames, whose `__name` helper does not exist in the page.
 */
function detectorProbe(script: string): string {
  return `(() => {
    const probe = { sent: undefined, verdict: undefined }
    globalThis.chrome = { runtime: { id: 'bench', lastError: undefined, sendMessage: (...args) => {
      if (probe.sent === undefined) { probe.sent = performance.now(); probe.verdict = args[0] && args[0].payload && args[0].payload.verdict }
      const reply = args[args.length - 1]
      if (typeof reply === 'function') reply({ ok: true, value: null })
      else return Promise.resolve({ ok: true, value: null })
    } } }
    // The content script waits for an idle moment before it detects (detect-page.ts); here the idle
    // moment is now, so what is timed is the script's own work, not the page's idleness.
    globalThis.requestIdleCallback = (callback) => { callback({ didTimeout: false, timeRemaining: () => 50 }); return 0 }
    const started = performance.now();
    ${script};
    return { ms: probe.sent === undefined ? NaN : probe.sent - started, verdict: probe.verdict ? (probe.verdict.isArticle ? 'article' : 'not') + ': ' + (probe.verdict.reasons[0] || '') : 'no message' }
  })()`
}

function extractionProbe(extractor: string, readability: string, readabilityFirst: boolean): string {
  return `(() => {
    ;${extractor};
    ${readability};
    const timeReadability = () => { const t = performance.now(); new Readability(document.cloneNode(true)).parse(); return performance.now() - t }
    const timeExtract = () => { const t = performance.now(); globalThis.__qariExtract(); return performance.now() - t }
    let readabilityMs = NaN
    if (${readabilityFirst}) readabilityMs = timeReadability()
    const extractMs = timeExtract()
    if (!${readabilityFirst}) readabilityMs = timeReadability()
    return { extractMs, readabilityMs }
  })()`
}

export async function benchInPage(pages: readonly BenchPage[], distDir: string, loads: number): Promise<InPageTiming[]> {
  const detector = readFileSync(`${distDir}/src/extension/content/detect-page.js`, 'utf8')
  const extractor = readFileSync(`${distDir}/extract-page.js`, 'utf8')
  const readability = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const results: InPageTiming[] = []
    for (const page of pages) {
      const url = new URL(page.url && /^https?:/u.test(page.url) ? page.url : `https://bench.example/${page.id}/`).href
      const tab = await context.newPage()
      // The page itself, from memory; its images, styles, scripts and frames are refused.
      await tab.route('**/*', (route) =>
        route.request().isNavigationRequest() && route.request().frame() === tab.mainFrame()
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html })
          : route.abort(),
      )
      const detect: number[] = []
      const detectWarm: number[] = []
      const extract: number[] = []
      const base: number[] = []
      let verdict = ''
      for (let i = 0; i < loads; i++) {
        await tab.goto(url, { waitUntil: 'load' })
        const d = (await tab.evaluate(detectorProbe(detector))) as { ms: number; verdict: string }
        detect.push(d.ms)
        verdict = d.verdict
        for (let k = 0; k < 3; k++) detectWarm.push(((await tab.evaluate(detectorProbe(detector))) as { ms: number }).ms)
        await tab.goto(url, { waitUntil: 'load' })
        const e = (await tab.evaluate(extractionProbe(extractor, readability, i % 2 === 1))) as { extractMs: number; readabilityMs: number }
        extract.push(e.extractMs)
        base.push(e.readabilityMs)
      }
      await tab.close()
      const extractMs = median(extract)
      const readabilityMs = median(base)
      results.push({ id: page.id, detectMs: median(detect), detectWarmMs: median(detectWarm), verdict, extractMs, readabilityMs, ratio: extractMs / readabilityMs })
    }
    return results
  } finally {
    await browser.close()
  }
}
