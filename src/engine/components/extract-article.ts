/**
 * extract-article: the one engine component that reads a page DOM. It turns a page into an ArticleDoc
 * (text + blocks + metadata) or says why there is no article. It works on a clone and never throws.
 *
 * Readability finds the article container; the Arabic parts are ours: the clone is cleaned first
 * (hidden elements, boilerplate boxes named in Arabic/Persian/Urdu, lazy images), the container is
 * walked into blocks (<br> lines become paragraphs), clutter lines are dropped by data rules, and the
 * metadata (visible headline, date, byline, credit, site, canonical URL, lead image, lang/dir from the
 * letters) is read by the modules in ../extract/.
 */
import { datelineDate } from '../extract/dateline-date.ts'
import { Readability } from '@mozilla/readability'
import type { ArticleDoc, Image } from '../doc.ts'
import { joinBlocks } from '../doc.ts'
import { countLetters, guessScript } from '../arabic/letters.ts'
import { buildBlocks, type BlockPiece } from '../extract/build-blocks.ts'
import { prepareClone } from '../extract/prepare-clone.ts'
import { findHeadline } from '../extract/find-headline.ts'
import { filterBlocks } from '../extract/filter-blocks.ts'
import { normalizePhrase } from '../extract/clutter-rules.ts'
import { findLeadImage } from '../extract/find-lead-image.ts'
import { findClaimBox } from '../extract/find-claim-box.ts'
import { findGalleryAbove } from '../extract/find-gallery-above.ts'
import { findGalleryBelow } from '../extract/find-gallery-below.ts'
import { articleKey } from '../extract/same-article-address.ts'
import { dropVerdictFurniture } from '../extract/drop-verdict-furniture.ts'
import { findStandfirst } from '../extract/find-standfirst.ts'
import { findKeyPoints, type KeyPoints } from '../extract/find-key-points.ts'
import { findBylineUnderHeadline } from '../extract/find-labelled-byline.ts'
import { findDensestContainer } from '../extract/find-densest-container.ts'
import { listingAddressReason } from '../extract/listing-address.ts'
import { QUESTIONS_REASON } from '../extract/no-article-kind.ts'
import { isDisambiguationPage, isMediaWikiPage } from '../extract/mediawiki.ts'
import { dateFromUrl, findVisibleDate, readDeclaredMetadata } from '../extract/read-page-metadata.ts'
import { isMastheadPicture } from '../extract/masthead-picture.ts'
import { isSamePicture, isThumbnailAddress } from '../extract/same-picture.ts'
import { readCurrentArticle } from '../extract/keep-current-article.ts'
import { detectArticleStructure } from './detect-article.ts'
import { kindBefore, SITE_KINDS, SITE_NAME_PARTS } from '../extract/site-name-words.ts'

export type ExtractResult =
  | { isArticle: true; doc: ArticleDoc }
  | { isArticle: false; reason: string; lang: string; dir: 'rtl' | 'ltr'; title?: string }

const PATTERNS = {
  /** The hour of an ISO stamp given in UTC. */
  utcTime: /T(\d{2}):\d{2}(?::\d{2})?(?:Z|\+00:?00)$/u,
  /** One word, a dash, then one or two: a desk and a place ("الحرة - بغداد"). */
  siteDashPlace: /^[^\s\-–—]+\s+[-–—]\s+[^\s\-–—]+(?:\s[^\s\-–—]+)?$/u,
  /** The same with "من": "هسبريس من الرباط" (Hespress's desk in Rabat). */
  siteFromPlace: /^[^\s\-–—]+\s+من\s+[^\s\-–—]+(?:\s[^\s\-–—]+)?$/u,
  /** Between the two parts of a site's name written twice: "خبرگزاری تسنیم | Tasnim", "وكالة السودان للأنباء - سونا". */
  siteNameParts: SITE_NAME_PARTS,
  /** "الجزيرة نت": a site named with its "net". */
  netSuffix: /\s+نت$/u,
  /** A paper's name after its kind: "صحيفة الخليج", whose pages credit "الخليج" as their author (an advertorial's). */
  publicationKind: kindBefore([...SITE_KINDS, 'وكالة']),
  /** What a name says of the site after it: "وكالة فلسطين اليوم الإخبارية", whose desk signs "غزة - فلسطين اليوم". */
  publicationManner: /\s+(?:الإخبارية|الاخبارية|الإخباري|الاخباري|الإلكترونية|الالكترونية|الإلكتروني|الالكتروني)$/u,
  /** A site named by its domain ("24.ae"): the name is the label before the suffix ("24"). */
  domainName: /^(?:www\.)?([^.\s]+)\.[a-z]{2,}(?:\.[a-z]{2,})?$/iu,
} as const

/** Less body text than this is a teaser, a video page or an index, not an article to read. */
const MIN_ARTICLE_CHARS = 150
/**
 * Caps that keep a result inside what the extension's message check accepts (extract-result-schema.ts):
 * a hostile page cannot make the reader carry megabytes of title or millions of blocks.
 */
const MAX_TITLE_CHARS = 1000
const MAX_ALT_CHARS = 500
const MAX_BLOCKS = 50_000
const MAX_TEXT_CHARS = 1_000_000
/**
 * A page with more text than this (a 5 MB dump, a whole book) skips Readability, whose cost on tens of
 * thousands of <br>s or paragraphs runs to seconds, and takes the linear densest-container path; blocks are
 * collected up to MAX_TEXT_CHARS (about 150,000 words: more than any article a reader reads in one go).
 */
const HUGE_PAGE_CHARS = 1_500_000
const MANY_ELEMENTS = 8_000

/** This many teasers (linked title + excerpt) among the paragraphs make the page a listing. */
const LISTING_TEASERS = 3

/**
 * Readability's cost grows steeply with element count and nesting depth (a 1,000-level page takes it
 * ~40 s under linkedom; real article pages nest 20–40 levels). Past these bounds the linear fallback
 * (densest container) runs instead, so 5 MB and deeply nested pages finish in bounded time.
 */
const MAX_ELEMENTS = 60_000
const MAX_DEPTH = 100

/** Never mutates `document` (works on a clone); never throws for any input. */
export function extractArticle(document: Document, options: { url?: string } = {}): ExtractResult {
  try {
    return extractUnsafe(document, options)
  } catch (error) {
    const reason = `extraction failed: ${String((error as Error)?.message ?? error)}`.slice(0, 300)
    try {
      const guess = guessScript(document.body?.textContent ?? '', 'und', 20_000)
      return { isArticle: false, reason, lang: guess.lang, dir: guess.dir }
    } catch {
      return { isArticle: false, reason, lang: 'und', dir: 'ltr' }
    }
  }
}

/**
 * An Arabic-script text under a headline in another script opens with its own title: a UN office's English Drupal page
 * whose Arabic statement stands under its h2 beside the English copy (batch ak). That heading is the title the reader
 * shows, and not a line of the text.
 */
function titleInTheTextsScript(headline: string, pieces: BlockPiece[]): { title: string; pieces: BlockPiece[] } {
  const first = pieces.findIndex((piece) => piece.kind !== 'image')
  const opening = first >= 0 ? pieces[first] : undefined
  if (!opening || opening.kind !== 'heading' || !opening.text || countLetters(headline).arabicScript > 0) return { title: headline, pieces }
  const heading = countLetters(opening.text)
  if (heading.arabicScript === 0 || heading.latin > 0) return { title: headline, pieces }
  return { title: opening.text.slice(0, MAX_TITLE_CHARS), pieces: pieces.filter((_, index) => index !== first) }
}

/** A body this short from a page that declares an article is checked by the detector's structure test too. */
const SHORT_BODY_CHARS = 400

/**
 * The photo strip above the text after it (find-gallery-above.ts), less the pictures the text shows; its first is the
 * lead, which the reader shows over the text (the lead is chosen after this, from the pieces and the page's declarations).
 */
function withGallery(pieces: BlockPiece[], gallery: Image[], album: Image[] = []): BlockPiece[] {
  if (gallery.length < 2 && !album.length) return pieces
  const shown = pieces.filter((p) => p.kind === 'image' && p.src).map((p) => p.src!)
  // (A strip above the text begins with the lead, shown above it; an album under the text is all the story's.)
  const more = [...gallery.slice(1), ...album].filter((picture) => !shown.some((src) => isSamePicture(src, picture.src)))
  return [...pieces, ...more.map((picture): BlockPiece => ({ kind: 'image', src: picture.src, ...(picture.alt ? { alt: picture.alt } : {}) }))]
}

/** The fact-check's claim box above the text, when the text does not hold it already (find-claim-box.ts). */
function withClaimBox(pieces: BlockPiece[], box: BlockPiece[]): BlockPiece[] {
  if (!box.length) return pieces
  const shown = new Set(pieces.map((p) => (p.text ? normalizePhrase(p.text) : '')))
  return box.some((p) => p.text && shown.has(normalizePhrase(p.text))) ? pieces : [...box, ...pieces]
}

/** The standfirst first, unless the body already holds it (Readability kept its block). */
function withStandfirst(pieces: BlockPiece[], standfirst: string | undefined): BlockPiece[] {
  if (!standfirst) return pieces
  const norm = normalizePhrase(standfirst)
  if (pieces.some((p) => p.text && normalizePhrase(p.text) === norm)) return pieces
  return [{ kind: 'paragraph', text: standfirst }, ...pieces]
}

/**
 * A live page's key points after the standfirst (or first), unless the body holds them already; an introducing line
 * already in the body (Geo's) stays where it is.
 */
function withKeyPoints(pieces: BlockPiece[], points: KeyPoints | undefined, standfirst: string | undefined): BlockPiece[] {
  if (!points) return pieces
  const norms = pieces.map((p) => (p.text ? normalizePhrase(p.text) : ''))
  if (points.items.some((item) => norms.includes(normalizePhrase(item)))) return pieces
  const items: BlockPiece[] = points.items.map((text) => ({ kind: 'list-item', text }))
  // The introducing line already shown: the points go right after it.
  const introAt = points.intro ? norms.indexOf(normalizePhrase(points.intro)) : -1
  if (introAt >= 0) return [...pieces.slice(0, introAt + 1), ...items, ...pieces.slice(introAt + 1)]
  const lead: BlockPiece[] = points.intro ? [{ kind: 'paragraph', text: points.intro }] : []
  const at = standfirst && pieces[0]?.text === standfirst ? 1 : 0
  return [...pieces.slice(0, at), ...lead, ...items, ...pieces.slice(at)]
}

/** The pieces that fit the caps, with alt texts shortened; a block past the text budget is cut at a space. */
function capPieces(pieces: BlockPiece[]): BlockPiece[] {
  const kept: BlockPiece[] = []
  let chars = 0
  for (const piece of pieces) {
    if (kept.length >= MAX_BLOCKS || chars >= MAX_TEXT_CHARS) break
    let capped = piece.alt && piece.alt.length > MAX_ALT_CHARS ? { ...piece, alt: piece.alt.slice(0, MAX_ALT_CHARS) } : piece
    const text = capped.text ?? ''
    if (chars + text.length > MAX_TEXT_CHARS) {
      const room = MAX_TEXT_CHARS - chars
      const space = text.lastIndexOf(' ', room)
      capped = { ...capped, text: text.slice(0, space > room / 2 ? space : room).trim() }
    }
    chars += (capped.text?.length ?? 0) + 2
    kept.push(capped)
  }
  return kept
}

function textLength(pieces: BlockPiece[]): number {
  let total = 0
  for (const piece of pieces) if (piece.kind !== 'image' && piece.kind !== 'caption') total += piece.text?.length ?? 0
  return total
}

function readabilityBlocks(clone: Document, url: string | undefined): BlockPiece[] {
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse()
  const content = parsed?.content as Element | null | undefined
  return content ? buildBlocks(content, { baseUrl: url, maxChars: MAX_TEXT_CHARS }) : []
}

/** Blocks of the densest container of a prepared clone. */
function fallbackBlocks(clone: Document, url: string | undefined): BlockPiece[] {
  const root = clone.body ?? clone.documentElement
  const container = root ? findDensestContainer(root) : undefined
  return container ? buildBlocks(container, { baseUrl: url, maxChars: MAX_TEXT_CHARS }) : []
}

function extractUnsafe(page: Document, options: { url?: string }): ExtractResult {
  const url = options.url ?? safeUrl(page)
  // After an infinite scroll, the article the address bar names, alone (keep-current-article.ts); else the page.
  const document = readCurrentArticle(page, url)
  const declared = readDeclaredMetadata(document, url)
  const wiki = isMediaWikiPage(document)
  if (wiki) {
    // A wiki's declared date is the page's creation and its author the wiki's contributors (Wikipedia's JSON-LD): neither
    // is the text's. A date the page prints (Wikinews's date line) is still read.
    declared.published = undefined
    declared.byline = undefined
    if (isDisambiguationPage(document)) {
      const guess = guessScript(document.body?.textContent?.slice(0, 50_000) ?? '', declared.declaredLang ?? 'und')
      return { isArticle: false, reason: 'a disambiguation page', lang: guess.lang, dir: guess.dir }
    }
  }
  const clone = document.cloneNode(true) as Document
  const shape = prepareClone(clone, { baseUrl: url })
  // The text size is only measured on pages with many elements (it costs a pass over all text); a page
  // of a few elements is cheap for Readability however long its text.
  const readable =
    shape.elements <= MAX_ELEMENTS &&
    shape.maxDepth <= MAX_DEPTH &&
    (shape.elements < MANY_ELEMENTS || (clone.body?.textContent?.length ?? 0) <= HUGE_PAGE_CHARS)
  const headline = findHeadline(clone, { metaTitles: declared.metaTitles, siteName: declared.siteName })
  const headlineTitle = (headline?.text ?? '').slice(0, MAX_TITLE_CHARS)
  // Read before Readability empties the clone: the lead when the page declares no picture, or when the picture it shows
  // under the headline is one it declares, but not the first (Misbar's og:image is a sharing crop of its own file, the
  // JSON-LD names the cover the page shows).
  const hero = headline?.element ? findLeadImage(headline.element, url) : undefined
  // (Not the site's masthead over the headline: a newsletter's banner.)
  const heroImage = hero && !isMastheadPicture(document, hero.src) ? hero : undefined
  const kicker = headline?.element && declared.alternativeHeadline ? kickerAbove(headline.element, declared.alternativeHeadline) : undefined
  const standfirst = headline?.element ? findStandfirst(headline.element) : undefined
  const keyPoints = headline?.element ? findKeyPoints(headline.element) : undefined
  const writtenByline = headline?.element ? findBylineUnderHeadline(headline.element) : undefined
  const claimBox = declared.claimReview ? findClaimBox(document) : []
  const gallery = headline?.element ? findGalleryAbove(headline.element, url) : []
  const album = headline?.element && !gallery.length ? findGalleryBelow(headline.element, url) : []
  // The visible stamp is looked for only when the page declares no date, a day without its time or a UTC stamp that
  // may name another day: it costs a page-wide query.
  const visibleDate =
    !declared.published || isDayOnly(declared.published) || isUtcNearMidnight(declared.published)
      ? (shape.bylineDate ?? findVisibleDate(clone, headline?.element))
      : undefined
  const visibleByline = shape.bylines.find((name) => !declared.siteName || normalizePhrase(name) !== normalizePhrase(declared.siteName))

  let pieces: BlockPiece[] = []
  if (readable) {
    try {
      pieces = readabilityBlocks(clone, url)
    } catch {
      // Readability throws on some malformed DOMs; the fallback still runs.
    }
  } else {
    pieces = fallbackBlocks(clone, url)
  }
  const context = { title: headlineTitle, siteName: declared.siteName, byline: visibleByline ?? declared.byline, kicker, wiki }
  let filtered = filterBlocks(pieces, context)
  if (readable && textLength(filtered.pieces) < MIN_ARTICLE_CHARS) {
    // Readability rejected the page or kept too little: a fresh prepared clone, densest container.
    const fresh = document.cloneNode(true) as Document
    prepareClone(fresh, { baseUrl: url })
    const fallback = filterBlocks(fallbackBlocks(fresh, url), context)
    if (textLength(fallback.pieces) > textLength(filtered.pieces)) filtered = fallback
  }

  // The text, with what sits outside its container put in: a fact-check's claim box above it, the standfirst first, a photo
  // strip after it.
  const body = withClaimBox(dropVerdictFurniture(filtered.pieces, declared.verdict), claimBox)
  const composed = capPieces(withGallery(withKeyPoints(withStandfirst(body, standfirst), keyPoints, standfirst), gallery, album))
  const { title, pieces: shown } = titleInTheTextsScript(headlineTitle, composed)
  const { text, blocks } = joinBlocks(shown)
  const bodyChars = textLength(shown)
  const guess = guessScript(`${title}\n${text || (document.body?.textContent ?? '').slice(0, 50_000)}`, declared.declaredLang ?? 'und')
  if (bodyChars < MIN_ARTICLE_CHARS) {
    // The address says more than the length when it names the page ("home page", "search page"): the reader says so.
    return {
      isArticle: false,
      reason: listingAddressReason(url) ?? (bodyChars ? `too little article text (${bodyChars} characters)` : 'no article content found'),
      lang: guess.lang,
      dir: guess.dir,
      ...(title ? { title } : {}),
    }
  }

  // An AMP web story is slides of a sentence each under a picture, whatever it declares (Al Arabiya's: og:type article).
  // A question-and-answer page (its JSON-LD QAPage) is several people's answers, prose enough but no one's article.
  const listing = document.getElementsByTagName('amp-story').length
    ? 'an AMP web story'
    : declared.declaredQuestions
      ? QUESTIONS_REASON
      : listingReason(url, declared.declaredArticle, filtered.teasers, filtered.pieces)
  if (listing) return { isArticle: false, reason: listing, lang: guess.lang, dir: guess.dir, ...(title ? { title } : {}) }
  // A page that declares no article, and in which the detector finds no run of prose in one container, is
  // labels, a schedule or teasers that Readability stitched together: a prayer-times table, a programme's
  // episode list, a share-price page, an e-paper's page list (data/extract-pages, batch f).
  // So is a page that declares one (a CMS's default) but yields only a few lines: Echaab's exam results page (a form,
  // instructions, teasers) gave Readability its search box's and footer's lines.
  if (!declared.declaredArticle || textLength(filtered.pieces) < SHORT_BODY_CHARS) {
    const structure = detectArticleStructure(document, url)
    if (!structure.isArticle) {
      return { isArticle: false, reason: `no article body (${structure.reasons.join('; ')})`, lang: guess.lang, dir: guess.dir, ...(title ? { title } : {}) }
    }
  }

  const doc: ArticleDoc = { url: url ?? '', lang: guess.lang, dir: guess.dir, title, text, blocks }
  const published = pickDate(declared.published, dateFromUrl(url) ?? dateFromUrl(declared.canonicalUrl), visibleDate ?? filtered.headDate) ??
    datelineDate(text, blocks)
  if (published) doc.published = published
  // The site's own name is no byline, nor the name with a suffix ("الميادين نت" on الميادين), nor either part of a name
  // written in two ("خبرگزاری تسنیم | Tasnim"), nor a domain's name ("24" of "24.ae", whose desk signs "24 - أبوظبي").
  const domain = declared.siteName ? PATTERNS.domainName.exec(declared.siteName.trim())?.[1] : undefined
  // (And the name without its "نت": Al Jazeera Net's pages credit "الجزيرة" as their author.)
  const sites = [
    ...(declared.siteName
      ? [
          declared.siteName,
          ...declared.siteName.split(PATTERNS.siteNameParts),
          ...(domain ? [domain] : []),
          declared.siteName.replace(PATTERNS.netSuffix, ''),
          declared.siteName.replace(PATTERNS.publicationKind, ''),
          declared.siteName.replace(PATTERNS.publicationKind, '').replace(PATTERNS.publicationManner, ''),
        ]
      : []),
    // (And the name in the page's address: a WordPress account named for the site, "Sangam Multan" on sangam-multan.…, is
    // the author its metadata declares.)
    ...(hostName(url) ? [hostName(url)!] : []),
  ]
    .map(normalizePhrase)
    .filter(Boolean)
  const byline = [visibleByline, filtered.byline, declared.byline, writtenByline].find((b) => b && !sites.some((site) => isSiteName(b, site)))
  if (byline) doc.byline = byline
  if (filtered.credit) doc.credit = filtered.credit
  if (declared.siteName) doc.siteName = declared.siteName
  if (declared.canonicalUrl) doc.canonicalUrl = declared.canonicalUrl
  const firstImage = filtered.pieces.find((p) => p.kind === 'image')
  const shownDeclared = heroImage && declared.declaredImages.slice(1).some((src) => isSamePicture(src, heroImage.src)) ? heroImage : undefined
  const declaredLead =
    shape.declaredPictureNotArticle || (declared.leadImage && isMastheadPicture(document, declared.leadImage.src)) ? undefined : declared.leadImage
  // (A declared thumbnail of the picture under the headline gives way to the picture as the page shows it.)
  const shownLarger = declaredLead && heroImage && isThumbnailAddress(declaredLead.src) && isSamePicture(declaredLead.src, heroImage.src) ? heroImage : undefined
  const lead = shownDeclared ?? shownLarger ?? declaredLead ?? heroImage ?? (firstImage?.src ? { src: firstImage.src, ...(firstImage.alt ? { alt: firstImage.alt } : {}) } : undefined)
  // The declared picture is often the body's own at a sharing size: the body's copy is the lead then, so the
  // reader shows it once, where the article has it.
  const inBody = lead && filtered.pieces.find((p) => p.kind === 'image' && p.src && isSamePicture(lead.src, p.src))
  const leadImage = lead && inBody?.src ? { src: inBody.src, ...(inBody.alt ?? lead.alt ? { alt: inBody.alt ?? lead.alt } : {}) } : lead
  if (leadImage) doc.leadImage = leadImage.alt && leadImage.alt.length > MAX_ALT_CHARS ? { ...leadImage, alt: leadImage.alt.slice(0, MAX_ALT_CHARS) } : leadImage
  return { isArticle: true, doc }
}

/**
 * The page's declared second headline when it stands right above the headline, a kicker ("گزارش «شرق» از …" over Shargh's
 * title). Below it, the same declaration is a deck that is the text's first line (Al-Rai's), and stays.
 */
function kickerAbove(headline: Element, alternative: string): string | undefined {
  const want = normalizePhrase(alternative)
  let before = headline.previousElementSibling
  for (let k = 0; before && k < KICKER_SIBLINGS; k++, before = before.previousElementSibling) {
    if (normalizePhrase(before.textContent ?? '') === want) return alternative
  }
  return undefined
}
/** How far above the headline a kicker may stand: a category link or a date may come between. */
const KICKER_SIBLINGS = 2

/** The name in a page's address: its host's first label ("sangam-multan" of www.sangam-multan.com.pk). */
function hostName(url: string | undefined): string | undefined {
  // (articleKey drops "www." and "m."; one or two letters left name nothing.)
  const label = articleKey(url)?.split(/[./]/u)[0]
  return label && label.length > 2 ? label : undefined
}

function isSiteName(byline: string, site: string): boolean {
  if (!site) return false
  const norm = normalizePhrase(byline)
  // (But the site's name, a dash or "من" and the place it reports from names the desk and the place: "الحرة - بغداد",
  // "هسبريس من الرباط".)
  // (Or the one word the site's name ends on, its short name: "سبأ" of "وكالة الأنباء اليمنية سبأ", the agency's author.)
  return norm === site || (!norm.includes(' ') && site.endsWith(` ${norm}`)) ||
    (norm.startsWith(`${site} `) && !PATTERNS.siteDashPlace.test(byline) && !PATTERNS.siteFromPlace.test(byline))
}

/**
 * Search and home addresses are never articles; a tag/category address is one only when the page
 * declares an article; a body made mostly of teasers (linked title + excerpt, 3 or more) is a listing.
 */
function listingReason(url: string | undefined, declaredArticle: boolean, teasers: number, pieces: BlockPiece[]): string | undefined {
  const address = listingAddressReason(url)
  if (address && (address !== 'listing page address' || !declaredArticle)) return address
  const paragraphs = pieces.filter((p) => p.kind === 'paragraph').length
  if (teasers >= LISTING_TEASERS && teasers * 2 >= paragraphs) return `a listing of ${teasers} teasers`
  return undefined
}

/**
 * Declared metadata first; then the URL's date path, unless the visible stamp names the same day (it
 * adds the time); then the visible stamp. A URL date beats a visible one on another day: pages print
 * update stamps that look like publication dates (CNN Arabic's "آخر تحديث").
 */
function pickDate(declared?: string, fromUrl?: string, visible?: string): string | undefined {
  // A UTC stamp near midnight names another day than the page's local one; the visible stamp is local. Unless the address
  // names the declared day: then the visible stamp is another (Al Jazeera Sport's "آخر تحديث" after midnight).
  if (declared && visible && isUtcNearMidnight(declared) && visible.slice(0, 10) !== declared.slice(0, 10) && fromUrl !== declared.slice(0, 10)) {
    const gap = Math.abs(Date.parse(visible.slice(0, 10)) - Date.parse(declared.slice(0, 10)))
    if (gap <= 86_400_000) return visible
  }
  // A declared day without its time (Xinhua's "publishdate") gives way to the stamp shown for that day.
  if (declared && visible && isDayOnly(declared) && visible.length > declared.length && visible.startsWith(declared)) return visible
  if (declared) return declared
  if (fromUrl) return visible && visible.slice(0, 10) === fromUrl ? visible : fromUrl
  return visible
}

function isDayOnly(iso: string): boolean {
  return iso.length === DAY_ONLY_LENGTH
}
/** "2017-06-14". */
const DAY_ONLY_LENGTH = 10

/** A UTC stamp (Z or +00:00) within four hours of midnight: its day may not be the reader's day. */
function isUtcNearMidnight(iso: string): boolean {
  const match = PATTERNS.utcTime.exec(iso)
  if (!match) return false
  const hour = Number(match[1])
  return hour >= 20 || hour < 4
}

function safeUrl(document: Document): string | undefined {
  try {
    const url = document.URL
    return url && /^https?:/u.test(url) ? url : undefined
  } catch {
    return undefined
  }
}
