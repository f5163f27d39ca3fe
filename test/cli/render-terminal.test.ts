import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/engine/doc.ts'
import { describeFigure } from '../../src/cli/render-terminal.ts'

const figure = (f: Partial<Figure>): Figure => ({ start: 0, end: 1, text: 'x', kind: 'number', ...f })

describe('the terminal reader describes a figure', () => {
  it.each([
    ['a range with both ends grouped', figure({ kind: 'money', value: 12000, valueTo: 26000, currency: 'USD', approx: 'about' }), 'about 12,000–26,000 USD'],
    ['a count with its unit', figure({ kind: 'count', value: 1200, unit: 'person' }), '1,200 person'],
    ['a plain number that reads as a year, ungrouped', figure({ text: '2040', value: 2040 }), '2040'],
    ['a range of years, ungrouped', figure({ kind: 'range', text: '2024-2025', value: 2024, valueTo: 2025 }), '2024–2025'],
    ['a percentage with its sign', figure({ kind: 'percent', value: 85 }), '85%'],
    ['a date as day/month/year', figure({ kind: 'date', date: { year: 2024, month: 3, day: 2 } }), '2/3/2024'],
  ])('%s', (_name, f, text) => {
    expect(describeFigure(f)).toBe(text)
  })
})

describe('the terminal reader shows a table row', () => {
  it('with a bar between its cells', async () => {
    const { joinBlocks } = await import('../../src/engine/doc.ts')
    const { renderTerminal } = await import('../../src/cli/render-terminal.ts')
    const doc = { url: 'https://x.example/', lang: 'ar', dir: 'rtl' as const, title: 'أرباح', ...joinBlocks([{ kind: 'table-row', text: 'المبيعات\t251.0\t312.7' }]) }
    expect(renderTerminal(doc, { color: false })).toContain('المبيعات │ 251.0 │ 312.7')
  })
})
