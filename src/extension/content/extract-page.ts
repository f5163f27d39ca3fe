/**
 * Injected on demand (toolbar click: activeTab + scripting) into the tab being read. It defines one
 * function in the extension's isolated world; the background then calls it with executeScript({func})
 * and receives the structured result (never HTML). The live DOM is not touched: extraction works on a clone.
 */
import { extractArticle, type ExtractResult } from '../../engine/page.ts'

declare global {
  // eslint-disable-next-line no-var -- a global in the isolated world is how executeScript calls reach us
  var __qariExtract: (() => ExtractResult) | undefined
}

globalThis.__qariExtract = () => extractArticle(document, { url: location.href })
