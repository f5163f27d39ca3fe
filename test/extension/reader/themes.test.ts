import { describe, expect, it } from 'vitest'
import { contrast, PALETTES } from '../../../src/extension/reader/themes.ts'
import { resolveTheme } from '../../../src/extension/reader/appearance.ts'

// WCAG 2.1 AA: 4.5:1 for text, 3:1 for non-text (focus rings, borders that carry meaning).
describe.each(Object.entries(PALETTES))('the %s theme', (_name, p) => {
  it.each([
    ['text on the page', p.fg, p.bg],
    ['text on panels', p.fg, p.surface],
    ['muted text on the page', p.muted, p.bg],
    ['muted text on panels', p.muted, p.surface],
    ['links on the page', p.accent, p.bg],
    ['links on panels', p.accent, p.surface],
  ])('%s is AA', (_what, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5)
  })

  it.each(Object.entries(p.highlight))('text on a %s highlight is AA, and its underline stands out', (_type, hl) => {
    expect(contrast(p.fg, hl.bg)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(hl.line, hl.bg)).toBeGreaterThanOrEqual(3)
  })

  it('the focus ring stands out from the page and the panels', () => {
    expect(contrast(p.focus, p.bg)).toBeGreaterThanOrEqual(3)
    expect(contrast(p.focus, p.surface)).toBeGreaterThanOrEqual(3)
  })

  it('the highlight colours differ from each other', () => {
    const bgs = Object.values(p.highlight).map((h) => h.bg)
    expect(new Set(bgs).size).toBe(bgs.length)
  })
})

describe('resolveTheme', () => {
  it.each([
    ['auto', true, 'dark'],
    ['auto', false, 'light'],
    ['sepia', true, 'sepia'],
    ['light', true, 'light'],
  ] as const)('%s with a dark system %s is %s', (choice, dark, theme) => {
    expect(resolveTheme(choice, dark)).toBe(theme)
  })
})
