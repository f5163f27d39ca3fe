import { useCallback, useEffect, useState } from 'preact/hooks'
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './settings.ts'
import { loadSettings, saveSettings, subscribeSettings } from './settings-store.ts'

/**
 * The current settings for a Preact view, live: a change saved anywhere re-renders here. `update`
 * applies at once (optimistically) and then persists.
 */
export function useSettings(): { settings: Settings; loaded: boolean; update: (change: Partial<Settings>) => void } {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [loaded, setLoaded] = useState(false)

  useEffect(() => {
    let live = true
    const unsubscribe = subscribeSettings((next) => live && setSettings(next))
    loadSettings().then((s) => {
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
