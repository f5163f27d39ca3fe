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

/**
 * How much text the analysis reads. News articles are a few thousand characters; a page can carry up to
 * a million (the extractor's budget), and the names tagger costs 2–3 ms per 1,000 characters, so beyond
 * this the reader still shows the whole text but highlights and summarises the first part
 * (test/fuzz/engine-fuzz.test.ts: a 600,000-character text within 2 s).
 */
export const ANALYSIS_LIMIT = 150_000

/** Where to stop: the end of the last block that fits, else the last space before the limit. */
function analysisCut(doc: ArticleDoc, limit: number): number {
  let cut = 0
  for (const block of doc.blocks) if (block.end <= limit) cut = Math.max(cut, block.end)
  if (cut >= limit / 2) return cut
  const space = doc.text.lastIndexOf(' ', limit)
  return space > limit / 2 ? space : limit
}

/** The doc as the components see it: text and blocks cut at `cut`; offsets are unchanged. */
function prefixView(doc: ArticleDoc, cut: number): ArticleDoc {
  const blocks = doc.blocks.filter((b) => b.start < cut || (b.start === cut && b.kind === 'image')).map((b) => (b.end > cut ? { ...b, end: cut } : b))
  return { ...doc, text: doc.text.slice(0, cut), blocks }
}

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
  const cut = doc.text.length > ANALYSIS_LIMIT ? analysisCut(doc, ANALYSIS_LIMIT) : doc.text.length
  const analysed =
    cut < doc.text.length
      ? { ...runPipeline(prefixView(doc, cut), components), text: doc.text, blocks: doc.blocks, analysedLength: cut }
      : runPipeline(doc, components)
  return modelError ? { ...analysed, errors: [...(analysed.errors ?? []), { component: 'tag-names', message: modelError }] } : analysed
}
