import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseHtml } from '../../src/cli/parse-html.ts'
import type { ArticleDoc } from '../../src/engine/doc.ts'
import { detectArticle } from '../../src/engine/components/detect-article.ts'
import { splitSentences } from '../../src/engine/components/split-sentences.ts'
import { tokenize } from '../../src/engine/components/tokenize.ts'
import { createTagNames } from '../../src/engine/components/tag-names.ts'
import { linkMentions } from '../../src/engine/components/link-mentions.ts'
import { findFiguresInText } from '../../src/engine/components/find-figures.ts'
import { runPipeline } from '../../src/engine/pipeline.ts'
import { tagCorpusSentences, tagSentences } from '../../src/engine/names/tagger/tag-sentences.ts'
import { taggerWords } from '../../src/engine/names/tagger/tagger-words.ts'
import type { NamesModel } from '../../src/engine/names/tagger/names-model.ts'
import type { BenchPage } from './load-pages.ts'
import { median, timed } from './stats.ts'

/** Detector calls per page: one call is far below the timer's useful resolution, so each is repeated. */
const DETECT_REPEATS = 41
/** The figures text is the article bodies repeated up to at least this many UTF-8 bytes (1 MiB). */
const FIGURES_BYTES = 1 << 20

export interface DetectorTiming {
  id: string
  ms: number
  cpuMs: number
  isArticle: boolean
  reasons: string[]
}

/**
 * The detector's median time on each page, on one parsed DOM (it only reads, so repeated calls see the
 * same page). On non-Arabic pages it must bail out at the script check, before walking the page.
 */
export function benchDetector(pages: readonly BenchPage[]): DetectorTiming[] {
  return pages.map((page) => {
    const document = parseHtml(page.html, page.url)
    for (let i = 0; i < 5; i++) detectArticle(document, page.url)
    const times: number[] = []
    const cpuTimes: number[] = []
    let verdict = detectArticle(document, page.url)
    for (let i = 0; i < DETECT_REPEATS; i++) {
      const run = timed(() => detectArticle(document, page.url))
      times.push(run.ms)
      cpuTimes.push(run.cpuMs)
      verdict = run.value
    }
    return { id: page.id, ms: median(times), cpuMs: median(cpuTimes), isArticle: verdict.isArticle, reasons: verdict.reasons }
  })
}

export interface NamesThroughput {
  tokens: number
  /** tag-names alone (the tagger with its article rules). */
  tagMs: number
  /** tag-names plus link-mentions: the names stage of the reader. */
  namesMs: number
  tagTokensPerSecond: number
  namesTokensPerSecond: number
  /** The names stage's throughput in CPU time (what an idle machine would give). */
  namesTokensPerCpuSecond: number
  /** The names stage's first round over all the articles, before V8 has optimised it. */
  firstRoundTokensPerSecond: number
  warmupRounds: number
  rounds: number
  /**
   * The names model alone (issue 5's "tags ≥ 100,000 tokens per second"): the reader's model tagging each article's
   * sentences as tag-names has it do, without the article rules, the display forms or linking; and `qari tag`'s model
   * tagging the same sentences as corpus text (its window, then propagation). Median of `rounds` after a warm-up.
   */
  modelMs: number
  modelTokensPerSecond: number
  conllModelMs?: number
  conllModelTokensPerSecond?: number
}

/**
 * Warm-up before the counted rounds. V8 optimises the tagger's hot loops over the first second or so of
 * work: in one process the 28 bench articles' rounds read ~20k tokens/s (first), 60–160k over the next
 * ten, then settle around their steady rate. One warm-up round, as the bench had, left the median inside
 * that ramp (and its spread then showed the ramp more than the machine).
 */
const NAMES_WARMUP_MS = 1500
const NAMES_WARMUP_MIN_ROUNDS = 3

/**
 * Names throughput on the analysed articles, each tagged as the reader tags it (one document at a time:
 * the second pass reads how the first tagged the same word elsewhere in the same article). The whole
 * set is tagged until the warm-up is over, then `rounds` more times; the median counted round gives the
 * steady rate, and the very first round (cold code, as a worker's first article after it starts) is
 * reported beside it.
 */
export function benchNames(docs: readonly ArticleDoc[], model: NamesModel, rounds = 9, conllModel?: NamesModel): NamesThroughput {
  const ready = docs.map((doc) => runPipeline(doc, [splitSentences, tokenize]))
  const tokens = ready.reduce((sum, doc) => sum + (doc.tokens?.length ?? 0), 0)
  const tagNames = createTagNames(model)
  const round = () => {
    let tagMs = 0
    let linkMs = 0
    let cpuMs = 0
    for (const doc of ready) {
      const tagged = timed(() => tagNames.run(doc as never))
      const linked = timed(() => linkMentions.run(tagged.value as never))
      tagMs += tagged.ms
      linkMs += linked.ms
      cpuMs += tagged.cpuMs + linked.cpuMs
    }
    return { tagMs, namesMs: tagMs + linkMs, cpuMs }
  }
  const first = round()
  let warmupRounds = 1
  let warmupMs = first.namesMs
  while (warmupRounds < NAMES_WARMUP_MIN_ROUNDS || warmupMs < NAMES_WARMUP_MS) {
    warmupMs += round().namesMs
    warmupRounds++
  }
  const counted = Array.from({ length: rounds }, round)
  const tagMs = median(counted.map((r) => r.tagMs))
  const namesMs = median(counted.map((r) => r.namesMs))
  // The model alone, after the stage (its code is warm by now): the words tag-names hands the tagger, per article.
  const sentences = ready.map((doc) => taggerWords(doc.text, doc.sentences!, doc.tokens!).map((words) => words.map((w) => w.word)))
  const modelMs = modelRounds(() => sentences.forEach((article) => tagSentences(model, article, Infinity)), rounds)
  const conllModelMs = conllModel ? modelRounds(() => sentences.forEach((article) => tagCorpusSentences(conllModel, article)), rounds) : undefined
  return {
    tokens,
    tagMs,
    namesMs,
    tagTokensPerSecond: tokens / (tagMs / 1000),
    namesTokensPerSecond: tokens / (namesMs / 1000),
    namesTokensPerCpuSecond: tokens / (median(counted.map((r) => r.cpuMs)) / 1000),
    firstRoundTokensPerSecond: tokens / (first.namesMs / 1000),
    warmupRounds,
    rounds,
    modelMs,
    modelTokensPerSecond: tokens / (modelMs / 1000),
    conllModelMs,
    conllModelTokensPerSecond: conllModelMs === undefined ? undefined : tokens / (conllModelMs / 1000),
  }
}

/** The median time of `rounds` calls of `tagAll` after NAMES_WARMUP_MIN_ROUNDS uncounted ones. */
function modelRounds(tagAll: () => void, rounds: number): number {
  for (let i = 0; i < NAMES_WARMUP_MIN_ROUNDS; i++) tagAll()
  return median(Array.from({ length: rounds }, () => timed(tagAll).ms))
}

export interface FiguresThroughput {
  bytes: number
  chars: number
  figures: number
  ms: number
  megabytesPerSecond: number
  megabytesPerCpuSecond: number
}

/** The article bodies joined and repeated to at least 1 MiB of UTF-8: a long page, to time figures on. */
export function largeText(texts: readonly string[], minBytes = FIGURES_BYTES): string {
  const joined = texts.filter(Boolean).join('\n\n')
  if (!joined) return ''
  const once = Buffer.byteLength(joined, 'utf8')
  const copies = Math.max(1, Math.ceil(minBytes / once))
  return Array.from({ length: copies }, () => joined).join('\n\n')
}

/** findFiguresInText over the large text; MB/s counts UTF-8 bytes in MiB. */
export function benchFigures(text: string, rounds = 3): FiguresThroughput {
  findFiguresInText(text.slice(0, 100_000))
  const runs = Array.from({ length: rounds }, () => timed(() => findFiguresInText(text)))
  const ms = median(runs.map((r) => r.ms))
  const cpuMs = median(runs.map((r) => r.cpuMs))
  const mib = Buffer.byteLength(text, 'utf8') / (1 << 20)
  return {
    bytes: Buffer.byteLength(text, 'utf8'),
    chars: text.length,
    figures: runs[0]!.value.length,
    ms,
    megabytesPerSecond: mib / (ms / 1000),
    megabytesPerCpuSecond: mib / (cpuMs / 1000),
  }
}

export interface ModelLoad {
  /** Reading names-model.json as a string (the Chrome worker has it as a bundled string already). */
  readMs: number
  parseMs: number
  decodeMs: number
  /** parse + decode: what the worker pays on its first analysis. */
  totalMs: number
  /** parse + decode in CPU time. */
  cpuMs: number
  error?: string
}

/**
 * The names model's cold load, in a fresh Node process (no warm JIT, no cached model): JSON.parse of
 * the shipped JSON and decodeNamesModel, as bundled-names-model.ts does in the worker.
 */
/**
 * benchNames in a fresh Node process (names-throughput.ts) on the same docs, without their token and
 * sentence layers (benchNames makes them again): what a worker that has just decoded the model does.
 */
export function benchNamesFresh(docs: readonly ArticleDoc[]): NamesThroughput | { error: string } {
  const dir = mkdtempSync(join(tmpdir(), 'qari-bench-'))
  const file = join(dir, 'docs.json')
  try {
    writeFileSync(file, JSON.stringify(docs.map(({ tokens: _tokens, sentences: _sentences, ...doc }) => doc)))
    const script = fileURLToPath(new URL('./names-throughput.ts', import.meta.url))
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, file], { encoding: 'utf8', timeout: 300_000 })
    const line = child.stdout.trim().split('\n').pop() ?? ''
    try {
      return JSON.parse(line) as NamesThroughput
    } catch {
      return { error: (child.stderr || child.stdout || `exit ${child.status}`).trim().split('\n').slice(-3).join(' ') }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function benchColdModelLoad(): ModelLoad {
  const script = fileURLToPath(new URL('./cold-model-load.ts', import.meta.url))
  const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 120_000 })
  const line = child.stdout.trim().split('\n').pop() ?? ''
  try {
    return JSON.parse(line) as ModelLoad
  } catch {
    const error = (child.stderr || child.stdout || `exit ${child.status}`).trim().split('\n').slice(-3).join(' ')
    return { readMs: Number.NaN, parseMs: Number.NaN, decodeMs: Number.NaN, totalMs: Number.NaN, cpuMs: Number.NaN, error }
  }
}
