/**
 * Keys a page repeats, one tag per value, whose values are read together: a paper's writers in Highwire Press tags
 * (citation_author, one per writer, as Open Journal Systems and Google Scholar write them).
 */
const LISTED_KEYS: ReadonlySet<string> = new Set(['citation_author'])
/** How a listed key's values are joined: as a byline lists writers. */
const LIST_SEPARATOR = '، '

/**
 * The page's <meta> tags as one lookup (property, name and itemprop alike, lower-cased keys; first wins, but a listed
 * key's values are joined).
 */
export function readMetaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>()
  const metas = document.getElementsByTagName('meta')
  // Pages with thousands of meta tags exist (tag spam); the useful ones sit in <head>, near the top.
  const limit = Math.min(metas.length, 500)
  for (let i = 0; i < limit; i++) {
    const meta = metas[i]
    const content = meta.getAttribute('content')?.trim()
    if (!content) continue
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase()
      if (!key) continue
      if (!tags.has(key)) tags.set(key, content)
      else if (LISTED_KEYS.has(key)) tags.set(key, `${tags.get(key)}${LIST_SEPARATOR}${content}`)
    }
  }
  return tags
}

/** First non-empty value among the keys. */
export function firstMeta(tags: Map<string, string>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key)
    if (value) return value
  }
  return undefined
}
