/**
 * Injected on demand (toolbar click: activeTab + scripting) into the tab being read. It defines one
 * function in the extension's isolated world; the background then calls it with executeScript({func})
 * and receives the structured result (never HTML). The live DOM is not touched: extraction works on a clone,
 * and on a page whose text lives in open shadow roots (web-component sites), on a copy of its composed tree.
 */
import { composedDocument, extractArticle, hasOpenShadowRoots, type ExtractResult } from '../../engine/page.ts'

declare global {
  // eslint-disable-next-line no-var -- a global in the isolated world is how executeScript calls reach us
  var __qariExtract: (() => ExtractResult) | undefined
}

/** The page as it shows: its composed tree when shadow roots hold part of it, else the page itself. */
function pageAsShown(): Document {
  return (hasOpenShadowRoots(document) && composedDocument(document)) || document
}

globalThis.__qariExtract = () => extractArticle(pageAsShown(), { url: location.href })
