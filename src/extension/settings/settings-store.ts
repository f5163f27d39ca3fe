/**
 * Settings in storage.sync: load, save a change, and hear changes made anywhere (the options page, the
 * popup, another open reader), so every open reader applies them at once. Storage failures never break
 * the reader: it falls back to the defaults.
 */
import browser from 'webextension-polyfill'
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './settings.ts'

/** One key for the whole object: a handful of small values, well under sync's 8 KB per item. */
export const SETTINGS_KEY = 'settings'

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY)
    return sanitizeSettings(stored[SETTINGS_KEY])
  } catch {
    return { ...DEFAULT_SETTINGS }
  }
}

/** Merges `change` into the stored settings and returns the result as stored. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...change })
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: next })
  } catch {
    // Sync quota or storage unavailable: the change still applies in this reader, it just is not kept.
  }
  return next
}

/** Calls `listener` with the new settings whenever they change in storage.sync; returns the unsubscribe. */
export function subscribeSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) listener(sanitizeSettings(changes[SETTINGS_KEY]?.newValue))
  }
  browser.storage.onChanged.addListener(onChanged)
  return () => browser.storage.onChanged.removeListener(onChanged)
}
