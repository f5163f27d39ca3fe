/**
 * The EASC data as the summary trainer and evaluation read it (one definition for both): articles
 * analysed with the same layers the extension runs (sentences, tokens, names, figures), their five
 * references as ROUGE tokens, and, per candidate sentence, the share of the references that picked it.
 *
 * EASC: the Essex Arabic Summaries Corpus, El-Haj, Kruschwitz & Fox (2010), "Using Mechanical Turk to
 * Create a Corpus of Arabic Summaries"; its Wikipedia articles and their summaries are CC BY-SA 3.0.
 * The data stays in ../shared/data (never copied into the project).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ArticleDoc, DocWith } from '../src/engine/doc.ts'
import { runPipeline, type AnyComponent } from '../src/engine/pipeline.ts'
import { splitSentences, splitSentencesText } from '../src/engine/components/split-sentences.ts'
import { tokenize } from '../src/engine/components/tokenize.ts'
import { plainTextDoc } from '../src/engine/summary/plain-text-doc.ts'
import { summaryCandidates, type SummaryCandidates } from '../src/engine/summary/choose-summary.ts'
import { rougeNMulti, rougeTokens } from '../src/engine/summary/rouge.ts'

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const DEFAULT_EASC_DIR = join(repo, '../shared/data/summ/easc')

const PATTERNS = {
  bom: /^\uFEFF/u,
  nonDigit: /\D/gu,
  textFile: /\.txt$/iu,
} as const

const stripBom = (text: string) => text.replace(PATTERNS.bom, '')

/** Hex digits kept of each SHA-256: 64 bits, far from any collision among a few hundred articles. */
const FINGERPRINT_HEX = 16

/**
 * An article known by a hash of its file's text (its BOM dropped): what training-articles.json lists
 * (summary-training-set.ts). A hash of the file, not of the text as analysed, so that a change to how the text
 * is read cannot turn a training article into an unseen one.
 */
export function articleFingerprint(fileText: string): string {
  return createHash('sha256').update(stripBom(fileText), 'utf8').digest('hex').slice(0, FINGERPRINT_HEX)
}

/**
 * How much a reference picked a sentence: the share of the sentence's word bigrams found in the
 * reference, mapped linearly from [UNPICKED, PICKED] to [0, 1]. The references are the annotators'
 * chosen sentences copied out (hamza dropped, spacing changed: ROUGE's normalisation folds both), so
 * a picked sentence covers ~1.0 and an unpicked one shares only stock phrases (most cover under 0.2).
 * Partial values are real: the annotators saw the article cut into shorter sentences than our
 * splitter makes (8 of the 76 articles have 5 or fewer of our sentences and picked parts of them).
 */
const UNPICKED_COVERAGE = 0.2
const PICKED_COVERAGE = 0.8

export interface SummaryArticle {
  topic: string
  topicNumber: number
  /** Its file's fingerprint (summary-training-set.ts): whether the shipped model was trained on it. */
  fingerprint: string
  doc: DocWith<'sentences' | 'tokens'>
  /** The five references, as ROUGE tokens. */
  references: string[][]
  /** Sentences per reference (as our splitter counts them). */
  referenceSentences: number[]
  candidates: SummaryCandidates
  /** Per candidate: the share of the references that picked it, in [0, 1] (see PICKED_COVERAGE). */
  picked: number[]
  /** Per candidate: its ROUGE-1 precision against the references (mean over the five). */
  precision: number[]
}

/**
 * Optional layers: names (tag-names with the trained model, then link-mentions) and figures
 * (find-figures), added when those components load in this checkout, as analyzeArticle adds them.
 */
export async function optionalComponents(): Promise<{ components: AnyComponent[]; names: string[] }> {
  const components: AnyComponent[] = []
  const names: string[] = []
  const load = async (file: string) => (await import(join(repo, 'src/engine', file))) as Record<string, unknown>
  try {
    const { createTagNames } = await load('components/tag-names.ts')
    const { loadNamesModel } = await load('models/names/load-names-model.ts')
    const { linkMentions } = await load('components/link-mentions.ts')
    const model = await (loadNamesModel as () => Promise<unknown>)()
    components.push((createTagNames as (m: unknown) => AnyComponent)(model))
    names.push('tag-names')
    if (linkMentions) {
      components.push(linkMentions as AnyComponent)
      names.push('link-mentions')
    }
  } catch {
    // The names model is missing: evaluate without names.
  }
  try {
    const { findFigures } = await load('components/find-figures.ts')
    if (findFigures) {
      components.push(findFigures as AnyComponent)
      names.push('find-figures')
    }
  } catch {
    // As above, for figures.
  }
  return { components, names }
}

export function analyse(doc: ArticleDoc, extra: readonly AnyComponent[]): DocWith<'sentences' | 'tokens'> {
  return runPipeline(doc, [splitSentences, tokenize, ...extra]) as DocWith<'sentences' | 'tokens'>
}

function bigrams(tokens: readonly string[]): string[] {
  const grams: string[] = []
  for (let i = 0; i + 1 < tokens.length; i++) grams.push(`${tokens[i]} ${tokens[i + 1]}`)
  return grams
}

/** Share of the references that picked each candidate, partial picks counting partly (see PICKED_COVERAGE). */
export function pickedShares(doc: DocWith<'sentences'>, candidates: SummaryCandidates, references: readonly string[][]): number[] {
  const referenceGrams = references.map((ref) => new Set(bigrams(ref)))
  return candidates.indices.map((i) => {
    const { start, end } = doc.sentences[i]
    const grams = bigrams(rougeTokens(doc.text.slice(start, end)))
    if (!grams.length) return 0
    let picks = 0
    for (const set of referenceGrams) {
      const covered = grams.filter((g) => set.has(g)).length / grams.length
      picks += Math.min(1, Math.max(0, (covered - UNPICKED_COVERAGE) / (PICKED_COVERAGE - UNPICKED_COVERAGE)))
    }
    return picks / references.length
  })
}

/** Every EASC article under `dir` that has references, in topic-name order; [] when the data is absent. */
export function loadEasc(dir: string, extra: readonly AnyComponent[]): SummaryArticle[] {
  if (!existsSync(join(dir, 'Articles'))) return []
  const articles: SummaryArticle[] = []
  for (const topic of readdirSync(join(dir, 'Articles')).sort()) {
    const files = readdirSync(join(dir, 'Articles', topic)).filter((f) => PATTERNS.textFile.test(f))
    const refDir = join(dir, 'MTurk', topic)
    if (!files.length || !existsSync(refDir)) continue
    const text = stripBom(readFileSync(join(dir, 'Articles', topic, files[0]), 'utf8'))
    const refTexts = readdirSync(refDir).sort().map((f) => stripBom(readFileSync(join(refDir, f), 'utf8')))
    const doc = analyse(plainTextDoc(text), extra)
    const references = refTexts.map(rougeTokens)
    const candidates = summaryCandidates(doc)
    articles.push({
      topic,
      topicNumber: Number(topic.replace(PATTERNS.nonDigit, '')),
      fingerprint: articleFingerprint(text),
      doc,
      references,
      referenceSentences: refTexts.map((t) => splitSentencesText(t).length),
      candidates,
      picked: pickedShares(doc, candidates, references),
      precision: candidates.indices.map((i) => {
        const tokens = rougeTokens(doc.text.slice(doc.sentences[i].start, doc.sentences[i].end))
        return rougeNMulti(tokens, references, 1).precision
      }),
    })
  }
  return articles
}
