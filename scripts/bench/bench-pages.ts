import { Readability } from '@mozilla/readability'
import { parseHtml } from '../../src/cli/parse-html.ts'
import type { ArticleDoc } from '../../src/engine/doc.ts'
import { detectArticle } from '../../src/engine/components/detect-article.ts'
import { extractArticle } from '../../src/engine/components/extract-article.ts'
import { splitSentences } from '../../src/engine/components/split-sentences.ts'
import { tokenize } from '../../src/engine/components/tokenize.ts'
import { createTagNames } from '../../src/engine/components/tag-names.ts'
import { linkMentions } from '../../src/engine/components/link-mentions.ts'
import { findFigures } from '../../src/engine/components/find-figures.ts'
import { createSummarize } from '../../src/engine/components/summarize.ts'
import { runPipeline, type AnyComponent } from '../../src/engine/pipeline.ts'
import type { NamesModel } from '../../src/engine/names/tagger/names-model.ts'
import { findsNamesIn } from '../../src/engine/names/names-language.ts'
import type { BenchPage } from './load-pages.ts'
import { median, timed } from './stats.ts'

/** The stages timed on each page, in pipeline order. `names` is tag-names plus link-mentions. */
export const STAGES = ['parse', 'detect', 'extract', 'sentences', 'tokens', 'names', 'figures', 'summary'] as const
export type Stage = (typeof STAGES)[number]

/** The analysis stages: they run only when extraction finds an article. */
const ANALYSIS: readonly Stage[] = ['sentences', 'tokens', 'names', 'figures', 'summary']

export interface PageTiming {
  page: BenchPage
  /** Median milliseconds of each stage over the runs (0 for analysis stages on a non-article). */
  stages: Record<Stage, number>
  /** detect + extract + analysis: what Qari spends on a page once it has a DOM (parse excluded). */
  total: number
  /** Plain Readability on its own freshly parsed DOM, clone included (as it must run in a live page). */
  readability: number
  /** total / readability, the per-page ratio. */
  ratio: number
  /** The same ratio in CPU time (this process), which other load on the machine does not inflate. */
  ratioCpu: number
  /** Whether extraction found an article (the analysis ran). */
  analysed: boolean
  /** Whether the names stage ran: as in the reader, only on Arabic articles (names-language.ts). */
  namesLooked: boolean
  /** Characters of article text and tokens, when analysed. */
  chars: number
  tokens: number
  detectVerdict: boolean
  errors: string[]
}

/** The analysis components, timed one by one (in the order analyzeArticle runs them). */
function analysisSteps(model: NamesModel | undefined): { stage: Stage; components: AnyComponent[] }[] {
  return [
    { stage: 'sentences', components: [splitSentences] },
    { stage: 'tokens', components: [tokenize] },
    { stage: 'names', components: model ? [createTagNames(model), linkMentions] : [] },
    { stage: 'figures', components: [findFigures] },
    { stage: 'summary', components: [createSummarize()] },
  ]
}

interface RunResult {
  stages: Record<Stage, number>
  /** CPU milliseconds of detect + extract + analysis. */
  totalCpu: number
  readability: number
  readabilityCpu: number
  analysed: boolean
  namesLooked: boolean
  chars: number
  tokens: number
  detectVerdict: boolean
  errors: string[]
}

function runOnce(page: BenchPage, model: NamesModel | undefined, readabilityFirst: boolean): RunResult {
  const stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>
  let readability = 0
  let readabilityCpu = 0
  let totalCpu = 0
  const timeReadability = () => {
    // Its own fresh DOM, parsed outside the timing; the clone is timed, as extractArticle's own clone is.
    const fresh = parseHtml(page.html, page.url)
    const run = timed(() => new Readability(fresh.cloneNode(true) as Document).parse())
    readability = run.ms
    readabilityCpu = run.cpuMs
  }
  if (readabilityFirst) timeReadability()

  const parsed = timed(() => parseHtml(page.html, page.url))
  stages.parse = parsed.ms
  const detected = timed(() => detectArticle(parsed.value, page.url))
  stages.detect = detected.ms
  const extracted = timed(() => extractArticle(parsed.value, { url: page.url }))
  stages.extract = extracted.ms
  totalCpu += detected.cpuMs + extracted.cpuMs

  let analysed = false
  let namesLooked = false
  let chars = 0
  let tokens = 0
  const errors: string[] = []
  if (extracted.value.isArticle) {
    analysed = true
    let doc: ArticleDoc = extracted.value.doc
    chars = doc.text.length
    // The reader looks for names in Arabic articles only (analyze-article.ts); the bench times what it does.
    namesLooked = model !== undefined && findsNamesIn(doc.lang)
    for (const step of analysisSteps(namesLooked ? model : undefined)) {
      const ran = timed(() => runPipeline(doc, step.components))
      stages[step.stage] = ran.ms
      totalCpu += ran.cpuMs
      doc = ran.value
    }
    tokens = doc.tokens?.length ?? 0
    for (const error of doc.errors ?? []) errors.push(`${error.component}: ${error.message}`)
  }
  if (!readabilityFirst) timeReadability()
  return { stages, totalCpu, readability, readabilityCpu, analysed, namesLooked, chars, tokens, detectVerdict: detected.value.isArticle, errors }
}

/**
 * Times every stage on each page `runs` times (each run on a fresh parse) and keeps the medians.
 * Readability runs in the same loop, before Qari on odd runs and after on even ones, so neither side
 * always meets a colder heap or a pending garbage collection.
 */
export function benchPages(
  pages: readonly BenchPage[],
  model: NamesModel | undefined,
  runs: number,
  onPage: (page: BenchPage) => void = () => {},
): PageTiming[] {
  // One untimed pass over every page first: the JIT compiles the hot paths before anything is measured.
  for (const page of pages) runOnce(page, model, false)
  return pages.map((page) => {
    onPage(page)
    const results = Array.from({ length: runs }, (_, i) => runOnce(page, model, i % 2 === 1))
    const stages = Object.fromEntries(STAGES.map((s) => [s, median(results.map((r) => r.stages[s]))])) as Record<Stage, number>
    // The total of each run, then its median: a stage's noise is not counted twice.
    const totals = results.map((r) => STAGES.filter((s) => s !== 'parse').reduce((sum, s) => sum + r.stages[s], 0))
    const total = median(totals)
    const readability = median(results.map((r) => r.readability))
    const last = results[results.length - 1]!
    return {
      page,
      stages,
      total,
      readability,
      ratio: total / readability,
      ratioCpu: median(results.map((r) => r.totalCpu)) / median(results.map((r) => r.readabilityCpu)),
      analysed: last.analysed,
      namesLooked: last.namesLooked,
      chars: last.chars,
      tokens: last.tokens,
      detectVerdict: last.detectVerdict,
      errors: last.errors,
    }
  })
}

export function isAnalysisStage(stage: Stage): boolean {
  return ANALYSIS.includes(stage)
}
