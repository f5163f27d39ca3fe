/**
 * Infinite scroll: at the end of an article most big news sites (Youm7, Al Arabiya, Sky News Arabia, Hespress …) append
 * the next one below it, with its own headline, picture, text and share bar, and as the reader scrolls into it they put
 * its address in the address bar (history.replaceState) and its title in <title>, mostly leaving the head's og:title,
 * canonical and JSON-LD as the first article's. A reader who opens Qari there is reading the appended article: that is
 * the one to show, with its own date and picture, and none of the others' text.
 *
 * The page is cut into one unit per article, one per headline (findHeadlines) under their common ancestor. A unit is another
 * article only when it names an address of its own that is not the address bar's: a link on its headline, an
 * attribute of its wrapper ("data-url" and the like), or its inline JSON-LD. Without such a unit nothing changes, so an
 * <h1> used as a subheading, or a teaser's, never cuts a page. The unit shown is the one naming the address bar's
 * address (its share buttons count too), else the one whose headline the <title> holds.
 */
import { normalizePhrase } from './clutter-rules.ts'
import { articleKey, isSameArticle } from './same-article-address.ts'
import { findBylineIn } from './find-labelled-byline.ts'
import { jsonLdObjects } from './read-json-ld.ts'

const PATTERNS = {
  file: /\.(?:jpe?g|png|gif|webp|avif|svg|mp4|mp3|m3u8|js|css|json|xml|pdf)(?:$|\?)/iu,
  articleId: /\d{4,}/u,
  /** A short id of letters and digits mixed (Erem News's "q7d3rfa"). */
  shortId: /^(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{6,12}$/u,
  whitespace: /\s+/u,
  /** Data attributes that carry an article's address: data-url, data-href, data-permalink, data-article-url … */
  addressAttribute: /^data-(?:[\w-]*url|href|link|permalink)$/u,
} as const

/** Fewer words than this make a logo or a label, not an article's headline. */
const MIN_HEADLINE_WORDS = 3

/** Attributes whose value is a picture, a style or a link to elsewhere: never an article naming itself. */
const SKIPPED_ATTRIBUTES = new Set(['src', 'srcset', 'data-src', 'data-srcset', 'data-lazy-src', 'data-original', 'poster', 'style', 'class', 'action', 'href'])

/** Hosts of share services: their links carry the shared article's address in the query. */
const SHARE_HOSTS = /(?:^|\.)(?:facebook\.com|twitter\.com|x\.com|whatsapp\.com|wa\.me|t\.me|telegram\.me|linkedin\.com|pinterest\.com|reddit\.com)$/iu

/** Head declarations that describe one article (its title, picture, dates, author, address). */
const ARTICLE_META = /^(?:og:(?:title|description|image|url|updated_time)|twitter:(?:title|description|image|url)|article:|author$|description$|news_keywords$|keywords$|pubdate$|publishdate$|publish-date$|date$|datepublished$|dc\.|parsely-|sailthru\.)/iu

/** JSON-LD types that describe one article. */
const ARTICLE_TYPES = /article|posting|report|webpage/iu

interface Unit {
  headline: Element
  /** The common ancestor's children that make up the unit, from the headline's on to the next unit's. */
  members: Element[]
  /** Addresses the unit names for itself, strongest evidence first (headline link; wrapper; JSON-LD); undefined if none. */
  strong?: string
  /** Any address it names: the strong one, else its share buttons' and its elements' attributes' commonest. */
  any?: string
}

/**
 * The document to read: the page itself, or a copy holding only the article the address bar names (other appended
 * articles removed, and the head's declarations about another article dropped). Never mutates `document`.
 */
export function readCurrentArticle(document: Document, url: string | undefined): Document {
  const here = articleKey(url)
  if (!here || !document.body) return document
  // Read on the page first (most pages hold one article): the copy is made, and read again, only when one is cut out.
  if (!chooseCurrent(document, here, url!)) return document
  const copy = document.cloneNode(true) as Document
  const chosen = chooseCurrent(copy, here, url!)
  if (!chosen) return document
  for (const unit of chosen.units) if (unit !== chosen.current) for (const member of unit.members) member.remove()
  dropOtherDeclarations(copy, chosen.current, here, url!)
  return copy
}

/** The page's articles and the one the address bar names, when the page holds another; reads, never changes, the page. */
function chooseCurrent(document: Document, here: string, url: string): { units: Unit[]; current: Unit } | undefined {
  const headlines = findHeadlines(document.body!, url)
  if (headlines.length < 2) return undefined
  const units = cutIntoUnits(headlines, here, url)
  if (!units) return undefined
  const hasOther = units.some((unit) => unit.strong && !isSameArticle(unit.strong, here))
  if (!hasOther) return undefined
  const named = units.filter((unit) => isSameArticle(unit.any, here))
  if (named.length === 1) return { units, current: named[0] }
  if (named.length > 1) return undefined
  const title = normalizePhrase(document.getElementsByTagName('title')[0]?.textContent ?? '')
  const titled = units.filter((unit) => title.includes(normalizePhrase(unit.headline.textContent ?? '')))
  return titled.length === 1 ? { units, current: titled[0] } : undefined
}

/**
 * The articles' headlines: the <h1>s, and the <h2>s and <h3>s of an <h1>'s class, as sites whose template titles the
 * appended articles one level down write them (Erem News, Annahar), or first in an appended article's wrapper (CNN
 * Arabic); never one holding a link, a teaser's.
 */
function findHeadlines(root: Element, url: string): Element[] {
  const h1s = Array.from(root.getElementsByTagName('h1')).filter(isHeadline)
  if (!h1s.length) return h1s
  const classes = new Set(h1s.map((h1) => h1.getAttribute('class')?.trim()).filter(Boolean))
  const more = Array.from(root.querySelectorAll('h2, h3')).filter((heading) => {
    if (!isHeadline(heading)) return false
    const linked = Boolean(heading.closest('a') ?? heading.querySelector('a'))
    return (!linked && classes.has(heading.getAttribute('class')?.trim())) || isWrappedHeadline(heading, url)
  })
  if (!more.length) return h1s
  const all = new Set([...h1s, ...more])
  return Array.from(root.querySelectorAll('h1, h2, h3')).filter((heading) => all.has(heading))
}

/**
 * The first heading of a wrapper that names an article's address in a data attribute and holds paragraphs of prose: an
 * appended article in a simpler template than the first's (CNN Arabic's article.NextArticle_article[data-url] > h2).
 * A teaser card so named holds an excerpt at most.
 */
function isWrappedHeadline(heading: Element, url: string): boolean {
  let wrapper: Element | null = heading.parentElement
  for (let k = 0; wrapper && k < MAX_WRAPPER_LEVELS && !addressAttribute(wrapper); k++) wrapper = wrapper.parentElement
  const address = wrapper ? addressAttribute(wrapper) : undefined
  if (!wrapper || !address || wrapper.getElementsByTagName('h1').length) return false
  if (wrapper.querySelector('h2, h3') !== heading) return false
  // A link on it is to the wrapper's own article ("<h2><a href=itself>"), else the heading is a teaser's.
  const link = heading.closest('a') ?? heading.querySelector('a')
  if (link && !isSameArticle(articleKey(link.getAttribute('href'), url), articleKey(address, url))) return false
  let prose = 0
  for (const p of Array.from(wrapper.getElementsByTagName('p'))) if ((p.textContent ?? '').trim().length >= PROSE_CHARS && ++prose >= MIN_PROSE_PARAGRAPHS) return true
  return false
}
/** How far above its headline an appended article's wrapper may be. */
const MAX_WRAPPER_LEVELS = 4
const PROSE_CHARS = 80
const MIN_PROSE_PARAGRAPHS = 2

function addressAttribute(element: Element): string | undefined {
  for (const attribute of Array.from(element.attributes)) {
    if (PATTERNS.addressAttribute.test(attribute.name) && (attribute.value.startsWith('http') || attribute.value.startsWith('/'))) return attribute.value
  }
  return undefined
}

function isHeadline(heading: Element): boolean {
  const words = (heading.textContent ?? '').trim().split(PATTERNS.whitespace).length
  return words >= MIN_HEADLINE_WORDS && !heading.closest('nav, footer, aside')
}

/** One unit per headline under their common ancestor; undefined when two headlines share one of its children. */
function cutIntoUnits(headlines: Element[], here: string, url: string): Unit[] | undefined {
  if (headlines.length < 2) return undefined
  const common = commonAncestor(headlines)
  if (!common) return undefined
  const tops = headlines.map((headline) => childOn(common, headline))
  if (tops.some((top, i) => !top || (i > 0 && top === tops[i - 1]))) return undefined
  const children = Array.from(common.children)
  const starts = tops.map((top) => children.indexOf(top!))
  return headlines.map((headline, i) => {
    const members = children.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : children.length)
    const unit: Unit = { headline, members }
    const strong = strongAddress(headline, tops[i]!, members, here, url)
    if (strong) unit.strong = strong
    const any = strong ?? weakAddress(members, here, url)
    if (any) unit.any = any
    return unit
  })
}

function commonAncestor(elements: Element[]): Element | undefined {
  const chain: Element[] = []
  for (let e: Element | null = elements[0].parentElement; e; e = e.parentElement) chain.push(e)
  let depth = 0
  for (const element of elements.slice(1)) {
    for (let e: Element | null = element.parentElement; e; e = e.parentElement) {
      const at = chain.indexOf(e)
      if (at >= 0) {
        depth = Math.max(depth, at)
        break
      }
    }
  }
  return chain[depth]
}

function childOn(ancestor: Element, element: Element): Element | undefined {
  let e: Element | null = element
  while (e && e.parentElement !== ancestor) e = e.parentElement
  return e ?? undefined
}

/** The headline's own link, else an address on its wrapper (the elements from it up to the unit's top), else the JSON-LD's. */
function strongAddress(headline: Element, top: Element, members: Element[], here: string, url: string): string | undefined {
  const link = headline.closest('a') ?? headline.querySelector('a[href]')
  const linked = articleKey(link?.getAttribute('href'), url)
  if (linked && sameSite(linked, here) && looksLikeArticle(linked)) return linked
  const wrapper: string[] = []
  for (let e: Element | null = headline; e; e = e === top ? null : e.parentElement) addAttributeAddresses(e, here, url, wrapper)
  if (wrapper.length) return commonest(wrapper)
  const declared: string[] = []
  for (const member of members) {
    const scripts = member.matches('script') ? [member] : Array.from(member.querySelectorAll('script[type="application/ld+json"]'))
    for (const script of scripts) for (const address of jsonLdAddresses(script, url)) if (sameSite(address, here) && looksLikeArticle(address)) declared.push(address)
  }
  return declared.length ? commonest(declared) : undefined
}

/** The address the unit's share buttons and attributes name most often. */
function weakAddress(members: Element[], here: string, url: string): string | undefined {
  const found: string[] = []
  for (const member of members) {
    for (const element of [member, ...Array.from(member.querySelectorAll('*'))]) {
      addAttributeAddresses(element, here, url, found)
      if (element.tagName === 'A') addSharedAddress(element.getAttribute('href'), here, url, found)
    }
  }
  return found.length ? commonest(found) : undefined
}

function addAttributeAddresses(element: Element, here: string, url: string, into: string[]): void {
  for (const attribute of Array.from(element.attributes)) {
    if (SKIPPED_ATTRIBUTES.has(attribute.name)) continue
    const value = attribute.value
    if (!value.startsWith('http') && !value.startsWith('/')) continue
    const key = articleKey(value, url)
    if (key && sameSite(key, here) && looksLikeArticle(key)) into.push(key)
  }
}

function addSharedAddress(href: string | null, here: string, url: string, into: string[]): void {
  if (!href) return
  let link: URL
  try {
    link = new URL(href, url)
  } catch {
    return
  }
  if (!SHARE_HOSTS.test(link.hostname)) return
  for (const value of link.searchParams.values()) {
    const key = articleKey(value.split(/\s/u).find((part) => part.startsWith('http')), url)
    if (key && sameSite(key, here) && looksLikeArticle(key)) into.push(key)
  }
}

function jsonLdAddresses(script: Element, url: string): string[] {
  const found: string[] = []
  for (const record of jsonLdObjects(script)) {
    if (!ARTICLE_TYPES.test(String(record['@type'] ?? ''))) continue
    const page = record.mainEntityOfPage
    for (const candidate of [record.url, typeof page === 'object' && page ? (page as Record<string, unknown>)['@id'] : page]) {
      const key = typeof candidate === 'string' ? articleKey(candidate, url) : undefined
      if (key) found.push(key)
    }
  }
  return found
}

/** The head's (and the page's other JSON-LD's) declarations about another article go: they would date and title this one. */
function dropOtherDeclarations(document: Document, current: Unit, here: string, url: string): void {
  const headline = current.headline.textContent ?? ''
  const head = document.head
  const canonical = head?.querySelector('link[rel="canonical"]')
  const ogUrl = head?.querySelector('meta[property="og:url"]')
  const ogTitle = head?.querySelector('meta[property="og:title"], meta[name="og:title"]')
  const addressStale = [canonical?.getAttribute('href'), ogUrl?.getAttribute('content')].some(
    (address) => address && !isSameArticle(articleKey(address, url), here),
  )
  const titleStale = Boolean(ogTitle && !isSameTitle(ogTitle.getAttribute('content') ?? '', headline))
  if (head && (addressStale || titleStale)) {
    if (canonical && !isSameArticle(articleKey(canonical.getAttribute('href'), url), here)) canonical.remove()
    for (const meta of Array.from(head.getElementsByTagName('meta'))) {
      const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? ''
      if (ARTICLE_META.test(name)) meta.remove()
    }
    // The writer the article names in its own lines ("خبرنگار: …" in ISNA's meta list above the headline) takes the
    // place of the head's author, the first article's.
    const writer = findBylineIn(current.members)
    if (writer) {
      const author = document.createElement('meta')
      author.setAttribute('name', 'author')
      author.setAttribute('content', writer)
      head.appendChild(author)
    }
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    if (current.members.some((member) => member.contains(script))) continue
    if (declaresOtherArticle(script, headline)) script.remove()
  }
}

function declaresOtherArticle(script: Element, headline: string): boolean {
  return jsonLdObjects(script).some((record) => typeof record.headline === 'string' && !isSameTitle(record.headline, headline))
}

function isSameTitle(a: string, b: string): boolean {
  const x = normalizePhrase(a)
  const y = normalizePhrase(b)
  return Boolean(x && y && (x.includes(y) || y.includes(x)))
}

function sameSite(key: string, here: string): boolean {
  return siteRoot(key) === siteRoot(here)
}

/**
 * An article's address has an id (four digits or more, or letters and digits mixed) or a long slug; a section's
 * ("/politics", "/news/world") or a file's (a picture, a script) is none.
 */
function looksLikeArticle(key: string): boolean {
  const path = key.slice(siteRoot(key).length)
  if (PATTERNS.file.test(path)) return false
  return PATTERNS.articleId.test(path) || path.split('/').some((segment) => segment.length >= MIN_SLUG_CHARS || PATTERNS.shortId.test(segment))
}
const MIN_SLUG_CHARS = 25

function siteRoot(key: string): string {
  const slash = key.indexOf('/')
  return slash < 0 ? key : key.slice(0, slash)
}

function commonest(values: string[]): string {
  const counts = new Map<string, number>()
  let best = values[0]
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1
    counts.set(value, count)
    if (count > (counts.get(best) ?? 0)) best = value
  }
  return best
}
