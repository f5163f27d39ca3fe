import { describe, expect, it } from 'vitest'
import { lightStem } from '../../../src/engine/summary/light-stem.ts'

describe('lightStem', () => {
  it.each([
    ['والحركه', 'حرك'],
    ['الحركه', 'حرك'],
    ['بالقاهره', 'قاهر'],
    ['للصحافيين', 'صحاف'],
    ['مفاوضات', 'مفاوض'],
    ['مسؤولون', 'مسؤول'],
    ['كتابها', 'كتاب'],
    ['في', 'في'],
    ['ان', 'ان'],
    ['ولد', 'ولد'],
    ['وزير', 'زير'],
  ])('%s → %s', (word, stem) => {
    expect(lightStem(word)).toBe(stem)
  })

  it('never returns fewer than two letters for a word of two or more', () => {
    for (const word of ['اله', 'الي', 'وها', 'لله', 'هان']) expect(lightStem(word).length).toBeGreaterThanOrEqual(2)
  })
})
