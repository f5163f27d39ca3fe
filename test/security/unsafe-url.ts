/** Finding URLs a page smuggled into Qari's output. */

const PATTERNS = {
  /** What a link or image may be. */
  safe: /^https?:\/\/[^\s]/iu,
  /** Field names that hold a URL in extraction results and documents. */
  urlField: /^(?:src|href|url|canonicalUrl|image)$/u,
} as const

/** Every `path: value` in `value` whose field holds a URL that is not http(s). */
export function unsafeUrls(value: unknown, at = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => unsafeUrls(item, `${at}[${i}]`))
  if (typeof value !== 'object' || value === null) return []
  const found: string[] = []
  for (const [key, field] of Object.entries(value)) {
    if (PATTERNS.urlField.test(key) && typeof field === 'string' && !PATTERNS.safe.test(field)) found.push(`${at}.${key}: ${field.slice(0, 80)}`)
    else found.push(...unsafeUrls(field, `${at}.${key}`))
  }
  return found
}
