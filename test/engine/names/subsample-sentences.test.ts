import { describe, expect, it } from 'vitest'
import { subsampleSentences } from '../../../src/engine/names/training/subsample-sentences.ts'

describe('subsampleSentences', () => {
  it('keeps the requested share of sentences, the same for the same seed', () => {
    const kept = subsampleSentences(1000, 0.89, 7)
    expect(kept).toHaveLength(1000)
    expect(kept.filter(Boolean)).toHaveLength(890)
    expect(subsampleSentences(1000, 0.89, 7)).toEqual(kept)
    expect(subsampleSentences(1000, 0.89, 8)).not.toEqual(kept)
  })

  it('keeps or drops runs of consecutive sentences together', () => {
    const kept = subsampleSentences(95, 0.5, 3, 10)
    // 10 runs (the last of 5 sentences), 5 of them kept.
    const runs = Array.from({ length: 10 }, (_, k) => kept.slice(k * 10, k * 10 + 10))
    for (const run of runs) expect(new Set(run).size).toBe(1)
    expect(runs.filter((run) => run[0])).toHaveLength(5)
  })

  it('keeps everything at share 1 and nothing at 0', () => {
    expect(subsampleSentences(5, 1, 1).every(Boolean)).toBe(true)
    expect(subsampleSentences(5, 0, 1).some(Boolean)).toBe(false)
  })
})
