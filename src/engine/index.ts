/**
 * The engine's public API for the DOM-free side (worker, popup, CLI). The page side, which reads a
 * DOM, has its own door in page.ts, so that the worker and popup bundles never carry Readability.
 */
import type { ArticleDoc } from './doc.ts'
import { runPipeline, type AnyComponent } from './pipeline.ts'
import { splitSentences } from './components/split-sentences.ts'
import { tokenize } from './components/tokenize.ts'
import { createSummarize } from './components/summarize.ts'

export type { ArticleDoc, Block, Entity, Figure, Span, Token } from './doc.ts'
export type { ExtractResult } from './components/extract-article.ts'
export type { DetectVerdict } from './components/detect-article.ts'

/** Bumped whenever a change alters analysis output: cached analyses of older versions are recomputed. */
export const ENGINE_VERSION = '0.1.0'

export interface AnalyzeOptions {
  /** Summary length in sentences, 3 to 5. */
  summarySentences?: number
}

/**
 * The analysis after extraction: sentences → tokens → names → figures → summary. A component that
 * fails is recorded in `doc.errors` and the rest still runs (pipeline.ts).
 */
export async function analyzeArticle(doc: ArticleDoc, options: AnalyzeOptions = {}): Promise<ArticleDoc> {
  const components: AnyComponent[] = [splitSentences, tokenize, createSummarize({ sentences: options.summarySentences })]
  return runPipeline(doc, components)
}
