/**
 * The value of a run of digits as written in Arabic news, where ',' and '.' each serve as thousands or
 * decimal separators depending on the source: "1,400" is 1400 but "٤,٨" is 4.8; "2.5" is 2.5 but
 * "1.234.567" is 1234567. Arabic separators are unambiguous: ٫ decimal, ٬ thousands.
 */

const PATTERNS = {
  /** Groups of exactly three digits after a first group of one to three: the shape of thousands. */
  thousands: /^[1-9]\d{0,2}(?:([,.\u066C])\d{3})(?:\1\d{3})*$/u,
  /** An exponent written in Latin letters (١e١٠). */
  exponent: /^(.*?)[eE]([+-]?\d+)$/u,
  digitsOnly: /^\d+$/u,
  /** Any separator, one or all: thousands marks to drop, or the one decimal point. */
  separator: /[,.\u066C]/u,
  separators: /[,.\u066C]/gu,
  commaLike: /[,\u066C]/u,
  anySeparator: /[,.\u066B\u066C]/u,
} as const

/** Parses ASCII-digit text with separators; undefined when the groups make no single number (IP addresses). */
export function parseDigits(raw: string): number | undefined {
  const exp = raw.match(PATTERNS.exponent)
  if (exp) {
    const base = parseDigits(exp[1])
    return base === undefined ? undefined : base * 10 ** Number(exp[2])
  }
  if (PATTERNS.digitsOnly.test(raw)) return Number(raw)
  if (raw.includes('\u066B')) {
    const [whole, frac, ...rest] = raw.split('\u066B')
    if (rest.length) return undefined
    return Number(`${whole.replace(PATTERNS.separators, '')}.${frac}`)
  }
  if (PATTERNS.thousands.test(raw)) {
    // "1.400" alone is ambiguous; a dot before exactly three digits is read as a decimal point unless
    // several groups follow (1.234.567): Arabic news writes 2.5 مليون far more often than 1.400 for 1400.
    const sep = raw.match(PATTERNS.separator)?.[0]
    const groups = raw.split(sep ?? ',').length
    if (sep === '.' && groups === 2) return Number(raw)
    return Number(raw.replace(PATTERNS.separators, ''))
  }
  const seps = raw.match(PATTERNS.separators) ?? []
  if (seps.length === 1) return Number(raw.replace(PATTERNS.commaLike, '.'))
  // Both kinds: the last one written is the decimal point (1,234.5 / 1.234,5).
  const lastComma = raw.lastIndexOf(',')
  const lastDot = raw.lastIndexOf('.')
  const commas = raw.split(',').length - 1
  const dots = raw.split('.').length - 1
  if (commas && dots) {
    const decimal = lastComma > lastDot ? ',' : '.'
    const thousands = decimal === ',' ? '.' : ','
    if (raw.split(decimal).length !== 2) return undefined
    return Number(raw.split(thousands).join('').replace(decimal, '.'))
  }
  return undefined
}

/** The digit groups of a run that makes no single number (192.168.1.2), as separate values. */
export function splitDigitGroups(raw: string): string[] {
  return raw.split(PATTERNS.anySeparator)
}
