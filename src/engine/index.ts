/**
 * The engine's public API for the DOM-free side (worker, popup, CLI). The page side, which reads a
 * DOM, has its own door in page.ts, so that the worker and popup bundles never carry Readability.
 */
import type { ArticleDoc } from './doc.ts'
import { analyzeWithModel, type AnalyzeOptions } from './analyze-article.ts'
import { loadNamesModel } from './models/names/load-names-model.ts'

export type { ArticleDoc, Block, Entity, Figure, Span, Token } from './doc.ts'
export type { ExtractResult } from './components/extract-article.ts'
export type { DetectVerdict } from './components/detect-article.ts'
export type { NamesModel } from './names/tagger/names-model.ts'

export { ENGINE_VERSION } from './engine-version.ts'
export { ANALYSIS_LIMIT, analyzeWithModel, type AnalyzeOptions } from './analyze-article.ts'
export { findsNamesIn } from './names/names-language.ts'
export { noArticleKind, type NoArticleKind } from './extract/no-article-kind.ts'

/**
 * The analysis after extraction: sentences → tokens → names → figures → summary (analyze-article.ts),
 * the names model loaded lazily unless `options.namesModel` says where it comes from.
 */
export function analyzeArticle(doc: ArticleDoc, options: AnalyzeOptions = {}): Promise<ArticleDoc> {
  return analyzeWithModel(doc, { ...options, namesModel: options.namesModel ?? loadNamesModel })
}
