import { describe, expect, it } from 'vitest'
import type { Figure } from '../../../src/engine/doc.ts'
import { entityLabel, figureLabel, figureValue } from '../../../src/extension/reader/labels.ts'

// The unit tests answer from the English catalogue (test/setup.ts) in an English locale. Page text in a
// label is isolated in FSI (U+2068) … PDI (U+2069), see isolate().
describe('labels', () => {
  it('names the type, the name and the mention count', () => {
    const label = entityLabel({ id: 'e', type: 'person', name: 'دميتري بيسكوف', mentions: [{ start: 0, end: 1 }, { start: 2, end: 3 }] })
    expect(label).toBe('Person: \u2068دميتري بيسكوف\u2069 — 2 mentions')
  })

  it('uses the singular for one mention', () => {
    expect(entityLabel({ id: 'e', type: 'place', name: 'موسكو', mentions: [{ start: 0, end: 1 }] })).toBe('Place: \u2068موسكو\u2069 — 1 mention')
  })

  const figure = (f: Partial<Figure>): Figure => ({ start: 0, end: 1, text: 'x', kind: 'number', ...f })

  it.each([
    ['a number', figure({ text: 'سبعة آلاف', value: 7000 }), 'Figure: \u20687,000\u2069'],
    ['a count with its unit and qualifier', figure({ kind: 'count', value: 220, unit: 'person', approx: 'more-than' }), 'Figure: \u2068more than 220 people\u2069'],
    ['money', figure({ kind: 'money', value: 1500000, currency: 'USD' }), 'Figure: \u2068$1,500,000\u2069'],
    ['a percentage', figure({ kind: 'percent', value: 12.5 }), 'Figure: \u206812.5%\u2069'],
    ['a day and month', figure({ kind: 'date', date: { month: 10, day: 7 } }), 'Figure: \u2068October 7\u2069'],
    ['a year', figure({ kind: 'date', date: { year: 2023 } }), 'Figure: \u20682023\u2069'],
    ['a plain number that reads as a year, as written', figure({ text: '2040', value: 2040 }), 'Figure: \u20682040\u2069'],
    ['a count of the same size, grouped', figure({ kind: 'count', value: 2040, unit: 'person' }), 'Figure: \u20682,040 people\u2069'],
    ['a money range, both ends grouped', figure({ kind: 'money', value: 12000, valueTo: 26000, currency: 'USD', approx: 'about' }), 'Figure: \u2068about $12,000 – $26,000\u2069'],
    ['money with cents keeps them', figure({ kind: 'money', value: 12.5, currency: 'USD' }), 'Figure: \u2068$12.50\u2069'],
    ['a count range with its unit', figure({ kind: 'range', value: 1500, valueTo: 2000, unit: 'person' }), 'Figure: \u20681,500–2,000 people\u2069'],
    ['a range of years, as written', figure({ kind: 'range', value: 2020, valueTo: 2025 }), 'Figure: \u20682020–2025\u2069'],
    ['a range of a year-like number and a larger one, grouped', figure({ kind: 'range', value: 1900, valueTo: 2500 }), 'Figure: \u20681,900–2,500\u2069'],
    ['an unknown unit as given', figure({ kind: 'quantity', value: 3, unit: 'furlong' }), 'Figure: \u20683 furlong\u2069'],
    ['no value: the text', figure({ text: 'عشرات' }), 'Figure: \u2068عشرات\u2069'],
  ])('%s', (_name, f, label) => {
    expect(figureLabel(f)).toBe(label)
  })

  it('shows a range with both ends', () => {
    expect(figureValue(figure({ kind: 'range', value: 10, valueTo: 20 }))).toBe('10–20')
  })
})
