/**
 * The visible headline. Readability takes <title>/og:title and trims a site suffix; on Arabic pages that
 * fails in three ways met in the data: the visible <h1> words differ from og:title (BBC Arabic), the
 * <title> is a romanised English title (urdupoint), and <title> joins h1 + a second deck line. So the
 * page's own <h1> wins when it is plausible; metadata only ranks several h1s and fills in when none exists.
 */
import { normalizePhrase } from './clutter-rules.ts'

const PATTERNS = {
  whitespace: /\s+/gu,
  /**
   * Separators between a headline and the site name in <title>: " - ", " | ", " – ", " :: ", " « ", and an underscore
   * before the short parts that end it, as Chinese publishing systems join them: a Latin site name (Xinhua's
   * "…الإلكترونية_Arabic.news.cn"), the site's own ("…ئىلگىرىلىمەكتە_تەڭرىتاغ تورى", channel_site). Headlines write no
   * underscore.
   */
  titleSeparator: /\s+[-|–—:«»]{1,2}\s+|_(?=(?:[^_]{1,40}_)*[^_\s][^_]{0,39}$)/u,
} as const

/** Elements besides h1 that themes use for the headline. */
const HEADLINE_SELECTORS =
  '[itemprop="headline"], .entry-title, .post-title, .article-title, .headline, .news-title, .title-article, [data-testid="twitterArticleTitle"]'
/** An h1 sharing fewer words than this with every metadata title is no headline when a headline element matches them. */
const UNLIKE_TITLE = 0.2

/** Where a headline may sit when there is no h1 and no known class, looked at last. */
const LOOSE_HEADLINE_SELECTORS = 'h2, [class*="title"], [class*="Title"], [id*="title"], [id*="Title"]'
const MAX_LOOSE_CANDIDATES = 200
/** Word overlap with a metadata title that makes one of those the headline (a teaser shares fewer words). */
const LOOSE_MATCH = 0.8
/**
 * Old table-layout sites set the headline in large bold type in a cell, no heading and no class: <font size=5><b>…</b>
 * </font> (Moheet's 2011 pages). Taken only when its words are the title's exactly: bold type holds much else.
 */
const TYPE_HEADLINE_SELECTORS = 'font, b, strong'
const MAX_TYPE_CANDIDATES = 300

export interface HeadlineHints {
  /** og:title, JSON-LD headline, twitter:title, <title> — in that order. */
  metaTitles: string[]
  siteName?: string
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(PATTERNS.whitespace, ' ').trim()
}

function tokenSet(text: string): Set<string> {
  return new Set(normalizePhrase(text).split(' ').filter((t) => t.length > 1))
}

/** Dice overlap of two word sets (0–1). */
function similarity(x: Set<string>, y: Set<string>): number {
  if (!x.size || !y.size) return 0
  let shared = 0
  for (const t of x) if (y.has(t)) shared++
  return (2 * shared) / (x.size + y.size)
}

function isPlausible(element: Element, text: string, siteName?: string): boolean {
  if (text.length < 8 || text.length > 300) return false
  if (siteName && normalizePhrase(text) === normalizePhrase(siteName)) return false
  // Site chrome: logo headings in the header/nav/footer.
  if (isInChrome(element)) return false
  const links = element.getElementsByTagName('a')
  if (links.length === 1) {
    const href = links[0].getAttribute('href') ?? ''
    if (href === '/' || href === './' || /^https?:\/\/[^/]+\/?$/u.test(href)) return false
  }
  return true
}

/** Tags of page chrome: a headline candidate in one of them (or one itself) is a logo or a teaser. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside'])

/**
 * What `element.closest('nav, footer, aside')` answers, by climbing: linkedom compiles the selector again
 * on every call, and this runs for every candidate.
 */
function isInChrome(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (CHROME_TAGS.has(current.localName.toLowerCase())) return true
  }
  return false
}

/** The site suffix/prefix cut off a <title>: keeps the longest part that is not the site name. */
export function trimTitle(title: string, siteName?: string): string {
  const parts = clean(title).split(PATTERNS.titleSeparator)
  if (parts.length < 2) return clean(title)
  const site = siteName ? normalizePhrase(siteName) : ''
  const kept = parts.filter((p) => normalizePhrase(p) !== site)
  return kept.sort((a, b) => b.length - a.length)[0] ?? clean(title)
}

export interface Headline {
  text: string
  /** The element shown as the headline, when the page has one (metadata titles have none). */
  element?: Element
}

export function findHeadline(document: Document, hints: HeadlineHints): Headline | undefined {
  const metaTitles = hints.metaTitles.map(clean).filter(Boolean)
  // Each title's words once, not once per candidate.
  const titleWords = metaTitles.map(tokenSet)
  const scored = (elements: Element[]) =>
    elements
      .map((element, index) => {
        const text = clean(element.textContent)
        const words = tokenSet(text)
        const best = titleWords.reduce((max, t) => Math.max(max, similarity(words, t)), 0)
        return { text, best, index, element, ok: isPlausible(element, text, hints.siteName) }
      })
      .filter((c) => c.ok)

  const h1s = scored(Array.from(document.getElementsByTagName('h1')).slice(0, 30))
  if (h1s.length) {
    // Several h1s (logo, section name, headline): the one most like the metadata titles; else the first.
    const matching = h1s.filter((c) => c.best >= 0.4).sort((a, b) => b.best - a.best || a.index - b.index)
    if (matching.length) return titledUnder(document, matching[0], metaTitles) ?? matching[0]
    // (An only h1 unlike the title may be a consent layer's, over an X article whose title is a div: "Did someone say …
    // cookies?". A headline element that says what the metadata says is then the headline.)
    if (metaTitles.length && h1s.length === 1 && h1s[0].best < UNLIKE_TITLE) {
      const named = scored(Array.from(document.querySelectorAll(HEADLINE_SELECTORS)).slice(0, 30)).filter((c) => c.best >= 0.5).sort((a, b) => b.best - a.best)[0]
      if (named) return named
    }
    if (!metaTitles.length || h1s.length === 1) return h1s[0]
    // Metadata in another script (a romanised <title>): trust the h1 when it is the only long one.
    const long = h1s.filter((c) => c.text.length >= 15)
    if (long.length === 1) return long[0]
  }
  const others = scored(Array.from(document.querySelectorAll(HEADLINE_SELECTORS)).slice(0, 30))
  const match = others.filter((c) => c.best >= 0.5).sort((a, b) => b.best - a.best)[0]
  if (match) return match
  // No h1 but the site name (Asharq Al-Awsat's hidden logo) and no known class: an h2 or a
  // "…Title" cell (Elaph's td.ArticleTitle, Xinhua's div#Title) that says what the metadata says is the headline shown, and
  // the standfirst is read from under it. The bar is higher than above: these tags hold teasers too.
  const loose = scored(Array.from(document.querySelectorAll(LOOSE_HEADLINE_SELECTORS)).slice(0, MAX_LOOSE_CANDIDATES))
  const looseMatch = loose.filter((c) => c.best >= LOOSE_MATCH).sort((a, b) => b.best - a.best || a.index - b.index)[0]
  if (looseMatch) return looseMatch
  const wanted = new Set(metaTitles.map((t) => normalizePhrase(trimTitle(t, hints.siteName))))
  const typed = scored(Array.from(document.querySelectorAll(TYPE_HEADLINE_SELECTORS)).slice(0, MAX_TYPE_CANDIDATES))
    .find((c) => wanted.has(normalizePhrase(c.text)))
  if (typed) return typed
  const meta = metaTitles[0]
  return meta ? { text: trimTitle(meta, hints.siteName) } : undefined
}

/**
 * The page's own headline under an <h1> that names what the page belongs to: a book's chapter page shows the book's
 * title as its <h1> and the chapter's as an <h2>, and its title says "chapter | book | site". When the <h1> is a later
 * part of a metadata title and an <h2> shows its first part exactly, that <h2> is the headline.
 */
function titledUnder(document: Document, h1: { text: string }, metaTitles: readonly string[]): Headline | undefined {
  const h1Text = normalizePhrase(h1.text)
  for (const title of metaTitles) {
    const parts = clean(title).split(PATTERNS.titleSeparator).map(normalizePhrase)
    if (parts.length < 2 || parts.indexOf(h1Text) < 1) continue
    for (const h2 of Array.from(document.getElementsByTagName('h2')).slice(0, MAX_SUBTITLES)) {
      const text = clean(h2.textContent)
      if (normalizePhrase(text) === parts[0] && !isInChrome(h2)) return { text, element: h2 }
    }
  }
  return undefined
}
/** The <h2>s read for a chapter's title (a book page lists its contents in <h2>s and links, not more). */
const MAX_SUBTITLES = 30
