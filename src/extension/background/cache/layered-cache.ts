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
  /** A read answered in front when it can, else behind; a hit in front is also read behind. */
  async function read<T>(from: (cache: SummaryCache) => Promise<T | undefined>): Promise<T | undefined> {
    const hit = await from(front).catch(() => undefined)
    if (hit === undefined) return from(back)
    touchBehind(() => from(back))
    return hit
  }
  /** A change to both, once the reads behind are done. The front is best effort; the truth is behind. */
  async function change(apply: (cache: SummaryCache) => Promise<void>): Promise<void> {
    await behind
    await apply(front).catch(() => undefined)
    await apply(back)
  }
  return {
    get: (key, textHash, engineVersion) => read((cache) => cache.get(key, textHash, engineVersion)),
    getByKey: (key) => read((cache) => cache.getByKey(key)),
    findByPage: (pageKey, engineVersion) => read((cache) => cache.findByPage(pageKey, engineVersion)),
    put: (record) => change((cache) => cache.put(record)),
    // The front holds a subset of the records behind: the list and the truth are behind.
    list: (query) => behind.then(() => back.list(query)),
    delete: (key) => change((cache) => cache.delete(key)),
    clear: () => change((cache) => cache.clear()),
  }
}
