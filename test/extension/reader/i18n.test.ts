import { describe, expect, it } from 'vitest'
import { fakeBrowser } from '@webext-core/fake-browser'
import ar from '../../../public/_locales/ar/messages.json' with { type: 'json' }
import { applyUiLanguage, isRtlLanguage, plural, t, uiLanguage } from '../../../src/extension/reader/i18n.ts'
import { entityLabel, figureLabel } from '../../../src/extension/reader/labels.ts'

/** Answers from the Arabic catalogue, substituting placeholders the way the browser does. */
function useArabic(uiLanguageTag = 'ar') {
  const catalogue = ar as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) => {
    const entry = catalogue[key]
    if (!entry) return ''
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/gu, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? ''
      return content.replace(/\$(\d)/gu, (__, n: string) => subs?.[Number(n) - 1] ?? '')
    })
  }) as typeof fakeBrowser.i18n.getMessage
  fakeBrowser.i18n.getUILanguage = (() => uiLanguageTag) as typeof fakeBrowser.i18n.getUILanguage
}

describe('the UI language', () => {
  it('is the language of the catalogue in use, even when getUILanguage disagrees (Chromium --lang)', () => {
    useArabic('en-US')
    expect(uiLanguage()).toBe('ar')
  })

  it('keeps the browser region when it agrees, for its calendar and digits', () => {
    useArabic('ar-SA')
    expect(uiLanguage()).toBe('ar-SA')
  })

  it('lays the page out right to left in Arabic', () => {
    useArabic()
    const root = document.createElement('html')
    applyUiLanguage(root)
    expect(root.dir).toBe('rtl')
    expect(root.lang).toBe('ar')
  })

  it('lays the page out left to right in English', () => {
    const root = document.createElement('html')
    applyUiLanguage(root)
    expect(root.dir).toBe('ltr')
  })

  it.each([
    ['ar', true],
    ['fa-IR', true],
    ['ur', true],
    ['en-US', false],
    ['fr', false],
  ])('%s is right to left: %s', (lang, rtl) => {
    expect(isRtlLanguage(lang)).toBe(rtl)
  })
})

describe('Arabic labels', () => {
  // Digits as Intl writes them for 'ar' (Latin in current CLDR, as the browsers do).
  const n = (x: number) => new Intl.NumberFormat('ar').format(x)
  it.each([
    [1, 'إشارة واحدة'],
    [2, 'إشارتان'],
    [3, `${n(3)} إشارات`],
    [11, `${n(11)} إشارة`],
    [100, `${n(100)} إشارة`],
  ])('%i mentions reads "%s"', (count, text) => {
    useArabic()
    expect(plural('mentions', count)).toBe(text)
  })

  it('labels a highlight as the issue shows it', () => {
    useArabic()
    const label = entityLabel({ id: 'e', type: 'person', name: 'دميتري بيسكوف', mentions: [{ start: 0, end: 1 }, { start: 2, end: 3 }] })
    expect(label).toBe('شخص: \u2068دميتري بيسكوف\u2069 — إشارتان')
    expect(figureLabel({ start: 0, end: 1, text: 'سبعة آلاف', kind: 'number', value: 7000 })).toBe(`رقم: \u2068${new Intl.NumberFormat('ar').format(7000)}\u2069`)
  })

  it('substitutes placeholders', () => {
    useArabic()
    expect(t('summarySentencesOption', '٤')).toBe('٤ جمل')
  })
})
