/**
 * `npm run eval:summary -- [DIR]`: the extractive summariser against the EASC human summaries, side by
 * side with the lead baseline of the same length, and human-vs-human agreement for scale.
 *
 * - ROUGE-1 and ROUGE-2 F1, both sides normalised (alef forms, ya/alef maqsura, ta marbuta, diacritics,
 *   ؤ/ئ) and light-stemmed (Light10); stop words kept (ROUGE-1.5.5 default).
 * - Multi-reference: the mean of the single-reference scores over the five references (not the best):
 *   this is what the leave-one-out human agreement is comparable with.
 * - Lead baseline: the article's first sentences, as many as the summary has (same number of
 *   sentences: the reader chooses a number of sentences, never a word count). A second lead cut to
 *   the summary's exact word count (mid-sentence) shows the comparison is not won by length alone.
 * - Lengths: 3, 4 and 5 sentences (what the reader can choose; capped at half the article's sentences
 *   as the EASC annotators were), and "ref" = the median number of sentences of the article's five
 *   references, the length the annotators chose.
 * - Headline: on articles the shipped model was not trained on (the other half of EASC; which it was trained on
 *   is in src/engine/models/summary/training-articles.json), the shipped summariser itself; on its own training
 *   articles, the learned 24-feature scorer (scripts/train-summary.ts) choosing by expected overlap
 *   (src/engine/summary/expected-overlap.ts), each article summarised by a model trained without it
 *   (leave-one-article-out): the estimate for unseen EASC articles. Then the same
 *   with odd/even topic halves (trained on one half, scored on the other), the shipped model on the articles
 *   it was trained on (in-sample, labelled so), and the check that REFERENCE_SCALE, chosen on these articles, is what each
 *   article's choice made without it would be.
 * - For comparison, the weighted scorer that shipped until session 29 (score-sentences.ts): the best
 *   setting of a grid search on these same articles (scripts/summary-grid.ts), held out by re-running the
 *   search without each article (leave-one-article-out) and by halves, and in-sample.
 * - At 5 sentences, the gain over the lead by article size (candidate sentences): the share of the
 *   article a summary takes is what the position prior's growth (halfLifeGrowth) answers.
 * - How sure the headline is: its standard error, a bootstrap interval over the articles, and how often a sample of
 *   as many articles reaches issue 6's +2.
 * - How far any odds can go: the other four annotators' picks as the odds, scored against the fifth
 *   (annotatorsConsensus), beside the ceiling that reads the references scored.
 * - The seed page's summary is printed at the end for a person to judge.
 *
 * The data stays in ../shared/data (never copied); when it is absent this says so and exits 0.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { joinBlocks, type ArticleDoc, type DocWith, type Span } from '../src/engine/doc.ts'
import { runPipeline, type AnyComponent } from '../src/engine/pipeline.ts'
import { splitSentences } from '../src/engine/components/split-sentences.ts'
import { tokenize } from '../src/engine/components/tokenize.ts'
import { createSummarize, LEARNED_SUMMARY_MODEL } from '../src/engine/components/summarize.ts'
import { chooseFromCandidates, type SummaryScorer } from '../src/engine/summary/choose-summary.ts'
import { DEFAULT_WEIGHTS, type SummaryWeights } from '../src/engine/summary/score-sentences.ts'
import { cosine, termsBySentence, tfidfVectors } from '../src/engine/summary/sentence-terms.ts'
import { rougeN, rougeNMulti, rougeTokens } from '../src/engine/summary/rouge.ts'
import { DEFAULT_EASC_DIR, loadEasc, optionalComponents, pickedShares, repo, type SummaryArticle } from './summary-data.ts'
import { crossValidatedModels, DEFAULT_SETTINGS, fitSummaryModel, rouge1Of, shippedLength, SUMMARY_LENGTHS } from './summary-training.ts'
import { REFERENCE_SCALE, selectByExpectedOverlap } from '../src/engine/summary/expected-overlap.ts'
import { bestSetting, chooseHeldOut, gridGains, gridSettings, WEIGHT_GRID } from './summary-grid.ts'
import { seededRandom } from '../src/engine/names/training/train-perceptron.ts'
import { readTrainingFingerprints } from './summary-training-set.ts'

const args = process.argv.slice(2).filter((a) => a !== '--')
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_EASC_DIR)

const joinSpans = (doc: ArticleDoc, spans: readonly Span[]) => spans.map((s) => doc.text.slice(s.start, s.end)).join(' ')
const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0)
const pct = (value: number) => (100 * value).toFixed(1).padStart(5)
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

type Article = SummaryArticle

interface Row {
  r1: number[]
  r2: number[]
  lead1: number[]
  lexrank1: number[]
  lead2: number[]
  leadWords1: number[]
  words: number[]
  leadWordsCount: number[]
  topics: number[]
  /** Candidate sentences of the article: its size, for the breakdown by size. */
  sizes: number[]
}

const newRow = (): Row => ({ r1: [], r2: [], lead1: [], lexrank1: [], lead2: [], leadWords1: [], words: [], leadWordsCount: [], topics: [], sizes: [] })

function evaluate(article: Article, length: number, model: SummaryScorer, row: Row): void {
  const { doc, references } = article
  const summary = chooseFromCandidates(article.candidates, length, model).map((i) => doc.sentences[i])
  const system = rougeTokens(joinSpans(doc, summary))
  const lead = rougeTokens(joinSpans(doc, doc.sentences.slice(0, summary.length)))
  const leadCut = rougeTokens(doc.text).slice(0, system.length)
  row.r1.push(rougeNMulti(system, references, 1).f1)
  row.r2.push(rougeNMulti(system, references, 2).f1)
  row.lead1.push(rougeNMulti(lead, references, 1).f1)
  const central = lexRank(doc, summary.length).map((i) => doc.sentences[i])
  row.lexrank1.push(rougeNMulti(rougeTokens(joinSpans(doc, central)), references, 1).f1)
  row.lead2.push(rougeNMulti(lead, references, 2).f1)
  row.leadWords1.push(rougeNMulti(leadCut, references, 1).f1)
  row.words.push(system.length)
  row.leadWordsCount.push(lead.length)
  row.topics.push(article.topicNumber)
  row.sizes.push(article.candidates.indices.length)
}

/**
 * Continuous LexRank (Erkan & Radev 2004) as a second reference point: PageRank over the TF-IDF
 * cosine graph of the sentences, top `count` in article order. Quadratic: fine for EASC's articles,
 * which is why it lives here and not in the engine.
 */
function lexRank(doc: DocWith<'sentences' | 'tokens'>, count: number): number[] {
  const { vectors } = tfidfVectors(termsBySentence(doc.sentences, doc.tokens))
  const n = vectors.length
  const similarity = vectors.map((a) => vectors.map((b) => (a === b ? 0 : cosine(a, b))))
  const rowSums = similarity.map((row) => row.reduce((sum, v) => sum + v, 0))
  let rank: number[] = new Array(n).fill(1 / n)
  for (let iteration = 0; iteration < 50; iteration++) {
    const next: number[] = new Array(n).fill(0.15 / n)
    for (let i = 0; i < n; i++) {
      if (!rowSums[i]) continue
      for (let j = 0; j < n; j++) next[j] += (0.85 * rank[i] * similarity[i][j]) / rowSums[i]
    }
    rank = next
  }
  return rank
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((entry) => entry.index)
    .sort((a, b) => a - b)
}

function humanAgreement(articles: readonly Article[]): { r1: number; r2: number } {
  const r1: number[] = []
  const r2: number[] = []
  for (const { references } of articles) {
    const one: number[] = []
    const two: number[] = []
    references.forEach((ref, i) => {
      const others = references.filter((_, j) => j !== i)
      one.push(rougeNMulti(ref, others, 1).f1)
      two.push(rougeNMulti(ref, others, 2).f1)
    })
    r1.push(mean(one))
    r2.push(mean(two))
  }
  return { r1: mean(r1), r2: mean(r2) }
}

/**
 * How far any odds can take the choice on EASC: each reference in turn is left out, the other four's pick
 * shares are the odds (the most a model learned from annotators could know of this article), and the summary
 * chosen from them (by expected overlap, as the shipped model's odds are; and the four's most-picked
 * sentences) is scored against the one left out, beside the lead against the same. R1 Δ over the lead per
 * length. The model's own Δ is comparable: averaged over the references left out it is its five-reference Δ.
 */
function annotatorsConsensus(articles: readonly Article[]): { overlap: string[]; mostPicked: string[] } {
  const r1 = (article: Article, indices: readonly number[], reference: readonly string[]) =>
    rougeNMulti(rougeTokens(joinSpans(article.doc, indices.map((i) => article.doc.sentences[i]))), [reference], 1).f1
  const overlap: number[][] = SUMMARY_LENGTHS.map(() => [])
  const mostPicked: number[][] = SUMMARY_LENGTHS.map(() => [])
  for (const article of articles) {
    const { candidates } = article
    article.references.forEach((reference, left) => {
      const shares = pickedShares(article.doc, candidates, article.references.filter((_, i) => i !== left))
      // Clamped as a model's odds are never 0 or 1, so that the expected reference still weighs every candidate.
      const odds = shares.map((share, c) => ({ probability: Math.min(0.99, Math.max(0.01, share)), counts: candidates.counts[c], length: candidates.scoring.lengths[c] }))
      const byShare = shares.map((share, c) => ({ share, c })).sort((a, b) => b.share - a.share || a.c - b.c)
      SUMMARY_LENGTHS.forEach((length, l) => {
        const count = Math.min(candidates.indices.length, shippedLength(article, length))
        const inOrder = (chosen: number[]) => chosen.map((c) => candidates.indices[c]).sort((a, b) => a - b)
        // The lead as the headline takes it: the article's first sentences.
        const leadScore = r1(article, Array.from({ length: count }, (_, i) => i), reference)
        overlap[l].push(r1(article, inOrder(selectByExpectedOverlap(odds, count, REFERENCE_SCALE)), reference) - leadScore)
        mostPicked[l].push(r1(article, inOrder(byShare.slice(0, count).map(({ c }) => c)), reference) - leadScore)
      })
    })
  }
  const signed = (value: number) => `${value >= 0 ? '+' : ''}${(100 * value).toFixed(1)}`
  return { overlap: overlap.map((g) => signed(mean(g))), mostPicked: mostPicked.map((g) => signed(mean(g))) }
}

function printRow(label: string, row: Row, pick: (row: Row, i: number) => boolean = () => true): void {
  const idx = row.r1.map((_, i) => i).filter((i) => pick(row, i))
  const at = (values: number[]) => idx.map((i) => values[i])
  const r1 = mean(at(row.r1))
  const lead1 = mean(at(row.lead1))
  const wins = idx.filter((i) => row.r1[i] > row.lead1[i] + 1e-9).length
  const losses = idx.filter((i) => row.r1[i] < row.lead1[i] - 1e-9).length
  console.log(
    `${label.padEnd(14)} ${String(idx.length).padStart(3)}  ${pct(r1)} ${pct(lead1)} ${(r1 - lead1 >= 0 ? '+' : '') + (100 * (r1 - lead1)).toFixed(1).padStart(4)}` +
      `   ${pct(mean(at(row.r2)))} ${pct(mean(at(row.lead2)))}   ${pct(mean(at(row.leadWords1)))}       ${pct(mean(at(row.lexrank1)))}` +
      `   ${mean(at(row.words)).toFixed(0).padStart(4)} ${mean(at(row.leadWordsCount)).toFixed(0).padStart(4)}   ${wins}/${losses}`,
  )
}

/**
 * Article sizes (candidate sentences) for the breakdown: at 5 sentences, a summary of an article of
 * 8–10 candidates is half of it, of one over 25 a fifth (the gain over the lead depended on this before
 * the position prior grew with the article: score-sentences.ts, halfLifeGrowth).
 */
const SIZE_BUCKETS: readonly [string, number, number][] = [
  ['3-7', 0, 7],
  ['8-10', 8, 10],
  ['11-15', 11, 15],
  ['16-25', 16, 25],
  ['26+', 26, Number.POSITIVE_INFINITY],
]

/** ROUGE-1 gain over the same-length lead per article size (candidates), one line. */
function printBySize(label: string, row: Row): void {
  const cells = SIZE_BUCKETS.map(([name, low, high]) => {
    const idx = row.sizes.map((_, i) => i).filter((i) => row.sizes[i] >= low && row.sizes[i] <= high)
    const gain = 100 * (mean(idx.map((i) => row.r1[i])) - mean(idx.map((i) => row.lead1[i])))
    return `${name}: ${gain >= 0 ? '+' : ''}${gain.toFixed(1)} (${idx.length})`
  })
  console.log(`${label} by article size (candidate sentences), R1 Δ over the lead (articles): ${cells.join('   ')}`)
}

/** Bootstrap draws for the headline's interval: enough that the printed digits do not move with the seed. */
const BOOTSTRAP_DRAWS = 10_000
/** The gain over the lead issue 6 asks for, in ROUGE-1 points. */
const TARGET_GAIN = 2

/**
 * How sure the headline's gains are: the articles disagree widely (a summary beats the lead by 10 points on
 * one and loses by 10 on the next), so 76 articles pin the mean down to about a point. Per length: the
 * standard error of the mean gain, a 95% bootstrap interval (articles drawn with replacement), and the share
 * of draws of as many articles that reach the target: what another sample of EASC this size (the other half)
 * would likely read.
 */
function printUncertainty(rows: ReadonlyMap<string, Row>): void {
  const random = seededRandom(71)
  const cells = [3, 4, 5].map((length) => {
    const row = rows.get(`${length} sentences`)!
    const gains = row.r1.map((r1, i) => 100 * (r1 - row.lead1[i]))
    const n = gains.length
    const average = mean(gains)
    const se = Math.sqrt(gains.reduce((sum, g) => sum + (g - average) ** 2, 0) / (n - 1) / n)
    const draws: number[] = []
    for (let b = 0; b < BOOTSTRAP_DRAWS; b++) {
      let sum = 0
      for (let i = 0; i < n; i++) sum += gains[Math.floor(random() * n)]
      draws.push(sum / n)
    }
    draws.sort((a, b) => a - b)
    const at = (q: number) => draws[Math.min(draws.length - 1, Math.floor(q * draws.length))].toFixed(1)
    const reach = Math.round((100 * draws.filter((d) => d >= TARGET_GAIN).length) / draws.length)
    return `${length}: ±${se.toFixed(1)} [${at(0.025)}, ${at(0.975)}] ${reach}%`
  })
  console.log(`how sure (R1 Δ over the lead): standard error, 95% bootstrap interval over the articles, share of ${BOOTSTRAP_DRAWS.toLocaleString('en')} draws of as many articles reaching +${TARGET_GAIN}: ${cells.join('   ')}`)
}

/** The reference scales REFERENCE_SCALE was chosen among (expected-overlap.ts). */
const REFERENCE_SCALES = [0.5, 0.6, 0.7, 0.8, 0.9, 1]

/**
 * REFERENCE_SCALE is chosen on these articles: for each article, the scale that would have been chosen
 * without it (the best mean gain over the lead at 3–5 sentences on the other articles, their models held
 * out too), and the summaries those choices give. When every article's choice is REFERENCE_SCALE, the
 * headline is already the held-out estimate of the choice.
 */
function printScaleCheck(articles: readonly Article[], models: readonly SummaryScorer[]): void {
  const gains = REFERENCE_SCALES.map((scale) =>
    articles.map((article, i) =>
      SUMMARY_LENGTHS.map((length) => {
        const k = shippedLength(article, length)
        const lead = rouge1Of(article, Array.from({ length: k }, (_, j) => j))
        return rouge1Of(article, chooseFromCandidates(article.candidates, k, models[i], scale)) - lead
      }),
    ),
  )
  const choices = articles.map((_, left) => {
    let best = 0
    let bestSum = Number.NEGATIVE_INFINITY
    gains.forEach((byArticle, s) => {
      const sum = byArticle.reduce((total, g, i) => (i === left ? total : total + g.reduce((a, b) => a + b, 0)), 0)
      if (sum > bestSum) {
        bestSum = sum
        best = s
      }
    })
    return best
  })
  const counts = REFERENCE_SCALES.map((scale, s) => `${scale}: ${choices.filter((c) => c === s).length}`).filter((c) => !c.endsWith(': 0'))
  const nested = SUMMARY_LENGTHS.map((length, l) => `${length}: ${(100 * mean(articles.map((_, i) => gains[choices[i]][i][l]))).toFixed(1)}`)
  const each = REFERENCE_SCALES.map((scale, s) => `${scale}: ${SUMMARY_LENGTHS.map((_, l) => (100 * mean(articles.map((_, i) => gains[s][i][l]))).toFixed(1)).join(' / ')}`)
  console.log(`\nreference scale (shipped ${REFERENCE_SCALE}), R1 Δ over the lead at 3 / 4 / 5 held out, by scale: ${each.join('   ')}`)
  console.log(`  chosen without each article (articles): ${counts.join(', ')}; with those choices R1 Δ ${nested.join(', ')}`)
}

async function seedSummary(extra: AnyComponent[]): Promise<void> {
  const truthPath = join(repo, '../shared/fixtures/seed-wordpress/truth.json')
  if (!existsSync(truthPath)) {
    console.log('\nseed page: ../shared/fixtures/seed-wordpress/truth.json is absent')
    return
  }
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as { title: string; body: string[] }
  const base: ArticleDoc = {
    url: '',
    lang: 'ar',
    dir: 'rtl',
    title: truth.title,
    ...joinBlocks(truth.body.map((text) => ({ kind: 'paragraph' as const, text }))),
  }
  for (const [label, summarizer] of [
    ['shipped: the learned model, expected overlap', createSummarize({ sentences: 3 })],
    ['the weighted scorer (DEFAULT_WEIGHTS), before session 29', createSummarize({ sentences: 3, weights: {} })],
  ] as const) {
    const doc = runPipeline(base, [splitSentences, tokenize, ...extra, summarizer])
    console.log(`\nseed page (${truth.title}), 3 sentences, ${label}:`)
    for (const span of doc.summary ?? []) console.log(`  - ${doc.text.slice(span.start, span.end)}`)
  }
}

async function main(): Promise<void> {
  const { components: extra, names } = await optionalComponents()
  const started = performance.now()
  const articles = loadEasc(dir, extra)
  if (!articles.length) {
    console.log(`eval:summary: EASC data is absent (${dir}); nothing to evaluate.`)
    await seedSummary(extra)
    return
  }
  const heldOut = crossValidatedModels(articles, DEFAULT_SETTINGS)
  const settings = gridSettings()
  const gains = gridGains(articles, settings)
  const everyArticle = articles.map((_, i) => i)
  const gridBest = settings[bestSetting(gains, everyArticle)]
  const leaveOneOut = chooseHeldOut(gains, articles.length, (i) => i)
  const halves = chooseHeldOut(gains, articles.length, (i) => articles[i].topicNumber % 2)
  const gridKeys = Object.keys(WEIGHT_GRID) as (keyof typeof WEIGHT_GRID)[]
  const sameAsShipped = (w: SummaryWeights) => (Object.keys(DEFAULT_WEIGHTS) as (keyof SummaryWeights)[]).every((k) => w[k] === DEFAULT_WEIGHTS[k])

  const human = humanAgreement(articles)
  console.log(`EASC: ${articles.length} articles, ${articles.length * 5} references (${dir})`)
  console.log(`layers: sentences, tokens${names.length ? ', ' + names.join(', ') : ' (no names/figures components yet: numbers in tokens stand in for figures)'}`)
  console.log(`shipped weights (DEFAULT_WEIGHTS): ${JSON.stringify(DEFAULT_WEIGHTS)}`)
  console.log(`grid (scripts/summary-grid.ts, ${settings.length} settings): ${JSON.stringify(WEIGHT_GRID)}`)
  if (!sameAsShipped(gridBest)) {
    console.log(`warning: the grid's best on all ${articles.length} articles is ${JSON.stringify(Object.fromEntries(gridKeys.map((k) => [k, gridBest[k]])))}, not the shipped DEFAULT_WEIGHTS: the held-out estimate below is of the grid search, not of what ships`)
  }
  console.log(`ROUGE F1 ×100, mean over the 5 references; lead = first sentences, same number as the summary`)
  console.log(`human vs human (leave-one-out): ROUGE-1 ${pct(human.r1)}  ROUGE-2 ${pct(human.r2)}`)
  // The shipped model's own score is held out only on articles it was not trained on: on the 76 of ../shared/data it is
  // in-sample, on the other half of EASC (or any other set of its articles) it is the held-out number issue 6 asks for.
  const trainedOn = readTrainingFingerprints()
  const wasTrainedOn = (article: Article) => trainedOn === undefined || trainedOn.has(article.fingerprint)
  const seen = articles.filter(wasTrainedOn)
  const unseen = articles.filter((article) => !wasTrainedOn(article))
  console.log(
    `the shipped model (LEARNED_SUMMARY_MODEL) was trained on ${seen.length} of these ${articles.length} articles` +
      (trainedOn ? ' (src/engine/models/summary/training-articles.json)' : ' (assumed: training-articles.json is absent)'),
  )
  const rowsFor = (modelFor: (i: number) => SummaryScorer, subset: readonly Article[] = articles) => {
    const rows = new Map<string, Row>()
    for (const length of [3, 4, 5]) {
      const row = newRow()
      subset.forEach((article, i) => evaluate(article, shippedLength(article, length), modelFor(i), row))
      rows.set(`${length} sentences`, row)
    }
    const matched = newRow()
    subset.forEach((article, i) => evaluate(article, Math.max(1, median(article.referenceSentences)), modelFor(i), matched))
    rows.set('ref length', matched)
    return rows
  }
  const header = 'length         n    R1 sum  lead    Δ      R2 sum  lead   R1 lead-same-words   LexRank   words sum/lead   wins/losses'
  const table = (label: string, modelFor: (i: number) => SummaryScorer, subset: readonly Article[] = articles) => {
    const rows = rowsFor(modelFor, subset)
    console.log(`\n${label}`)
    console.log(header)
    for (const [name, row] of rows) printRow(name, row)
    printBySize('5 sentences', rows.get('5 sentences')!)
    return rows
  }
  if (unseen.length) {
    const shipped = table(
      `HEADLINE, held out from the shipped model: the shipped summariser as the extension runs it (LEARNED_SUMMARY_MODEL, expected overlap, reference scale ${REFERENCE_SCALE}) on the ${unseen.length} articles here it was not trained on`,
      () => LEARNED_SUMMARY_MODEL,
      unseen,
    )
    printUncertainty(shipped)
  }
  const retrained = table(
    `${unseen.length ? 'the same method retrained on this folder' : 'HEADLINE, the shipped summariser held out'}: the learned scorer (${JSON.stringify(DEFAULT_SETTINGS)}) choosing by expected overlap (reference scale ${REFERENCE_SCALE}), each article summarised by a model trained without it (leave-one-article-out)`,
    (i) => heldOut[i],
  )
  printUncertainty(retrained)
  const byParity = [0, 1].map((parity) => fitSummaryModel(articles.filter((a) => a.topicNumber % 2 !== parity), DEFAULT_SETTINGS))
  const modelHalfRows = rowsFor((i) => byParity[articles[i].topicNumber % 2])
  console.log('\nby half, held out: a model trained on the even topics scores the odd ones, and the reverse')
  console.log(header)
  for (const [label, row] of modelHalfRows) {
    printRow(`${label} odd`, row, (r, i) => r.topics[i] % 2 === 1)
    printRow(`${label} even`, row, (r, i) => r.topics[i] % 2 === 0)
    printRow(`${label} both`, row)
  }
  if (seen.length) table(`the shipped model on the ${seen.length} articles it was trained on (LEARNED_SUMMARY_MODEL; in-sample, for reference only)`, () => LEARNED_SUMMARY_MODEL, seen)
  printScaleCheck(articles, heldOut)

  const unchanged = leaveOneOut.filter((s) => sameAsShipped(settings[s])).length
  table(
    `the weighted scorer before session 29, held out: each article summarised with the weights the grid search chose on the other ${articles.length - 1} (leave-one-article-out; DEFAULT_WEIGHTS for ${unchanged} of ${articles.length})`,
    (i) => settings[leaveOneOut[i]],
  )
  const halfRows = rowsFor((i) => settings[halves[i]])
  console.log('\nthe weighted scorer by half, held out: weights chosen by the grid search on the even topics score the odd ones, and the reverse')
  for (const [half, parity] of [['odd', 1], ['even', 0]] as const) {
    const chosenOn = settings[halves[articles.findIndex((a) => a.topicNumber % 2 === parity)]]
    console.log(`  ${half} topics scored with ${JSON.stringify(Object.fromEntries(gridKeys.map((k) => [k, chosenOn[k]])))}`)
  }
  console.log(header)
  for (const [label, row] of halfRows) {
    printRow(`${label} odd`, row, (r, i) => r.topics[i] % 2 === 1)
    printRow(`${label} even`, row, (r, i) => r.topics[i] % 2 === 0)
    printRow(`${label} both`, row)
  }
  printBySize('5 sentences both', halfRows.get('5 sentences')!)
  table(`the weighted scorer on all ${articles.length} articles (DEFAULT_WEIGHTS, the grid's choice on these same articles: in-sample)`, () => DEFAULT_WEIGHTS)
  // Headroom: what a perfect predictor of the annotators' picks would score (uses the references: a
  // ceiling, not a method).
  const ceiling = [3, 4, 5].map((length) => {
    const scores = articles.map((article) => {
      const ranked = article.candidates.indices
        .map((index, k) => ({ index, picked: article.picked[k], k }))
        .sort((a, b) => b.picked - a.picked || a.k - b.k)
      const chosen = ranked.slice(0, length).map((r) => r.index).sort((a, b) => a - b)
      return rougeNMulti(rougeTokens(joinSpans(article.doc, chosen.map((i) => article.doc.sentences[i]))), article.references, 1).f1
    })
    return `${length}: ${pct(mean(scores)).trim()}`
  })
  console.log(`\nceiling, the candidates most references picked (reads the references): R1 ${ceiling.join(', ')}`)
  const consensus = annotatorsConsensus(articles)
  console.log(`the other four annotators' picks as the odds, scored against the fifth, R1 Δ over the lead at 3 / 4 / 5: expected overlap ${consensus.overlap.join(' / ')}, their most-picked sentences ${consensus.mostPicked.join(' / ')} (the model's held-out Δ above is comparable)`)
  console.log('\nR1 lead-same-words: the lead cut to the summary\'s word count (mid-sentence): the content comparison at equal length.')
  console.log('LexRank: continuous LexRank (Erkan & Radev 2004, TF-IDF cosine graph, damping 0.85), same number of sentences, in article order.')
  console.log('wins/losses: articles where the summary scores above / below the same-length lead on ROUGE-1.')
  console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`)

  // Single-reference sanity check: the best possible extract of one reference scores 100 against it.
  const first = articles[0]
  if (first && rougeN(first.references[0], first.references[0], 1).f1 !== 1) console.log('warning: ROUGE self-check failed')

  await seedSummary(extra)
}

await main()
