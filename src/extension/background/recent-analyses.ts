import type { ArticleDoc } from '../../engine/index.ts'
import { isAnalysedDoc } from './is-analysed-doc.ts'

/**
 * The last few analyses the worker served, mirrored in storage.session: held in the browser process's
 * memory, shared by the extension's pages and worker, gone when the browser closes. A reopened article's
 * page (early-peek.ts) finds its analysis there in one round trip, asked together with the tab; from
 * IndexedDB it takes two more after that, opening the database and then reading it, through a browser
 * process busy opening the page. Bench, headless Chromium, 30 interleaved cached opens each: the peek
 * answered at 92 ms from navigation start against 108, the reader stood at 116 against 130.
 *
 * A small index (which addresses, which version, which item holds the copy), the newest copy in an item of
 * fixed name read together with the index, and each older copy in an item of its own, read only when it is
 * the one wanted. Until session 69 all the copies were one item, and a page read every one of them to find
 * its own: with three more articles four times the seed page's size held, a reopened article's peek took
 * 28–44 ms instead of 12–22 (headless Chromium, seven opens each), since storage.session hands its values
 * over object by object; an index with every copy apart cost the newest, the usual reopening, a second
 * round trip (17–32 ms).
 *
 * The IndexedDB cache stays the truth and the history; this holds copies. Never a private window's
 * analysis (the worker keeps those in its memory only). Deleting an article from the history, or clearing
 * it, deletes its copy here too.
 */

/** What the index says of one held copy. */
export interface RecentEntry {
  /** cacheKey of the article's canonical address and of the address it was read at. */
  keys: string[]
  /** analysisVersion: engine, model and summary length. */
  version: string
  /** The storage.session item holding the analysis (copyItem). */
  item: string
  /** Length of the analysis as JSON, measured once when it is remembered (the budget counts it). */
  chars: number
}

/** One served analysis and the addresses it answers for, as the worker hands it over. */
export interface RecentAnalysis {
  keys: string[]
  version: string
  analysis: ArticleDoc
}

/** What this module needs of storage.session (a fake in tests). */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
  remove(keys: string | string[]): Promise<void>
}

const INDEX_KEY = 'recentIndex'
const COPY_PREFIX = 'recentCopy:'
/** The item of the newest copy, whatever its address: a page reads it with the index. */
const NEWEST_ITEM = `${COPY_PREFIX}newest`
/** A handful: the articles a reader goes back to within a session. */
const MAX_ENTRIES = 4
/** Of storage.session's 10 MB (Chrome); one long article's analysis is a few hundred KB as JSON. */
const MAX_CHARS = 3_000_000

/** The item an older copy lives in: named by the first of its addresses, so one article has one item. */
const copyItem = (keys: readonly string[]) => `${COPY_PREFIX}page:${keys[0]}`

function isRecentEntry(value: unknown): value is RecentEntry {
  const entry = value as Partial<RecentEntry> | null
  return (
    typeof entry === 'object' && entry !== null && Array.isArray(entry.keys) && entry.keys.length > 0 &&
    entry.keys.every((k) => typeof k === 'string') && typeof entry.version === 'string' &&
    typeof entry.item === 'string' && entry.item.startsWith(COPY_PREFIX) && typeof entry.chars === 'number'
  )
}

/** What a page reads first: the index of the copies held now (most recent first) and the newest copy. */
export interface RecentCopies {
  entries: RecentEntry[]
  /** The newest copy as stored, not yet checked (readRecentCopy checks it when it is the one wanted). */
  newest: unknown
}

const NO_COPIES: RecentCopies = { entries: [], newest: undefined }

/** The index and the newest copy, in one round trip; anything malformed is left out, any failure is none. */
export async function readRecent(area: SessionArea | undefined): Promise<RecentCopies> {
  if (!area) return NO_COPIES
  try {
    const stored = await area.get([INDEX_KEY, NEWEST_ITEM])
    const index = stored[INDEX_KEY]
    return { entries: Array.isArray(index) ? index.filter(isRecentEntry) : [], newest: stored[NEWEST_ITEM] }
  } catch {
    return NO_COPIES
  }
}

/** The index entry of the copy held for an address at this version, if any. */
export function findRecent(entries: readonly RecentEntry[], pageKey: string, version: string): RecentEntry | undefined {
  return entries.find((entry) => entry.version === version && entry.keys.includes(pageKey))
}

/**
 * The analysis an index entry points to: the newest copy already read, or one more round trip for an older
 * one. Undefined when it is gone (forgotten meanwhile), malformed or unreadable.
 */
export async function readRecentCopy(area: SessionArea | undefined, entry: RecentEntry, copies: RecentCopies): Promise<ArticleDoc | undefined> {
  if (!area) return undefined
  try {
    const analysis = entry.item === NEWEST_ITEM ? copies.newest : (await area.get(entry.item))[entry.item]
    return isAnalysedDoc(analysis) ? analysis : undefined
  } catch {
    return undefined
  }
}

/** The copy held for an address at this version, in one call (a page reads the tab meanwhile instead: early-peek.ts). */
export async function findRecentCopy(area: SessionArea | undefined, pageKey: string, version: string): Promise<ArticleDoc | undefined> {
  const copies = await readRecent(area)
  const entry = findRecent(copies.entries, pageKey, version)
  return entry ? readRecentCopy(area, entry, copies) : undefined
}

export interface RecentAnalyses {
  remember(entry: RecentAnalysis): Promise<void>
  /** Drops the copies of one article (by any of its keys), or all of them. */
  forget(key?: string): Promise<void>
}

/**
 * Keeps copies of served analyses, newest first, within MAX_ENTRIES and MAX_CHARS. Writes run one after
 * another (each reads the index the last wrote), and a failure (no storage.session, quota) only loses the
 * copy. A new copy takes the newest item, and the copy there moves to an item of its own; the items and
 * the index are set together, then the items no entry points to are removed: a page that read the index
 * just before finds its item gone and reads IndexedDB instead.
 */
export function createRecentAnalyses(area: SessionArea | undefined): RecentAnalyses {
  let queue: Promise<unknown> = Promise.resolve()
  const update = (change: (copies: RecentCopies) => { entries: RecentEntry[]; items?: Record<string, unknown> }): Promise<void> => {
    const next = queue.then(async () => {
      if (!area) return
      const before = await readRecent(area)
      const { entries, items = {} } = change(before)
      await area.set({ ...items, [INDEX_KEY]: entries })
      const kept = new Set(entries.map((e) => e.item))
      const held = new Set([NEWEST_ITEM, ...before.entries.map((e) => e.item)])
      const dropped = [...held].filter((item) => !kept.has(item))
      if (dropped.length) await area.remove(dropped)
    })
    queue = next.catch(() => undefined)
    return queue.then(() => undefined)
  }
  const sharesKey = (entry: RecentEntry, keys: readonly string[]) => entry.keys.some((k) => keys.includes(k))
  return {
    remember({ keys, version, analysis }: RecentAnalysis): Promise<void> {
      if (!keys.length) return Promise.resolve()
      const chars = JSON.stringify(analysis).length
      return update(({ entries, newest }) => {
        const others = entries.filter((e) => !sharesKey(e, keys))
        if (chars > MAX_CHARS) return { entries: others }
        const kept: RecentEntry[] = [{ keys, version, item: NEWEST_ITEM, chars }]
        const items: Record<string, unknown> = { [NEWEST_ITEM]: analysis }
        let total = chars
        for (const e of others) {
          if (kept.length >= MAX_ENTRIES || total + e.chars > MAX_CHARS) break
          if (e.item === NEWEST_ITEM) {
            // The copy that was the newest moves to an item of its own (unless it was lost or damaged).
            if (!isAnalysedDoc(newest)) continue
            const item = copyItem(e.keys)
            items[item] = newest
            kept.push({ ...e, item })
          } else {
            kept.push(e)
          }
          total += e.chars
        }
        return { entries: kept, items }
      })
    },
    forget(key?: string): Promise<void> {
      return update(({ entries }) => ({ entries: key === undefined ? [] : entries.filter((e) => !e.keys.includes(key)) }))
    },
  }
}

/** The browser's storage.session, where it has one (Chrome 102+, Firefox 115+). */
export function sessionArea(storage: { session?: unknown } | undefined): SessionArea | undefined {
  const session = storage?.session as SessionArea | undefined
  return session && typeof session.get === 'function' && typeof session.set === 'function' && typeof session.remove === 'function' ? session : undefined
}
