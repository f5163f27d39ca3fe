/**
 * One document through the whole engine, as the fuzz runs use it: parse (src/cli/parse-html.ts, timed
 * apart: the browser parses for the extension), detect, extract, analyse. Anything thrown out of the
 * engine is caught and returned; so is any broken promise of the output (an unsafe URL the worker would
 * refuse, a span that does not land on its text).
 */
import { parseHtml } from '../../src/cli/parse-html.ts'
import { detectArticle } from '../../src/engine/components/detect-article.ts'
import { extractArticle } from '../../src/engine/components/extract-article.ts'
import { analyzeArticle, type ArticleDoc } from '../../src/engine/index.ts'
import { plainTextDoc } from '../../src/engine/summary/plain-text-doc.ts'
import { checkExtractResult } from '../../src/extension/extract-result-schema.ts'
import { loadNamesModel } from '../../src/engine/models/names/load-names-model.ts'
import type { NamesModel } from '../../src/engine/names/tagger/names-model.ts'

/**
 * Times are CPU milliseconds of this process (process.cpuUsage), not wall time: the fuzz runs share
 * machines with builds and browsers, and a document's cost is what it makes the engine compute.
 */
export interface EngineRun {
  parseMs: number
  /** detect + extract + analyse. */
  engineMs: number
  /** The same, as wall-clock time (inflated when the machine is busy). */
  wallMs: number
  detectMs: number
  extractMs: number
  analyzeMs: number
  isArticle: boolean
  textLength: number
  /** What went wrong, if anything: a throw, a span off its text, a component that failed. */
  problem?: string
  /** The extraction result breaks the worker's schema (src/extension/extract-result-schema.ts). */
  schemaProblem?: string
}

let model: NamesModel | undefined

/** A stopwatch of CPU time. */
function cpuClock(): () => number {
  const start = process.cpuUsage()
  return () => {
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1000
  }
}

/** The string limits of src/extension/extract-result-schema.ts, to say which field broke one. */
const LIMITS: Record<string, number> = {
  url: 4096, canonicalUrl: 4096, lang: 16, title: 2000, byline: 2000, credit: 2000, published: 64, siteName: 500, alt: 2000, caption: 4000, reason: 500, src: 4096,
}

/** `path (length > limit)` for every string over its limit in an extraction result. */
export function oversizedFields(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.slice(0, 1000).flatMap((item, i) => oversizedFields(item, `${at}[${i}]`))
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, field]) =>
    typeof field === 'string' && LIMITS[key] !== undefined && field.length > LIMITS[key]!
      ? [`${at}.${key} (${field.length} > ${LIMITS[key]})`]
      : oversizedFields(field, `${at}.${key}`),
  )
}

/** Loads the names model once, outside any timing. */
export async function warmUp(): Promise<void> {
  model ??= await loadNamesModel()
}

const namesModel = async () => {
  await warmUp()
  return model!
}

/** Checks what the analysis promises: spans inside the text, figures and names on their surface text. */
export function spanProblems(doc: ArticleDoc): string | undefined {
  const length = doc.text.length
  const inside = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= length
  for (const block of doc.blocks) if (!inside(block)) return `block outside the text: ${JSON.stringify(block)}`
  for (const span of [...(doc.sentences ?? []), ...(doc.summary ?? [])]) if (!inside(span)) return `span outside the text: ${JSON.stringify(span)}`
  for (const token of doc.tokens ?? []) if (!inside(token)) return `token outside the text: ${JSON.stringify(token)}`
  for (const figure of doc.figures ?? []) {
    if (!inside(figure) || doc.text.slice(figure.start, figure.end) !== figure.text) return `figure off its text: ${JSON.stringify(figure)}`
  }
  for (const entity of doc.entities ?? []) for (const mention of entity.mentions) if (!inside(mention)) return `mention outside the text: ${JSON.stringify(mention)}`
  for (const error of doc.errors ?? []) return `component ${error.component} failed: ${error.message}`
  return undefined
}

async function analyse(doc: ArticleDoc): Promise<{ ms: number; problem?: string }> {
  const elapsed = cpuClock()
  const analysed = await analyzeArticle(doc, { namesModel })
  return { ms: elapsed(), problem: spanProblems(analysed) }
}

/** An HTML page through detect, extract and (when it is an article) analyse. */
export async function htmlThroughEngine(html: string, options: { url?: string; analyze?: boolean } = {}): Promise<EngineRun> {
  const url = options.url ?? 'https://www.aljazeera.net/news/2026/3/1/fuzz'
  await warmUp()
  const run: EngineRun = { parseMs: 0, engineMs: 0, wallMs: 0, detectMs: 0, extractMs: 0, analyzeMs: 0, isArticle: false, textLength: 0 }
  let elapsed = cpuClock()
  let document: Document
  try {
    document = parseHtml(html, url)
  } catch (error) {
    // The parser is linkedom, not the engine: reported, but as a parse failure.
    return { ...run, problem: `parse threw: ${(error as Error)?.message}` }
  }
  run.parseMs = elapsed()
  const wall = performance.now()
  try {
    elapsed = cpuClock()
    detectArticle(document, url)
    run.detectMs = elapsed()
    elapsed = cpuClock()
    const result = extractArticle(document, { url })
    run.extractMs = elapsed()
    // The worker refuses what fails this check; a page must not be able to make the extractor fail it.
    try {
      checkExtractResult(result)
    } catch (error) {
      run.schemaProblem = `${(error as Error).message} [${oversizedFields(result).join(', ')}]`
    }
    run.isArticle = result.isArticle
    if (result.isArticle) run.textLength = result.doc.text.length
    if (result.isArticle && options.analyze !== false) {
      const analysed = await analyse(result.doc)
      run.analyzeMs = analysed.ms
      run.problem = analysed.problem
    }
  } catch (error) {
    run.problem = `threw: ${(error as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(error)}`
  }
  run.engineMs = run.detectMs + run.extractMs + run.analyzeMs
  run.wallMs = performance.now() - wall
  return run
}

/** A plain text (no page) through the analysis, as `qari summarize` and the worker's plain docs do. */
export async function textThroughEngine(text: string): Promise<EngineRun> {
  await warmUp()
  const run: EngineRun = { parseMs: 0, engineMs: 0, wallMs: 0, detectMs: 0, extractMs: 0, analyzeMs: 0, isArticle: true, textLength: text.length }
  const wall = performance.now()
  try {
    const analysed = await analyse(plainTextDoc(text, text.slice(0, 60)))
    run.analyzeMs = run.engineMs = analysed.ms
    run.wallMs = performance.now() - wall
    run.problem = analysed.problem
  } catch (error) {
    run.problem = `threw: ${(error as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(error)}`
  }
  return run
}
