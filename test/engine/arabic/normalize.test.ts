import { describe, expect, it } from 'vitest'
import { normalizeArabic, normalizeWithMap, toAsciiDigits, toSourceSpan } from '../../../src/engine/arabic/normalize.ts'

describe('normalizeArabic', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إسرائيل', 'اسرائيل'],
    ['آلاف', 'الاف'],
    ['مصطفى', 'مصطفي'],
    ['مدينة', 'مدينه'],
    ['مُحَمَّد', 'محمد'],
    ['جـــميل', 'جميل'],
    ['١٤٠٠', '1400'],
    ['۱۴۰۰', '1400'],
    ['ﻻ', 'لا'],
    ['کتاب', 'كتاب'],
    ['\u202Bنص\u202C', 'نص'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected)
  })
})

describe('normalizeWithMap', () => {
  it('maps a match in the normalised text back to the surface', () => {
    const source = 'قال مُحَمَّد إن'
    const normalized = normalizeWithMap(source)
    const at = normalized.norm.indexOf('محمد')
    const span = toSourceSpan(normalized, at, at + 4)
    expect(source.slice(span.start, span.end)).toBe('مُحَمَّد')
  })

  it('keeps digits one unit each', () => {
    expect(toAsciiDigits('عام ٢٠٢٣')).toBe('عام 2023')
  })
})

describe('normalizeArabicFast', () => {
  it('agrees with normalizeArabic on any text', async () => {
    const fc = (await import('fast-check')).default
    const { normalizeArabicFast } = await import('../../../src/engine/arabic/normalize.ts')
    const arabicish = fc.string({ unit: fc.integer({ min: 0, max: 0x1000 }).map((c) => String.fromCharCode(c)) })
    fc.assert(fc.property(fc.oneof(arabicish, fc.string({ unit: 'binary' })), (s) => normalizeArabicFast(s) === normalizeArabic(s)))
    expect(normalizeArabicFast('أَحْمَد ١٤٠٠ ﻻ')).toBe(normalizeArabic('أَحْمَد ١٤٠٠ ﻻ'))
  })
})
