import type { PeekResult } from '../messages.ts'
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../settings/settings.ts'

/** Where early-peek.ts leaves its request for the reader's module (a global: they are two scripts). */
export const EARLY_PEEK_GLOBAL = '__qariEarlyPeek'

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
