import { useEffect, useLayoutEffect, useState } from 'preact/hooks'
import type { Settings } from '../settings/settings.ts'
import { useSettings } from '../settings/use-settings.ts'
import { applyAppearance, watchSystemTheme } from './appearance.ts'

/**
 * Live settings, applied to the page as they change (and as the system theme changes under 'auto'),
 * before the browser paints them. `stored`: as for useSettings.
 */
export function useAppearance(stored?: Promise<Settings>) {
  const state = useSettings(stored)
  const [systemTick, setSystemTick] = useState(0)
  useEffect(() => watchSystemTheme(() => setSystemTick((n) => n + 1)), [])
  useLayoutEffect(() => {
    applyAppearance(state.settings)
  }, [state.settings, systemTick])
  return state
}
