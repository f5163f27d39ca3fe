import type { Figure } from '../doc.ts'

/**
 * A plain number of four digits that names a year or a label more often than a quantity: "خطة دبي
 * الحضرية 2040", "رؤية 2030", "كأس العالم 2026". Shown as written ("2040"), not grouped as a quantity
 * ("2,040"); counted things (a unit, a currency) are quantities and keep their grouping.
 */
export function readsAsYear(figure: Figure): boolean {
  const value = figure.value
  return (
    figure.kind === 'number' && value !== undefined && Number.isInteger(value) && value >= 1800 && value <= 2100 &&
    figure.unit === undefined && figure.currency === undefined && figure.valueTo === undefined
  )
}
