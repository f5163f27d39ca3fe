import {
  byRecency,
  isExpired,
  isNewCacheRecord,
  planEviction,
  matchesQuery,
  recordBytes,
  resolveCacheOptions,
  toEntry,
  type CacheOptions,
  type CacheRecord,
  type SummaryCache,
} from './cache-record.ts'

/**
 * The cache held in memory only: for private windows (nothing reaches the disk) and as the fallback
 * when IndexedDB cannot be opened. Same rules as the IndexedDB cache (hash and version checks, byte
 * budget, age limit); it lives as long as the background worker. Records are kept by reference:
 * callers treat them as immutable, as they would a structured clone.
 */
export function createMemoryCache(options: CacheOptions = {}): SummaryCache {
  const resolved = resolveCacheOptions(options)
  const records = new Map<string, CacheRecord>()

  const touch = (record: CacheRecord): CacheRecord => {
    const used = { ...record, lastUsed: resolved.now() }
    records.set(record.key, used)
    return used
  }

  const live = (key: string): CacheRecord | undefined => {
    const record = records.get(key)
    if (record && isExpired(record, resolved)) {
      records.delete(key)
      return undefined
    }
    return record
  }

  return {
    async get(key, textHash, engineVersion) {
      const record = live(key)
      if (!record) return undefined
      if (record.textHash !== textHash || record.engineVersion !== engineVersion) {
        records.delete(key)
        return undefined
      }
      return touch(record)
    },

    async getByKey(key) {
      const record = live(key)
      return record && touch(record)
    },

    async findByPage(pageKey, engineVersion) {
      const direct = live(pageKey)
      const record = direct ?? [...records.values()].find((candidate) => candidate.pageKey === pageKey && !isExpired(candidate, resolved))
      return record && record.engineVersion === engineVersion ? touch(record) : undefined
    },

    async put(record) {
      if (!isNewCacheRecord(record)) return
      const bytes = recordBytes(record, resolved.budgetBytes)
      if (bytes > resolved.budgetBytes) {
        // Larger than the whole budget: not kept, and the stale copy goes (as in IndexedDB).
        records.delete(record.key)
        return
      }
      const now = resolved.now()
      const previous = records.get(record.key)
      records.set(record.key, { ...record, bytes, lastUsed: now, created: previous?.created ?? now })
      for (const key of planEviction([...records.values()], resolved, record.key)) records.delete(key)
    },

    async list(query) {
      const entries = [...records.values()].filter((record) => !isExpired(record, resolved)).map(toEntry)
      return entries.filter((entry) => !query || matchesQuery(entry, query)).sort(byRecency)
    },

    async delete(key) {
      records.delete(key)
    },

    async clear() {
      records.clear()
    },
  }
}
