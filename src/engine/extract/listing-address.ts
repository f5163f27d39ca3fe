/**
 * Addresses that are listings or pages about the site, never articles: search results, home pages,
 * tag/category/author/archive pages and their paging, "about us", contact and policy pages. Shared by detect-article (kept tiny: one small table of patterns) and
 * extract-article.
 */

const PATTERNS = {
  /** Listing path segments, English and Arabic/Persian ones met on news sites. */
  listingPath:
    /\/(?:tags?|category|categories|section|sections|author|authors|archive|archives|page|topics?|keyword|newslist|الوسم|وسم|تصنيف|قسم|برچسب)(?:\/|$)/iu,
  searchPath: /\/(?:search|بحث|جستجو)(?:\/|$|\.)/iu,
  searchQuery: /[?&](?:s|q|query|search|keyword|kw|text)=/iu,
  /** A home page path: "/", "/ar", "/ar/", "/index.html", "/fa/home", "/default.aspx". */
  homePath: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:index\.\w+|home\/?|default\.aspx)?$/iu,
  /** A page about the site, not news: "/about-us/", "/من-نحن/", "/contact", "/privacy-policy" (the last segment). */
  sitePagePath:
    /\/(?:about|about-us|aboutus|who-we-are|contact|contact-us|contactus|privacy|privacy-policy|terms|terms-of-use|من-نحن|اتصل-بنا|سياسة-الخصوصية|شروط-الاستخدام|درباره-ما|تماس-با-ما|ہمارے-بارے-میں)\/?$/iu,
  /** Telegram's public preview of a channel: a column of its posts ("https://t.me/s/<channel>"), no article. */
  telegramHost: /^(?:t\.me|telegram\.me)$/iu,
  telegramPreview: /^\/s\/[^/]+\/?$/u,
  /**
   * The Wayback Machine's lists of an address's captures, not a capture: its calendar ("/web/2023*\/https://…") and its
   * list of addresses ("/web/*\/https://…*"). A capture's path has a full timestamp and no star.
   */
  waybackHost: /^web\.archive\.org$/iu,
  waybackCaptures: /^\/web\/\d{0,13}\*/u,
  /** Drupal without clean addresses puts the path in q: "?q=node/51234" (Mauritania's Al-Akhbar) is a page, no search. */
  drupalPath: /^[?&]?q=((?:node|taxonomy|content|article)\/[^&]*)/iu,
} as const

/** Why the address is a listing ('search page', 'home page', 'listing page address'), or undefined. */
export function listingAddressReason(url: string | undefined): string | undefined {
  if (!url) return undefined
  let path: string
  let search: string
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
    if (PATTERNS.telegramHost.test(parsed.hostname) && PATTERNS.telegramPreview.test(parsed.pathname)) return 'a Telegram channel\'s posts'
    if (PATTERNS.waybackHost.test(parsed.hostname) && PATTERNS.waybackCaptures.test(parsed.pathname)) return 'a listing of an address\'s captures in a web archive'
    path = decodeURIComponent(parsed.pathname)
    search = parsed.search
    const drupal = PATTERNS.drupalPath.exec(search)
    if (drupal) {
      path = `/${decodeURIComponent(drupal[1])}`
      search = search.slice(drupal[0].length).replace(/^&/u, '?')
    }
  } catch {
    return undefined
  }
  if (PATTERNS.searchQuery.test(search) || PATTERNS.searchPath.test(path)) return 'search page'
  if (PATTERNS.homePath.test(path) && !search) return 'home page'
  if (PATTERNS.listingPath.test(path)) return 'listing page address'
  if (PATTERNS.sitePagePath.test(path)) return 'a page about the site'
  return undefined
}
