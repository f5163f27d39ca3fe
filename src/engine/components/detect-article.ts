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
import { VERSE_CLASS } from '../extract/verse-lines.ts'
import { countLetters, guessScriptFromStats } from '../arabic/letters.ts'
import { listingAddressReason } from '../extract/listing-address.ts'
import { QUESTIONS_REASON } from '../extract/no-article-kind.ts'

export interface DetectVerdict {
  isArticle: boolean
  lang: string
  confidence: number
  reasons: string[]
}

const PATTERNS = {
  articleType: /"@type"\s*:\s*"(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting)"/u,
  /** A page of one episode of a podcast or a programme: its content is the audio or the video. */
  episodeType: /"@type"\s*:\s*"(?:PodcastEpisode|RadioEpisode|TVEpisode|Episode)"/u,
  /** A question and the answers of several people (Quora, a "سؤال وجواب" site): prose, no article. */
  questionsType: /"@type"\s*:\s*"QAPage"/u,
  /** One person's post at its own address (a forum thread's opening post, a Reddit post): its text, if long, is read. */
  postingType: /"@type"\s*:\s*"(?:DiscussionForumPosting|SocialMediaPosting)"/u,
  mediaWiki: /^MediaWiki\b/u,
} as const

/** Bounds on the work, whatever the page: elements walked, characters sampled. */
const MAX_ELEMENTS = 15_000
const SAMPLE_CHARS = 4_000
/** A run of prose in one container at least this long is an article body (three-sentence news included:
 * fixture body-in-share-named-wrapper has 290 characters). */
const BODY_CHARS = 250
/** A paragraph shorter than this is a label, a byline or a teaser title, not prose. */
const PROSE_CHARS = 60
/** Teasers' excerpts this many times the page's own prose make a short page a board among teasers. */
const EXCERPTS_PER_BLURB = 3
/** Wrappers of one child a paragraph's length is carried up through (Quintype wraps each paragraph twice). */
const MAX_WRAPPER_LEVELS = 3
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

  // <head>'s own children first (a few dozen): they tell whether the page walk must also collect the
  // metadata elements that malformed markup pushed out of <head>.
  const declared = readHeadDeclarations(document)
  const needDeclarations = declared.ogType === undefined && !declared.publishedTime && !declared.articleJsonLd
  const page = collectElements(document, body, needDeclarations)
  const paragraphs = page.paragraphs
  const texts: string[] = []

  // 1. Script, from a small sample; its letters are counted once for both tests.
  let sample = `${document.title ?? ''} ${page.h1?.textContent ?? ''}`
  for (let i = 0; i < paragraphs.length && sample.length < SAMPLE_CHARS; i++) sample += ` ${paragraphText(paragraphs, texts, i)}`
  const letters = countLetters(sample, SAMPLE_CHARS)
  if (letters.arabicScript === 0) return verdict(false, 'und', 0.95, ['no Arabic-script letters'])
  let script = guessScriptFromStats(letters, document.documentElement?.getAttribute('lang') ?? 'und')
  if (script.dir !== 'rtl') {
    // A site in another language may set its Arabic section's text in <div>s split by <br>, its <p>s the chrome's (a
    // French CMS's cookie notice, comment form and footer: Alwihda's Arabic pages). The headline and the divs' own lines
    // are the second look, taken only when the <p>s gave Arabic-script letters but not the majority.
    const second = `${document.title ?? ''} ${page.h1?.textContent ?? ''} ${divOwnText(page.divs, SAMPLE_CHARS)}`
    script = guessScriptFromStats(countLetters(second, SAMPLE_CHARS), 'und')
    if (script.dir !== 'rtl') return verdict(false, script.lang, 0.9, ['mostly not Arabic script'])
  }

  return judgeStructure(document, url, page, texts, declared, needDeclarations, script.lang)
}

/**
 * Steps 2–4 alone, in any script: the extractor asks it of a page that does not declare an article
 * (extract-article.ts), whose body may be labels, a schedule or teasers stitched together (a prayer-times
 * table, a programme's episode list, a share-price page). Never throws; a failure vetoes nothing.
 */
export function detectArticleStructure(document: Document, url?: string): DetectVerdict {
  try {
    const body = document.body
    if (!body) return verdict(false, 'und', 1, ['no body'])
    const declared = readHeadDeclarations(document)
    const needDeclarations = declared.ogType === undefined && !declared.publishedTime && !declared.articleJsonLd
    return judgeStructure(document, url, collectElements(document, body, needDeclarations), [], declared, needDeclarations, 'und')
  } catch {
    return verdict(true, 'und', 0, ['detection failed'])
  }
}

function judgeStructure(
  document: Document,
  url: string | undefined,
  page: PageElements,
  texts: string[],
  declared: HeadDeclarations,
  needDeclarations: boolean,
  lang: string,
): DetectVerdict {
  // 2. Address.
  // Search and home pages never hold an article; a tag/category-looking path only weighs against one
  // (some CMSs put articles under /section/…).
  const listing = listingAddressReason(url ?? safeDocumentUrl(document))
  if (listing && listing !== 'listing page address') return verdict(false, lang, 0.85, [listing])
  if (page.story) return verdict(false, lang, 0.9, ['an AMP web story'])
  // A wiki's disambiguation page lists the pages a word may name (MediaWiki's notice box; mediawiki.ts). Looked for on
  // MediaWiki's pages only: a query of the whole page is no cost for every other one.
  if (declared.mediaWiki && document.getElementById('disambigbox')) return verdict(false, lang, 0.9, ['a disambiguation page'])

  // 3. Structure: the best run of prose in one container, and the number of <article> cards.
  const { best, excerpts } = bestProseRun(page, texts)
  const cards = page.cards
  const reasons: string[] = [`longest prose run ${best} chars`]
  let score = 0
  if (listing) {
    score -= 2
    reasons.push(listing)
  }
  if (best >= 2 * BODY_CHARS) score += 2
  else if (best >= BODY_CHARS) score += 1
  // A short run of prose beside more of other stories' openings is a board's blurb among teasers (Amwal Al Ghad's gold
  // prices: a one-paragraph intro, a table and eight excerpts); an article's own text outweighs its related list.
  if (best < 2 * BODY_CHARS && excerpts > EXCERPTS_PER_BLURB * best) {
    score -= 2
    reasons.push(`${excerpts} chars of teaser excerpts`)
  }
  if (cards >= LISTING_CARDS) {
    score -= 2
    reasons.push(`${cards} article cards`)
  }

  // 4. Declarations: <head>'s direct children, else the metadata elements the page walk collected.
  if (needDeclarations) readDeclarations(page.declarations, declared)
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
  } else if (declared.questionsJsonLd) {
    return verdict(false, lang, 0.9, [QUESTIONS_REASON, ...reasons])
  } else if (declared.postingJsonLd) {
    // A post names itself the page's one text, as an article does, where the platform says og:type website (Reddit's,
    // Discourse's): it outweighs the "more posts" cards and the replies set as <article>s around it.
    score += 2
    reasons.push('a post declared (JSON-LD)')
  } else if (declared.episodeJsonLd) {
    // TRT Arabi's podcast page: og:type article (the CMS's default), a blurb, the player and a list of episodes.
    score -= 2
    reasons.push('an episode declared (JSON-LD), no article')
  }

  // A run of prose is enough on its own (old sites declare nothing); declarations and listing signs move
  // the score either side of it.
  const isArticle = best >= BODY_CHARS && score >= 1
  const confidence = Math.min(0.95, 0.5 + 0.1 * Math.abs(score))
  return verdict(isArticle, lang, confidence, reasons)
}

/**
 * Longest prose held by one container: the sum of its prose paragraphs (<p> of ≥ PROSE_CHARS, not mostly
 * a link, not a teaser's excerpt). A <p> alone in a wrapper <div> (BBC Arabic wraps each paragraph) counts for the wrapper's parent
 * too, and so on up through wrappers of one child (Quintype's story elements: "div.story-element > div > p", Erem News). Bodies written as text and <br> without any <p> (urdupoint; KUNA and Lebanon24 in a <span>) are
 * measured from the own text runs of <div>s, <span>s, <td>s and <font>s, only when the <p>s found no clear body.
 * Bounded: at most MAX_ELEMENTS elements are read.
 */
function bestProseRun(page: PageElements, texts: string[]): { best: number; excerpts: number } {
  const { paragraphs, divs } = page
  const sums = new Map<Element, number>()
  const wrappers = new Map<Element, boolean>()
  let best = 0
  let excerpts = 0
  const add = (element: Element | null, length: number) => {
    if (!element) return
    const sum = (sums.get(element) ?? 0) + length
    sums.set(element, sum)
    if (sum > best) best = sum
  }
  for (let i = 0; i < paragraphs.length && i < MAX_ELEMENTS; i++) {
    const p = paragraphs[i]
    const length = paragraphText(paragraphs, texts, i).trim().length
    if (length < PROSE_CHARS || isMostlyLink(p, length)) continue
    if (isTeaserExcerpt(p)) {
      excerpts += length
      continue
    }
    let container = p.parentElement
    add(container, length)
    for (let level = 0; container && level < MAX_WRAPPER_LEVELS && isWrapper(container, wrappers); level++) {
      container = container.parentElement
      add(container, length)
    }
  }
  if (best >= 2 * BODY_CHARS) return { best, excerpts }
  for (let i = 0; i < divs.length && i < MAX_ELEMENTS; i++) {
    const div = divs[i]
    for (let child = div.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== TEXT_NODE) continue
      const length = (child.nodeValue ?? '').trim().length
      if (length >= PROSE_CHARS) add(div, length)
    }
    // A clear body found: the rest cannot raise the score (and a megabyte of text in one <div> is not measured twice).
    if (best >= 2 * BODY_CHARS) break
    // A poem's verse (div.bayt, div.sher: two short halves) is a line of the text, as a paragraph is: a ghazal of seven
    // couplets has no run of prose otherwise.
    if (div.localName === 'div' && VERSE_CLASS.test(div.getAttribute('class') ?? '')) {
      const length = (div.textContent ?? '').replace(/\s+/gu, ' ').trim().length
      if (length >= PROSE_CHARS && length <= MAX_VERSE_CHARS) add(div.parentElement, length)
      continue
    }
    // A <div> of text and inline markup only is a paragraph set as a block (Notion's text blocks, Facebook's lines of a
    // post): it counts for its container, as a <p> does.
    if (div.localName === 'div' && div.firstChild && isTextBlock(div)) {
      // (Collapsed: a grid of links laid out over many lines is mostly whitespace. A long block is measured by its first
      // characters: it is prose or not by then.)
      const raw = div.textContent ?? ''
      const text = (raw.length > MAX_BLOCK_CHARS ? raw.slice(0, MAX_BLOCK_CHARS) : raw).replace(/\s+/gu, ' ').trim()
      const length = text.length
      if (length < PROSE_CHARS || isMostlyLink(div, length) || !readsAsProse(text)) continue
      let container = div.parentElement
      add(container, length)
      for (let level = 0; container && level < MAX_WRAPPER_LEVELS && isWrapper(container, wrappers); level++) {
        container = container.parentElement
        add(container, length)
      }
    }
  }
  return { best, excerpts }
}

/** A verse box longer than this is a stanza or a paragraph, measured as one. */
const MAX_VERSE_CHARS = 400

/** The characters of a <div> block read to measure it. */
const MAX_BLOCK_CHARS = 4_000

/** Inline elements a text block's line may hold: formatting, links, emoji drawn as pictures, line breaks. */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'em', 'font', 'i', 'img', 'mark', 'q', 's', 'small', 'span', 'strong',
  'sub', 'sup', 'time', 'u',
])

/** Prose is words and spaces: a score line, a poll's counts or a card's label run together is mostly not (digits, bars). */
function readsAsProse(text: string): boolean {
  const sample = text.slice(0, PROSE_SAMPLE_CHARS)
  let letters = 0
  let spaces = 0
  for (const char of sample) {
    if (char === ' ') spaces++
    else if (/\p{L}/u.test(char)) letters++
  }
  return spaces >= MIN_PROSE_SPACES && (letters + spaces) / sample.length >= MIN_PROSE_SHARE
}
const PROSE_SAMPLE_CHARS = 600
/** A line of prose has nine words at least, and little else than letters and spaces. */
const MIN_PROSE_SPACES = 8
const MIN_PROSE_SHARE = 0.9

/** Whether the element's children are text and inline elements only (its inline children's own children not read). */
function isTextBlock(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (!INLINE_TAGS.has(child.localName)) return false
  }
  return true
}

/**
 * A paragraph right under a linked heading is a teaser's excerpt, another story's opening (Al-Alam's most-viewed list
 * beside a cartoon: ten <h4><a>…</a></h4><p>…</p> of 250–350 characters each), not the page's prose.
 */
function isTeaserExcerpt(p: Element): boolean {
  const before = p.previousElementSibling
  return before !== null && TEASER_HEADINGS.has(before.localName.toLowerCase()) && before.getElementsByTagName('a').length > 0
}
const TEASER_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * True when the element holds one element child only; cached, since some DOMs count children in O(n).
 * Told by the first child having no next sibling: linkedom's childElementCount builds the whole child list.
 */
function isWrapper(element: Element, cache: Map<Element, boolean>): boolean {
  let known = cache.get(element)
  if (known === undefined) {
    const first = element.firstElementChild
    known = first !== null && first.nextElementSibling === null
    cache.set(element, known)
  }
  return known
}

/** A teaser excerpt wrapped in a link is not prose. */
function isMostlyLink(p: Element, length: number): boolean {
  // Most paragraphs are plain text: no child element, no link, no subtree walk.
  if (!p.firstElementChild) return false
  let linked = 0
  const links = p.getElementsByTagName('a')
  for (let i = 0; i < links.length; i++) linked += (links[i].textContent ?? '').trim().length
  return linked > 0.5 * length
}

interface HeadDeclarations {
  ogType?: string
  publishedTime: boolean
  articleJsonLd: boolean
  /** A JSON-LD PodcastEpisode, RadioEpisode or TVEpisode. */
  episodeJsonLd: boolean
  /** A JSON-LD QAPage. */
  questionsJsonLd?: boolean
  /** A JSON-LD DiscussionForumPosting or SocialMediaPosting. */
  postingJsonLd?: boolean
  /** The page's generator is MediaWiki (Wikipedia, Wikinews…). */
  mediaWiki?: boolean
}

/**
 * og:type, article:published_time and a NewsArticle JSON-LD, from <head>'s children (one short pass).
 * Pages whose markup pushes the metadata out of <head> (text or a stray element before it ends the head
 * early) are read from the metadata elements the page walk collects (collectElements).
 */
function readHeadDeclarations(document: Document): HeadDeclarations {
  const result: HeadDeclarations = { publishedTime: false, articleJsonLd: false, episodeJsonLd: false }
  const head = document.head
  const children: Element[] = []
  for (let element = head?.firstElementChild; element && children.length < 300; element = element.nextElementSibling) children.push(element)
  readDeclarations(children, result)
  return result
}

/** What the detector reads from the page, gathered in one walk. */
interface PageElements {
  /** The first <h1> of the document. */
  h1?: Element
  /** <p>s inside <body>, in document order. */
  paragraphs: Element[]
  /** <article>s inside <body>. */
  cards: number
  /** An <amp-story>: a web story, slides of a sentence each, whatever the page declares. */
  story?: boolean
  /** <div>s inside <body>, in document order (read only when the <p>s found no clear body). */
  /**
   * Elements whose own text runs may be a body written as text and <br>: divs, spans (KUNA, Lebanon24), cells,
   * the <font> of old table-layout sites (the Palestine Information Center's body is one <font> in a <span>), and the
   * <blockquote> of a vBulletin post.
   */
  divs: Element[]
  /** The first MAX_DECLARATIONS <meta name|property> and JSON-LD <script>s of the document, outside <template>. */
  declarations: Element[]
}

/** Metadata elements read when <head> declared nothing (the head pass reads as many). */
const MAX_DECLARATIONS = 300

/**
 * A card links to the story it teases; the updates of a live page are <article>s that link nowhere (BBC Persian's live
 * page: twelve of them, and no other prose run longer than an update).
 */
function linksOut(card: Element): boolean {
  for (const link of Array.from(card.getElementsByTagName('a'))) {
    const href = link.getAttribute('href')
    if (href && !href.startsWith('#') && !href.startsWith('javascript:')) return true
  }
  return false
}

/**
 * One pre-order walk over the document's elements instead of a tree-wide query per tag (h1, p, article,
 * div, metadata): in linkedom each getElementsByTagName walks every node of the page, so four of them
 * cost four walks; in a browser one walk of element links is as cheap as one native query.
 */
function collectElements(document: Document, body: Element, withDeclarations: boolean): PageElements {
  const page: PageElements = { paragraphs: [], cards: 0, divs: [], declarations: [] }
  const root = document.documentElement ?? body
  // Pre-order by first child / next sibling / parent (no stack; linkedom finds a last child or a previous
  // sibling only by walking the node list). Where the walk is: inside <body>, and inside how many <template>s.
  let inBody = root === body
  let templates = 0
  // Inside how many <noscript>s: a browser running scripts holds their content as text, so nothing in them is read
  // (X's "JavaScript is not available." h1 and its English paragraph would outweigh an Arabic post's sample).
  let noscripts = 0
  let element: Element | null = root
  while (element) {
    const tag = element.localName
    if (inBody && noscripts === 0) {
      if (tag === 'p') page.paragraphs.push(element)
      else if (tag === 'div' || tag === 'span' || tag === 'td' || tag === 'font' || tag === 'blockquote' || tag === 'pre') page.divs.push(element)
      else if (tag === 'article' && linksOut(element)) page.cards++
      else if (tag === 'amp-story') page.story = true
    }
    if (tag === 'h1') {
      if (noscripts === 0) page.h1 ??= element
    } else if (withDeclarations && templates === 0 && page.declarations.length < MAX_DECLARATIONS && isDeclaration(element, tag)) {
      page.declarations.push(element)
    }
    const child: Element | null = element.firstElementChild
    if (child) {
      if (element === body) inBody = true
      if (tag === 'template') templates++
      else if (tag === 'noscript') noscripts++
      element = child
      continue
    }
    // No children: the next sibling, else the next sibling of the nearest ancestor that has one.
    while (element && element !== root) {
      const sibling: Element | null = element.nextElementSibling
      if (sibling) {
        element = sibling
        break
      }
      element = element.parentElement
      if (element === body) inBody = false
      if (element?.localName === 'template') templates--
      else if (element?.localName === 'noscript') noscripts--
    }
    if (element === root) element = null
  }
  return page
}

/** meta[property], meta[name], script[type="application/ld+json"]. */
function isDeclaration(element: Element, tag: string): boolean {
  if (tag === 'meta') return element.hasAttribute('property') || element.hasAttribute('name')
  return tag === 'script' && element.getAttribute('type') === 'application/ld+json'
}

/** A paragraph's text, read once (the sample and the prose run both need it). */
/** The text the divs hold themselves (their own text nodes, not their children's), up to `limit` characters. */
function divOwnText(divs: readonly Element[], limit: number): string {
  let text = ''
  for (let i = 0; i < divs.length && i < MAX_ELEMENTS && text.length < limit; i++) {
    for (let node = divs[i].firstChild; node && text.length < limit; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE) text += ` ${node.textContent ?? ''}`
    }
  }
  return text
}

function paragraphText(paragraphs: Element[], texts: string[], i: number): string {
  let text = texts[i]
  if (text === undefined) {
    text = paragraphs[i].textContent ?? ''
    texts[i] = text
  }
  return text
}

function readDeclarations(elements: Element[], result: HeadDeclarations): void {
  for (const element of elements) {
    const tag = element.localName
    if (tag === 'meta') {
      const property = element.getAttribute('property') ?? element.getAttribute('name')
      if (property === 'og:type') result.ogType = element.getAttribute('content')?.toLowerCase()
      else if (property === 'article:published_time') result.publishedTime = true
      else if (property === 'generator') result.mediaWiki = PATTERNS.mediaWiki.test(element.getAttribute('content') ?? '')
    } else if (tag === 'script' && element.getAttribute('type') === 'application/ld+json' && !result.articleJsonLd) {
      const text = (element.textContent ?? '').slice(0, 20_000)
      result.articleJsonLd = PATTERNS.articleType.test(text)
      result.episodeJsonLd ||= PATTERNS.episodeType.test(text)
      result.questionsJsonLd ||= PATTERNS.questionsType.test(text)
      result.postingJsonLd ||= PATTERNS.postingType.test(text)
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
