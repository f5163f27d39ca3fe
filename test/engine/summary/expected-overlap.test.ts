import { describe, expect, it } from 'vitest'
import { selectByExpectedOverlap, type OverlapCandidate } from '../../../src/engine/summary/expected-overlap.ts'

const candidate = (probability: number, words: string): OverlapCandidate => {
  const counts = new Map<string, number>()
  for (const word of words.split(' ')) counts.set(word, (counts.get(word) ?? 0) + 1)
  return { probability, counts, length: words.split(' ').length }
}

describe('selectByExpectedOverlap', () => {
  it('takes the likeliest sentences when they say different things', () => {
    const chosen = selectByExpectedOverlap(
      [candidate(0.9, 'وفد حماس موسكو'), candidate(0.1, 'طقس مشمس اليوم'), candidate(0.8, 'مقتل 1400 شخص')],
      2,
    )
    expect([...chosen].sort()).toEqual([0, 2])
  })

  it('passes over a restatement of a sentence already chosen: its words are matched already', () => {
    const chosen = selectByExpectedOverlap(
      [candidate(0.9, 'وفد حماس في موسكو'), candidate(0.5, 'وفد حماس في موسكو'), candidate(0.5, 'مقتل 1400 شخص بالحرب')],
      2,
    )
    expect([...chosen].sort()).toEqual([0, 2])
  })

  it('returns the candidates in the order chosen, never more than there are', () => {
    const chosen = selectByExpectedOverlap([candidate(0.2, 'أ ب'), candidate(0.9, 'ج د')], 5)
    expect(chosen).toEqual([1, 0])
  })

  it('takes a sentence that needs the one before only after it (needs-sentence-before.ts)', () => {
    const candidates = [candidate(0.9, 'وفد حماس موسكو'), candidate(0.3, 'قال المتحدث الوزارة'), candidate(0.8, 'مقتل 1400 شخص')]
    expect([...selectByExpectedOverlap(candidates, 2)].sort()).toEqual([0, 2])
    // The likely third, "and he added that …", waits for the speaker's sentence, which is not likely enough.
    expect([...selectByExpectedOverlap(candidates, 2, 1, [false, false, true])].sort()).toEqual([0, 1])
    // Once the speaker's sentence is in, the one that leans on it may follow.
    expect([...selectByExpectedOverlap(candidates, 3, 1, [false, false, true])].sort()).toEqual([0, 1, 2])
  })

  it('still fills the summary when only sentences that lean on others are left', () => {
    const chosen = selectByExpectedOverlap([candidate(0.9, 'أ ب'), candidate(0.5, 'ج د'), candidate(0.5, 'هـ و')], 2, 1, [false, true, true])
    expect(chosen).toEqual([0, 1])
  })

  it('chooses nothing from nothing', () => {
    expect(selectByExpectedOverlap([], 3)).toEqual([])
  })
})
