import { describe, expect, it } from 'vitest'
import { joinBlocks, type ArticleDoc } from '../../../src/engine/doc.ts'
import { collectMarks, resolveOverlaps, segmentBlock, type Mark } from '../../../src/extension/reader/highlights.ts'

const mark = (start: number, end: number, type: Mark['type'] = 'person', ref = `e:${start}`): Mark => ({ start, end, type, ref, mention: 0 })

/** The pieces of a block put back together must give exactly the block's text, once. */
function rejoin(text: string, runs: ReturnType<typeof segmentBlock>): string {
  return runs.flatMap((r) => r.pieces).map((p) => text.slice(p.start, p.end)).join('')
}

describe('resolveOverlaps', () => {
  it.each([
    ['disjoint marks stay', [mark(0, 3), mark(5, 8)], [[0, 3], [5, 8]]],
    ['a nested mark loses to the outer one', [mark(0, 10), mark(2, 4)], [[0, 10]]],
    ['a crossing mark keeps its tail', [mark(0, 5), mark(3, 9)], [[0, 5], [5, 9]]],
    ['touching marks both stay', [mark(0, 5), mark(5, 9)], [[0, 5], [5, 9]]],
    ['a mark inside a crossed one goes', [mark(0, 5), mark(3, 9), mark(6, 8)], [[0, 5], [5, 9]]],
  ])('%s', (_name, input, spans) => {
    expect(resolveOverlaps(input).map((m) => [m.start, m.end])).toEqual(spans)
  })
})

describe('collectMarks', () => {
  const base = joinBlocks([{ kind: 'paragraph', text: 'زار بوتين موسكو مع 3 وزراء' }])
  const doc: ArticleDoc = {
    url: 'https://x.example/', lang: 'ar', dir: 'rtl', title: 't', ...base,
    entities: [
      { id: 'p', type: 'person', name: 'بوتين', mentions: [{ start: 4, end: 9 }] },
      { id: 'm', type: 'other', name: 'x', mentions: [{ start: 0, end: 3 }] },
      { id: 'bad', type: 'place', name: 'y', mentions: [{ start: 20, end: 999 }, { start: 5, end: 5 }] },
    ],
    figures: [{ start: 19, end: 20, text: '3', kind: 'number', value: 3 }],
  }

  it('takes people, organisations, places and figures, and drops other names and bad spans', () => {
    expect(collectMarks(doc).map((m) => [m.type, doc.text.slice(m.start, m.end)])).toEqual([
      ['person', 'بوتين'],
      ['figure', '3'],
    ])
  })
})

describe('segmentBlock', () => {
  const text = 'أ'.repeat(30)

  it('clips a mark that crosses the block boundary to the block', () => {
    const runs = segmentBlock(10, 20, [], [mark(5, 12), mark(18, 25)])
    const marked = runs.flatMap((r) => r.pieces).filter((p) => p.mark)
    expect(marked.map((p) => [p.start, p.end, p.first])).toEqual([[10, 12, false], [18, 20, true]])
    expect(rejoin(text, runs)).toBe(text.slice(10, 20))
  })

  it('cuts summary sentences into their own runs and splits a mark across them', () => {
    const runs = segmentBlock(0, 20, [{ start: 5, end: 12 }], [mark(10, 15)])
    expect(runs.map((r) => [r.start, r.end, r.summary])).toEqual([[0, 5, undefined], [5, 12, 0], [12, 20, undefined]])
    expect(runs[1]!.pieces.at(-1)).toMatchObject({ start: 10, end: 12, first: true })
    expect(runs[2]!.pieces[0]).toMatchObject({ start: 12, end: 15, first: false })
    expect(rejoin(text, runs)).toBe(text.slice(0, 20))
  })

  it('clips a summary sentence that spans two blocks', () => {
    const runs = segmentBlock(10, 20, [{ start: 0, end: 15 }], [])
    expect(runs.map((r) => [r.start, r.end, r.summary])).toEqual([[10, 15, 0], [15, 20, undefined]])
  })

  it('renders every character exactly once for random marks', () => {
    for (let trial = 0; trial < 200; trial++) {
      const marks: Mark[] = []
      for (let i = 0; i < 6; i++) {
        const s = Math.floor(Math.random() * 30)
        marks.push(mark(s, s + 1 + Math.floor(Math.random() * 8)))
      }
      const clean = resolveOverlaps(marks.sort((a, b) => a.start - b.start || b.end - a.end))
      const runs = segmentBlock(4, 26, [{ start: 2, end: 9 }, { start: 15, end: 22 }], clean)
      expect(rejoin(text, runs)).toBe(text.slice(4, 26))
      const pieces = runs.flatMap((r) => r.pieces)
      pieces.forEach((p, i) => i > 0 && expect(p.start).toBe(pieces[i - 1]!.end))
    }
  })
})
