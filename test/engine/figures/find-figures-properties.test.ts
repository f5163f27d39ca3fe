import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findFiguresInText } from '../../../src/engine/components/find-figures.ts'

/** Pieces of Arabic news text that figures are made of, shuffled into arbitrary sequences. */
const PIECES = [
  'قتل', ' ', '  ', '\n\n', '،', '.', '/', '-', '%', '٪', ':', 'و', 'من', 'إلى', 'بين', 'أكثر', 'نحو', '1400', '١٤٠٠',
  '2.5', '1,400', 'سبعة', 'آلاف', 'مليون', 'دولار', 'شخص', 'السابع', 'أكتوبر', 'تشرين', 'الأول', 'الساعة',
  'الرابعة', 'عصرا', '16', '40', 'أسابيع', 'ثلاثة', 'عام', '2023', 'فرانس24', 'كوفيد', 'ونصف', 'الـ', 'ـ', 'ً',
]

describe('findFiguresInText on arbitrary sequences of figure pieces', () => {
  it('returns sorted, non-overlapping figures whose text is the source slice', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        const figures = findFiguresInText(text)
        let last = 0
        for (const f of figures) {
          expect(f.start).toBeGreaterThanOrEqual(last)
          expect(f.end).toBeGreaterThan(f.start)
          expect(text.slice(f.start, f.end)).toBe(f.text)
          if (f.value !== undefined) expect(Number.isFinite(f.value)).toBe(true)
          last = f.end
        }
      }),
      { numRuns: 300 },
    )
  })

  it('stays linear on long runs of digits, separators and conjunctions', { timeout: 60_000 }, () => {
    // Each input is ~100 kB of the densest figure text possible; a quadratic scan would take minutes.
    const inputs = ['1,'.repeat(50_000), '١٬'.repeat(50_000), 'و'.repeat(100_000), 'ثلاثة و'.repeat(10_000), '1/'.repeat(20_000), '- '.repeat(50_000), 'ألف و'.repeat(10_000), 'بين 1 و'.repeat(10_000)]
    for (const text of inputs) {
      const t0 = performance.now()
      findFiguresInText(text)
      expect(performance.now() - t0, JSON.stringify(text.slice(0, 8))).toBeLessThan(5000)
    }
  })
})
