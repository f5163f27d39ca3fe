import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import {
  createLayeredCache,
  createMemoryCache,
  openSummaryCache,
  type NewCacheRecord,
  type SummaryCache,
  type SummaryCacheOptions,
} from '../../../../src/extension/background/summary-cache.ts'

const DAY = 24 * 60 * 60 * 1000

function record(key: string, extra: Partial<NewCacheRecord> = {}): NewCacheRecord {
  return {
    key,
    url: key,
    title: `عنوان ${key}`,
    siteName: 'موقع',
    textHash: 'h1',
    engineVersion: 'v1',
    analysis: { text: 'نص', blocks: [] },
    summary: ['جملة أولى.'],
    ...extra,
  }
}

/** A clock the test moves by hand. */
function clock(start = 1_700_000_000_000) {
  let time = start
  return { now: () => time, advance: (ms: number) => (time += ms) }
}

type Maker = (options: SummaryCacheOptions) => SummaryCache

const makers: [string, Maker][] = [
  ['IndexedDB', (options) => openSummaryCache({ indexedDB: new IDBFactory(), ...options })],
  ['memory', (options) => createMemoryCache(options)],
  // The worker's cache: recent analyses in memory in front of IndexedDB.
  ['layered', (options) => createLayeredCache(createMemoryCache(options), openSummaryCache({ indexedDB: new IDBFactory(), ...options }))],
]

describe.each(makers)('%s cache', (_name, make) => {
  it('returns what was stored when hash and version match', async () => {
    const cache = make({})
    await cache.put(record('a'))
    const hit = await cache.get('a', 'h1', 'v1')
    expect(hit?.title).toBe('عنوان a')
    expect(hit?.analysis).toEqual({ text: 'نص', blocks: [] })
    expect(hit?.bytes).toBeGreaterThan(0)
  })

  it('misses and removes the record when the text hash differs', async () => {
    const cache = make({})
    await cache.put(record('a'))
    expect(await cache.get('a', 'h2', 'v1')).toBeUndefined()
    expect(await cache.getByKey('a')).toBeUndefined()
  })

  it('misses when the engine version differs', async () => {
    const cache = make({})
    await cache.put(record('a'))
    expect(await cache.get('a', 'h1', 'v2')).toBeUndefined()
  })

  it('getByKey ignores hash and version (offline reopen)', async () => {
    const cache = make({})
    await cache.put(record('a'))
    expect((await cache.getByKey('a'))?.key).toBe('a')
  })

  it('findByPage finds a record by its key or its page address, whatever its text hash', async () => {
    const cache = make({})
    await cache.put(record('https://x.example/a'))
    await cache.put(record('https://x.example/canonical-b', { pageKey: 'https://x.example/b?id=2' }))
    expect((await cache.findByPage('https://x.example/a', 'v1'))?.key).toBe('https://x.example/a')
    expect((await cache.findByPage('https://x.example/b?id=2', 'v1'))?.key).toBe('https://x.example/canonical-b')
    expect(await cache.findByPage('https://x.example/c', 'v1')).toBeUndefined()
  })

  it('findByPage misses an expired record', async () => {
    const t = clock()
    const cache = make({ now: t.now, maxAgeMs: DAY })
    await cache.put(record('https://x.example/a'))
    t.advance(2 * DAY)
    expect(await cache.findByPage('https://x.example/a', 'v1')).toBeUndefined()
  })

  it('findByPage misses a record of another engine version', async () => {
    const cache = make({})
    await cache.put(record('https://x.example/a', { pageKey: 'https://x.example/a2' }))
    expect(await cache.findByPage('https://x.example/a2', 'v2')).toBeUndefined()
  })

  it('evicts the least recently used over the byte budget', async () => {
    const t = clock()
    const probe = make({ now: t.now })
    await probe.put(record('size'))
    const size = (await probe.getByKey('size'))!.bytes
    const cache = make({ now: t.now, budgetBytes: size * 2.5 })
    await cache.put(record('a'))
    t.advance(1000)
    await cache.put(record('b'))
    t.advance(1000)
    await cache.get('a', 'h1', 'v1') // a is now more recent than b
    t.advance(1000)
    await cache.put(record('c'))
    // b went; the order of the two left is the list's business (the layered cache records a's reading
    // behind, a moment later on this hand-moved clock).
    expect((await cache.list()).map((e) => e.key).sort()).toEqual(['a', 'c'])
  })

  it('does not keep a record larger than the whole budget, and keeps the others', async () => {
    const cache = make({ budgetBytes: 1000 })
    await cache.put(record('small'))
    await cache.put(record('big', { analysis: { text: 'ن'.repeat(600) } }))
    await cache.put(record('huge', { analysis: { text: 'ن'.repeat(5000) } }))
    expect(await cache.getByKey('big')).toBeUndefined()
    expect(await cache.getByKey('huge')).toBeUndefined()
    expect((await cache.getByKey('small'))?.key).toBe('small')
  })

  it('drops records not used for longer than the age limit', async () => {
    const t = clock()
    const cache = make({ now: t.now })
    await cache.put(record('old'))
    t.advance(20 * DAY)
    await cache.put(record('new'))
    t.advance(11 * DAY)
    expect(await cache.getByKey('old')).toBeUndefined()
    expect((await cache.list()).map((e) => e.key)).toEqual(['new'])
  })

  it('lists most recent first, without the analysis', async () => {
    const t = clock()
    const cache = make({ now: t.now })
    await cache.put(record('a'))
    t.advance(1)
    await cache.put(record('b'))
    const list = await cache.list()
    expect(list.map((e) => e.key)).toEqual(['b', 'a'])
    expect('analysis' in list[0]).toBe(false)
  })

  it('searches title, site and summary with normalised Arabic', async () => {
    const cache = make({})
    await cache.put(record('a', { title: 'وفد حماس في موسكو', summary: ['أكثر من ألف قتيل.'] }))
    await cache.put(record('b', { title: 'أسعار النفط', siteName: 'الجزيرة' }))
    expect((await cache.list('موسكو')).map((e) => e.key)).toEqual(['a'])
    expect((await cache.list('اسعار')).map((e) => e.key)).toEqual(['b'])
    expect((await cache.list('الف قتيل')).map((e) => e.key)).toEqual(['a'])
    expect((await cache.list('الجزيره')).map((e) => e.key)).toEqual(['b'])
    expect(await cache.list('لندن')).toEqual([])
  })

  it('keeps the creation time when a record is replaced', async () => {
    const t = clock()
    const cache = make({ now: t.now })
    await cache.put(record('a'))
    const created = (await cache.getByKey('a'))!.created
    t.advance(5000)
    await cache.put(record('a', { textHash: 'h2' }))
    const again = await cache.get('a', 'h2', 'v1')
    expect(again?.created).toBe(created)
    expect(again?.lastUsed).toBe(t.now())
  })

  it('deletes one and clears all', async () => {
    const cache = make({})
    await cache.put(record('a'))
    await cache.put(record('b'))
    await cache.delete('a')
    expect((await cache.list()).map((e) => e.key)).toEqual(['b'])
    await cache.clear()
    expect(await cache.list()).toEqual([])
  })

  it('ignores a record of the wrong shape given to put', async () => {
    const cache = make({})
    await cache.put({ key: 'x' } as unknown as NewCacheRecord)
    expect(await cache.list()).toEqual([])
  })
})

describe('openSummaryCache failures', () => {
  it('removes a corrupted record read back and reports a miss', async () => {
    const factory = new IDBFactory()
    const cache = openSummaryCache({ indexedDB: factory, dbName: 'corrupt' })
    await cache.put(record('a'))
    // Damage the stored entry behind the cache's back.
    await new Promise<void>((resolve, reject) => {
      const open = factory.open('corrupt')
      open.onsuccess = () => {
        const tx = open.result.transaction('entries', 'readwrite')
        tx.objectStore('entries').put({ key: 'a', title: 42 })
        tx.oncomplete = () => {
          open.result.close()
          resolve()
        }
        tx.onerror = () => reject(tx.error)
      }
    })
    expect(await cache.get('a', 'h1', 'v1')).toBeUndefined()
    expect(await cache.list()).toEqual([])
    await cache.put(record('a'))
    expect((await cache.get('a', 'h1', 'v1'))?.key).toBe('a')
  })

  it('falls back to memory when IndexedDB is unavailable', async () => {
    const cache = openSummaryCache({ indexedDB: undefined, dbName: 'none' })
    const original = globalThis.indexedDB
    // @ts-expect-error -- simulating a context without IndexedDB
    delete globalThis.indexedDB
    try {
      const bare = openSummaryCache()
      await bare.put(record('a'))
      expect((await bare.get('a', 'h1', 'v1'))?.key).toBe('a')
    } finally {
      globalThis.indexedDB = original
    }
    await expect(cache.list()).resolves.toEqual([])
  })

  it('falls back to memory when the open is blocked', async () => {
    const stalled = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory
    const cache = openSummaryCache({ indexedDB: stalled, openTimeoutMs: 20 })
    await cache.put(record('a'))
    expect((await cache.getByKey('a'))?.key).toBe('a')
  })

  it('falls back to memory when open throws', async () => {
    const broken = {
      open: () => {
        throw new Error('SecurityError')
      },
    } as unknown as IDBFactory
    const cache = openSummaryCache({ indexedDB: broken })
    await expect(cache.put(record('a'))).resolves.toBeUndefined()
    expect((await cache.list()).map((e) => e.key)).toEqual(['a'])
  })

  it('never throws when a transaction fails (quota, closed database)', async () => {
    const factory = new IDBFactory()
    const cache = openSummaryCache({ indexedDB: factory, dbName: 'failing' })
    await cache.put(record('a'))
    // Delete the database under the open connection: later transactions fail.
    factory.deleteDatabase('failing')
    await expect(cache.get('a', 'h1', 'v1')).resolves.not.toBeInstanceOf(Error)
    await expect(cache.put(record('b'))).resolves.toBeUndefined()
    await expect(cache.list()).resolves.toBeInstanceOf(Array)
  })

  it('does not store values that cannot be cloned, and does not throw', async () => {
    const cache = openSummaryCache({ indexedDB: new IDBFactory() })
    await expect(cache.put(record('f', { analysis: { run: () => 1 } }))).resolves.toBeUndefined()
    expect(await cache.list()).toEqual([])
    expect(await cache.getByKey('f')).toBeUndefined()
  })
})

describe('IndexedDB cache upgrade', () => {
  it('adds the page index to a version 1 database and keeps its records', async () => {
    const factory = new IDBFactory()
    // A version 1 database as the first release created it, holding one record.
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('qari-summary-cache', 1)
      request.onupgradeneeded = () => {
        const db = request.result
        db.createObjectStore('entries', { keyPath: 'key' }).createIndex('lastUsed', 'lastUsed')
        db.createObjectStore('analyses', { keyPath: 'key' })
        const stored = record('https://x.example/a')
        const { analysis, ...entry } = stored
        request.transaction!.objectStore('entries').put({ ...entry, bytes: 10, lastUsed: Date.now(), created: Date.now() })
        request.transaction!.objectStore('analyses').put({ key: stored.key, analysis })
      }
      request.onsuccess = () => {
        request.result.close()
        resolve()
      }
      request.onerror = () => reject(request.error)
    })
    const cache = openSummaryCache({ indexedDB: factory })
    expect((await cache.get('https://x.example/a', 'h1', 'v1'))?.key).toBe('https://x.example/a')
    await cache.put(record('https://x.example/canonical-b', { pageKey: 'https://x.example/b' }))
    expect((await cache.findByPage('https://x.example/b', 'v1'))?.key).toBe('https://x.example/canonical-b')
  })
})
