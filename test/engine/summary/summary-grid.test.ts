import { describe, expect, it } from 'vitest'
import { bestSetting, chooseHeldOut, gridSettings, WEIGHT_GRID } from '../../../scripts/summary-grid.ts'
import { DEFAULT_WEIGHTS } from '../../../src/engine/summary/score-sentences.ts'

describe('gridSettings', () => {
  it('is every combination of the grid, the other weights as shipped, the shipped setting among them', () => {
    const settings = gridSettings()
    const size = Object.values(WEIGHT_GRID).reduce((n, values) => n * values.length, 1)
    expect(settings).toHaveLength(size)
    expect(settings.every((s) => s.figures === DEFAULT_WEIGHTS.figures && s.title === DEFAULT_WEIGHTS.title && s.dependent === DEFAULT_WEIGHTS.dependent)).toBe(true)
    expect(settings.some((s) => (Object.keys(DEFAULT_WEIGHTS) as (keyof typeof s)[]).every((k) => s[k] === DEFAULT_WEIGHTS[k]))).toBe(true)
  })
})

describe('held-out choice', () => {
  // Gains[setting][article][length]: setting 0 wins on articles 0 and 1, setting 1 only on article 2.
  const gains = [
    [[0.05], [0.05], [0]],
    [[0], [0], [0.2]],
  ]

  it('picks the setting with the highest summed gain, ties to the first', () => {
    expect(bestSetting(gains, [0, 1, 2])).toBe(1)
    expect(bestSetting(gains, [0, 1])).toBe(0)
    expect(bestSetting([[[0]], [[0]]], [0])).toBe(0)
  })

  it('chooses each article’s setting without that article (leave-one-out) or without its group', () => {
    expect(chooseHeldOut(gains, 3, (i) => i)).toEqual([1, 1, 0])
    expect(chooseHeldOut(gains, 3, (i) => (i === 2 ? 1 : 0))).toEqual([1, 1, 0])
  })
})
