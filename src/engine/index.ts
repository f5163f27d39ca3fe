/**
 * The engine's public API for the DOM-free side (worker, popup, CLI). The page side, which reads a
 * DOM, has its own door in page.ts, so that the worker and popup bundles never carry Readability.
 */
import type { ArticleDoc } from './doc.ts'
import { runPipeline, type AnyComponent } from './pipeline.ts'
import { splitSentences } from './components/split-sentences.ts'
import { tokenize } from './components/tokenize.ts'
import { createTagNames } from './components/tag-names.ts'
import { linkMentions } from './components/link-mentions.ts'
import { findFigures } from './components/find-figures.ts'
import { createSummarize } from './components/summarize.ts'
import { loadNamesModel, MODEL_VERSION } from './models/names/load-names-model.ts'
import type { NamesModel } from './names/names-model.ts'

export type { ArticleDoc, Block, Entity, Figure, Span, Token } from './doc.ts'
export type { ExtractResult } from './components/extract-article.ts'
export type { DetectVerdict } from './components/detect-article.ts'
export type { NamesModel } from './names/names-model.ts'

/**
 * Bumped whenever a change alters analysis output; with the names model's version it makes the
 * analysis version, so cached analyses of older engines or models are recomputed.
 */
export const ENGINE_VERSION = `0.1.0+${MODEL_VERSION}`

export interface AnalyzeOptions {
  /** Summary length in sentences, 3 to 5. */
  summarySentences?: number
  /**
   * Where the names model comes from. The default loads it lazily with a dynamic import; Chrome's
   * service worker forbids dynamic import(), so the worker passes its own loader.
   */
  namesModel?: () => Promise<NamesModel>
}

/**
 * The analysis after extraction: sentences → tokens → names → figures → summary. A component that
 * fails is recorded in `doc.errors` and the rest still runs (pipeline.ts); a names model that cannot
 * load leaves the names out and the reader whole.
 */
export async function analyzeArticle(doc: ArticleDoc, options: AnalyzeOptions = {}): Promise<ArticleDoc> {
  let model: NamesModel | undefined
  let modelError: string | undefined
  try {
    model = await (options.namesModel ?? loadNamesModel)()
  } catch (error) {
    modelError = error instanceof Error ? error.message : String(error)
  }
  const components: AnyComponent[] = [
    splitSentences,
    tokenize,
    ...(model ? [createTagNames(model), linkMentions] : []),
    findFigures,
    createSummarize({ sentences: options.summarySentences }),
  ]
  const analysed = runPipeline(doc, components)
  return modelError ? { ...analysed, errors: [...(analysed.errors ?? []), { component: 'tag-names', message: modelError }] } : analysed
}
