/**
 * The colours of each theme in one table, so a unit test can hold every pair to WCAG AA (4.5:1 for text,
 * 3:1 for borders and focus rings) and the stylesheet only ever reads variables. Highlight backgrounds
 * carry the body text (fg) and differ by hue; each type also has its own underline style (solid, dashed,
 * dotted, double) so the types stay apart for readers who do not see the hues.
 */
import type { HighlightType, ThemeChoice } from '../settings/settings.ts'

export type ThemeName = Exclude<ThemeChoice, 'auto'>

export interface Palette {
  bg: string
  /** Panels, toolbar, buttons. */
  surface: string
  fg: string
  muted: string
  accent: string
  rule: string
  focus: string
  /** Highlight background (behind fg text) and its underline colour. */
  highlight: Record<HighlightType, { bg: string; line: string }>
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    bg: '#fbfaf7',
    surface: '#f0ede4',
    fg: '#1d1d1b',
    muted: '#55544e',
    accent: '#0a6649',
    rule: '#8c887c',
    focus: '#1a4fd6',
    highlight: {
      person: { bg: '#ffdcb8', line: '#a14e00' },
      organization: { bg: '#d3e4ff', line: '#1f58b3' },
      place: { bg: '#cfeccf', line: '#2a6e2e' },
      figure: { bg: '#f3d6f6', line: '#8a2aa3' },
    },
  },
  sepia: {
    bg: '#f4ecd8',
    surface: '#e9dec4',
    fg: '#35291b',
    muted: '#5a4730',
    accent: '#7a3f0c',
    rule: '#8f7b5c',
    focus: '#1a4fd6',
    highlight: {
      person: { bg: '#f6cd9f', line: '#8f4300' },
      organization: { bg: '#c9dbf2', line: '#1f58b3' },
      place: { bg: '#cde3b8', line: '#2a6e2e' },
      figure: { bg: '#e8cbe9', line: '#7f2596' },
    },
  },
  dark: {
    bg: '#16181b',
    surface: '#23262b',
    fg: '#ebe9e4',
    muted: '#aeaba2',
    accent: '#6fd6ae',
    rule: '#7a7f88',
    focus: '#8ab4ff',
    highlight: {
      person: { bg: '#5a3212', line: '#f0a35e' },
      organization: { bg: '#163a66', line: '#85b4f5' },
      place: { bg: '#1d4a25', line: '#84d08b' },
      figure: { bg: '#4b2056', line: '#d694e4' },
    },
  },
}

export const LINE_STYLES: Record<HighlightType, string> = {
  person: 'solid',
  organization: 'dashed',
  place: 'dotted',
  figure: 'double',
}

/** WCAG 2 relative luminance of '#rrggbb'. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** The palette as CSS custom properties. */
export function paletteVariables(p: Palette): Record<string, string> {
  const vars: Record<string, string> = {
    '--bg': p.bg,
    '--surface': p.surface,
    '--fg': p.fg,
    '--muted': p.muted,
    '--accent': p.accent,
    '--rule': p.rule,
    '--focus': p.focus,
  }
  for (const [type, { bg, line }] of Object.entries(p.highlight)) {
    vars[`--hl-${type}`] = bg
    vars[`--hl-${type}-line`] = line
    vars[`--hl-${type}-style`] = LINE_STYLES[type as HighlightType]
  }
  return vars
}
