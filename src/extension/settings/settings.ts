/**
 * The reader's settings: one object in storage.sync (so it follows the reader to their other machines),
 * read through `sanitizeSettings` because synced storage may hold values from an older or newer version.
 */

export type FontChoice = 'naskh' | 'amiri' | 'system'
export type ThemeChoice = 'auto' | 'light' | 'sepia' | 'dark'
export type WidthChoice = 'narrow' | 'medium' | 'wide'
export type HighlightType = 'person' | 'organization' | 'place' | 'figure'

export const HIGHLIGHT_TYPES: readonly HighlightType[] = ['person', 'organization', 'place', 'figure']

export interface Settings {
  font: FontChoice
  /** Body text size in CSS px. */
  fontSize: number
  /** Unitless line height of the body text. */
  lineHeight: number
  width: WidthChoice
  theme: ThemeChoice
  /** Which highlight types are shown; hidden types keep their text, only the colour goes. */
  highlights: Record<HighlightType, boolean>
  /** Summary length asked of the engine (3 to 5 sentences). */
  summarySentences: number
}

/**
 * Size and line-height bounds: below 14 px Naskh's dots and vowel marks blur together; above 28 px the
 * popup (≤ 800 px wide) holds too few words a line. Arabic needs more leading than Latin (stacked dots
 * and marks above and below the line), hence the 1.5 floor.
 */
export const LIMITS = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.5, max: 2.4, step: 0.1 },
  summarySentences: { min: 3, max: 5 },
} as const

export const DEFAULT_SETTINGS: Settings = {
  font: 'naskh',
  fontSize: 19,
  lineHeight: 1.9,
  width: 'medium',
  theme: 'auto',
  highlights: { person: true, organization: true, place: true, figure: true },
  summarySentences: 3,
}

export const FONT_CHOICES: readonly FontChoice[] = ['naskh', 'amiri', 'system']
export const THEME_CHOICES: readonly ThemeChoice[] = ['auto', 'light', 'sepia', 'dark']
export const WIDTH_CHOICES: readonly WidthChoice[] = ['narrow', 'medium', 'wide']

function oneOf<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value) ? (value as T) : fallback
}

function inRange(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback
}

/** Whatever storage holds, a complete and valid Settings: unknown keys dropped, bad values defaulted. */
export function sanitizeSettings(raw: unknown): Settings {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const d = DEFAULT_SETTINGS
  const rawHighlights = (typeof s.highlights === 'object' && s.highlights !== null ? s.highlights : {}) as Record<string, unknown>
  const highlights = { ...d.highlights }
  for (const type of HIGHLIGHT_TYPES) if (typeof rawHighlights[type] === 'boolean') highlights[type] = rawHighlights[type] as boolean
  return {
    font: oneOf(s.font, FONT_CHOICES, d.font),
    fontSize: Math.round(inRange(s.fontSize, LIMITS.fontSize.min, LIMITS.fontSize.max, d.fontSize)),
    // One decimal: 0.1 steps added as floats drift (1.9000000000000001) and would show in the control.
    lineHeight: Math.round(inRange(s.lineHeight, LIMITS.lineHeight.min, LIMITS.lineHeight.max, d.lineHeight) * 10) / 10,
    width: oneOf(s.width, WIDTH_CHOICES, d.width),
    theme: oneOf(s.theme, THEME_CHOICES, d.theme),
    highlights,
    summarySentences: Math.round(
      inRange(s.summarySentences, LIMITS.summarySentences.min, LIMITS.summarySentences.max, d.summarySentences),
    ),
  }
}
