import type { Block, DocWith, Span } from '../doc.ts'
import { tokenizeText } from '../components/tokenize.ts'
import { normalizeArabicFast } from '../arabic/normalize.ts'
import { isSummaryCandidate } from './is-summary-candidate.ts'
import { scoreSentences, type SummaryWeights } from './score-sentences.ts'
import { selectSentences } from './select-sentences.ts'
import { termsBySentence, tfidfVectors, type SentenceTerms, type TermVector } from './sentence-terms.ts'

const PATTERNS = {
  /** A term that is a number (the tokenizer keeps digits whole): a figure when the figures layer is absent. */
  number: /^\d/u,
} as const

/** Enough of a sentence's start to see its opening words. */
const OPENING_CHARS = 40

/** The block holding each sentence, in one merge pass (both lists in text order). */
function blocksOf(sentences: readonly Span[], blocks: readonly Block[]): (Block | undefined)[] {
  const textBlocks = blocks.filter((b) => b.end > b.start)
  let b = 0
  return sentences.map((sentence) => {
    while (b < textBlocks.length && textBlocks[b].end <= sentence.start) b++
    const block = textBlocks[b]
    return block && block.start <= sentence.start ? block : undefined
  })
}

function vectorWith(terms: SentenceTerms, idf: Map<string, number>): TermVector {
  const weights = new Map<string, number>()
  let sum = 0
  for (const [term, count] of terms.counts) {
    const weight = (1 + Math.log(count)) * (idf.get(term) ?? 0)
    if (weight <= 0) continue
    weights.set(term, weight)
    sum += weight * weight
  }
  return { weights, norm: Math.sqrt(sum) }
}

/**
 * The summary spans of a doc: candidates (not headings or fragments) are scored on position,
 * centrality (TF-IDF cosine to the article's centroid), names and figures, and title overlap, then
 * chosen by MMR. `lengthFor` turns the number of candidates into the number of sentences wanted.
 * Linear in the article apart from the bounded selection.
 */
export function chooseSummary(
  doc: DocWith<'sentences' | 'tokens'>,
  lengthFor: (candidates: number) => number,
  weights: SummaryWeights,
): Span[] {
  const terms = termsBySentence(doc.sentences, doc.tokens)
  const blocks = blocksOf(doc.sentences, doc.blocks ?? [])
  const candidates: number[] = []
  doc.sentences.forEach((sentence, i) => {
    if (isSummaryCandidate(doc.text, sentence, terms[i].length, blocks[i])) candidates.push(i)
  })
  const count = Math.min(candidates.length, lengthFor(candidates.length))
  if (count <= 0) return []

  const candidateTerms = candidates.map((i) => terms[i])
  const { vectors, idf } = tfidfVectors(candidateTerms)
  const titleTokens = doc.title ? tokenizeText(doc.title) : []
  const titleVector = titleTokens.length
    ? vectorWith(termsBySentence([{ start: 0, end: doc.title.length }], titleTokens)[0], idf)
    : undefined
  const numbers = candidateTerms.map(({ counts }) => {
    let n = 0
    for (const [term, c] of counts) if (PATTERNS.number.test(term)) n += c
    return n
  })
  const scores = scoreSentences(
    {
      sentences: candidates.map((i) => doc.sentences[i]),
      vectors,
      order: candidates.map((_, rank) => rank),
      lengths: candidateTerms.map((t) => t.length),
      openings: candidates.map((i) => normalizeArabicFast(doc.text.slice(doc.sentences[i].start, Math.min(doc.sentences[i].end, doc.sentences[i].start + OPENING_CHARS)))),
      entities: doc.entities,
      figures: doc.figures,
      numbers,
      titleVector,
    },
    weights,
  )
  return selectSentences(scores, vectors, count, weights.redundancy).map((c) => {
    const { start, end } = doc.sentences[candidates[c]]
    return { start, end }
  })
}
