/**
 * `npm run train:summary -- [EASC_DIR]`: fits the summary sentence scorer (summary-model.ts) on the
 * EASC human summaries and writes src/engine/models/summary/summary-weights.json, TRAINING-REPORT.md and
 * training-articles.json (which articles it learned from, by fingerprint: summary-training-set.ts) beside it.
 * Deterministic (Newton's method from zero, no shuffling): the same data gives the same file.
 *
 * Data: the Essex Arabic Summaries Corpus (EASC), El-Haj, Kruschwitz & Fox (2010); its Wikipedia
 * articles and their summaries are CC BY-SA 3.0. Read from ../shared/data, never copied: the weights
 * file holds only the learned numbers (one weight, mean and scale per feature).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FEATURE_NAMES } from '../src/engine/summary/sentence-features.ts'
import { chooseFromCandidates } from '../src/engine/summary/choose-summary.ts'
import { DEFAULT_EASC_DIR, loadEasc, optionalComponents, repo } from './summary-data.ts'
import { crossValidatedModels, DEFAULT_SETTINGS, fitSummaryModel, rouge1Of, shippedLength, SUMMARY_LENGTHS, SUMMARY_WEIGHTS_FILE, summaryWeightsText } from './summary-training.ts'
import { writeTrainingSet } from './summary-training-set.ts'

const args = process.argv.slice(2).filter((a) => a !== '--')
const dir = args[0] ?? DEFAULT_EASC_DIR
const outDir = join(repo, 'src/engine/models/summary')

const { components, names } = await optionalComponents()
const articles = loadEasc(dir, components)
if (!articles.length) {
  console.log(`train:summary: EASC data is absent (${dir}); nothing written.`)
  process.exit(0)
}

const model = fitSummaryModel(articles, DEFAULT_SETTINGS)
writeFileSync(SUMMARY_WEIGHTS_FILE, summaryWeightsText(model))
writeTrainingSet({
  corpus: 'EASC (El-Haj, Kruschwitz & Fox 2010), the half in ../shared/data/summ/easc',
  articles: articles.map(({ topic, fingerprint }) => ({ topic, fingerprint })),
})

const heldOut = crossValidatedModels(articles, DEFAULT_SETTINGS)
const pct = (v: number) => (100 * v).toFixed(1)
const lines: string[] = []
for (const length of SUMMARY_LENGTHS) {
  let cv = 0
  let lead = 0
  articles.forEach((article, i) => {
    const chosen = chooseFromCandidates(article.candidates, shippedLength(article, length), heldOut[i])
    cv += rouge1Of(article, chosen)
    lead += rouge1Of(article, article.doc.sentences.slice(0, chosen.length).map((_, k) => k))
  })
  lines.push(`| ${length} | ${pct(cv / articles.length)} | ${pct(lead / articles.length)} | ${pct((cv - lead) / articles.length)} |`)
}
const sentences = articles.reduce((n, a) => n + a.candidates.indices.length, 0)
const report = `# Summary sentence scorer: training report

Written by \`npm run train:summary\` (scripts/train-summary.ts); do not edit by hand.

- Data: the Essex Arabic Summaries Corpus (EASC; El-Haj, Kruschwitz & Fox 2010, "Using Mechanical
  Turk to Create a Corpus of Arabic Summaries"), the ${articles.length} articles in ../shared/data
  (${sentences} candidate sentences, 5 human extractive summaries each). Its Wikipedia articles and
  their summaries are CC BY-SA 3.0; the Alwatan and Alrai articles are distributed with permission.
  Nothing of the text is in the weights file: one mean, scale and weight per feature, and a bias.
- Layers used for the features: sentences, tokens${names.length ? ', ' + names.join(', ') : ''}.
- Target: for each candidate sentence, the share of the 5 references that picked it (bigram coverage
  of the sentence in the reference, 0.2 → 0, 0.8 → 1; scripts/summary-data.ts).
- Model: logistic regression on the standardised features, soft labels, L2 ${DEFAULT_SETTINGS.l2}, each
  article weighing the same, Newton's method; MMR redundancy ${DEFAULT_SETTINGS.redundancy}.
  Settings: ${JSON.stringify(DEFAULT_SETTINGS)} (how they were chosen: scripts/summary-training.ts).

## Leave-one-article-out ROUGE-1 F1 (×100, mean over the 5 references)

Each article summarised by a model trained without it, choosing as the extension does (expected overlap,
src/engine/summary/expected-overlap.ts, and an amount kept, keep-an-amount.ts); lead = the article's first
sentences, as many.

| sentences | learned (held out) | lead | Δ |
|---|---|---|---|
${lines.join('\n')}

The shipped default since session 29 (before it, a few weights chosen by grid search, score-sentences.ts,
which read +1.5 / +1.4 / +0.3 held out). \`npm run eval:summary\` prints both, with lead, LexRank, the
odd/even halves and the held-out check of the reference scale.

## Weights (standardised features; positive = more likely picked)

| feature | weight |
|---|---|
${FEATURE_NAMES.map((name, i) => `| ${name} | ${model.weights[i].toFixed(3)} |`).join('\n')}
`
writeFileSync(join(outDir, 'TRAINING-REPORT.md'), report)
console.log(report)
