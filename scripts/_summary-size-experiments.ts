/**
 * `npx tsx scripts/_summary-size-experiments.ts [family ...]`: the experiments of issue 6, session 7
 * (task sum-s7), on summary gains conditioned on article size; their numbers are in
 * scripts/summary-grid.ts's header. Not part of the shipped code or of any npm script. Loads EASC once
 * (from ../shared/data, never copied), then scores families of variants (each = the fixed-half-life
 * 320-setting grid × the new parameter's values) with the same held-out procedures as eval:summary
 * (leave-one-article-out, odd/even topic halves, in-sample best), and prints the gain at 5 sentences
 * by article size. Families: fixed, base, alpha, alpha2, rho, mix, leadshare, leadbonus, cent,
 * alpha-share, alpha-bonus, alpha-cent, alpha-red, reach, inspect, swaps, splits, persize, profile, last (no argument: all, ~15 min).
 */
import type { Span } from '../src/engine/doc.ts'
import { DEFAULT_WEIGHTS, scoreSentences, type SummaryWeights } from '../src/engine/summary/score-sentences.ts'
import { selectSentences } from '../src/engine/summary/select-sentences.ts'
import { rougeOfCounts, rougeTokens } from '../src/engine/summary/rouge.ts'
import { DEFAULT_EASC_DIR, loadEasc, optionalComponents, type SummaryArticle } from './summary-data.ts'
import { shippedLength, SUMMARY_LENGTHS } from './summary-training.ts'
import { bestSetting, chooseHeldOut, gridSettings } from './summary-grid.ts'

type Counts = Map<string, number>
const countsOf = (tokens: readonly string[]) => {
  const c: Counts = new Map()
  for (const t of tokens) c.set(t, (c.get(t) ?? 0) + 1)
  return c
}

/** A variant: base weights plus hooks that see the article size and the summary length. */
export interface Variant {
  label: string
  weights: SummaryWeights
  /** Scores of the candidates for this article and length (default: scoreSentences). */
  scores?: (article: SummaryArticle, length: number, weights: SummaryWeights) => number[]
  /** The scores hook reads the summary length (else it is called once per article). */
  perLength?: boolean
  /** Chosen candidate indices (default: MMR). */
  select?: (article: SummaryArticle, scores: number[], length: number, weights: SummaryWeights) => number[]
}

const { components } = await optionalComponents()
const articles = loadEasc(DEFAULT_EASC_DIR, components)
const prepared = articles.map((article) => {
  const { doc } = article
  const sentenceCounts = doc.sentences.map((s: Span) => countsOf(rougeTokens(doc.text.slice(s.start, s.end))))
  const references = article.references.map(countsOf)
  const referenceLengths = article.references.map((r) => r.length)
  const rouge = (indices: readonly number[]) => {
    const summary: Counts = new Map()
    let length = 0
    for (const i of indices)
      for (const [t, c] of sentenceCounts[i]) {
        summary.set(t, (summary.get(t) ?? 0) + c)
        length += c
      }
    let f1 = 0
    references.forEach((ref, r) => (f1 += rougeOfCounts(summary, length, ref, referenceLengths[r]).f1))
    return f1 / references.length
  }
  const leads = new Map<number, number>()
  return { article, rouge, leads, n: article.candidates.indices.length }
})

export function gains(variants: readonly Variant[]): number[][][] {
  return variants.map((v) =>
    prepared.map(({ article, rouge, leads }) => {
      const { candidates } = article
      const fixed = !v.scores ? scoreSentences(candidates.scoring, v.weights) : v.perLength ? undefined : v.scores(article, 0, v.weights)
      return SUMMARY_LENGTHS.map((length) => {
        const count = shippedLength(article, length)
        const scores = fixed ?? v.scores!(article, count, v.weights)
        const picked = v.select ? v.select(article, scores, count, v.weights) : selectSentences(scores, candidates.vectors, count, v.weights.redundancy)
        const chosen = picked.map((c) => candidates.indices[c])
        if (!leads.has(chosen.length)) leads.set(chosen.length, rouge(Array.from({ length: chosen.length }, (_, i) => i)))
        return rouge(chosen) - leads.get(chosen.length)!
      })
    }),
  )
}

const f = (x: number) => (x >= 0 ? '+' : '') + (100 * x).toFixed(2)
const BUCKETS: [string, (n: number) => boolean][] = [
  ['<=7', (n) => n <= 7],
  ['8-10', (n) => n >= 8 && n <= 10],
  ['11-15', (n) => n >= 11 && n <= 15],
  ['16-25', (n) => n >= 16 && n <= 25],
  ['>25', (n) => n > 25],
]

/** Mean gain per length for a per-article choice of variant, and the per-size breakdown at 5. */
function summarise(table: number[][][], choice: readonly number[]): string {
  const per = SUMMARY_LENGTHS.map((_, l) => choice.reduce((s, v, a) => s + table[v][a][l], 0) / choice.length)
  const size = BUCKETS.map(([name, test]) => {
    const idx = prepared.map((p, a) => (test(p.n) ? a : -1)).filter((a) => a >= 0)
    const m = idx.reduce((s, a) => s + table[choice[a]][a][2], 0) / Math.max(1, idx.length)
    return `${name}(${idx.length}) ${f(m)}`
  })
  return `${per.map(f).join(' / ')}   @5 by size: ${size.join('  ')}`
}

export function report(title: string, variants: readonly Variant[]): void {
  const t0 = performance.now()
  const table = gains(variants)
  const all = articles.map((_, i) => i)
  const best = bestSetting(table, all)
  const loo = chooseHeldOut(table, articles.length, (i) => i)
  const halves = chooseHeldOut(table, articles.length, (i) => articles[i].topicNumber % 2)
  const count = (xs: number[]) => {
    const m = new Map<string, number>()
    for (const x of xs) m.set(variants[x].label, (m.get(variants[x].label) ?? 0) + 1)
    return [...m].map(([k, v]) => `${k}×${v}`).join(', ')
  }
  console.log(`\n== ${title} (${variants.length} settings, ${((performance.now() - t0) / 1000).toFixed(1)} s)`)
  console.log(`  LOO      ${summarise(table, loo)}`)
  console.log(`  halves   ${summarise(table, halves)}`)
  console.log(`  in-sample best ${variants[best].label}: ${summarise(table, all.map(() => best))}`)
  console.log(`  LOO choices: ${count(loo)}`)
  console.log(`  halves choices: ${count([...new Set(halves)])}`)
}

/** The grid as it was before session 7: a fixed half-life (halfLifeGrowth 0), 320 settings. */
const base = gridSettings().filter((w) => w.halfLifeGrowth === 0)
/** The shipped grid, half-life growth included (960 settings). */
const shipped = gridSettings()
const key = (w: SummaryWeights) => `hl${w.halfLife} c${w.centrality} f${w.first} r${w.redundancy} g${w.halfLifeGrowth}`

/** Each base setting × each value of a new parameter. */
export function family<T>(values: readonly T[], make: (w: SummaryWeights, value: T) => Variant): Variant[] {
  return values.flatMap((value) => base.map((w) => make(w, value)))
}

console.log(`EASC ${articles.length} articles; candidates: ${prepared.map((p) => p.n).sort((a, b) => a - b).join(' ')}`)

const plain = (w: SummaryWeights, tag = ''): Variant => ({ label: `${key(w)}${tag}`, weights: w })
const experiments = process.argv.slice(2).filter((a) => a !== '--')
const want = (name: string) => !experiments.length || experiments.includes(name)

if (want('fixed')) report('fixed half-life grid (before session 7)', base.map((w) => plain(w)))
if (want('base')) report('shipped grid (with halfLifeGrowth)', shipped.map((w) => plain(w)))

// 1a. Half-life growing with the article: halfLife × (n / 20)^alpha (20 ≈ the median article).
if (want('alpha'))
  report(
    'halfLife × (n/20)^alpha, alpha ∈ {0, 0.5, 1}',
    family([0, 0.5, 1], (w, alpha) => ({
      label: `${key(w)} a${alpha}`,
      weights: w,
      scores: (article, _len, weights) => scoreSentences(article.candidates.scoring, { ...weights, halfLife: weights.halfLife * Math.pow(article.candidates.indices.length / 20, alpha) }),
    })),
  )

// 1b. Half-life relative to the article: rho × n candidates, replacing halfLife (grid's halfLife unused → fix 5 to avoid duplicates).
if (want('rho'))
  report(
    'halfLife = max(2, rho × n), rho ∈ {0.1, 0.15, 0.2, 0.3, 0.5}',
    family([0.1, 0.15, 0.2, 0.3, 0.5], (w, rho) => ({
      label: `${key({ ...w, halfLife: 0 })} rho${rho}`,
      weights: w,
      scores: (article, _len, weights) => scoreSentences(article.candidates.scoring, { ...weights, halfLife: Math.max(2, rho * article.candidates.indices.length) }),
    })).filter((v) => v.weights.halfLife === 5),
  )

// 1c. Mix: halfLife + rho × n.
if (want('mix'))
  report(
    'halfLife + rho × n, rho ∈ {0, 0.1, 0.2}',
    family([0, 0.1, 0.2], (w, rho) => ({
      label: `${key(w)} +${rho}n`,
      weights: w,
      scores: (article, _len, weights) => scoreSentences(article.candidates.scoring, { ...weights, halfLife: weights.halfLife + rho * article.candidates.indices.length }),
    })),
  )

// 2a. The summary is the lead when it takes at least `share` of the candidates.
const leadOf = (count: number) => Array.from({ length: count }, (_, i) => i)
if (want('leadshare'))
  report(
    'summary = lead (first candidates) when length / n ≥ t, t ∈ {∞, 0.5, 0.45, 0.4, 0.34, 0.3}',
    family([Infinity, 0.5, 0.45, 0.4, 0.34, 0.3], (w, t) => ({
      label: `${key(w)} t${t}`,
      weights: w,
      select: (article, scores, length, weights) =>
        length / article.candidates.indices.length >= t - 1e-9 ? leadOf(Math.min(length, article.candidates.indices.length)) : selectSentences(scores, article.candidates.vectors, length, weights.redundancy),
    })),
  )

// 2b. A bonus for the first `length` candidates, scaled by the share: bonus × (length/n) / 0.5.
if (want('leadbonus'))
  report(
    'lead bonus b × share/0.5 on the first `length` candidates, b ∈ {0, 0.25, 0.5, 1, 2}',
    family([0, 0.25, 0.5, 1, 2], (w, b) => ({
      label: `${key(w)} b${b}`,
      weights: w,
      perLength: true,
      scores: (article, length, weights) => {
        const share = length / article.candidates.indices.length
        return scoreSentences(article.candidates.scoring, weights).map((s, i) => (i < length ? s + (b * share) / 0.5 : s))
      },
    })),
  )

// 3a. Centrality weight by size: centrality × (n/20)^gamma.
if (want('cent'))
  report(
    'centrality × (n/20)^gamma, gamma ∈ {0, 0.5, 1}',
    family([0, 0.5, 1], (w, g) => ({
      label: `${key(w)} g${g}`,
      weights: w,
      scores: (article, _len, weights) => scoreSentences(article.candidates.scoring, { ...weights, centrality: weights.centrality * Math.min(2, Math.pow(article.candidates.indices.length / 20, g)) }),
    })),
  )

if (want('alpha2'))
  report(
    'halfLife × (n/20)^alpha, alpha ∈ {0, 0.5, 0.75, 1, 1.25, 1.5}',
    family([0, 0.5, 0.75, 1, 1.25, 1.5], (w, alpha) => ({
      label: `${key(w)} a${alpha}`,
      weights: w,
      scores: (article, _len, weights) => scoreSentences(article.candidates.scoring, { ...weights, halfLife: weights.halfLife * Math.pow(article.candidates.indices.length / 20, alpha) }),
    })),
  )

const relative = (article: SummaryArticle, weights: SummaryWeights, alpha: number): SummaryWeights => ({
  ...weights,
  halfLife: weights.halfLife * Math.pow(article.candidates.indices.length / 20, alpha),
})
const family2 = <A, B>(as: readonly A[], bs: readonly B[], make: (w: SummaryWeights, a: A, b: B) => Variant): Variant[] => as.flatMap((a) => bs.flatMap((b) => base.map((w) => make(w, a, b))))

if (want('alpha-share'))
  report(
    'alpha ∈ {0, 1} × summary = lead when length/n ≥ t, t ∈ {∞, 0.5, 0.45, 0.4, 0.34}',
    family2([0, 1], [Infinity, 0.5, 0.45, 0.4, 0.34], (w, alpha, t) => ({
      label: `${key(w)} a${alpha} t${t}`,
      weights: w,
      scores: (article, _len, weights) => scoreSentences(article.candidates.scoring, relative(article, weights, alpha)),
      select: (article, scores, length, weights) =>
        length / article.candidates.indices.length >= t - 1e-9 ? leadOf(Math.min(length, article.candidates.indices.length)) : selectSentences(scores, article.candidates.vectors, length, weights.redundancy),
    })),
  )

if (want('alpha-bonus'))
  report(
    'alpha ∈ {0, 1} × lead bonus b × share/0.5, b ∈ {0, 0.25, 0.5, 1, 2}',
    family2([0, 1], [0, 0.25, 0.5, 1, 2], (w, alpha, b) => ({
      label: `${key(w)} a${alpha} b${b}`,
      weights: w,
      perLength: true,
      scores: (article, length, weights) => {
        const share = length / article.candidates.indices.length
        return scoreSentences(article.candidates.scoring, relative(article, weights, alpha)).map((s, i) => (i < length ? s + (b * share) / 0.5 : s))
      },
    })),
  )

if (want('inspect')) {
  const w: SummaryWeights = { ...DEFAULT_WEIGHTS, first: 0 }
  for (const p of prepared) {
    if (p.n < 8 || p.n > 10) continue
    const { article } = p
    const count = shippedLength(article, 5)
    const scores = scoreSentences(article.candidates.scoring, relative(article, w, 1))
    const chosen = selectSentences(scores, article.candidates.vectors, count, w.redundancy).map((c) => article.candidates.indices[c])
    const lead = leadOf(count)
    const per = article.doc.sentences.map((_, i) => p.rouge([i]))
    console.log(`\n${article.topic} n=${p.n} sentences=${article.doc.sentences.length} count=${count} cand=${article.candidates.indices.join(',')}`)
    console.log(`  chosen ${chosen.join(',')} R1 ${(100 * p.rouge(chosen)).toFixed(1)}  lead ${lead.join(',')} R1 ${(100 * p.rouge(lead)).toFixed(1)}`)
    console.log(`  picked share per candidate: ${article.picked.map((x) => x.toFixed(2)).join(' ')}`)
    console.log(`  scores: ${scores.map((x) => x.toFixed(2)).join(' ')}`)
    console.log(`  words: ${article.candidates.scoring.lengths.join(' ')}   refs sentences ${article.referenceSentences.join(',')}`)
  }
}

if (want('alpha-cent'))
  report(
    'alpha ∈ {0, 1} × centrality × min(2, (n/20)^gamma), gamma ∈ {0, 0.5, 1}',
    family2([0, 1], [0, 0.5, 1], (w, alpha, g) => ({
      label: `${key(w)} a${alpha} g${g}`,
      weights: w,
      scores: (article, _len, weights) =>
        scoreSentences(article.candidates.scoring, { ...relative(article, weights, alpha), centrality: weights.centrality * Math.min(2, Math.pow(article.candidates.indices.length / 20, g)) }),
    })),
  )

if (want('alpha-red'))
  report(
    'alpha ∈ {0, 1} × redundancy × min(2, (n/20)^delta), delta ∈ {-0.5, 0, 0.5}',
    family2([0, 1], [-0.5, 0, 0.5], (w, alpha, d) => ({
      label: `${key(w)} a${alpha} d${d}`,
      weights: w,
      scores: (article, _len, weights) => scoreSentences(article.candidates.scoring, relative(article, weights, alpha)),
      select: (article, scores, length, weights) =>
        selectSentences(scores, article.candidates.vectors, length, weights.redundancy * Math.min(2, Math.pow(article.candidates.indices.length / 20, d))),
    })),
  )

// E4 (with the engine's halfLifeGrowth in the base grid): only candidates within the first c of the article may be picked.
if (want('reach'))
  report(
    'base grid (with growth) × reach: candidates past ceil(c × n) excluded, c ∈ {1, 0.75, 0.6}',
    [1, 0.75, 0.6].flatMap((c) => shipped.map((w): Variant => ({
      label: `${key(w)} cut${c}`,
      weights: w,
      scores: (article, _len, weights) => {
        const n = article.candidates.indices.length
        return scoreSentences(article.candidates.scoring, weights).map((s, i) => (i < Math.ceil(c * n) ? s : -1e9))
      },
    }))),
  )

if (want('swaps')) {
  for (const [label, w] of [['shipped', DEFAULT_WEIGHTS], ['fixed half-life', { ...DEFAULT_WEIGHTS, halfLifeGrowth: 0, first: 0.25 }]] as const) {
    let inPick = 0, inWords = 0, inN = 0, outPick = 0, outWords = 0, outN = 0
    for (const { article } of prepared) {
      const count = shippedLength(article, 5)
      const chosen = selectSentences(scoreSentences(article.candidates.scoring, w), article.candidates.vectors, count, w.redundancy)
      const lead = new Set(leadOf(count))
      const set = new Set(chosen)
      for (const c of chosen) if (!lead.has(c)) { inPick += article.picked[c]; inWords += article.candidates.scoring.lengths[c]; inN++ }
      for (const c of lead) if (!set.has(c)) { outPick += article.picked[c]; outWords += article.candidates.scoring.lengths[c]; outN++ }
    }
    console.log(`${label}: swapped in ${inN}: picked ${(100 * inPick / inN).toFixed(1)}% words ${(inWords / inN).toFixed(1)}; lead sentences dropped ${outN}: picked ${(100 * outPick / outN).toFixed(1)}% words ${(outWords / outN).toFixed(1)}`)
  }
}

// Repeated random halves: the grid with growth against the fixed half-life grid (its subset), each
// chosen on a random half of the articles and scored on the other; 50 seeded splits.
if (want('splits')) {
  const variants = shipped.map((w) => plain(w))
  const table = gains(variants)
  const fixedIdx = variants.map((v, i) => (v.weights.halfLifeGrowth === 0 ? i : -1)).filter((i) => i >= 0)
  const sub = fixedIdx.map((i) => table[i])
  let seed = 12345
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const results = { growth: [[], [], []] as number[][], fixed: [[], [], []] as number[][] }
  for (let split = 0; split < 50; split++) {
    const order = articles.map((_, i) => ({ i, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.i)
    const tune = order.slice(0, articles.length / 2)
    const test = order.slice(articles.length / 2)
    for (const [name, t] of [['growth', table], ['fixed', sub]] as const) {
      const best = bestSetting(t, tune)
      for (let l = 0; l < 3; l++) results[name][l].push(test.reduce((s, a) => s + t[best][a][l], 0) / test.length)
    }
  }
  const stat = (xs: number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1))
    return `${f(m)} (sd ${(100 * sd).toFixed(2)})`
  }
  console.log('\n== 50 random halves (tune on 38, score the other 38)')
  for (const name of ['growth', 'fixed'] as const) console.log(`  ${name.padEnd(7)} ${results[name].map(stat).join(' / ')}`)
  const diff = [0, 1, 2].map((l) => results.growth[l].map((g, i) => g - results.fixed[l][i]))
  console.log(`  growth − fixed, same splits: ${diff.map(stat).join(' / ')}; growth better in ${diff.map((d) => d.filter((x) => x > 1e-9).length).join(' / ')} of 50`)
}

// Weights per size class: each class of articles (by candidates) gets the grid's best setting on the
// class's other articles (LOO) or on the other half's articles of the class (halves).
if (want('persize')) {
  const variants = shipped.map((w) => plain(w))
  const table = gains(variants)
  for (const classes of [[10, 15], [10], [15]] as const) {
    const classOf = (a: number) => classes.filter((c) => prepared[a].n > c).length
    const all = articles.map((_, i) => i)
    const loo = all.map((a) => bestSetting(table, all.filter((i) => i !== a && classOf(i) === classOf(a))))
    const halves = all.map((a) => bestSetting(table, all.filter((i) => classOf(i) === classOf(a) && articles[i].topicNumber % 2 !== articles[a].topicNumber % 2)))
    const insample = all.map((a) => bestSetting(table, all.filter((i) => classOf(i) === classOf(a))))
    console.log(`\n== weights per size class (split after ${classes.join(', ')} candidates)`)
    console.log(`  LOO      ${summarise(table, loo)}`)
    console.log(`  halves   ${summarise(table, halves)}`)
    console.log(`  in-sample ${summarise(table, insample)}`)
  }
}

if (want('profile')) {
  // Annotators' pick rate by relative position (decile of rank / n) and size class, and per-length in-sample best.
  const bins = Array.from({ length: 10 }, () => ({ small: [0, 0], mid: [0, 0], large: [0, 0] }))
  for (const { article, n } of prepared) {
    const cls = n <= 10 ? 'small' : n <= 15 ? 'mid' : 'large'
    article.picked.forEach((p, i) => {
      const b = Math.min(9, Math.floor((10 * i) / n))
      bins[b][cls][0] += p
      bins[b][cls][1]++
    })
  }
  console.log('decile  ≤10        11-15      16+')
  bins.forEach((b, d) => console.log(`${d}      ${(['small', 'mid', 'large'] as const).map((c) => `${(b[c][0] / Math.max(1, b[c][1])).toFixed(2)} (${b[c][1]})`.padEnd(11)).join('')}`))
  const variants = shipped.map((w) => plain(w))
  const table = gains(variants)
  const only5 = table.map((t) => t.map((g) => [g[2]]))
  const b5 = bestSetting(only5, articles.map((_, i) => i))
  console.log(`best at 5 alone, in-sample: ${variants[b5].label} ${f(only5[b5].reduce((s, g) => s + g[0], 0) / articles.length)}`)
}

// A concluding-sentence bonus: the last candidate (pick rate rises in the last decile of articles up to 15 candidates).
if (want('last'))
  report(
    'shipped grid × last-candidate bonus e ∈ {0, 0.25, 0.5}',
    [0, 0.25, 0.5].flatMap((e) =>
      shipped.map((w): Variant => ({
        label: `${key(w)} last${e}`,
        weights: w,
        scores: (article, _len, weights) => {
          const n = article.candidates.indices.length
          return scoreSentences(article.candidates.scoring, weights).map((s, i) => (i === n - 1 && n > 1 ? s + e : s))
        },
      })),
    ),
  )
