import type { Figure } from '../doc.ts'

/**
 * A plain number of four digits that names a year or a label more often than a quantity: "خطة دبي
 * الحضرية 2040", "رؤية 2030", "كأس العالم 2026", and a range of two such ("الفترة 2020-2025"). Shown as
 * written ("2040", "2020–2025"), not grouped as a quantity ("2,040"); counted things (a unit, a currency)
 * are quantities and keep their grouping.
 */
export function readsAsYear(figure: Figure): boolean {
  const { value, valueTo } = figure
  const plain = figure.kind === 'number' ? valueTo === undefined : figure.kind === 'range' && valueTo !== undefined && yearLike(valueTo)
  return plain && value !== undefined && yearLike(value) && figure.unit === undefined && figure.currency === undefined
}

/** A whole number from 1800 to 2100: what a year in the news looks like. */
export function yearLike(value: number): boolean {
  return Number.isInteger(value) && value >= 1800 && value <= 2100
}
