import { useCallback, useLayoutEffect, useState } from 'preact/hooks'
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './settings.ts'
import { loadSettings, saveSettings, subscribeSettings } from './settings-store.ts'

/**
 * The current settings for a Preact view, live: a change saved anywhere re-renders here. `update`
 * applies at once (optimistically) and then persists. `stored`: the stored settings when another script
 * of the page already asked for them (takeEarlySettings); otherwise they are read here.
 */
export function useSettings(stored?: Promise<Settings>): { settings: Settings; loaded: boolean; update: (change: Partial<Settings>) => void } {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [loaded, setLoaded] = useState(false)

  // A layout effect: the request leaves with the first render, not a frame later.
  useLayoutEffect(() => {
    let live = true
    const unsubscribe = subscribeSettings((next) => live && setSettings(next))
    ;(stored ?? loadSettings()).then((s) => {
      if (!live) return
      setSettings(s)
      setLoaded(true)
    })
    return () => {
      live = false
      unsubscribe()
    }
  }, [])

  const update = useCallback((change: Partial<Settings>) => {
    setSettings((current) => sanitizeSettings({ ...current, ...change }))
    void saveSettings(change)
  }, [])

  return { settings, loaded, update }
}
