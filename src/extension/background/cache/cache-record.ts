import { normalizeArabic } from '../../../engine/arabic/normalize.ts'

/**
 * One cached article: what the reader needs to reopen it without recomputing (the analysed doc and its
 * summary) and what the history page shows (title, site, date, summary). `textHash` and
 * `engineVersion` decide whether the record still describes the page: a changed article or a new
 * engine makes it stale.
 */
export interface CacheRecord {
  /** cacheKey(url): canonical URL without fragment and tracking parameters. */
  key: string
  /**
   * cacheKey of the address the page was read at, when it differs from `key` (a page whose canonical
   * link names another address). A reopened tab knows only its address: this finds its record before
   * the page is read again (SummaryCache.findByPage).
   */
  pageKey?: string
  url: string
  title: string
  siteName?: string
  published?: string
  textHash: string
  engineVersion: string
  /** The analysed ArticleDoc (opaque here: the cache never looks inside). */
  analysis: unknown
  summary?: string[]
  /** Approximate stored size (UTF-8 bytes of the record as JSON); the budget counts these. */
  bytes: number
  /** ms since epoch: last time the record was stored or read. Eviction and the age limit use it. */
  lastUsed: number
  /** ms since epoch: when the article was first cached. */
  created: number
}

/** What the history page lists: a record without its (possibly large) analysis. */
export type CacheEntry = Omit<CacheRecord, 'analysis'>

/** What a caller stores: the cache fills in size and times. */
export type NewCacheRecord = Omit<CacheRecord, 'bytes' | 'lastUsed' | 'created'>

export interface SummaryCache {
  /** A record only when its text hash and engine version match; a stale one is removed. Marks it used. */
  get(key: string, textHash: string, engineVersion: string): Promise<CacheRecord | undefined>
  /** Stores (replacing the key), then evicts least-recently-used records over budget and expired ones. */
  put(record: NewCacheRecord): Promise<void>
  /** The record whatever its hash or version: for reopening offline, without the page. Marks it used. */
  getByKey(key: string): Promise<CacheRecord | undefined>
  /**
   * The record of this engine version for a page address (its key or its pageKey), whatever its text
   * hash: what a reopened tab most likely shows, to render at once while the page is read again and
   * checked with `get`, which marks it used (IndexedDB reads it read-only, for speed).
   */
  findByPage(pageKey: string, engineVersion: string): Promise<CacheRecord | undefined>
  /** Most recently used first; `query` matches title, site and summary (normalised Arabic, all words). */
  list(query?: string): Promise<CacheEntry[]>
  delete(key: string): Promise<void>
  clear(): Promise<void>
}

export interface CacheOptions {
  /** Total size the cache may hold; least-recently-used records go first. Default 20 MB. */
  budgetBytes?: number
  /** Records not used for this long are removed. Default 30 days. */
  maxAgeMs?: number
  /** Clock, for tests. */
  now?: () => number
}

export const DEFAULT_BUDGET_BYTES = 20 * 1024 * 1024
export const DEFAULT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000

export interface ResolvedCacheOptions {
  budgetBytes: number
  maxAgeMs: number
  now: () => number
}

export function resolveCacheOptions(options: CacheOptions = {}): ResolvedCacheOptions {
  return {
    budgetBytes: options.budgetBytes ?? DEFAULT_BUDGET_BYTES,
    maxAgeMs: options.maxAgeMs ?? DEFAULT_MAX_AGE_MS,
    now: options.now ?? Date.now,
  }
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isOptionalString = (value: unknown): boolean => value === undefined || isString(value)
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0

/** Checks a stored entry read back from disk: a record of the wrong shape is treated as corrupt. */
export function isCacheEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    isString(v.key) &&
    isOptionalString(v.pageKey) &&
    isString(v.url) &&
    isString(v.title) &&
    isOptionalString(v.siteName) &&
    isOptionalString(v.published) &&
    isString(v.textHash) &&
    isString(v.engineVersion) &&
    (v.summary === undefined || (Array.isArray(v.summary) && v.summary.every(isString))) &&
    isTime(v.bytes) &&
    isTime(v.lastUsed) &&
    isTime(v.created)
  )
}

/** Checks a record a caller wants stored (the fields the cache does not fill in itself). */
export function isNewCacheRecord(value: unknown): value is NewCacheRecord {
  return isCacheEntry({ ...(value as object), bytes: 0, lastUsed: 0, created: 0 }) && 'analysis' in (value as object)
}

/**
 * Approximate stored size: UTF-8 bytes of the record as JSON (Arabic letters take two). Structured
 * clone on disk differs, but proportionally; the budget is a soft limit. A record that cannot be
 * serialised (a cycle) counts as infinitely large and is never stored.
 */
export function recordBytes(record: NewCacheRecord, limit = Number.POSITIVE_INFINITY): number {
  // A 5 MB article's analysis serialises to tens of megabytes: when its text alone is over the limit,
  // say so without building that string.
  const text = (record.analysis as { text?: unknown } | null)?.text
  if (typeof text === 'string' && text.length > limit) return Number.POSITIVE_INFINITY
  let json: string
  try {
    json = JSON.stringify(record)
  } catch {
    return Number.POSITIVE_INFINITY
  }
  let bytes = 0
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i)
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3
  }
  return bytes
}

export function isExpired(entry: Pick<CacheEntry, 'lastUsed'>, options: ResolvedCacheOptions): boolean {
  return options.now() - entry.lastUsed > options.maxAgeMs
}

/**
 * The keys to delete so that what remains is unexpired and within budget: expired records first,
 * then the least recently used until the total fits. `keep` (the record just stored) goes last of all;
 * a `keep` larger than the whole budget goes alone, and the others stay.
 */
export function planEviction(
  entries: readonly Pick<CacheEntry, 'key' | 'bytes' | 'lastUsed'>[],
  options: ResolvedCacheOptions,
  keep?: string,
): string[] {
  const doomed: string[] = []
  const alive = entries.filter((entry) => {
    if (entry.key !== keep && isExpired(entry, options)) {
      doomed.push(entry.key)
      return false
    }
    return true
  })
  const kept = alive.find((entry) => entry.key === keep)
  if (kept && kept.bytes > options.budgetBytes) {
    // The new record alone overflows the budget: drop it rather than everything else.
    return [...doomed, kept.key]
  }
  alive.sort((a, b) => (a.key === keep ? 1 : b.key === keep ? -1 : a.lastUsed - b.lastUsed))
  let total = alive.reduce((sum, entry) => sum + entry.bytes, 0)
  for (const entry of alive) {
    if (total <= options.budgetBytes) break
    doomed.push(entry.key)
    total -= entry.bytes
  }
  return doomed
}

const PATTERNS = {
  space: /\s+/u,
} as const

/** Folds text for search: normalised Arabic (alef, ya, ta marbuta, diacritics) and lower-case Latin. */
function foldForSearch(text: string): string {
  return normalizeArabic(text, { foldHamzaCarriers: true }).toLowerCase()
}

/** True when every word of the query occurs in the title, site name or summary. */
export function matchesQuery(entry: CacheEntry, query: string): boolean {
  const words = foldForSearch(query).split(PATTERNS.space).filter(Boolean)
  if (!words.length) return true
  const haystack = foldForSearch([entry.title, entry.siteName ?? '', entry.url, ...(entry.summary ?? [])].join('\n'))
  return words.every((word) => haystack.includes(word))
}

/** Most recently used first. */
export function byRecency(a: CacheEntry, b: CacheEntry): number {
  return b.lastUsed - a.lastUsed
}

/** Splits a record into its listable entry and its analysis. */
export function toEntry(record: CacheRecord): CacheEntry {
  const { analysis: _analysis, ...entry } = record
  return entry
}
