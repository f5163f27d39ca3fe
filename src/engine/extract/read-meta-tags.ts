/** The page's <meta> tags as one lookup (property, name and itemprop alike, lower-cased keys; first wins). */
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
      if (key && !tags.has(key)) tags.set(key, content)
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
