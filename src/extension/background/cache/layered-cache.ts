import type { SummaryCache } from './cache-record.ts'

/**
 * A fast cache in front of a durable one: the worker keeps the analyses it served recently in memory,
 * so reopening an article while the worker lives skips IndexedDB (a read there is a read-write
 * transaction over two stores, the largest part of a cached open's answer). The durable cache stays
 * the truth: every write goes to both, and a hit in front is also read behind (not awaited) so the
 * history's recency and the eviction order still see the reopening.
 */
export function createLayeredCache(front: SummaryCache, back: SummaryCache): SummaryCache {
  // Reads behind run in order, and every later write or listing waits for them: eviction must see a
  // reopening before it picks what to drop.
  let behind: Promise<unknown> = Promise.resolve()
  const touchBehind = (read: () => Promise<unknown>) => {
    behind = behind.then(read).catch(() => undefined)
  }
  return {
    async get(key, textHash, engineVersion) {
      const hit = await front.get(key, textHash, engineVersion).catch(() => undefined)
      if (hit) {
        touchBehind(() => back.get(key, textHash, engineVersion))
        return hit
      }
      return back.get(key, textHash, engineVersion)
    },
    async getByKey(key) {
      const hit = await front.getByKey(key).catch(() => undefined)
      if (hit) {
        touchBehind(() => back.getByKey(key))
        return hit
      }
      return back.getByKey(key)
    },
    async findByPage(pageKey, engineVersion) {
      const hit = await front.findByPage(pageKey, engineVersion).catch(() => undefined)
      if (hit) {
        touchBehind(() => back.findByPage(pageKey, engineVersion))
        return hit
      }
      return back.findByPage(pageKey, engineVersion)
    },
    async put(record) {
      await behind
      await front.put(record).catch(() => undefined)
      await back.put(record)
    },
    // The front holds a subset of the records behind: the list and the truth are behind.
    list: (query) => behind.then(() => back.list(query)),
    async delete(key) {
      await behind
      await front.delete(key).catch(() => undefined)
      await back.delete(key)
    },
    async clear() {
      await behind
      await front.clear().catch(() => undefined)
      await back.clear()
    },
  }
}
