/**
 * detect-article: a cheap verdict for the content script, which marks the toolbar button on Arabic
 * articles. It is bundled alone into the content script (no Readability, no tables) and reads a bounded
 * slice of the page:
 * 1. script: bail out at once when the title, h1 and first paragraphs hold no Arabic-script letters;
 * 2. address: home, search, tag/category/author and paging URLs are listings, never articles;
 * 3. structure: an article has one container with a run of prose (paragraphs side by side); a listing
 *    has many teasers, each with its own short excerpt, and many <article> cards;
 * 4. declarations: og:type=article, a NewsArticle JSON-LD, article:published_time count for it.
 */
import { countLetters, guessScript } from '../arabic/letters.ts'
import { listingAddressReason } from '../extract/listing-address.ts'

export interface DetectVerdict {
  isArticle: boolean
  lang: string
  confidence: number
  reasons: string[]
}

const PATTERNS = {
  articleType: /"@type"\s*:\s*"(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting)"/u,
} as const

/** Bounds on the work, whatever the page: elements walked, characters sampled. */
const MAX_ELEMENTS = 15_000
const SAMPLE_CHARS = 4_000
/** A run of prose in one container at least this long is an article body (three-sentence news included:
 * fixture body-in-share-named-wrapper has 290 characters). */
const BODY_CHARS = 250
/** A paragraph shorter than this is a label, a byline or a teaser title, not prose. */
const PROSE_CHARS = 60
/** This many <article> cards on a page make it a listing. */
const LISTING_CARDS = 4

const TEXT_NODE = 3

function verdict(isArticle: boolean, lang: string, confidence: number, reasons: string[]): DetectVerdict {
  return { isArticle, lang, confidence, reasons }
}

/** Cheap verdict: is this page an Arabic-script news article? Never throws. */
export function detectArticle(document: Document, url?: string): DetectVerdict {
  try {
    return detectUnsafe(document, url)
  } catch {
    return verdict(false, 'und', 0, ['detection failed'])
  }
}

function detectUnsafe(document: Document, url?: string): DetectVerdict {
  const body = document.body
  if (!body) return verdict(false, 'und', 1, ['no body'])

  // 1. Script, from a small sample.
  let sample = `${document.title ?? ''} ${document.getElementsByTagName('h1')[0]?.textContent ?? ''}`
  const paragraphs = body.getElementsByTagName('p')
  for (let i = 0; i < paragraphs.length && sample.length < SAMPLE_CHARS; i++) sample += ` ${paragraphs[i].textContent ?? ''}`
  if (countLetters(sample, SAMPLE_CHARS).arabicScript === 0) return verdict(false, 'und', 0.95, ['no Arabic-script letters'])
  const script = guessScript(sample, document.documentElement?.getAttribute('lang') ?? 'und', SAMPLE_CHARS)
  if (script.dir !== 'rtl') return verdict(false, script.lang, 0.9, ['mostly not Arabic script'])
  const lang = script.lang

  // 2. Address.
  // Search and home pages never hold an article; a tag/category-looking path only weighs against one
  // (some CMSs put articles under /section/…).
  const listing = listingAddressReason(url ?? safeDocumentUrl(document))
  if (listing && listing !== 'listing page address') return verdict(false, lang, 0.85, [listing])

  // 3. Structure: the best run of prose in one container, and the number of <article> cards.
  const best = bestProseRun(body, paragraphs)
  const cards = body.getElementsByTagName('article').length
  const reasons: string[] = [`longest prose run ${best} chars`]
  let score = 0
  if (listing) {
    score -= 2
    reasons.push(listing)
  }
  if (best >= 2 * BODY_CHARS) score += 2
  else if (best >= BODY_CHARS) score += 1
  if (cards >= LISTING_CARDS) {
    score -= 2
    reasons.push(`${cards} article cards`)
  }

  // 4. Declarations, read from <head>'s direct children only (one short pass; no tree-wide query).
  const declared = readHeadDeclarations(document)
  if (declared.ogType === 'article') {
    score += 1
    reasons.push('og:type article')
  } else if (declared.ogType === 'website') {
    score -= 1
    reasons.push('og:type website')
  }
  if (declared.publishedTime) {
    score += 1
    reasons.push('published time declared')
  }
  if (declared.articleJsonLd) {
    score += 1
    reasons.push('NewsArticle JSON-LD')
  }

  // A run of prose is enough on its own (old sites declare nothing); declarations and listing signs move
  // the score either side of it.
  const isArticle = best >= BODY_CHARS && score >= 1
  const confidence = Math.min(0.95, 0.5 + 0.1 * Math.abs(score))
  return verdict(isArticle, lang, confidence, reasons)
}

/**
 * Longest prose held by one container: the sum of its prose paragraphs (<p> of ≥ PROSE_CHARS, not mostly
 * a link). A <p> alone in a wrapper <div> (BBC Arabic wraps each paragraph) counts for the wrapper's parent
 * too. Bodies written as text and <br> without any <p> (urdupoint) are measured from <div>s' own text runs,
 * only when the <p>s found no clear body. Bounded: at most MAX_ELEMENTS elements are read.
 */
function bestProseRun(root: Element, paragraphs: HTMLCollectionOf<HTMLParagraphElement>): number {
  const sums = new Map<Element, number>()
  const wrappers = new Map<Element, boolean>()
  let best = 0
  const add = (element: Element | null, length: number) => {
    if (!element) return
    const sum = (sums.get(element) ?? 0) + length
    sums.set(element, sum)
    if (sum > best) best = sum
  }
  for (let i = 0; i < paragraphs.length && i < MAX_ELEMENTS; i++) {
    const p = paragraphs[i]
    const length = (p.textContent ?? '').trim().length
    if (length < PROSE_CHARS || isMostlyLink(p, length)) continue
    const parent = p.parentElement
    add(parent, length)
    if (parent && isWrapper(parent, wrappers)) add(parent.parentElement, length)
  }
  if (best >= 2 * BODY_CHARS) return best
  const divs = root.getElementsByTagName('div')
  for (let i = 0; i < divs.length && i < MAX_ELEMENTS; i++) {
    for (let child = divs[i].firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== TEXT_NODE) continue
      const length = (child.nodeValue ?? '').trim().length
      if (length >= PROSE_CHARS) add(divs[i], length)
    }
  }
  return best
}

/** True when the element holds one element child only; cached, since some DOMs count children in O(n). */
function isWrapper(element: Element, cache: Map<Element, boolean>): boolean {
  let known = cache.get(element)
  if (known === undefined) {
    known = element.childElementCount === 1
    cache.set(element, known)
  }
  return known
}

/** A teaser excerpt wrapped in a link is not prose. */
function isMostlyLink(p: Element, length: number): boolean {
  let linked = 0
  const links = p.getElementsByTagName('a')
  for (let i = 0; i < links.length; i++) linked += (links[i].textContent ?? '').trim().length
  return linked > 0.5 * length
}

interface HeadDeclarations {
  ogType?: string
  publishedTime: boolean
  articleJsonLd: boolean
}

/**
 * og:type, article:published_time and a NewsArticle JSON-LD, from <head>'s children (one short pass).
 * Pages whose markup pushes the metadata out of <head> (text or a stray element before it ends the head
 * early) get one document-wide query instead.
 */
function readHeadDeclarations(document: Document): HeadDeclarations {
  const result: HeadDeclarations = { publishedTime: false, articleJsonLd: false }
  const head = document.head
  const children: Element[] = []
  for (let element = head?.firstElementChild; element && children.length < 300; element = element.nextElementSibling) children.push(element)
  readDeclarations(children, result)
  if (result.ogType === undefined && !result.publishedTime && !result.articleJsonLd) {
    readDeclarations(Array.from(document.querySelectorAll('meta[property], meta[name], script[type="application/ld+json"]')).slice(0, 300), result)
  }
  return result
}

function readDeclarations(elements: Element[], result: HeadDeclarations): void {
  for (const element of elements) {
    const tag = element.localName
    if (tag === 'meta') {
      const property = element.getAttribute('property') ?? element.getAttribute('name')
      if (property === 'og:type') result.ogType = element.getAttribute('content')?.toLowerCase()
      else if (property === 'article:published_time') result.publishedTime = true
    } else if (tag === 'script' && element.getAttribute('type') === 'application/ld+json' && !result.articleJsonLd) {
      result.articleJsonLd = PATTERNS.articleType.test((element.textContent ?? '').slice(0, 20_000))
    }
  }
}

function safeDocumentUrl(document: Document): string | undefined {
  try {
    return document.URL
  } catch {
    return undefined
  }
}
