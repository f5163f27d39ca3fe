import { describe, expect, it } from 'vitest'
import type { Figure } from '../../../src/engine/doc.ts'
import { entityLabel, figureLabel, figureValue } from '../../../src/extension/reader/labels.ts'

// The unit tests answer from the English catalogue (test/setup.ts) in an English locale.
describe('labels', () => {
  it('names the type, the name and the mention count', () => {
    const label = entityLabel({ id: 'e', type: 'person', name: 'دميتري بيسكوف', mentions: [{ start: 0, end: 1 }, { start: 2, end: 3 }] })
    expect(label).toBe('Person: دميتري بيسكوف — 2 mentions')
  })

  it('uses the singular for one mention', () => {
    expect(entityLabel({ id: 'e', type: 'place', name: 'موسكو', mentions: [{ start: 0, end: 1 }] })).toBe('Place: موسكو — 1 mention')
  })

  const figure = (f: Partial<Figure>): Figure => ({ start: 0, end: 1, text: 'x', kind: 'number', ...f })

  it.each([
    ['a number', figure({ text: 'سبعة آلاف', value: 7000 }), 'Figure: 7,000'],
    ['a count with its unit and qualifier', figure({ kind: 'count', value: 220, unit: 'person', approx: 'more-than' }), 'Figure: more than 220 people'],
    ['money', figure({ kind: 'money', value: 1500000, currency: 'USD' }), 'Figure: $1,500,000.00'],
    ['a percentage', figure({ kind: 'percent', value: 12.5 }), 'Figure: 12.5%'],
    ['a day and month', figure({ kind: 'date', date: { month: 10, day: 7 } }), 'Figure: October 7'],
    ['a year', figure({ kind: 'date', date: { year: 2023 } }), 'Figure: 2023'],
    ['an unknown unit as given', figure({ kind: 'quantity', value: 3, unit: 'furlong' }), 'Figure: 3 furlong'],
    ['no value: the text', figure({ text: 'عشرات' }), 'Figure: عشرات'],
  ])('%s', (_name, f, label) => {
    expect(figureLabel(f)).toBe(label)
  })

  it('shows a range with both ends', () => {
    expect(figureValue(figure({ kind: 'range', value: 10, valueTo: 20 }))).toBe('10–20')
  })
})
