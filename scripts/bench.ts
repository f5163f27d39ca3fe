/**
 * npm run bench -- [--no-browser] [--pages DIR] [--runs N] [--browser-runs N] [--write-docs]
 *
 * Qari's speed and size side by side with plain @mozilla/readability, measured in one run:
 * - per page (the real pages in ../shared/data/pages or DIR, and test/fixtures/pages): the median time
 *   of each stage over N runs, each on a fresh DOM, and Readability's on its own fresh DOM;
 * - the detector on Arabic articles and on non-Arabic pages (where it must bail out at once);
 * - names throughput (tokens/s), the names model's cold load, figures throughput (MB/s);
 * - bundle sizes raw and gzipped (level 9) from dist/ (built first when absent);
 * - in headless Chromium with dist/chrome: the reader's time to full render, cold, cached, and cached with
 *   the worker stopped first (as Chrome stops it after ~30 s idle).
 * The last line is for tools: `bench ratio=R detector_kb=D popup_kb=P cold_ms=C cached_ms=H empty_page_ms=E` (E: the floor, an empty extension page).
 * --write-docs also writes the tables to docs/performance.md.
 */
import { spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { existsSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { loadNamesModel } from '../src/engine/models/names/load-names-model.ts'
import type { NamesModel } from '../src/engine/names/tagger/names-model.ts'
import type { ArticleDoc } from '../src/engine/doc.ts'
import { parseHtml } from '../src/cli/parse-html.ts'
import { extractArticle } from '../src/engine/components/extract-article.ts'
import { DEFAULT_SHARED_DIR, FIXTURES_DIR, isArabicScript, loadPages, type BenchPage } from './bench/load-pages.ts'
import { benchPages, isAnalysisStage, STAGES, type PageTiming, type Stage } from './bench/bench-pages.ts'
import { benchColdModelLoad, benchDetector, benchFigures, benchNames, benchNamesFresh, largeText } from './bench/bench-engine.ts'
import { isBuilt, measureBundles, type BundlePart } from './bench/bundle-sizes.ts'
import { benchBrowser, type OpenPhases, type ReaderTimings, type Samples } from './bench/bench-browser.ts'
import { benchInPage, type InPageTiming } from './bench/bench-in-page.ts'
import { formatCount, formatKb, formatMs, median } from './bench/stats.ts'
import { renderMarkdown, renderText, type Table } from './bench/report-table.ts'
import { checkTargets } from './bench/targets.ts'
import { performanceDoc } from './bench/performance-doc.ts'
import { machineSpeedMs } from './bench/machine-speed.ts'

// Paths below (dist/, test/fixtures, ../shared) are relative to the repository root.
process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), '..'))

const args = process.argv.slice(2)
function option(name: string): string | undefined {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const RUNS = Math.max(1, Number(option('--runs')) || 5)
const BROWSER_RUNS = Math.max(1, Number(option('--browser-runs')) || 7)
const NO_BROWSER = args.includes('--no-browser')
const WRITE_DOCS = args.includes('--write-docs')
const SHARED_DIR = option('--pages') ?? DEFAULT_SHARED_DIR

/** Progress on stderr, so that stdout holds only the report. */
function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`)
}

function ensureBuild(): string | undefined {
  if (isBuilt('dist/chrome') && isBuilt('dist/firefox')) return undefined
  console.log('dist/ is missing: running npm run build …')
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 10 * 60 * 1000 })
  if (build.status !== 0 || !isBuilt('dist/chrome')) return `npm run build failed (exit ${build.status})`
  return undefined
}

async function loadModel(): Promise<{ model?: NamesModel; firstCallMs: number; error?: string }> {
  const start = performance.now()
  try {
    const model = await loadNamesModel()
    return { model, firstCallMs: performance.now() - start }
  } catch (error) {
    return { firstCallMs: Number.NaN, error: error instanceof Error ? error.message : String(error) }
  }
}

/** The extracted article of each page that has one, for the throughput benches. */
function articleDocs(pages: readonly BenchPage[]): { page: BenchPage; doc: ArticleDoc }[] {
  const out: { page: BenchPage; doc: ArticleDoc }[] = []
  for (const page of pages) {
    const result = extractArticle(parseHtml(page.html, page.url), { url: page.url })
    if (result.isArticle) out.push({ page, doc: result.doc })
  }
  return out
}

/** A page's time for one stage: blank for the analysis of a page with no article, – for names where none are looked for. */
function stageCell(t: PageTiming, stage: Stage): string {
  if (!isAnalysisStage(stage)) return formatMs(t.stages[stage])
  if (!t.analysed) return ''
  return stage === 'names' && !t.namesLooked ? '–' : formatMs(t.stages[stage])
}

function pageTable(timings: PageTiming[]): Table {
  const rows = timings.map((t) => [
    t.page.id,
    t.page.group === 'shared' ? 'real' : 'fixture',
    t.page.lang ?? '?',
    formatKb(Buffer.byteLength(t.page.html, 'utf8')),
    t.analysed ? formatCount(t.chars) : 'no article',
    ...STAGES.map((s) => stageCell(t, s)),
    formatMs(t.total),
    formatMs(t.readability),
    t.ratio.toFixed(2),
    t.ratioCpu.toFixed(2),
  ])
  const medianRow = (label: string, group: PageTiming[]) =>
    group.length
      ? [
          label,
          '',
          '',
          formatKb(median(group.map((t) => Buffer.byteLength(t.page.html, 'utf8')))),
          formatCount(median(group.map((t) => t.chars))),
          // The names median is over the pages where the reader looks for names (Arabic).
          ...STAGES.map((s) => formatMs(median((s === 'names' ? group.filter((t) => t.namesLooked) : group).map((t) => t.stages[s])))),
          formatMs(median(group.map((t) => t.total))),
          formatMs(median(group.map((t) => t.readability))),
          median(group.map((t) => t.ratio)).toFixed(2),
          median(group.map((t) => t.ratioCpu)).toFixed(2),
        ]
      : []
  const analysed = timings.filter((t) => t.analysed)
  const real = analysed.filter((t) => t.page.group === 'shared')
  const extra = [medianRow(`MEDIAN, ${real.length} real articles`, real), medianRow(`median, all ${analysed.length} articles`, analysed)].filter((r) => r.length)
  return {
    title: `Per page, median of ${RUNS} runs (ms)`,
    head: ['page', 'set', 'lang', 'html KB', 'chars', ...STAGES, 'total', 'readability', 'ratio', 'cpu ratio'],
    rows: [...rows, ...extra],
    notes: [
      'parse: linkedom builds the DOM (not in total; the browser has a DOM already). total = detect + extract + sentences + tokens + names + figures + summary.',
      'names = tag-names + link-mentions (model loaded beforehand); – where the reader looks for none (Persian and Urdu: names are looked for in Arabic only). readability: plain Readability 0.6.0, clone + parse of its own fresh DOM, same run.',
      'ratio = total / readability per page (wall time); cpu ratio = the same in CPU time of this process, which other load on the machine does not inflate.',
      'The median rows take the median of each column over the pages where extraction found an article. The headline ratio R is the median over the real pages',
      '(the fixtures are 1–3 KB test pages where Readability needs ~1 ms, so their ratio measures fixed costs); without ../shared it is taken over the fixtures.',
    ],
  }
}

function sizeTable(target: string, parts: BundlePart[]): Table {
  const budgets: Record<string, string> = { 'detector content script': '≤ 5.0', 'popup JS': '≤ 150.0' }
  return {
    title: `Bundle sizes, dist/${target} (KB = 1024 bytes, gzip level 9)`,
    head: ['part', 'files', 'raw KB', 'gzip KB', 'budget'],
    rows: parts.map((p) => [p.name, String(p.files.length), formatKb(p.raw), formatKb(p.gzip), budgets[p.name] ?? '']),
    notes: [
      'popup JS: popup.html\'s scripts and module preloads plus every chunk they import statically, transitively (fonts and the names model excluded).',
      'background: the worker and its static imports; in Chrome it carries the names model as a string (a service worker may not import() it later).',
    ],
  }
}

async function main(): Promise<void> {
  const startedAt = new Date()
  const loadAtStart = loadavg()[0]!
  const speedAtStart = machineSpeedMs()
  const buildError = ensureBuild()
  const shared = loadPages(SHARED_DIR, 'shared')
  const fixtures = loadPages(FIXTURES_DIR, 'fixture')
  if (!shared.length) console.log(`${SHARED_DIR} is absent or holds no pages: the real pages are left out; timing the project's fixtures only.`)
  if (!fixtures.length) console.log(`${FIXTURES_DIR} holds no pages.`)
  const pages = [...shared, ...fixtures]
  console.log(`bench: ${shared.length} real pages (${SHARED_DIR}), ${fixtures.length} fixtures; ${RUNS} runs each; node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`)

  const loaded = await loadModel()
  if (loaded.error) console.log(`names model did not load (${loaded.error}): names are left out of the timings.\n`)

  progress(`timing ${pages.length} pages × ${RUNS} runs`)
  const timings = benchPages(pages, loaded.model, RUNS, (page) => progress(`  ${page.id}`))
  const analysed = timings.filter((t) => t.analysed)
  for (const t of timings) for (const error of t.errors) console.log(`  ${t.page.id}: ${error}`)
  // The headline ratio is taken over the real pages: the fixtures are 1–3 KB test pages on which
  // Readability needs about a millisecond, so their ratio measures fixed costs, not a news page. Without
  // ../shared the fixtures stand in. Both medians are printed.
  const realAnalysed = analysed.filter((t) => t.page.group === 'shared')
  const ratioPages = realAnalysed.length ? realAnalysed : analysed
  const ratio = median(ratioPages.map((t) => t.ratio))
  const ratioAll = median(analysed.map((t) => t.ratio))

  const typicalPages = pages.filter((p) => isArabicScript(p.lang) && p.isArticle)
  const foreignPages = pages.filter((p) => p.lang !== undefined && !isArabicScript(p.lang))
  progress('detector')
  const typicalDetect = benchDetector(typicalPages)
  const foreignDetect = benchDetector(foreignPages)
  // As for R, a typical page is a real news page when ../shared is there (the fixtures are 1–3 KB).
  const realDetect = typicalDetect.filter((d) => shared.some((p) => p.id === d.id))
  const detectorPages = realDetect.length ? realDetect : typicalDetect
  const detectorMs = median(detectorPages.map((d) => d.ms))
  const detectorCpuMs = median(detectorPages.map((d) => d.cpuMs))
  const langOf = (id: string) => pages.find((p) => p.id === id)?.lang ?? '?'

  progress('names and figures throughput, model load')
  const docs = articleDocs(pages)
  // The target's number comes from a fresh process (benchNamesFresh); this process's own run, after the
  // page benches, is shown beside it.
  const fresh = loaded.model ? benchNamesFresh(docs.map((d) => d.doc)) : undefined
  const namesFresh = fresh && !('error' in fresh) ? fresh : undefined
  const names = loaded.model ? benchNames(docs.map((d) => d.doc), loaded.model) : undefined
  const arabicTexts = docs.filter((d) => d.page.lang === 'ar').map((d) => d.doc.text)
  const figures = arabicTexts.length ? benchFigures(largeText(arabicTexts)) : undefined
  const coldModel = benchColdModelLoad()

  progress('bundle sizes')
  const chromeParts = buildError ? [] : measureBundles('dist/chrome')
  const firefoxParts = buildError || !isBuilt('dist/firefox') ? [] : measureBundles('dist/firefox')
  const gz = (name: string) => chromeParts.find((p) => p.name === name)?.gzip ?? Number.NaN
  const detectorKb = gz('detector content script') / 1024
  const popupKb = gz('popup JS') / 1024

  let reader: ReaderTimings | undefined
  let inPage: InPageTiming[] | undefined
  let readerNote: string | undefined
  if (NO_BROWSER) readerNote = 'skipped (--no-browser)'
  else if (buildError) readerNote = `skipped: ${buildError}`
  else if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) readerNote = 'skipped: no Chromium (run scripts/ensure-browsers.sh or set CHROMIUM_PATH)'
  else {
    try {
      progress(`reader in Chromium, ${BROWSER_RUNS} cold + ${BROWSER_RUNS} cached opens`)
      reader = await benchBrowser(BROWSER_RUNS)
    } catch (error) {
      readerNote = `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
    }
    try {
      progress('page side in Chromium: detector, extractor, Readability')
      // The real pages (and the seed page, which the reader bench opens) when ../shared is there: the
      // small fixtures add little here and each page costs a browser load per run.
      const inPagePages = shared.length ? [...typicalPages.filter((p) => p.group === 'shared' || p.id === 'seed-wordpress'), ...foreignPages] : [...typicalPages, ...foreignPages]
      inPage = await benchInPage(inPagePages, 'dist/chrome', Math.min(BROWSER_RUNS, 5))
    } catch (error) {
      console.log(`page-side timing in Chromium failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    }
  }

  const tables: Table[] = [pageTable(timings)]
  tables.push({
    title: 'Detector (detectArticle on a parsed page, median of 41 calls, ms)',
    head: ['page', 'lang', 'ms', 'cpu ms', 'verdict', 'first reason'],
    rows: [
      ...typicalDetect.map((d) => [d.id, langOf(d.id), formatMs(d.ms), formatMs(d.cpuMs), d.isArticle ? 'article' : 'not', d.reasons[0] ?? '']),
      ...(realDetect.length ? [[`MEDIAN, ${realDetect.length} real articles`, '', formatMs(detectorMs), formatMs(detectorCpuMs), '', '']] : []),
      [`median, all ${typicalDetect.length} Arabic-script articles`, '', formatMs(median(typicalDetect.map((d) => d.ms))), formatMs(median(typicalDetect.map((d) => d.cpuMs))), '', ''],
      ...foreignDetect.map((d) => [`${d.id} (non-Arabic)`, langOf(d.id), formatMs(d.ms), formatMs(d.cpuMs), d.isArticle ? 'article' : 'not', d.reasons[0] ?? '']),
    ],
    notes: [
      'In Node on linkedom; the content script runs the same function on the live page. Non-Arabic pages must stop at the script check.',
      'The target is checked on the MEDIAN row: the real pages when ../shared is there (a typical news page), else the fixtures.',
    ],
  })
  tables.push({
    title: 'Throughput and model load',
    head: ['measure', 'wall', 'cpu', 'detail'],
    rows: [
      ['names, tag-names (tokens/s)', namesFresh ? formatCount(namesFresh.tagTokensPerSecond) : '–', '', namesFresh ? `fresh process: ${formatCount(namesFresh.tokens)} tokens in ${docs.length} articles, ${formatMs(namesFresh.tagMs)} ms` : fresh && 'error' in fresh ? fresh.error : loaded.error ?? ''],
      ['names stage, + link-mentions (tokens/s)', namesFresh ? formatCount(namesFresh.namesTokensPerSecond) : '–', namesFresh ? formatCount(namesFresh.namesTokensPerCpuSecond) : '–', namesFresh ? `fresh process: ${formatMs(namesFresh.namesMs)} ms; median of ${namesFresh.rounds} rounds after ${namesFresh.warmupRounds} warm-up rounds` : ''],
      ['names model alone, the reader\'s (tokens/s)', namesFresh ? formatCount(namesFresh.modelTokensPerSecond) : '–', '', namesFresh ? `fresh process: tagSentences on the words tag-names gives it, ${formatMs(namesFresh.modelMs)} ms; no article rules, display forms or linking` : ''],
      ['names model alone, `qari tag`\'s (tokens/s)', namesFresh?.conllModelTokensPerSecond ? formatCount(namesFresh.conllModelTokensPerSecond) : '–', '', namesFresh?.conllModelMs ? `fresh process: the same sentences as corpus text (tagCorpusSentences: its window, then propagation), ${formatMs(namesFresh.conllModelMs)} ms` : ''],
      ['names stage, first round (cold code, tokens/s)', namesFresh ? formatCount(namesFresh.firstRoundTokensPerSecond) : '–', '', 'fresh process: the same articles once, right after the model loads, as a worker\'s first analysis'],
      ['names stage in the bench\'s own process (tokens/s)', names ? formatCount(names.namesTokensPerSecond) : '–', names ? formatCount(names.namesTokensPerCpuSecond) : '–', names ? `after the page benches, whose heap the collector is still paying for; ${names.warmupRounds} warm-up rounds` : ''],
      ['names model cold load (ms)', formatMs(coldModel.totalMs), formatMs(coldModel.cpuMs), coldModel.error ?? `fresh process: JSON.parse ${formatMs(coldModel.parseMs)} + decode ${formatMs(coldModel.decodeMs)} (file read ${formatMs(coldModel.readMs)} not counted)`],
      ['names model first call in this process (ms)', formatMs(loaded.firstCallMs), '', 'loadNamesModel(): import of the JSON module + decode'],
      ['figures (MB/s)', figures ? figures.megabytesPerSecond.toFixed(2) : '–', figures ? figures.megabytesPerCpuSecond.toFixed(2) : '–', figures ? `${(figures.bytes / (1 << 20)).toFixed(2)} MiB of Arabic article text (${arabicTexts.length} bodies repeated), ${formatCount(figures.figures)} figures, ${formatMs(figures.ms)} ms` : 'no Arabic article text'],
    ],
    notes: ['wall: elapsed time; cpu: the same work in CPU time of this process (what an idle machine would give).'],
  })
  if (chromeParts.length) tables.push(sizeTable('chrome', chromeParts))
  if (firefoxParts.length) {
    tables.push({
      title: 'Bundle sizes, dist/firefox (KB, gzip level 9)',
      head: ['part', 'raw KB', 'gzip KB'],
      rows: firefoxParts.filter((p) => ['detector content script', 'extractor (injected)', 'popup JS', 'background'].includes(p.name)).map((p) => [p.name, formatKb(p.raw), formatKb(p.gzip)]),
    })
  }
  const seriesRow = (label: string, opens: Samples) => [
    label,
    formatMs(opens.medianMs),
    formatMs(Math.min(...opens.ms)),
    formatMs(Math.max(...opens.ms)),
    String(opens.ms.length),
  ]
  tables.push({
    title: `Reader in headless Chromium${reader ? ` ${reader.chromiumVersion}` : ''} (ms from navigation start of popup.html?tab=ID to [data-state="ok"])`,
    head: ['open', 'median', 'min', 'max', 'runs'],
    rows: reader
      ? [
          ['first after browser start (model decode in the worker)', formatMs(reader.firstMs), '', '', '1'],
          seriesRow('cold (cache cleared)', reader.cold),
          seriesRow('cached', reader.cached),
          seriesRow('cached, worker stopped first (as after ~30 s idle)', reader.asleep),
          seriesRow('cached, right after the reader on another article (four held)', reader.afterOthers),
          seriesRow('floor: an empty extension page (to DOMContentLoaded)', reader.emptyPage),
          seriesRow('floor: an extension page with one tiny script (to DOMContentLoaded)', reader.oneScriptPage),
        ]
      : [[readerNote ?? 'skipped', '', '', '', '']],
    notes: [
      'Seed page (test/fixtures/pages/seed-wordpress) served under www.aljazeera.net by the e2e fixture server; one cold and one cached open first, not counted.',
      'floor: pages added to a copy of dist/chrome for the bench, opened like the reader (a new tab, navigation start to DOMContentLoaded) right after each cached open: what Chromium takes on this machine to show any extension page, which no reader can go below.',
      'four held: three more articles of the fixture server (a results table, a page in shadow roots, a Sorani article) are read in turn, and the seed is reopened right after each, so that its copy in storage.session is an older one among four: a reader going back to an article read earlier (one round trip more than the newest copy; until session 69 a reopen read all four copies).',
      ...(reader?.surprises.length ? [`unexpected cache state: ${reader.surprises.join('; ')}`] : []),
    ],
  })
  if (reader) {
    const phaseRow = (label: string, p: OpenPhases) => [
      label,
      formatMs(p.peekRequested),
      formatMs(p.peeked - p.peekRequested),
      formatMs(p.loaded),
      formatMs(p.answered - p.requested),
      formatMs(p.inject),
      formatMs(p.extract),
      formatMs(p.rendered),
    ]
    tables.push({
      title: "Where the reader's time goes (median ms of each phase)",
      head: ['open', 'peek sent', 'peek answer', 'page loaded', 'analyze answer', 'inject', 'extract in tab', 'rendered'],
      rows: [phaseRow('cold', reader.cold.phases), phaseRow('cached', reader.cached.phases), phaseRow('cached, worker stopped', reader.asleep.phases), phaseRow('cached, after another', reader.afterOthers.phases)],
      notes: [
        "peek: early-peek.js, a classic script in the page's <head>, looks up the cached analysis of the tab's address while the page's own script loads, in the copies of the last analyses served (storage.session: their index and the newest copy in one round trip, an older copy in one more), else in IndexedDB (the worker is not asked, so a stopped worker is not woken for it); a cached open renders from its answer and reads the tab again only once that is on screen. On a cold open it is a miss.",
        'page loaded: navigation start to DOMContentLoaded (HTML, the page script, its first run).',
        'analyze answer: reader:analyze sent → answered (read the tab again, check the text hash, analyse when cold); of which inject (executeScript of extract-page.js) and extract in tab (the extraction call). On a cached open it only confirms what is shown.',
        'rendered: navigation start → [data-state="ok"] (Preact has rendered the article, summary, highlights and panels).',
      ],
    })
  }

  const inPageArticles = inPage?.filter((r) => typicalPages.some((p) => p.id === r.id)) ?? []
  const inPageDetectWarm = median(inPageArticles.map((r) => r.detectWarmMs))
  const inPageDetectCold = median(inPageArticles.map((r) => r.detectMs))
  if (inPage) {
    const row = (r: InPageTiming) => [r.id, langOf(r.id), formatMs(r.detectMs), formatMs(r.detectWarmMs), r.verdict, formatMs(r.extractMs), formatMs(r.readabilityMs), r.ratio.toFixed(2)]
    const foreign = inPage.filter((r) => foreignPages.some((p) => p.id === r.id))
    tables.push({
      title: `Page side in headless Chromium (built scripts from dist/chrome, median of ${Math.min(BROWSER_RUNS, 5)} fresh loads, ms)`,
      head: ['page', 'lang', 'detector', 'detector again', 'verdict', 'extract', 'readability', 'ratio'],
      rows: [
        ...inPageArticles.map(row),
        [
          `MEDIAN, ${inPageArticles.length} Arabic-script articles`,
          '',
          formatMs(inPageDetectCold),
          formatMs(inPageDetectWarm),
          '',
          formatMs(median(inPageArticles.map((r) => r.extractMs))),
          formatMs(median(inPageArticles.map((r) => r.readabilityMs))),
          median(inPageArticles.map((r) => r.ratio)).toFixed(2),
        ],
        ...foreign.map((r) => [`${r.id} (non-Arabic)`, ...row(r).slice(1)]),
      ],
      notes: [
        'detector: the content script (detect-page.js) from its start to the verdict message, on a fresh load: compile, set-up and detection, as a page pays it.',
        'detector again: the same script run a second time on that page (warm): mostly detection itself.',
        'extract: extract-page.js\'s __qariExtract() on a fresh load (cold, as after a click); readability: plain Readability, clone + parse, also cold; alternating order.',
      ],
    })
  }

  const measuredCpu = {
    ratio: median(ratioPages.map((t) => t.ratioCpu)),
    ratioAll: median(analysed.map((t) => t.ratioCpu)),
    detectorMs: detectorCpuMs,
    detectorChromiumMs: Number.NaN,
    detectorChromiumColdMs: Number.NaN,
    detectorKb,
    popupKb,
    coldMs: Number.NaN,
    cachedMs: Number.NaN,
    emptyPageMs: Number.NaN,
    namesTokensPerSecond: namesFresh?.namesTokensPerCpuSecond ?? Number.NaN,
    namesModelTokensPerSecond: Number.NaN,
    figuresMbPerSecond: figures?.megabytesPerCpuSecond ?? Number.NaN,
  }
  const measured = {
    ratio,
    ratioAll,
    detectorMs,
    detectorChromiumMs: inPageDetectWarm,
    detectorChromiumColdMs: inPageDetectCold,
    detectorKb,
    popupKb,
    coldMs: reader?.cold.medianMs ?? Number.NaN,
    cachedMs: reader?.cached.medianMs ?? Number.NaN,
    emptyPageMs: reader?.emptyPage.medianMs ?? Number.NaN,
    namesTokensPerSecond: namesFresh?.namesTokensPerSecond ?? Number.NaN,
    namesModelTokensPerSecond: namesFresh?.modelTokensPerSecond ?? Number.NaN,
    figuresMbPerSecond: figures?.megabytesPerSecond ?? Number.NaN,
  }
  const verdicts = checkTargets(measured)
  const cpuVerdicts = checkTargets(measuredCpu)
  const loadAtEnd = loadavg()[0]!
  const speedAtEnd = machineSpeedMs()
  const machine = `a fixed CPU workload (scripts/bench/machine-speed.ts) took ${speedAtStart.toFixed(0)} ms at the start and ${speedAtEnd.toFixed(0)} ms at the end: the same work takes longer when the machine is slowed`
  const met = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'NO')
  tables.push({
    title: 'Targets (issue 9; issue 5\'s names model; issue 6\'s cached reader)',
    head: ['target', 'measured', 'met', 'in CPU time', 'met'],
    rows: verdicts.map((v, i) => {
      const cpu = cpuVerdicts[i]!
      const sameAsWall = cpu.target.label.includes('KB')
      return [v.target.label, v.measured, v.met === undefined ? 'not measured' : met(v.met), sameAsWall ? '' : cpu.measured === '–' ? '' : cpu.measured, sameAsWall ? '' : met(cpu.met)]
    }),
    notes: [
      `load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end, on ${cpus().length} cores; a load above the number of cores means other work shared them and wall times are inflated.`,
      `${machine}.`,
      ...(reader
        ? [`an empty extension page reaches DOMContentLoaded ${formatMs(reader.emptyPage.medianMs)} ms after navigation starts on this machine (one with a tiny script ${formatMs(reader.oneScriptPage.medianMs)} ms): the floor under the cached reader's ${formatMs(reader.cached.medianMs)} ms.`]
        : []),
    ],
  })

  for (const table of tables) console.log(`${renderText(table)}\n`)

  if (WRITE_DOCS) {
    const environment = `${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; Node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}${reader ? `; Chromium ${reader.chromiumVersion}` : ''}; ${shared.length} real pages + ${fixtures.length} fixtures, ${RUNS} runs each; load average ${loadAtStart.toFixed(1)} → ${loadAtEnd.toFixed(1)}; ${machine}`
    writeFileSync('docs/performance.md', performanceDoc(tables.map((t) => renderMarkdown(t)), environment))
    console.log('wrote docs/performance.md\n')
  }

  const num = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'na')
  console.log(`bench ratio=${num(ratio, 2)} detector_kb=${num(detectorKb, 1)} popup_kb=${num(popupKb, 1)} cold_ms=${num(measured.coldMs, 0)} cached_ms=${num(measured.cachedMs, 0)} empty_page_ms=${num(measured.emptyPageMs, 0)}`)
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
