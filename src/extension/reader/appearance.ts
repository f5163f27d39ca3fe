/**
 * Applies the settings that shape the page (theme, font, size, leading, width) to the document root as
 * CSS variables, and follows the system colour scheme while the theme is 'auto'.
 */
import type { FontChoice, Settings, ThemeChoice, WidthChoice } from '../settings/settings.ts'
import { PALETTES, paletteVariables, type ThemeName } from './themes.ts'

/**
 * The shipped fonts first (Arabic subset only); Latin letters and digits fall through to a Times-like
 * serif, whose x-height sits with Naskh's (DejaVu Serif, Linux's default serif, sets digits a size larger).
 */
export const FONT_STACKS: Record<FontChoice, string> = {
  naskh: "'Noto Naskh Arabic', 'Amiri', Georgia, 'Times New Roman', 'Liberation Serif', serif",
  amiri: "'Amiri', 'Noto Naskh Arabic', Georgia, 'Times New Roman', 'Liberation Serif', serif",
  system: "system-ui, 'Segoe UI', 'Noto Sans Arabic', Tahoma, sans-serif",
}

/** Column widths: about 9, 11 and 14 Arabic words a line at the default size. */
export const WIDTHS: Record<WidthChoice, string> = { narrow: '32em', medium: '40em', wide: '52em' }

const DARK_QUERY = '(prefers-color-scheme: dark)'

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): ThemeName {
  return choice === 'auto' ? (systemDark ? 'dark' : 'light') : choice
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches
}

export function applyAppearance(settings: Settings, root: HTMLElement = document.documentElement): ThemeName {
  const theme = resolveTheme(settings.theme, systemPrefersDark())
  const vars: Record<string, string> = {
    ...paletteVariables(PALETTES[theme]),
    '--reader-font': FONT_STACKS[settings.font],
    '--reader-size': `${settings.fontSize}px`,
    '--reader-leading': String(settings.lineHeight),
    '--reader-measure': WIDTHS[settings.width],
  }
  for (const [name, value] of Object.entries(vars)) root.style.setProperty(name, value)
  root.dataset.theme = theme
  root.style.colorScheme = theme === 'dark' ? 'dark' : 'light'
  return theme
}

/** Calls `onChange` when the system switches between light and dark; returns the unsubscribe. */
export function watchSystemTheme(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {}
  const query = matchMedia(DARK_QUERY)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}
