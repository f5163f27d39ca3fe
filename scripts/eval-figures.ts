/**
 * Scores find-figures on the Microsoft Recognizers-Text Arabic spec cases and on the hand-annotated
 * articles, both read from ../shared/data (never copied into the project).
 *
 *   npm run eval:figures -- [DIR]      DIR defaults to ../shared/data/figures/ms-recognizers
 *
 * Per category: gold figures found (a figure of a compatible kind overlaps the gold span), found with the
 * right value (numbers, ordinals, percentages, ranges), the right day and month (dates) or the right
 * hour/minute and duration; false alarms on cases with no gold figure. Cases whose NotSupported names
 * dotnet are skipped, and so are relative ordinals (الأخير, التالي …): the issue leaves them out.
 * On the annotated articles, also the figures as the reader shows them: after the names, which take the
 * figures inside them ("الخامس" of "شارع جورج الخامس").
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { ArticleDoc, Figure } from '../src/engine/doc.ts'
import { findFigures, findFiguresInText } from '../src/engine/components/find-figures.ts'
import { createTagNames } from '../src/engine/components/tag-names.ts'
import { linkMentions } from '../src/engine/components/link-mentions.ts'
import { loadNamesModel } from '../src/engine/models/names/load-names-model.ts'
import type { NamesModel } from '../src/engine/names/tagger/names-model.ts'
import { splitSentencesText } from '../src/engine/components/split-sentences.ts'
import { tokenizeText } from '../src/engine/components/tokenize.ts'
import { MONTH_NAMES } from '../src/engine/figures/calendar-words.ts'
import { normalizeArabic, toAsciiDigits } from '../src/engine/arabic/normalize.ts'
import { ORDINAL_WORDS, TENS_WORDS, UNIT_WORDS } from '../src/engine/figures/number-words.ts'

const ROOT = resolve(import.meta.dirname, '..')
const DEFAULT_DIR = resolve(ROOT, '../shared/data/figures/ms-recognizers')
const ANNOTATIONS_DIR = resolve(ROOT, '../shared/data/annotations')

interface MsResult {
  Text: string
  TypeName?: string
  Start: number
  /** Number and percent files give an inclusive End, DateTime files a Length. */
  End?: number
  Length?: number
  Resolution?: Record<string, unknown>
  Value?: Record<string, unknown>
}
interface MsCase {
  Input: string
  Results?: MsResult[]
  NotSupported?: string
  IgnoreResolution?: boolean
}

type Category = 'numbers' | 'ordinals' | 'percentages' | 'ranges' | 'dates' | 'date periods' | 'times' | 'time periods' | 'durations' | 'holidays'

/** Which spec file feeds which category; files not listed are dotnet-only (DateTime*, Merged*, Set*). */
function categoryOf(file: string): Category | undefined {
  const name = file.split('/').pop()!.replace('.json', '')
  if (name.startsWith('NumberRange')) return 'ranges'
  if (name.startsWith('Number')) return 'numbers'
  if (name.startsWith('Ordinal')) return 'ordinals'
  if (name.startsWith('Percent')) return 'percentages'
  if (name.startsWith('DatePeriod')) return 'date periods'
  if (name === 'DateExtractor' || name === 'DateParser') return 'dates'
  if (name.startsWith('TimePeriod')) return 'time periods'
  if (name === 'TimeExtractor' || name === 'TimeParser') return 'times'
  if (name.startsWith('Duration')) return 'durations'
  if (name.startsWith('Holiday')) return 'holidays'
  return undefined
}

/** Kinds of our figures that can stand for a gold figure of this category. */
const COMPATIBLE: Record<Category, Figure['kind'][]> = {
  numbers: ['number', 'count', 'quantity', 'money', 'percent', 'range', 'duration'],
  ordinals: ['ordinal'],
  percentages: ['percent'],
  ranges: ['number', 'count', 'quantity', 'money', 'percent', 'range', 'ordinal', 'duration'],
  dates: ['date'],
  'date periods': ['date', 'range', 'duration'],
  times: ['time'],
  'time periods': ['time', 'range'],
  durations: ['duration'],
  holidays: ['date'],
}

/**
 * What counts as a false alarm in a figure-free case: a figure of the kind the spec file is about. A case
 * of the range file with no result says "no range" ("النتيجة هو <>٣٠"), not that 30 is no number, and a
 * date case with no result ("الذكرى الخامسة والعشرين") says nothing about ordinals.
 */
const ALARM_KINDS: Record<Category, (f: Figure) => boolean> = {
  numbers: (f) => f.value !== undefined && f.kind !== 'ordinal',
  ordinals: (f) => f.kind === 'ordinal',
  percentages: (f) => f.kind === 'percent',
  ranges: (f) => f.kind === 'range' || f.approx !== undefined,
  dates: (f) => f.kind === 'date',
  'date periods': (f) => f.kind === 'date',
  times: (f) => f.kind === 'time',
  'time periods': (f) => f.kind === 'time',
  durations: (f) => f.kind === 'duration',
  holidays: (f) => f.kind === 'date',
}

function listJson(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...listJson(path))
    else if (entry.endsWith('.json')) out.push(path)
  }
  return out.sort()
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b))

const SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, month: 2592000, year: 31536000, decade: 315360000, century: 3153600000 }

const MONTH_WORDS = new Set(MONTH_NAMES.map((m) => m.words[0]))
const NUMBER_WORDS = new Set([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(ORDINAL_WORDS), 'عشر', 'عشره'])

function words(text: string): string[] {
  return normalizeArabic(text).split(/[^\p{L}]+/u).flatMap((w) => [w, w.replace(/^(?:[وبل]|لل|ال|بال|وال)/u, '')])
}

/** The gold text names the month (a month name or a numeric day/month), so the month must be right. */
function statesMonth(text: string): boolean {
  return /\d\s*[/.\-]\s*\d/u.test(toAsciiDigits(text)) || words(text).some((w) => MONTH_WORDS.has(w))
}

/**
 * The gold date has a day that the text states (digits, number or ordinal words, a month name); relative
 * dates ("الأحد الماضي", "أمس") are resolved from a reference date and are left out of the day/month score.
 */
function statesDay(text: string, timex: string): boolean {
  if (!/^(XXXX|\d{4})-(\d\d|XX)-\d\d$/u.test(timex)) return false
  return /\d/u.test(toAsciiDigits(text)) || words(text).some((w) => MONTH_WORDS.has(w) || NUMBER_WORDS.has(w))
}

/** Is our figure's value right for this gold result? undefined when the gold gives nothing to compare. */
function valueRight(category: Category, gold: MsResult, ours: Figure[]): boolean | undefined {
  const res = (gold.Resolution ?? gold.Value ?? {}) as Record<string, unknown>
  if (category === 'numbers' || category === 'ordinals' || category === 'percentages') {
    const raw = String(res.value ?? res.offset ?? '')
    if (!raw) return undefined
    const want = Number(raw.replace('%', ''))
    if (!Number.isFinite(want)) return undefined
    return ours.some((f) => (f.value !== undefined && close(f.value, want)) || (f.valueTo !== undefined && close(f.valueTo, want)))
  }
  if (category === 'ranges') {
    const m = String(res.value ?? '').match(/^[[(]([^,]*),([^\])]*)[\])]$/u)
    if (!m) return undefined
    const want = [m[1], m[2]].filter((s) => s !== '').map(Number)
    const got = ours.flatMap((f) => [f.value, f.valueTo]).filter((v): v is number => v !== undefined)
    return want.every((w) => got.some((g) => close(g, w)))
  }
  if (category === 'dates') {
    const timex = String(res.Timex ?? '')
    if (!statesDay(gold.Text, timex)) return undefined
    const [, month, day] = timex.split('-').map(Number)
    const monthNeeded = statesMonth(gold.Text)
    return ours.some((f) => f.date?.day === day && (!monthNeeded || f.date?.month === month))
  }
  if (category === 'times') {
    const m = String(res.Timex ?? '').match(/^T(\d\d)(?::(\d\d))?/u)
    if (!m) return undefined
    return ours.some((f) => f.time?.hour === Number(m[1]) && (f.time.minute ?? 0) === Number(m[2] ?? 0))
  }
  if (category === 'durations') {
    const seconds = Number((res.FutureResolution as Record<string, unknown> | undefined)?.duration)
    if (!Number.isFinite(seconds)) return undefined
    return ours.some((f) => f.value !== undefined && f.unit !== undefined && close(f.value * (SECONDS[f.unit] ?? NaN), seconds))
  }
  return undefined
}

/**
 * The baseline: what a plain digit regex finds (runs of ASCII, Arabic-Indic or Persian digits with
 * separators, read as numbers). Every figure in words, every date, time and duration kind is beyond it;
 * it is printed beside our numbers to show what the grammar adds.
 */
function baselineFigures(text: string): Figure[] {
  const out: Figure[] = []
  for (const m of text.matchAll(/[\d\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][\d\u0660-\u0669\u06F0-\u06F9]+)*/gu)) {
    const value = Number(toAsciiDigits(m[0]).replace(/[,\u066C]/gu, '').replace('\u066B', '.'))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'number', value })
  }
  return out
}

type Finder = (text: string) => Figure[]

interface Tally {
  gold: number
  found: number
  valued: number
  right: number
  emptyCases: number
  falseAlarms: number
  /** Figure-free cases where we found any figure at all, of whatever kind. */
  anyFigure: number
  misses: string[]
  wrong: string[]
  alarms: string[]
}

function evaluateMs(dir: string, find: Finder, strictKinds = true): Map<Category, Tally> {
  const tallies = new Map<Category, Tally>()
  for (const file of listJson(dir)) {
    const category = categoryOf(file)
    if (!category) continue
    const cases = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/u, '')) as MsCase[]
    const tally = tallies.get(category) ?? { gold: 0, found: 0, valued: 0, right: 0, emptyCases: 0, falseAlarms: 0, anyFigure: 0, misses: [], wrong: [], alarms: [] }
    tallies.set(category, tally)
    for (const c of cases) {
      if (/dotnet/iu.test(c.NotSupported ?? '')) continue
      const figures = find(c.Input)
      const golds = (c.Results ?? []).filter((r) => !String(r.TypeName ?? '').includes('relative'))
      if ((c.Results ?? []).length === 0) {
        tally.emptyCases++
        if (figures.length) tally.anyFigure++
        if (figures.some((f) => ALARM_KINDS[category](f))) {
          tally.falseAlarms++
          tally.alarms.push(`${c.Input}  → ${figures.map((f) => `[${f.text}] ${f.kind}`).join(', ')}`)
        }
        continue
      }
      for (const gold of golds) {
        tally.gold++
        let start = gold.Start
        let end = gold.Length !== undefined ? start + gold.Length : (gold.End ?? start) + 1
        // Some cases carry Start -1 (PendingValidation) or offsets that miss the text: find the text instead.
        if (start < 0 || c.Input.slice(start, end) !== gold.Text) {
          const at = c.Input.indexOf(gold.Text)
          if (at >= 0) [start, end] = [at, at + gold.Text.length]
        }
        const overlapping = figures.filter((f) => f.start < end && f.end > start && (!strictKinds || COMPATIBLE[category].includes(f.kind)))
        if (!overlapping.length) {
          tally.misses.push(`${c.Input}  ⟶ gold [${gold.Text}]; ours: ${figures.map((f) => `[${f.text}] ${f.kind} ${f.value ?? ''}`).join(', ') || 'none'}`)
          continue
        }
        tally.found++
        const right = valueRight(category, gold, overlapping)
        if (right === undefined) continue
        tally.valued++
        if (right) tally.right++
        else tally.wrong.push(`${c.Input}  ⟶ gold [${gold.Text}] ${JSON.stringify(gold.Resolution ?? gold.Value).slice(0, 90)}; ours: ${overlapping.map((f) => `[${f.text}] ${JSON.stringify({ v: f.value, to: f.valueTo, d: f.date, t: f.time, u: f.unit })}`).join(', ')}`)
      }
    }
  }
  return tallies
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—')

/** Targets from the issue, printed beside the measured numbers. */
const TARGETS: Partial<Record<Category, string>> = {
  numbers: 'value ≥ 95%',
  percentages: 'value ≥ 95%',
  ordinals: 'value ≥ 90%',
  dates: 'day+month ≥ 90% (stated dates)',
  times: 'found ≥ 85%',
  durations: 'found ≥ 85%',
}

function printMs(dir: string, verbose: boolean): void {
  const tallies = evaluateMs(dir, findFiguresInText)
  // The baseline gets every kind counted as found: a digit run overlapping a gold date is its best case.
  const baseline = evaluateMs(dir, baselineFigures, false)
  console.log(`Microsoft Recognizers-Text Arabic spec cases (${relative(process.cwd(), dir) || dir}), dotnet-only cases skipped`)
  console.log('category        gold  found          right value     figure-free cases  false alarms (any figure)   target                             digit-regex baseline: found, right')
  let empty = 0
  let alarms = 0
  let any = 0
  for (const [category, t] of tallies) {
    empty += t.emptyCases
    alarms += t.falseAlarms
    any += t.anyFigure
    console.log(
      `${category.padEnd(14)} ${String(t.gold).padStart(5)}  ${`${t.found} (${pct(t.found, t.gold)})`.padEnd(14)} ${`${t.right}/${t.valued} (${pct(t.right, t.valued)})`.padEnd(15)} ${String(t.emptyCases).padStart(17)}  ${`${t.falseAlarms} (${t.anyFigure})`.padStart(12)}               ${(TARGETS[category] ?? '').padEnd(34)} ${pct(baseline.get(category)!.found, t.gold)}, ${pct(baseline.get(category)!.right, baseline.get(category)!.valued)}`,
    )
  }
  console.log(`false alarms overall: ${alarms} of ${empty} figure-free cases (${pct(alarms, empty)}; target ≤ 10%); cases with any figure at all: ${any} (${pct(any, empty)})`)
  if (verbose) {
    for (const [category, t] of tallies) {
      for (const m of t.misses) console.log(`MISS  ${category}: ${m}`)
      for (const w of t.wrong) console.log(`WRONG ${category}: ${w}`)
      for (const a of t.alarms) console.log(`ALARM ${category}: ${a}`)
    }
  }
}

interface AnnotatedFigure {
  start: number
  end: number
  kind: string
  text: string
  value: number | null
  unit: string | null
  date: { year?: number; month?: number; day?: number } | null
}

/** The figures the reader shows: find-figures after tag-names and link-mentions, as analyzeArticle runs them. */
function shownFigures(text: string, model: NamesModel): Figure[] {
  const doc: ArticleDoc = {
    url: '', lang: 'ar', dir: 'rtl', title: '', text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    tokens: tokenizeText(text), sentences: splitSentencesText(text),
  }
  return findFigures.run(linkMentions.run(createTagNames(model).run(doc as ArticleDoc & Required<Pick<ArticleDoc, 'tokens' | 'sentences'>>))).figures
}

function printAnnotations(verbose: boolean, model: NamesModel): void {
  if (!existsSync(ANNOTATIONS_DIR)) {
    console.log(`annotations: ${ANNOTATIONS_DIR} is absent; skipped`)
    return
  }
  let gold = 0
  let found = 0
  let right = 0
  let ours = 0
  let extra = 0
  let shownAll = 0
  let shownExtra = 0
  let shownFound = 0
  console.log('\nHand-annotated articles (../shared/data/annotations); "shown": after the names, as in the reader')
  console.log('article                    gold  found  right value  our figures  not in gold   shown  shown found  shown not in gold')
  for (const file of readdirSync(ANNOTATIONS_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(ANNOTATIONS_DIR, file), 'utf8')) as { text: string; figures: AnnotatedFigure[] }
    const figures = findFiguresInText(doc.text)
    const shown = shownFigures(doc.text, model)
    const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start < y.end && x.end > y.start
    let g = 0
    let f = 0
    let r = 0
    for (const want of doc.figures) {
      g++
      const hits = figures.filter((x) => overlaps(x, want))
      if (!hits.length) {
        if (verbose) console.log(`  MISS ${file}: [${want.text}] ${want.kind}`)
        continue
      }
      f++
      const ok = hits.some((x) => {
        if (want.date) return ['year', 'month', 'day'].every((k) => want.date![k as 'year'] === undefined || x.date?.[k as 'year'] === want.date![k as 'year'])
        if (want.value === null) return true
        return (x.value !== undefined && close(x.value, want.value)) && (want.kind !== 'duration' || x.unit === want.unit)
      })
      if (ok) r++
      else if (verbose) console.log(`  WRONG ${file}: [${want.text}] ${JSON.stringify(want)} ours ${JSON.stringify(hits)}`)
    }
    const spurious = figures.filter((x) => !doc.figures.some((want) => overlaps(x, want)))
    const shownSpurious = shown.filter((x) => !doc.figures.some((want) => overlaps(x, want)))
    const sf = doc.figures.filter((want) => shown.some((x) => overlaps(x, want))).length
    if (verbose) for (const s of spurious) console.log(`  EXTRA ${file}: [${s.text}] ${s.kind} ${s.value ?? ''}${shown.some((x) => x.start === s.start && x.end === s.end) ? '' : ' (inside a name: not shown)'}`)
    gold += g
    found += f
    right += r
    ours += figures.length
    extra += spurious.length
    shownAll += shown.length
    shownFound += sf
    shownExtra += shownSpurious.length
    console.log(`${file.replace('.json', '').padEnd(25)} ${String(g).padStart(5)}  ${String(f).padStart(5)}  ${String(r).padStart(11)}  ${String(figures.length).padStart(11)}  ${String(spurious.length).padStart(11)}  ${String(shown.length).padStart(6)}  ${String(sf).padStart(11)}  ${String(shownSpurious.length).padStart(17)}`)
  }
  console.log(`${'all'.padEnd(25)} ${String(gold).padStart(5)}  ${`${found} (${pct(found, gold)})`.padStart(5)}  ${`${right} (${pct(right, gold)})`.padStart(11)}  ${String(ours).padStart(11)}  ${String(extra).padStart(11)}  ${String(shownAll).padStart(6)}  ${`${shownFound} (${pct(shownFound, gold)})`.padStart(11)}  ${String(shownExtra).padStart(17)}`)
}

/** Speed on Arabic news text: the annotated articles repeated to about 4 MB (UTF-8). */
function printSpeed(): void {
  if (!existsSync(ANNOTATIONS_DIR)) return
  const texts = readdirSync(ANNOTATIONS_DIR).filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(readFileSync(join(ANNOTATIONS_DIR, f), 'utf8')) as { text: string }).text)
  let big = ''
  while (Buffer.byteLength(big) < 4e6) big += texts.join('\n\n') + '\n\n'
  findFiguresInText(big.slice(0, 100_000)) // warm up the JIT
  // Best of three: the machine is shared, and the slowest run measures the neighbours.
  let seconds = Infinity
  let figures: Figure[] = []
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now()
    figures = findFiguresInText(big)
    seconds = Math.min(seconds, (performance.now() - t0) / 1000)
  }
  const mb = Buffer.byteLength(big) / 1e6
  console.log(`\nspeed: ${mb.toFixed(1)} MB of Arabic text (UTF-8) in ${seconds.toFixed(2)} s (best of 3) = ${(mb / seconds).toFixed(1)} MB/s, ${figures.length} figures (target ≥ 1 MB/s)`)
  // The text core under the other components, on the same text.
  for (const [name, run] of [['tokenize', tokenizeText], ['split-sentences', splitSentencesText]] as const) {
    let best = Infinity
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now()
      run(big)
      best = Math.min(best, (performance.now() - t0) / 1000)
    }
    console.log(`speed: ${name} ${(mb / best).toFixed(1)} MB/s`)
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const verbose = args.includes('--verbose') || args.includes('-v')
  const dir = resolve(args.find((a) => !a.startsWith('-')) ?? DEFAULT_DIR)
  if (!existsSync(dir)) {
    console.log(`figures data ${dir} is absent; nothing to evaluate`)
    return
  }
  printMs(dir, verbose)
  printAnnotations(verbose, await loadNamesModel())
  printSpeed()
}

await main()
