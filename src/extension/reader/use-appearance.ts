import { useEffect, useState } from 'preact/hooks'
import { useSettings } from '../settings/use-settings.ts'
import { applyAppearance, watchSystemTheme } from './appearance.ts'

/** Live settings, applied to the page as they change (and as the system theme changes under 'auto'). */
export function useAppearance() {
  const state = useSettings()
  const [systemTick, setSystemTick] = useState(0)
  useEffect(() => watchSystemTheme(() => setSystemTick((n) => n + 1)), [])
  useEffect(() => {
    applyAppearance(state.settings)
  }, [state.settings, systemTick])
  return state
}
