import type { PeekResult } from '../messages.ts'
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../settings/settings.ts'

/** Where early-peek.ts leaves its request for the reader's module (a global: they are two scripts). */
export const EARLY_PEEK_GLOBAL = '__qariEarlyPeek'

/** Raised by early-peek.ts as it starts, whether or not it then peeks (early-peek-ran.ts). */
export const EARLY_PEEK_RAN_GLOBAL = '__qariEarlyPeekRan'

/** Where early-peek.ts leaves the stored settings it read (it needs the summary length for its look-up). */
export const EARLY_SETTINGS_GLOBAL = '__qariEarlySettings'

interface EarlyPeek {
  tabId: number | undefined
  /** The raw reply envelope ({ok, value} | {ok: false, error}), not yet checked. */
  reply: Promise<unknown>
}

/**
 * The early peek's answer for `tabId`, once (a second peek, after a change of summary length, asks the
 * worker again); undefined when the script did not run or asked for another tab. The reply is checked
 * like any other: anything but a well-formed answer is a miss.
 */
export function takeEarlyPeek(tabId: number | undefined): Promise<PeekResult> | undefined {
  const store = globalThis as Record<string, unknown>
  const early = store[EARLY_PEEK_GLOBAL] as EarlyPeek | undefined
  delete store[EARLY_PEEK_GLOBAL]
  if (!early || typeof early !== 'object' || !(early.reply instanceof Promise) || early.tabId !== tabId) return undefined
  return early.reply.then(toPeekResult, () => ({ status: 'miss' }) as const)
}

/** A reply envelope as a PeekResult: anything but a well-formed answer is a miss. */
export function toPeekResult(reply: unknown): PeekResult {
  const envelope = reply as { ok?: unknown; value?: { status?: unknown; doc?: unknown } } | undefined
  const value = envelope?.ok === true ? envelope.value : undefined
  if (value?.status === 'ok' && typeof value.doc === 'object' && value.doc !== null) return value as PeekResult
  return { status: 'miss' }
}

/**
 * The stored settings the early script already asked for, once, checked like any stored value; undefined
 * when the script did not run. The reader uses them instead of asking again: its own request, made once
 * it has rendered, was answered some 60–80 ms after the cached article was on screen (bench, headless
 * Chromium), which then changed its theme, size and highlights under the reader's eyes.
 */
export function takeEarlySettings(): Promise<Settings> | undefined {
  const store = globalThis as Record<string, unknown>
  const early = store[EARLY_SETTINGS_GLOBAL]
  delete store[EARLY_SETTINGS_GLOBAL]
  if (!(early instanceof Promise)) return undefined
  return early.then(sanitizeSettings, () => ({ ...DEFAULT_SETTINGS }))
}

/**
 * Calls `start` once the page's early-peek.js has run: at once when it has, or when the page loads none;
 * after its load or error event when it is still on its way. The early script is async, so that it runs
 * the moment it arrives instead of after the style sheet as a deferred one would (~25 ms of a reopened
 * article); now and then the page's deferred script arrived first (one traced open in seven), found
 * no peek and asked the worker, which a stopped worker answers only once woken (~140 ms).
 */
export function afterEarlyPeek(start: () => void, doc: Document = document): void {
  const script = doc.querySelector<HTMLScriptElement>('script[src$="early-peek.js"]')
  if (!script || (globalThis as Record<string, unknown>)[EARLY_PEEK_RAN_GLOBAL] === true) {
    start()
    return
  }
  let started = false
  const once = () => {
    if (started) return
    started = true
    start()
  }
  // A classic script's load event follows its run, even when it threw.
  script.addEventListener('load', once, { once: true })
  script.addEventListener('error', once, { once: true })
}
