/**
 * The engine's public API for code that holds a DOM: the injected extractor, the detector content
 * script (which imports detect-article directly to stay tiny), the CLI and the evaluations.
 */
export { extractArticle, type ExtractResult } from './components/extract-article.ts'
export { detectArticle, type DetectVerdict } from './components/detect-article.ts'
export { composedDocument, hasOpenShadowRoots } from './extract/composed-document.ts'
