/**
 * Whether two addresses name the same article, as sites write their own addresses in a page: with or without
 * "www." or "m.", a trailing slash or "/amp", percent-encoded or not, with tracking parameters, and the short form of
 * an address that carries an article id ("/5098251" for "/5098251/السكة-الحديد-…", El Fagr's share buttons).
 */

const PATTERNS = {
  hostPrefix: /^(?:www\d?|m|amp|mobile)\./u,
  trailing: /(?:\/amp)?\/*$/u,
  /** A path segment that is an article's id: four digits or more. */
  idSegment: /\d{4,}/u,
  /** Pages addressed by a script and a query (news.php?id=…): the query names the article. */
  scriptPath: /\.(?:php|aspx?|cfm|jsp|cgi)$/iu,
  tracking: /^(?:utm_|fbclid$|gclid$|ref$|ocid$|from$|src$)/u,
} as const

/** An address reduced to what names the article (host, path, and the query of script pages); undefined if unusable. */
export function articleKey(address: string | null | undefined, base?: string): string | undefined {
  const value = address?.trim()
  if (!value || value.length > MAX_ADDRESS_CHARS || value.startsWith('#') || value.startsWith('javascript:')) return undefined
  let url: URL
  try {
    url = base ? new URL(value, base) : new URL(value)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  let path = url.pathname
  try {
    path = decodeURIComponent(path)
  } catch {
    // A malformed escape: the raw path still compares with itself.
  }
  path = path.replace(PATTERNS.trailing, '').toLowerCase()
  const host = url.hostname.toLowerCase().replace(PATTERNS.hostPrefix, '')
  let query = ''
  if (PATTERNS.scriptPath.test(path)) {
    const kept = [...url.searchParams].filter(([name]) => !PATTERNS.tracking.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    query = kept.length ? `?${kept.map(([name, v]) => `${name}=${v}`).join('&')}` : ''
  }
  return `${host}${path}${query}`
}
/** Longer values are data, not an address. */
const MAX_ADDRESS_CHARS = 2000

/** Two article keys name one article: equal, or one is the other's id-ending prefix ("/5098251" and "/5098251/slug"). */
export function isSameArticle(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false
  if (a === b) return true
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (!long.startsWith(`${short}/`)) return false
  const last = short.slice(short.lastIndexOf('/') + 1)
  return PATTERNS.idSegment.test(last)
}
