import { describe, expect, it } from 'vitest'
import { parseDigits } from '../../../src/engine/figures/digit-value.ts'

describe('parseDigits (ASCII digits as the scanner folds them)', () => {
  it.each<[string, number | undefined]>([
    ['1400', 1400],
    ['1,400', 1400],
    ['1,234,567', 1234567],
    ['2.5', 2.5],
    ['1.234.567', 1234567],
    ['0,08', 0.08],
    ['4,8', 4.8],
    ['9,2321312', 9.2321312],
    ['1\u066C400', 1400],
    ['3\u066B5', 3.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1e10', 1e10],
    ['192.168.1.2', undefined],
  ])('%s → %s', (raw, value) => {
    expect(parseDigits(raw)).toBe(value)
  })
})
