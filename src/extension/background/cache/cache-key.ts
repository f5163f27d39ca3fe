/**
 * The cache key of an article: its URL without the fragment and without the tracking parameters that
 * share links add, so that the same article reached from a newsletter, Facebook or a search ad is one
 * record. Other parameters stay, in their order: on many news sites (?p=123, ?id=…) they name the article.
 */

const PATTERNS = {
  /** Campaign and click-id parameters: they say where the reader came from, never which article. */
  tracking: /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|ocid)$/iu,
} as const

export function cacheKey(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    // Not a URL (a file path in the CLI, a test string): the text itself is the best key there is.
    return url.trim()
  }
  parsed.hash = ''
  const kept = [...parsed.searchParams].filter(([name]) => !PATTERNS.tracking.test(name))
  parsed.search = ''
  for (const [name, value] of kept) parsed.searchParams.append(name, value)
  return parsed.href
}
