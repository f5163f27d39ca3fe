/**
 * The protocol between contexts: one typed map per receiving context, and a schema per request that the
 * receiver checks before use. Nothing else in the extension defines a message.
 */
import * as v from 'valibot'
import type { ArticleDoc } from '../engine/doc.ts'
import type { NoArticleKind } from '../engine/extract/no-article-kind.ts'

/** Limits on what a content script may send: a page is hostile and could try to flood the worker. */
const MAX_URL = 4096
const MAX_REASON = 200

export const DetectVerdictSchema = v.strictObject({
  isArticle: v.boolean(),
  lang: v.pipe(v.string(), v.maxLength(16)),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_REASON))), v.maxLength(20)),
})

const TabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0))

const ReaderRequestSchema = v.strictObject({
  tabId: v.optional(TabIdSchema),
  summarySentences: v.optional(v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(5))),
})

/** Requests the background worker handles, with the schema each is validated against. */
export const BACKGROUND_REQUESTS = {
  /** From the detector content script: the verdict for the page it runs in. */
  'page:status': v.strictObject({ url: v.pipe(v.string(), v.maxLength(MAX_URL)), verdict: DetectVerdictSchema }),
  /** From the popup or the full-tab reader: read and analyse this tab (the active one when absent). */
  'reader:analyze': ReaderRequestSchema,
  /**
   * From the reader, before reader:analyze: the cached analysis of the tab's address, if any, without
   * reading the page (instant reopening; the reader:analyze answer then confirms or replaces it).
   */
  'reader:peek': ReaderRequestSchema,
  /** From the history page. */
  'history:list': v.strictObject({ query: v.optional(v.pipe(v.string(), v.maxLength(200))) }),
  'history:open': v.strictObject({ key: v.pipe(v.string(), v.maxLength(MAX_URL)) }),
  'history:delete': v.strictObject({ key: v.pipe(v.string(), v.maxLength(MAX_URL)) }),
  'history:clear': v.strictObject({}),
} as const

export type BackgroundRequestKey = keyof typeof BACKGROUND_REQUESTS
export type BackgroundRequest<K extends BackgroundRequestKey> = v.InferOutput<(typeof BACKGROUND_REQUESTS)[K]>

/** What the reader gets back for a tab. */
export type ReaderResult =
  | { status: 'ok'; doc: ArticleDoc; fromCache: boolean; timings?: Record<string, number> }
  | { status: 'no-article'; reason: string; kind?: NoArticleKind; title?: string; lang?: string }
  | { status: 'error'; message: string }

/** A cached analysis for the tab's address, or nothing cached under it. */
export type PeekResult = Extract<ReaderResult, { status: 'ok' }> | { status: 'miss' }

export interface HistoryItem {
  key: string
  url: string
  title: string
  siteName?: string
  published?: string
  summary: string[]
  lastUsed: number
}

export interface BackgroundResponses {
  'page:status': { ok: true }
  'reader:analyze': ReaderResult
  'reader:peek': PeekResult
  'history:list': { items: HistoryItem[] }
  'history:open': ReaderResult
  'history:delete': { ok: boolean }
  'history:clear': { ok: boolean }
}

/** The envelope every message travels in. */
export interface Envelope<K extends BackgroundRequestKey = BackgroundRequestKey> {
  type: K
  payload: BackgroundRequest<K>
}
