import { describe, expect, it } from 'vitest'
import { scanTokens } from '../../../src/engine/figures/scan-tokens.ts'

describe('scanTokens', () => {
  it.each([
    ['1,400', [['number', '1,400']]],
    ['١٬٤٠٠ و٣٫٥', [['number', '1٬400'], ['word', 'و'], ['number', '3٫5']]],
    ['١٠٠٪\u061C.', [['number', '100'], ['symbol', '٪'], ['symbol', '.']]],
    ['الـ36', [['word', 'ال'], ['number', '36']]],
    ['1e10 1e2x', [['number', '1e10'], ['number', '1'], ['word', 'e'], ['number', '2'], ['word', 'x']]],
  ])('%j', (text, expected) => {
    expect(scanTokens(text).map((t) => [t.type, t.norm])).toEqual(expected)
  })

  it('marks glue and line breaks', () => {
    const [a, b, c] = scanTokens('و20\n\nثلاثة')
    expect([a.glued, b.glued, c.glued, c.breakBefore]).toEqual([false, true, false, true])
  })
})
