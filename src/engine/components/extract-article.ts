/**
 * extract-article: the one engine component that reads a page DOM. It turns a page into an ArticleDoc
 * (text + blocks + metadata) or says why there is no article. It works on a clone and never throws.
 */
import { Readability } from '@mozilla/readability'
import type { ArticleDoc } from '../doc.ts'
import { joinBlocks } from '../doc.ts'
import { guessScript } from '../arabic/letters.ts'
import { buildBlocks } from '../extract/build-blocks.ts'

export type ExtractResult =
  | { isArticle: true; doc: ArticleDoc }
  | { isArticle: false; reason: string; lang: string; dir: 'rtl' | 'ltr'; title?: string }

/** Never mutates `document` (works on a clone); never throws for any input. */
export function extractArticle(document: Document, options: { url?: string } = {}): ExtractResult {
  try {
    return extractUnsafe(document, options)
  } catch (error) {
    return { isArticle: false, reason: `extraction failed: ${String((error as Error)?.message ?? error)}`, lang: 'und', dir: 'ltr' }
  }
}

function extractUnsafe(document: Document, options: { url?: string }): ExtractResult {
  const url = options.url ?? safeUrl(document)
  const clone = document.cloneNode(true) as Document
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse()
  const pageLang = document.documentElement?.getAttribute('lang') ?? 'und'
  if (!parsed || !parsed.content) {
    const guess = guessScript(document.body?.textContent ?? '', pageLang)
    return { isArticle: false, reason: 'no article content found', lang: guess.lang, dir: guess.dir, title: parsed?.title ?? undefined }
  }
  const pieces = buildBlocks(parsed.content as Element, { baseUrl: url })
  const { text, blocks } = joinBlocks(pieces)
  const title = (parsed.title ?? '').trim()
  const guess = guessScript(`${title}\n${text}`, pageLang)
  if (!text) return { isArticle: false, reason: 'article body is empty', lang: guess.lang, dir: guess.dir, title }
  const doc: ArticleDoc = {
    url: url ?? '',
    lang: guess.lang,
    dir: guess.dir,
    title,
    text,
    blocks,
  }
  if (parsed.byline) doc.byline = parsed.byline.trim()
  if (parsed.siteName) doc.siteName = parsed.siteName.trim()
  if (parsed.publishedTime) doc.published = parsed.publishedTime
  return { isArticle: true, doc }
}

function safeUrl(document: Document): string | undefined {
  try {
    const url = document.URL
    return url && /^https?:/u.test(url) ? url : undefined
  } catch {
    return undefined
  }
}
