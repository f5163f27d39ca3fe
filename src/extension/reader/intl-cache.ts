/**
 * Shared Intl formatters. Constructing an Intl.NumberFormat, PluralRules or DateTimeFormat loads
 * locale data and costs far more than formatting with one: building a fresh formatter for each count
 * and figure label took about a third of a cached reader's render. One per locale and option set is
 * kept for the page's life (a handful in practice).
 */
const numberFormats = new Map<string, Intl.NumberFormat>()
const pluralRules = new Map<string, Intl.PluralRules>()
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

function cached<F>(cache: Map<string, F>, locale: string, options: object | undefined, make: () => F): F {
  const key = options === undefined ? locale : `${locale}\u0000${JSON.stringify(options)}`
  let formatter = cache.get(key)
  if (formatter === undefined) {
    formatter = make()
    cache.set(key, formatter)
  }
  return formatter
}

/** Throws as the constructor does (an unknown currency code, say): callers keep their fallbacks. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options))
}

export function pluralRulesFor(locale: string): Intl.PluralRules {
  return cached(pluralRules, locale, undefined, () => new Intl.PluralRules(locale))
}

export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options))
}
