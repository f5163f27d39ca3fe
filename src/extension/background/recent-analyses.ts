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
 * The IndexedDB cache stays the truth and the history; this holds copies. Never a private window's
 * analysis (the worker keeps those in its memory only). Deleting an article from the history, or clearing
 * it, deletes its copy here too.
 */

/** One served analysis and the addresses it answers for. */
export interface RecentAnalysis {
  /** cacheKey of the article's canonical address and of the address it was read at. */
  keys: string[]
  /** analysisVersion: engine, model and summary length. */
  version: string
  analysis: ArticleDoc
  /** Length of the analysis as JSON, measured once when it is remembered (the budget counts it). */
  chars?: number
}

/** What this module needs of storage.session (a fake in tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
}

const STORAGE_KEY = 'recentAnalyses'
/** A handful: the articles a reader goes back to within a session. */
const MAX_ENTRIES = 4
/** Of storage.session's 10 MB (Chrome); one long article's analysis is a few hundred KB as JSON. */
const MAX_CHARS = 3_000_000

export function isRecentAnalysis(value: unknown): value is RecentAnalysis {
  const entry = value as Partial<RecentAnalysis> | null
  return (
    typeof entry === 'object' && entry !== null && Array.isArray(entry.keys) && entry.keys.every((k) => typeof k === 'string') &&
    typeof entry.version === 'string' && (entry.chars === undefined || typeof entry.chars === 'number') && isAnalysedDoc(entry.analysis)
  )
}

/** The copies held now, most recent first; anything malformed is left out, any failure is none. */
export async function readRecent(area: SessionArea | undefined): Promise<RecentAnalysis[]> {
  if (!area) return []
  try {
    const stored = (await area.get(STORAGE_KEY))[STORAGE_KEY]
    return Array.isArray(stored) ? stored.filter(isRecentAnalysis) : []
  } catch {
    return []
  }
}

/** The analysis held for an address at this version, if any. */
export function findRecent(entries: readonly RecentAnalysis[], pageKey: string, version: string): ArticleDoc | undefined {
  return entries.find((entry) => entry.version === version && entry.keys.includes(pageKey))?.analysis
}

export interface RecentAnalyses {
  remember(entry: RecentAnalysis): Promise<void>
  /** Drops the copies of one article (by any of its keys), or all of them. */
  forget(key?: string): Promise<void>
}

/**
 * Keeps copies of served analyses, newest first, within MAX_ENTRIES and MAX_CHARS. Writes run one after
 * another (each reads what the last wrote), and a failure (no storage.session, quota) only loses the copy.
 */
export function createRecentAnalyses(area: SessionArea | undefined): RecentAnalyses {
  let queue: Promise<unknown> = Promise.resolve()
  const update = (change: (entries: RecentAnalysis[]) => RecentAnalysis[]): Promise<void> => {
    const next = queue.then(async () => {
      if (!area) return
      await area.set({ [STORAGE_KEY]: change(await readRecent(area)) })
    })
    queue = next.catch(() => undefined)
    return queue.then(() => undefined)
  }
  return {
    remember(entry: RecentAnalysis): Promise<void> {
      const size = JSON.stringify(entry.analysis).length
      return update((entries) => {
        if (size > MAX_CHARS) return entries.filter((e) => !e.keys.some((k) => entry.keys.includes(k)))
        const kept: RecentAnalysis[] = [{ ...entry, chars: size }]
        let chars = size
        for (const e of entries) {
          if (e.keys.some((k) => entry.keys.includes(k))) continue
          const more = e.chars ?? JSON.stringify(e.analysis).length
          if (kept.length >= MAX_ENTRIES || chars + more > MAX_CHARS) break
          kept.push(e)
          chars += more
        }
        return kept
      })
    },
    forget(key?: string): Promise<void> {
      return update((entries) => (key === undefined ? [] : entries.filter((e) => !e.keys.includes(key))))
    },
  }
}

/** The browser's storage.session, where it has one (Chrome 102+, Firefox 115+). */
export function sessionArea(storage: { session?: unknown } | undefined): SessionArea | undefined {
  const session = storage?.session as SessionArea | undefined
  return session && typeof session.get === 'function' && typeof session.set === 'function' ? session : undefined
}
