/**
 * What a highlight says to a screen reader and on hover, in the UI language:
 * "Person: دميتري بيسكوف — 2 mentions", "Figure: 7,000".
 */
import type { ArticleDoc, Entity, Figure } from '../../engine/index.ts'
import { readsAsYear } from '../../engine/figures/reads-as-year.ts'
import type { HighlightType } from '../settings/settings.ts'
import { formatNumber, plural, t, uiLanguage } from './i18n.ts'
import { dateTimeFormat, numberFormat } from './intl-cache.ts'

export const TYPE_MESSAGE: Record<HighlightType | 'other', string> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  place: 'typePlace',
  figure: 'typeFigure',
  other: 'typeOther',
}

export function typeName(type: HighlightType | 'other'): string {
  return t(TYPE_MESSAGE[type])
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu

/**
 * Page text set among UI words (tooltips, labels, the tab title): its own bidi embeddings, overrides
 * and isolates are dropped, and it is wrapped in FSI…PDI, so nothing in a page's name or figure can
 * reorder the UI words around it (test/security/reader-output.test.tsx).
 */
export function isolate(pageText: string): string {
  return `\u2068${pageText.replace(BIDI_CONTROLS, '')}\u2069`
}

export function entityLabel(entity: Entity): string {
  const type = entity.type === 'person' || entity.type === 'organization' || entity.type === 'place' ? entity.type : 'other'
  return `${typeName(type)}: ${isolate(entity.name)} — ${plural('mentions', entity.mentions.length)}`
}

/**
 * A number, or a range of two, in one format, so both ends read alike: "$12,000 – $26,000", "1,500–2,000",
 * "2020–2025". Whole amounts of money lose their ".00". A format Intl refuses (an unknown currency code)
 * throws; callers keep their fallbacks.
 */
function formatValue(value: number, upper: number | undefined, options?: Intl.NumberFormatOptions): string {
  const format = numberFormat(uiLanguage(), options)
  return upper === undefined ? format.format(value) : format.formatRange(value, upper)
}

function plainValue(value: number, upper: number | undefined, options?: Intl.NumberFormatOptions): string {
  try {
    return formatValue(value, upper, options)
  } catch {
    return upper === undefined ? String(value) : `${value}–${upper}`
  }
}

/** ISO 4217 codes Intl knows; anything else is shown as given. */
function formatMoney(value: number, upper: number | undefined, currency: string): string {
  try {
    return formatValue(value, upper, { style: 'currency', currency, maximumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' })
  } catch {
    return `${plainValue(value, upper)} ${currency}`
  }
}

function formatFigureDate(date: NonNullable<Figure['date']>): string | undefined {
  const { year, month, day, calendar } = date
  if (calendar === 'hijri') return [day, month, year].filter((x) => x !== undefined).join('/') + ` ${t('hijriSuffix')}`
  if (month === undefined && year !== undefined) return formatNumber(year, { useGrouping: false })
  if (month === undefined) return undefined
  try {
    // Day and month without a year are shown without one; the year 2000 is only a carrier (a leap year,
    // so 29 February survives).
    const when = new Date(Date.UTC(year ?? 2000, month - 1, day ?? 1))
    return dateTimeFormat(uiLanguage(), {
      timeZone: 'UTC',
      month: 'long',
      ...(day !== undefined ? { day: 'numeric' } : {}),
      ...(year !== undefined ? { year: 'numeric' } : {}),
    }).format(when)
  } catch {
    return [day, month, year].filter((x) => x !== undefined).join('/')
  }
}

const APPROX_MESSAGE: Record<NonNullable<Figure['approx']>, string> = {
  'more-than': 'approxMoreThan',
  about: 'approxAbout',
  'less-than': 'approxLessThan',
  'at-least': 'approxAtLeast',
  'at-most': 'approxAtMost',
}

/** The normalised value of a figure for display ("7,000", "$1.5 million" as "US$1,500,000", "7 October"). */
export function figureValue(figure: Figure): string {
  let value: string
  if (figure.kind === 'date' && figure.date) value = formatFigureDate(figure.date) ?? figure.text
  else if (figure.kind === 'time' && figure.time) {
    value = `${formatNumber(figure.time.hour)}:${String(figure.time.minute ?? 0).padStart(2, '0')}`
  } else if (figure.value === undefined) value = figure.text
  else {
    const { value: from, valueTo: to } = figure
    const main = figure.currency
      ? formatMoney(from, to, figure.currency)
      : figure.kind === 'percent'
        ? `${plainValue(from, to)}%`
        : plainValue(from, to, readsAsYear(figure) ? { useGrouping: false } : undefined)
    const unit = figure.unit && !figure.currency ? ` ${unitName(figure.unit)}` : ''
    value = `${main}${unit}`
  }
  return figure.approx ? `${t(APPROX_MESSAGE[figure.approx])} ${value}` : value
}

/** Units the figures engine names, as messages; unknown units are shown as the engine spells them. */
export function unitName(unit: string): string {
  const key = `unit_${unit.replace(/[^A-Za-z0-9]/gu, '_')}`
  const message = t(key)
  return message === key ? unit : message
}

export function figureLabel(figure: Figure): string {
  return `${typeName('figure')}: ${isolate(figureValue(figure))}`
}

/** The sentence a span sits in: from doc.sentences, else the enclosing block. */
export function sentenceAround(doc: ArticleDoc, at: number): string {
  const sentence = doc.sentences?.find((s) => s.start <= at && at < s.end)
  if (sentence) return doc.text.slice(sentence.start, sentence.end).trim()
  const block = doc.blocks.find((b) => b.start <= at && at < b.end)
  return block ? doc.text.slice(block.start, block.end).trim() : ''
}
