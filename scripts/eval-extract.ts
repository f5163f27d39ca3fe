/**
 * npm run eval:extract -- [DIR] [--runs N] [--verbose]
 *
 * Scores extractArticle against plain @mozilla/readability on every DIR/<id>/{source.html, truth.json,
 * meta.json} (format in ../shared/data/README.md), side by side in one run: token precision/recall/F1
 * over a bag of normalised tokens, mustNotContain leaks, empty outputs, exact title, date to the day,
 * dir, the article's pictures shown (at any size: same-picture.ts) and pictures shown twice, and the
 * median extraction time with its ratio to Readability's.
 *
 * Both extractors get a freshly parsed DOM (parse time is not counted) and both work on a clone of it,
 * as they must in a live page (Readability mutates the document it is given). Runs alternate between
 * the two so machine load falls on both alike.
 * Default DIR: ../shared/data/pages; when it is absent this says so and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Readability } from '@mozilla/readability'
import { decodeHtml, parseHtml } from '../src/cli/parse-html.ts'
import { extractArticle } from '../src/engine/components/extract-article.ts'
import { normalizeArabic } from '../src/engine/arabic/normalize.ts'
import { isSamePicture } from '../src/engine/extract/same-picture.ts'

const PATTERNS = {
  /** A token: letters, digits, combining marks and ZWNJ (Persian writes compound words with it). */
  token: /[\p{L}\p{N}\p{M}\u200C]+/gu,
  whitespace: /\s+/gu,
  day: /^\d{4}-\d{2}-\d{2}/u,
  /** An <img>'s address in Readability's HTML (it resolves lazy images into src). */
  imgSrc: /<img\b[^>]*?\ssrc="([^"]+)"/giu,
} as const

interface Truth {
  id?: string
  url?: string
  lang?: string
  isArticle?: boolean
  title?: string
  published?: string | null
  body?: string[]
  images?: string[]
  mustNotContain?: string[]
}

/** What an extractor produced, reduced to what is scored. */
interface Output {
  isArticle: boolean
  body: string
  /** Everything a reader would see below the title (body plus captions), for leak checks. */
  shown: string
  title: string
  published: string
  dir: string
  lang: string
  /** The pictures a reader sees, in order: the lead (when the body does not hold it) and the body's. */
  pictures: string[]
  /** Wall-clock time, ms (median of the runs). */
  ms: number
  /** CPU time, ms (median of the runs): steadier than wall time on a shared, loaded machine. */
  cpuMs?: number
}

interface Score {
  /** An article page with a hand-made body: counted in the token means. */
  scored: boolean
  precision: number
  recall: number
  f1: number
  leaks: string[]
  empty: boolean
  titleExact: boolean
  dateRight: boolean | null
  dirRight: boolean
  /** The language's primary tag is the truth's; null when the truth names none or the page is no article. */
  langRight: boolean | null
  verdictRight: boolean
  /** The truth's pictures shown at any size, of how many. */
  picturesShown: number
  picturesWanted: number
  /** Whether one picture is shown twice (at two sizes, say). */
  pictureTwice: boolean
  ms: number
  cpuMs: number
}

const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const RUNS = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 1) : 9
const VERBOSE = args.includes('--verbose')
const dirArg = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--runs')
const DIR = dirArg ?? '../shared/data/pages'

function tokens(text: string): string[] {
  return normalizeArabic(text).toLowerCase().match(PATTERNS.token) ?? []
}

function bagScore(predicted: string, truth: string): { precision: number; recall: number; f1: number } {
  const want = new Map<string, number>()
  for (const t of tokens(truth)) want.set(t, (want.get(t) ?? 0) + 1)
  const got = tokens(predicted)
  const wantTotal = [...want.values()].reduce((a, b) => a + b, 0)
  let hit = 0
  for (const t of got) {
    const left = want.get(t) ?? 0
    if (left > 0) {
      hit++
      want.set(t, left - 1)
    }
  }
  if (!got.length && !wantTotal) return { precision: 1, recall: 1, f1: 1 }
  const precision = got.length ? hit / got.length : 0
  const recall = wantTotal ? hit / wantTotal : 1
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

function squash(text: string): string {
  return normalizeArabic(text).replace(PATTERNS.whitespace, ' ').trim()
}

function median(values: number[]): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * Runs both extractors RUNS times, alternating (ours, readability, ours, …) so that load from other
 * processes falls on both alike; each run gets a freshly parsed DOM, and the median time is kept.
 */
function runBoth(html: string, url: string | undefined): { ours: Output; base: Output } {
  const oursTimes: number[] = []
  const baseTimes: number[] = []
  const oursCpu: number[] = []
  const baseCpu: number[] = []
  let result!: ReturnType<typeof extractArticle>
  let article!: ReturnType<Readability['parse']>
  // One untimed run of each first: the first call pays for compiling the code, not for the page.
  extractArticle(parseHtml(html, url), { url })
  new Readability(parseHtml(html, url).cloneNode(true) as Document).parse()
  const timeOurs = () => {
    const page = parseHtml(html, url)
    const start = performance.now()
    const cpu = process.cpuUsage()
    result = extractArticle(page, { url })
    oursCpu.push(cpuMs(process.cpuUsage(cpu)))
    oursTimes.push(performance.now() - start)
  }
  const timeBase = () => {
    const page = parseHtml(html, url)
    const start = performance.now()
    const cpu = process.cpuUsage()
    article = new Readability(page.cloneNode(true) as Document).parse()
    baseCpu.push(cpuMs(process.cpuUsage(cpu)))
    baseTimes.push(performance.now() - start)
  }
  // Each run parses its page just before timing it (both pay the same garbage-collection debt for
  // parsing), and the order alternates so neither always runs first.
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      timeOurs()
      timeBase()
    } else {
      timeBase()
      timeOurs()
    }
  }
  return {
    ours: { ...oursOutput(result, median(oursTimes)), cpuMs: median(oursCpu) },
    base: { ...baseOutput(article, median(baseTimes)), cpuMs: median(baseCpu) },
  }
}

/** CPU time of this process (user + system, all threads, GC included), in ms. */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000
}

function oursOutput(result: ReturnType<typeof extractArticle>, ms: number): Output {
  if (!result.isArticle) {
    return { isArticle: false, body: '', shown: '', title: result.title ?? '', published: '', dir: result.dir, lang: result.lang, pictures: [], ms }
  }
  const doc = result.doc
  const inBody = doc.blocks.filter((b) => b.kind === 'image' && b.src).map((b) => b.src!)
  // The reader shows the lead above the text unless the body holds that very address (ArticleBody.tsx).
  const lead = doc.leadImage && !inBody.includes(doc.leadImage.src) ? [doc.leadImage.src] : []
  const text = (kinds: string[]): string =>
    doc.blocks.filter((b) => kinds.includes(b.kind)).map((b) => doc.text.slice(b.start, b.end)).join('\n')
  return {
    isArticle: true,
    body: text(['heading', 'paragraph', 'quote', 'list-item', 'table-row']),
    shown: doc.text,
    title: doc.title,
    published: doc.published ?? '',
    dir: doc.dir,
    lang: doc.lang,
    pictures: [...lead, ...inBody],
    ms,
  }
}

function baseOutput(article: ReturnType<Readability['parse']>, ms: number): Output {
  const body = article?.textContent ?? ''
  return {
    isArticle: Boolean(article && body.trim()),
    body,
    shown: body,
    title: article?.title ?? '',
    published: article?.publishedTime ?? '',
    dir: article?.dir ?? '',
    lang: article?.lang ?? '',
    pictures: [...(article?.content ?? '').matchAll(PATTERNS.imgSrc)].map((m) => m[1]!.replaceAll('&amp;', '&')),
    ms,
  }
}

/** The right-to-left languages of the pages' truths (Arabic script). */
const RTL_LANGS = new Set(['ar', 'fa', 'ur', 'ckb', 'ps', 'sd', 'ug'])

function score(output: Output, truth: Truth): Score {
  const isArticle = truth.isArticle !== false
  const scored = isArticle && Array.isArray(truth.body)
  const bag = scored ? bagScore(output.body, (truth.body ?? []).join('\n')) : { precision: 1, recall: 1, f1: 1 }
  const shown = squash(output.shown)
  const leaks = isArticle ? (truth.mustNotContain ?? []).filter((s) => shown.includes(squash(s))) : []
  const wantDay = truth.published ? PATTERNS.day.exec(truth.published)?.[0] : undefined
  const gotDay = PATTERNS.day.exec(output.published)?.[0]
  const rtl = RTL_LANGS.has(truth.lang ?? 'ar')
  const primary = (lang: string) => lang.trim().toLowerCase().split(/[-_]/u)[0]
  return {
    ...bag,
    leaks,
    scored,
    empty: isArticle && !output.body.trim(),
    titleExact: !isArticle || truth.title === undefined || output.title.replace(PATTERNS.whitespace, ' ').trim() === (truth.title ?? '').replace(PATTERNS.whitespace, ' ').trim(),
    dateRight: isArticle && wantDay ? gotDay === wantDay : null,
    dirRight: output.dir === (rtl ? 'rtl' : 'ltr'),
    langRight: isArticle && truth.lang ? primary(output.lang) === primary(truth.lang) : null,
    verdictRight: output.isArticle === isArticle,
    picturesShown: isArticle ? (truth.images ?? []).filter((want) => output.pictures.some((got) => isSamePicture(want, got))).length : 0,
    picturesWanted: isArticle ? (truth.images ?? []).length : 0,
    pictureTwice: output.pictures.some((a, i) => output.pictures.some((b, j) => j > i && isSamePicture(a, b))),
    ms: output.ms,
    cpuMs: output.cpuMs ?? output.ms,
  }
}

function pct(x: number): string {
  return x.toFixed(3)
}

function mark(ok: boolean | null): string {
  return ok === null ? '–' : ok ? '✓' : '✗'
}

function main(): void {
  if (!existsSync(DIR)) {
    console.log(`eval:extract: ${DIR} is absent (the evaluation data lives in ../shared/data); nothing to score.`)
    return
  }
  const ids = readdirSync(DIR).filter((id) => existsSync(join(DIR, id, 'source.html')) && existsSync(join(DIR, id, 'truth.json'))).sort()
  if (!ids.length) {
    console.log(`eval:extract: no <id>/{source.html,truth.json} pages under ${DIR}.`)
    return
  }
  const rows: { id: string; truth: Truth; ours: Score; base: Score; oursOut: Output; baseOut: Output }[] = []
  for (const id of ids) {
    const truth = JSON.parse(readFileSync(join(DIR, id, 'truth.json'), 'utf8')) as Truth
    const metaPath = join(DIR, id, 'meta.json')
    const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { url?: string }) : {}
    const url = meta.url ?? truth.url
    const html = decodeHtml(readFileSync(join(DIR, id, 'source.html')))
    const { ours: oursOut, base: baseOut } = runBoth(html, url)
    rows.push({ id, truth, ours: score(oursOut, truth), base: score(baseOut, truth), oursOut, baseOut })
  }

  console.log(`eval:extract on ${DIR}: ${rows.length} pages, median of ${RUNS} runs each (ours | readability)\n`)
  const header = ['page', 'F1', 'P', 'R', 'leaks', 'title', 'date', 'dir', 'lang', 'verdict', 'ms', 'cpu ms']
  console.log(header.join('\t'))
  for (const { id, ours, base } of rows) {
    console.log(
      [
        id,
        ours.scored ? `${pct(ours.f1)} | ${pct(base.f1)}` : '–',
        ours.scored ? `${pct(ours.precision)} | ${pct(base.precision)}` : '–',
        ours.scored ? `${pct(ours.recall)} | ${pct(base.recall)}` : '–',
        `${ours.leaks.length} | ${base.leaks.length}`,
        `${mark(ours.titleExact)} | ${mark(base.titleExact)}`,
        `${mark(ours.dateRight)} | ${mark(base.dateRight)}`,
        `${mark(ours.dirRight)} | ${mark(base.dirRight)}`,
        `${mark(ours.langRight)} | ${mark(base.langRight)}`,
        `${mark(ours.verdictRight)} | ${mark(base.verdictRight)}`,
        `${ours.ms.toFixed(1)} | ${base.ms.toFixed(1)}`,
        `${ours.cpuMs.toFixed(1)} | ${base.cpuMs.toFixed(1)}`,
      ].join('\t'),
    )
    if (VERBOSE) {
      const row = rows.find((r) => r.id === id)!
      if (ours.leaks.length) console.log(`    ours leaks: ${ours.leaks.join(' ‖ ')}`)
      if (!ours.titleExact) console.log(`    ours title: ${row.oursOut.title}\n    want title: ${row.truth.title}`)
      if (ours.dateRight === false) console.log(`    ours date: ${row.oursOut.published} want ${row.truth.published}`)
      if (ours.langRight === false) console.log(`    ours lang: ${row.oursOut.lang} want ${row.truth.lang}`)
    }
  }

  const summarize = (pick: (r: (typeof rows)[number]) => Score) => {
    const scores = rows.map(pick)
    const articles = rows.map(pick).filter((s) => s.scored)
    const dated = scores.filter((s) => s.dateRight !== null)
    return {
      f1: articles.reduce((a, s) => a + s.f1, 0) / Math.max(1, articles.length),
      precision: articles.reduce((a, s) => a + s.precision, 0) / Math.max(1, articles.length),
      recall: articles.reduce((a, s) => a + s.recall, 0) / Math.max(1, articles.length),
      leakPages: articles.filter((s) => s.leaks.length).length,
      leakStrings: articles.reduce((a, s) => a + s.leaks.length, 0),
      empty: articles.filter((s) => s.empty).length,
      title: articles.filter((s) => s.titleExact).length,
      date: dated.filter((s) => s.dateRight).length,
      dated: dated.length,
      dir: scores.filter((s) => s.dirRight).length,
      lang: scores.filter((s) => s.langRight).length,
      langJudged: scores.filter((s) => s.langRight !== null).length,
      verdict: scores.filter((s) => s.verdictRight).length,
      picturesShown: articles.reduce((a, s) => a + s.picturesShown, 0),
      picturesWanted: articles.reduce((a, s) => a + s.picturesWanted, 0),
      pictureTwice: articles.filter((s) => s.pictureTwice).length,
      ms: median(scores.map((s) => s.ms)),
      cpuMs: median(scores.map((s) => s.cpuMs)),
      articles: articles.length,
      pages: scores.length,
    }
  }
  const o = summarize((r) => r.ours)
  const b = summarize((r) => r.base)
  const line = (label: string, ours: string, base: string) => console.log(`${label.padEnd(28)}${ours.padEnd(16)}${base}`)
  console.log('')
  line('overall', 'ours', 'readability')
  line('mean token F1', pct(o.f1), pct(b.f1))
  line('mean precision', pct(o.precision), pct(b.precision))
  line('mean recall', pct(o.recall), pct(b.recall))
  line('pages with leaks', `${o.leakPages}/${o.articles}`, `${b.leakPages}/${b.articles}`)
  line('leaked strings', String(o.leakStrings), String(b.leakStrings))
  line('empty outputs', `${o.empty}/${o.articles}`, `${b.empty}/${b.articles}`)
  line('title exact', `${o.title}/${o.articles}`, `${b.title}/${b.articles}`)
  line('date right (to the day)', `${o.date}/${o.dated}`, `${b.date}/${b.dated}`)
  line('dir right', `${o.dir}/${o.pages}`, `${b.dir}/${b.pages}`)
  line('language right', `${o.lang}/${o.langJudged}`, `${b.lang}/${b.langJudged}`)
  line('article verdict right', `${o.verdict}/${o.pages}`, `${b.verdict}/${b.pages}`)
  line('pictures shown (any size)', `${o.picturesShown}/${o.picturesWanted}`, `${b.picturesShown}/${b.picturesWanted}`)
  line('pages showing one twice', `${o.pictureTwice}/${o.articles}`, `${b.pictureTwice}/${b.articles}`)
  line('median extraction ms', o.ms.toFixed(2), b.ms.toFixed(2))
  line('median extraction cpu ms', o.cpuMs.toFixed(2), b.cpuMs.toFixed(2))
  const pageRatios = rows.map((r) => r.ours.ms / Math.max(1e-9, r.base.ms))
  const cpuRatios = rows.map((r) => r.ours.cpuMs / Math.max(1e-9, r.base.cpuMs))
  console.log(`\nF1 gain over readability: ${(o.f1 - b.f1 >= 0 ? '+' : '') + (o.f1 - b.f1).toFixed(3)}`)
  console.log(`time ratio (wall): median ours / median readability ${(o.ms / Math.max(1e-9, b.ms)).toFixed(2)}×; median of per-page ratios ${median(pageRatios).toFixed(2)}×`)
  console.log(`time ratio (cpu):  median ours / median readability ${(o.cpuMs / Math.max(1e-9, b.cpuMs)).toFixed(2)}×; median of per-page ratios ${median(cpuRatios).toFixed(2)}×`)
}

main()
