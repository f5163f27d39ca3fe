import { describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from '@webext-core/fake-browser'
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../src/extension/settings/settings.ts'
import { loadSettings, saveSettings, SETTINGS_KEY, subscribeSettings } from '../../../src/extension/settings/settings-store.ts'

describe('sanitizeSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['not an object', 'dark', DEFAULT_SETTINGS],
    ['a size too large', { fontSize: 90 }, { ...DEFAULT_SETTINGS, fontSize: 28 }],
    ['a size too small', { fontSize: 2 }, { ...DEFAULT_SETTINGS, fontSize: 14 }],
    ['a drifting line height', { lineHeight: 2.0000000001 }, { ...DEFAULT_SETTINGS, lineHeight: 2 }],
    ['an unknown theme', { theme: 'neon' }, DEFAULT_SETTINGS],
    ['a summary length out of range', { summarySentences: 9 }, { ...DEFAULT_SETTINGS, summarySentences: 5 }],
    ['one highlight type off', { highlights: { figure: false, bogus: true } }, { ...DEFAULT_SETTINGS, highlights: { ...DEFAULT_SETTINGS.highlights, figure: false } }],
    ['a non-number size', { fontSize: '20' }, DEFAULT_SETTINGS],
  ])('%s', (_name, raw, expected) => {
    expect(sanitizeSettings(raw)).toEqual(expected)
  })

  it('drops unknown keys', () => {
    expect(Object.keys(sanitizeSettings({ evil: 1 }))).toEqual(Object.keys(DEFAULT_SETTINGS))
  })
})

describe('settings store', () => {
  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS)
  })

  it('saves a change into storage.sync, keeping the rest', async () => {
    await saveSettings({ theme: 'dark' })
    await saveSettings({ fontSize: 22 })
    const stored = (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]
    expect(stored).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 22 })
  })

  it('tells subscribers about changes made anywhere, and stops when unsubscribed', async () => {
    const listener = vi.fn()
    const unsubscribe = subscribeSettings(listener)
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { theme: 'sepia' } })
    expect(listener).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'sepia' })
    unsubscribe()
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { theme: 'dark' } })
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('ignores changes to other keys and other areas', async () => {
    const listener = vi.fn()
    subscribeSettings(listener)
    await fakeBrowser.storage.sync.set({ other: 1 })
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { theme: 'dark' } })
    expect(listener).not.toHaveBeenCalled()
  })

  it('falls back to the defaults when storage fails', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('unavailable'))
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS)
  })
})
