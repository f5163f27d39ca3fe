import { wrap, type DBSchema, type IDBPDatabase } from 'idb'
import {
  byRecency,
  isCacheEntry,
  isExpired,
  isNewCacheRecord,
  matchesQuery,
  planEviction,
  recordBytes,
  resolveCacheOptions,
  type CacheEntry,
  type CacheOptions,
  type CacheRecord,
  type NewCacheRecord,
  type ResolvedCacheOptions,
  type SummaryCache,
} from './cache/cache-record.ts'
import { createMemoryCache } from './cache/memory-cache.ts'

export type { CacheEntry, CacheOptions, CacheRecord, NewCacheRecord, SummaryCache } from './cache/cache-record.ts'
export { DEFAULT_BUDGET_BYTES, DEFAULT_MAX_AGE_MS } from './cache/cache-record.ts'
export { cacheKey } from './cache/cache-key.ts'
export { hashText } from './cache/hash-text.ts'
export { createMemoryCache } from './cache/memory-cache.ts'
export { createLayeredCache } from './cache/layered-cache.ts'

/**
 * The article cache in IndexedDB (through idb), for the background worker: one record per article,
 * checked by text hash and engine version, least-recently-used eviction under a byte budget, an age
 * limit. The reader must never break because of storage, so every failure (IndexedDB missing, a
 * blocked or failed open, quota, a record of the wrong shape) becomes a miss or a no-op; when the
 * database cannot be opened at all, the session continues on an in-memory cache.
 *
 * Two stores: `entries` holds the small part of each record (what the history page lists and what
 * eviction needs) and `analyses` the analysed doc, so listing and evicting never deserialise the
 * documents, which can be megabytes each.
 */

interface CacheSchema extends DBSchema {
  entries: { key: string; value: CacheEntry; indexes: { lastUsed: number; pageKey: string } }
  analyses: { key: string; value: { key: string; analysis: unknown } }
}

type CacheDb = IDBPDatabase<CacheSchema>

/** 2 added the pageKey index (findByPage). */
const DB_VERSION = 2

/**
 * How long to wait for the database to open. An open is blocked while another context (an old
 * extension page) holds an older version open; the reader should not wait on that for longer than
 * recomputing would take, so after this the session falls back to memory.
 */
const DEFAULT_OPEN_TIMEOUT_MS = 2000

export interface SummaryCacheOptions extends CacheOptions {
  /** Defaults to globalThis.indexedDB. */
  indexedDB?: IDBFactory
  dbName?: string
  openTimeoutMs?: number
}

export function openSummaryCache(options: SummaryCacheOptions = {}): SummaryCache {
  const resolved = resolveCacheOptions(options)
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB
  const dbName = options.dbName ?? 'qari-summary-cache'
  const openTimeoutMs = options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS
  let fallback: SummaryCache | undefined
  let dbPromise: Promise<CacheDb> | undefined

  const useFallback = (): SummaryCache => (fallback ??= createMemoryCache(options))

  const database = (): Promise<CacheDb> => {
    if (!factory) return Promise.reject(new Error('IndexedDB is unavailable'))
    dbPromise ??= openDatabase(factory, dbName, openTimeoutMs, () => {
      // Closed under us (storage cleared, browser shutting the connection): reopen on the next call.
      dbPromise = undefined
    })
    dbPromise.catch(() => undefined)
    return dbPromise
  }

  /** Runs `action` on the database; on any failure returns what `onFailure` gives (memory fallback or a default). */
  async function attempt<T>(action: (db: CacheDb) => Promise<T>, onFailure: (memory: SummaryCache | undefined) => Promise<T>): Promise<T> {
    if (fallback) return onFailure(fallback)
    let db: CacheDb
    try {
      db = await database()
    } catch {
      return onFailure(useFallback())
    }
    try {
      return await action(db)
    } catch {
      return onFailure(undefined)
    }
  }

  // Opened at once, not on the first call: the reader page's early peek has the tab and the settings to
  // look up meanwhile.
  database().catch(() => undefined)

  return {
    get: (key, textHash, engineVersion) =>
      attempt(
        (db) => readRecord(db, key, resolved, (entry) => entry.textHash === textHash && entry.engineVersion === engineVersion),
        async (memory) => memory?.get(key, textHash, engineVersion),
      ),

    getByKey: (key) =>
      attempt(
        (db) => readRecord(db, key, resolved, () => true),
        async (memory) => memory?.getByKey(key),
      ),

    findByPage: (pageKey, engineVersion) =>
      attempt(
        (db) => lookRecordByPage(db, pageKey, resolved, (entry) => entry.engineVersion === engineVersion),
        async (memory) => memory?.findByPage(pageKey, engineVersion),
      ),

    put: (record) =>
      attempt(
        (db) => writeRecord(db, record, resolved),
        async (memory) => memory?.put(record),
      ),

    list: (query) =>
      attempt(
        async (db) => {
          const entries = (await db.getAll('entries')).filter(isCacheEntry).filter((entry) => !isExpired(entry, resolved))
          return entries.filter((entry) => !query || matchesQuery(entry, query)).sort(byRecency)
        },
        async (memory) => (memory ? memory.list(query) : []),
      ),

    delete: (key) =>
      attempt(
        (db) => deleteKeys(db, [key]),
        async (memory) => memory?.delete(key),
      ),

    clear: () =>
      attempt(
        async (db) => {
          const tx = db.transaction(['entries', 'analyses'], 'readwrite')
          await settleAll(() => [tx.objectStore('entries').clear(), tx.objectStore('analyses').clear(), tx.done])
        },
        async (memory) => memory?.clear(),
      ),
  }
}

/** A stored pair is a record to serve: both halves there, of the right shape, not expired, current. */
function isUsable(
  key: string,
  entry: unknown,
  stored: { analysis?: unknown } | undefined,
  options: ResolvedCacheOptions,
  isCurrent: (entry: CacheEntry) => boolean,
): entry is CacheEntry {
  return isCacheEntry(entry) && entry.key === key && !!stored && 'analysis' in stored && !isExpired(entry, options) && isCurrent(entry)
}

/**
 * Finds the record of a page by its address without marking it used or removing a bad one, in one
 * read-only transaction: a peek (the reader page's early peek, early-peek.ts) need not wait on the
 * worker's read-write transactions nor write itself. The check that follows a peek (`get`) marks the
 * record used, or removes it. The address is the record's key (its canonical address) or its pageKey (the
 * tab's address, when the page names another canonical one): both are asked at once, and the record the
 * index names is read in the same transaction. Three transactions one after the other, each awaited to
 * its end, took ~45 ms of a reopened article's ~120 in headless Chromium (bench, "peek answer").
 */
async function lookRecordByPage(
  db: CacheDb,
  pageKey: string,
  options: ResolvedCacheOptions,
  isCurrent: (entry: CacheEntry) => boolean,
): Promise<CacheRecord | undefined> {
  const tx = db.transaction(['entries', 'analyses'], 'readonly')
  const entries = tx.objectStore('entries')
  const analyses = tx.objectStore('analyses')
  const [entry, stored, indexed] = await settleAll(() => [entries.get(pageKey), analyses.get(pageKey), entries.index('pageKey').getKey(pageKey)])
  if (isUsable(pageKey, entry, stored, options, isCurrent)) return { ...entry, analysis: stored!.analysis }
  if (indexed === undefined) return undefined
  const key = String(indexed)
  const [byIndex, storedByIndex] = await settleAll(() => [entries.get(key), analyses.get(key)])
  return isUsable(key, byIndex, storedByIndex, options, isCurrent) ? { ...byIndex, analysis: storedByIndex!.analysis } : undefined
}

/** Opens (and on first use creates) the database, rejecting when it fails, is blocked too long or is missing its stores. */
function openDatabase(factory: IDBFactory, name: string, timeoutMs: number, onClose: () => void): Promise<CacheDb> {
  return new Promise<CacheDb>((resolve, reject) => {
    let settled = false
    const timer = setTimeout(() => {
      settled = true
      reject(new Error(`IndexedDB open timed out after ${timeoutMs} ms (blocked?)`))
    }, timeoutMs)
    const request = factory.open(name, DB_VERSION)
    request.onupgradeneeded = () => {
      const db = request.result
      const entries = db.objectStoreNames.contains('entries')
        ? request.transaction!.objectStore('entries')
        : db.createObjectStore('entries', { keyPath: 'key' })
      if (!entries.indexNames.contains('lastUsed')) entries.createIndex('lastUsed', 'lastUsed')
      if (!entries.indexNames.contains('pageKey')) entries.createIndex('pageKey', 'pageKey')
      if (!db.objectStoreNames.contains('analyses')) db.createObjectStore('analyses', { keyPath: 'key' })
    }
    request.onsuccess = () => {
      const raw = request.result
      if (settled) {
        raw.close()
        return
      }
      settled = true
      clearTimeout(timer)
      if (!raw.objectStoreNames.contains('entries') || !raw.objectStoreNames.contains('analyses')) {
        raw.close()
        reject(new Error('IndexedDB cache has the wrong schema'))
        return
      }
      // A newer version of the extension wants to upgrade: let it, and reopen on our next call.
      raw.onversionchange = () => {
        raw.close()
        onClose()
      }
      raw.onclose = onClose
      resolve(wrap(raw) as unknown as CacheDb)
    }
    request.onerror = () => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      reject(request.error ?? new Error('IndexedDB open failed'))
    }
  })
}

/** Reads a record, removing it when it is corrupt, expired or fails `isCurrent`; marks a hit as used. */
async function readRecord(
  db: CacheDb,
  key: string,
  options: ResolvedCacheOptions,
  isCurrent: (entry: CacheEntry) => boolean,
): Promise<CacheRecord | undefined> {
  const tx = db.transaction(['entries', 'analyses'], 'readwrite')
  const entries = tx.objectStore('entries')
  const analyses = tx.objectStore('analyses')
  const [entry, stored] = await settleAll(() => [entries.get(key), analyses.get(key)])
  let result: CacheRecord | undefined
  if (entry === undefined && stored === undefined) {
    result = undefined
  } else if (!isUsable(key, entry, stored, options, isCurrent)) {
    await settleAll(() => [entries.delete(key), analyses.delete(key)])
  } else {
    const used = { ...entry, lastUsed: options.now() }
    await entries.put(used)
    result = { ...used, analysis: stored!.analysis }
  }
  await tx.done
  return result
}

async function writeRecord(db: CacheDb, record: NewCacheRecord, options: ResolvedCacheOptions): Promise<void> {
  if (!isNewCacheRecord(record)) return
  const bytes = recordBytes(record, options.budgetBytes)
  if (bytes > options.budgetBytes) {
    // Larger than the whole budget: not worth evicting everything for. Drop any stale copy.
    await deleteKeys(db, [record.key])
    return
  }
  const { analysis, ...rest } = record
  const now = options.now()
  try {
    await storeRecord(db, rest, analysis, bytes, now)
  } catch (error) {
    if (!isQuotaError(error)) throw error
    // The disk is fuller than our budget thinks: make room (half the budget) and try once more.
    await evict(db, { ...options, budgetBytes: options.budgetBytes / 2 })
    await storeRecord(db, rest, analysis, bytes, now)
  }
  await evict(db, options, record.key)
}

async function storeRecord(db: CacheDb, rest: Omit<NewCacheRecord, 'analysis'>, analysis: unknown, bytes: number, now: number): Promise<void> {
  const tx = db.transaction(['entries', 'analyses'], 'readwrite')
  // Handled from the start: if a put below throws, the abort rejects `done` and no one else awaits it.
  const done = tx.done
  done.catch(() => undefined)
  const entries = tx.objectStore('entries')
  try {
    const previous = await entries.get(rest.key)
    const created = isCacheEntry(previous) ? previous.created : now
    const writes: Promise<unknown>[] = []
    writes.push(entries.put({ ...rest, bytes, lastUsed: now, created }))
    writes[0].catch(() => undefined)
    // Throws synchronously (DataCloneError) for a value that cannot be stored.
    writes.push(tx.objectStore('analyses').put({ key: rest.key, analysis }))
    await Promise.all([...writes, done])
  } catch (error) {
    // A put that throws does not abort the transaction by itself: undo the half-written record.
    try {
      tx.abort()
    } catch {
      // Already aborted or finished.
    }
    throw error
  }
}

/** Deletes expired records and least-recently-used ones over budget (and any corrupt entry). */
async function evict(db: CacheDb, options: ResolvedCacheOptions, keep?: string): Promise<void> {
  const all = await db.getAll('entries')
  const corrupt = all.filter((entry) => !isCacheEntry(entry)).map((entry) => (entry as { key?: unknown }).key)
  const doomed = planEviction(all.filter(isCacheEntry), options, keep)
  await deleteKeys(db, [...doomed, ...corrupt.filter((key): key is string => typeof key === 'string')])
}

async function deleteKeys(db: CacheDb, keys: readonly string[]): Promise<void> {
  if (!keys.length) return
  const tx = db.transaction(['entries', 'analyses'], 'readwrite')
  const entries = tx.objectStore('entries')
  const analyses = tx.objectStore('analyses')
  await settleAll(() => [...keys.flatMap((key) => [entries.delete(key), analyses.delete(key)]), tx.done])
}

function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError'
}

/**
 * Awaits a transaction's requests together. When one fails the transaction aborts and every other
 * request rejects too; each gets a handler so those rejections are not reported as unhandled.
 */
async function settleAll<T extends readonly unknown[]>(start: () => [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  const promises = start()
  for (const promise of promises) promise.catch(() => undefined)
  return (await Promise.all(promises)) as unknown as T
}
