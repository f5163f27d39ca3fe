/**
 * Metadata a reader shows above the text: published date, byline, site name, canonical URL, lead image.
 * Sources in order of trust: JSON-LD, meta tags, <time>/itemprop, the URL's date path, and the visible
 * date line. Every value is cleaned (bylines without "كتب/بقلم", dates as ISO, URLs http(s) only).
 */
import type { Image } from '../doc.ts'
import { readJsonLdDeclarations, type JsonLdDeclarations } from './read-json-ld.ts'
import { firstMeta, readMetaTags } from './read-meta-tags.ts'
import { parseDate, toIso } from './parse-date.ts'
import { cleanByline } from './clean-byline.ts'
import { toHttpUrl } from './resolve-image-src.ts'
import { normalizePhrase } from './clutter-rules.ts'
import { isSiteCardPicture } from './site-card-picture.ts'
import { elementsAfter } from './next-in-order.ts'
import { issueLineDate } from './issue-line-date.ts'
import { isAfter } from './document-order.ts'

const PATTERNS = {
  /** /2013/middle_east/8/3/ or /2023/10/27/: year, an optional section, month, day. */
  urlDate: /\/((?:19|20)\d{2})\/(?:[a-z_-]+\/)?(\d{1,2})\/(\d{1,2})(?:\/|$)/iu,
  /** A date line about an update, not publication: its date is not the published date. */
  updated: /(?:اخر تحديث|تم التحديث|تاريخ التحديث|محدث|به روز|بروزرساني|updated|modified)/iu,
  /** What separates the fields of an info row. */
  fieldSeparator: /\s[|│¦]\s/u,
  /** The writer in an X post's <title>, in English or Arabic: "<name> on X: "…" / X", "<name> على X: "…"". */
  postTitleWriter: /^(.{2,50}?) (?:on|على) X: ["“]/u,
} as const

export interface PageMetadata {
  metaTitles: string[]
  /** The JSON-LD's alternativeHeadline: shown over or under the title, no paragraph of the body. */
  alternativeHeadline?: string
  published?: string
  byline?: string
  siteName?: string
  canonicalUrl?: string
  leadImage?: Image
  /** Every picture the page declares for sharing (og:image, twitter:image, the JSON-LD's), the lead's first. */
  declaredImages: string[]
  declaredLang?: string
  /** The page declares a ClaimReview: a fact-check (find-claim-box.ts). */
  claimReview: boolean
  /** The ClaimReview's verdict and its badge picture (drop-verdict-furniture.ts). */
  verdict?: { name?: string; image?: string }
  /** An article-type JSON-LD, or og:type=article without a JSON-LD episode: the page says it is an article. */
  declaredArticle: boolean
  /** A JSON-LD QAPage and no article: a question and its answers. */
  declaredQuestions?: boolean
}

/** "2024-05-12": an ISO day without its time. */
const DAY_CHARS = 10

/** Date-like elements looked at, in page order, before those after the headline are put first (bounded work). */
const MAX_DATE_CANDIDATES = 200


/** Selectors for visible date stamps, most specific first. Bounded: only the first matches are read. */
const DATE_SELECTORS =
  'time, [itemprop="datePublished"], [class*="date"], [class*="Date"], [class*="time"], [class*="publish"], [class*="Publish"], [id*="date"], [id*="Date"], [id*="ublish"], [id*="time"]'

export function readJsonLdSafe(document: Document): JsonLdDeclarations {
  try {
    return readJsonLdDeclarations(document)
  } catch {
    return { episode: false, claimReview: false }
  }
}

/** Reads what the untouched page declares (meta, JSON-LD, link tags). */
export function readDeclaredMetadata(document: Document, url?: string): PageMetadata {
  const meta = readMetaTags(document)
  const { article: ld, episode, claimReview, verdict, questions } = readJsonLdSafe(document)
  const titleText = document.getElementsByTagName('title')[0]?.textContent ?? ''
  const metaTitles = [firstMeta(meta, ['og:title']), ld?.headline, firstMeta(meta, ['twitter:title']), titleText].filter(
    (t): t is string => Boolean(t && t.trim()),
  )
  // og:type=article is many CMSs' default for every page: a JSON-LD episode and no article outweighs it (TRT Arabi's
  // podcast page), so the extractor asks the structural test of that page too.
  const articleJsonLd = Boolean(ld && ld.isArticleType)
  const result: PageMetadata = { metaTitles, declaredImages: [], claimReview, declaredArticle: articleJsonLd || (meta.get('og:type')?.toLowerCase() === 'article' && !episode) }
  if (questions && !articleJsonLd) result.declaredQuestions = true
  if (verdict) result.verdict = { ...verdict, ...(verdict.image ? { image: toHttpUrl(verdict.image, url) } : {}) }
  if (ld?.alternativeHeadline?.trim()) result.alternativeHeadline = ld.alternativeHeadline.trim()

  const published = [ld?.datePublished, firstMeta(meta, ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date'])]
  for (const raw of published) {
    const date = parseDate(raw)
    if (date) {
      result.published = toIso(date)
      break
    }
  }

  const site = firstMeta(meta, ['og:site_name', 'application-name', 'al:android:app_name']) ?? ld?.publisher
  if (site) result.siteName = site.trim()

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
  result.canonicalUrl = toHttpUrl(canonical, url) ?? toHttpUrl(firstMeta(meta, ['og:url']), url) ?? toHttpUrl(ld?.url, url)

  const image = articlePicture(toHttpUrl(firstMeta(meta, ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']), url) ?? toHttpUrl(ld?.image, url))
  if (image) result.leadImage = { src: image }
  for (const declared of [image, ...[toHttpUrl(firstMeta(meta, ['twitter:image', 'twitter:image:src']), url), toHttpUrl(ld?.image, url)].map(articlePicture)]) {
    if (declared && !result.declaredImages.includes(declared)) result.declaredImages.push(declared)
  }

  for (const name of [...(ld?.authors ?? []), firstMeta(meta, ['author', 'article:author', 'byl', 'dc.creator', 'citation_author'])]) {
    const byline = cleanByline(name)
    if (byline && !/^https?:/iu.test(byline)) {
      result.byline = byline
      break
    }
  }
  // A post's <title> names its writer: "سلمى الحدّاد on X: "…" / X" (X's pages declare no author).
  result.byline ??= PATTERNS.postTitleWriter.exec(document.title ?? '')?.[1]?.trim()
  const lang = document.documentElement?.getAttribute('lang') ?? ld?.inLanguage ?? firstMeta(meta, ['og:locale', 'language', 'content-language'])
  if (lang) result.declaredLang = lang
  return result
}

/** A date from the URL path (/2023/10/27/…). */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  let path = url
  try {
    path = decodeURIComponent(new URL(url).pathname)
  } catch {
    // keep the raw string
  }
  const m = PATTERNS.urlDate.exec(path)
  if (!m) return undefined
  const date = parseDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`)
  return date ? toIso(date) : undefined
}

/** The first visible date stamp on the (prepared) page that is not an update stamp. */
/**
 * Stamps marked by their icon alone: "<span><i class="bi bi-calendar3"></i> جمعہ، 15 مئی 2026</span>" (a Bootstrap
 * theme's meta row names neither the span nor its parent). The icon is an element without text whose class names a
 * calendar or a clock; its parent is the stamp.
 */
function iconedStamps(root: Element): Element[] {
  const stamps: Element[] = []
  for (const icon of Array.from(root.querySelectorAll(ICON_SELECTORS))) {
    if ((icon.textContent ?? '').trim() || !icon.parentElement) continue
    stamps.push(icon.parentElement)
    if (stamps.length >= MAX_ICONED_STAMPS) break
  }
  return stamps
}
const ICON_SELECTORS = 'i[class*="calendar"], i[class*="clock"], span[class*="calendar"], span[class*="clock"], svg[class*="calendar"], svg[class*="clock"]'
const MAX_ICONED_STAMPS = 20

export function findVisibleDate(document: Document, headline?: Element): string | undefined {
  const root = document.body
  if (!root) return undefined
  const found = [...Array.from(root.querySelectorAll(DATE_SELECTORS)), ...iconedStamps(root)].slice(0, MAX_DATE_CANDIDATES)
  // Stamps after the headline first: the header above it often prints today's date (Al-Sabaah).
  const after: Element[] = []
  const before: Element[] = []
  for (const element of found) (headline && isAfter(element, headline) ? after : before).push(element)
  // Then those before it, nearest first: the item's own stamp sits just above its headline (APS's K2 theme), the
  // header's date of the day further up.
  const candidates = [...after, ...before.reverse()].slice(0, 60)
  // An update stamp is the date only when the page prints no other (Kooora's "آخر تحديث: …").
  let updated: string | undefined
  // A day printed without its time gives way to a stamp of the same day with one, further on (a theme's visible "12 مايو
  // 2024" under the headline, its microdata's "2024-05-12T01:05:14+03:00" above it).
  let day: string | undefined
  for (const element of candidates) {
    // (A microformat's <abbr class="published" title="2026-04-24T21:15:00+05:00">9:15 PM</abbr>, Blogger's: the stamp is its title.)
    const attr = element.getAttribute('datetime') ?? element.getAttribute('content') ?? (element.localName === 'abbr' ? element.getAttribute('title') : null)
    const text = (element.textContent ?? '').replace(/\s+/gu, ' ').trim()
    if (text.length > 120 && !attr) continue
    const date = parseDate(attr) ?? parseDate(text)
    if (!date) continue
    if (!PATTERNS.updated.test(normalizePhrase(text))) {
      const iso = toIso(date)
      if (day === undefined) {
        if (iso.length > DAY_CHARS) return iso
        day = iso
      } else if (iso.length > DAY_CHARS && iso.startsWith(day)) return iso
      continue
    }
    updated ??= toIso(date)
  }
  if (day) return day
  // Last, an issue line above the headline (an old paper's, a newsletter's): the piece is of that issue; or a post's
  // stamp, a link whose text is its date.
  return updated ?? (headline ? (dateLineUnder(headline) ?? issueLineDate(root, headline)) : undefined) ?? timestampLinkDate(root)
}

/** Links looked at for a post's stamp, and the longest stamp. */
const MAX_STAMP_LINKS = 300
const MAX_STAMP_CHARS = 40

/**
 * A post's time stamp is a link to the post whose text is the date ("10 مايو 2026 الساعة 9:40 ص", a Facebook post's),
 * in no element a date selector finds. The first such link on the page; relative stamps of comments ("2 س") parse as
 * no date.
 */
function timestampLinkDate(root: Element): string | undefined {
  const links = root.getElementsByTagName('a')
  for (let i = 0; i < links.length && i < MAX_STAMP_LINKS; i++) {
    const text = (links[i]!.textContent ?? '').replace(/\s+/gu, ' ').trim()
    if (!text || text.length > MAX_STAMP_CHARS || !/\d{4}/u.test(text)) continue
    const date = parseDate(text)
    if (date) return toIso(date)
  }
  return undefined
}

/** How far under the headline an unmarked date line may sit (its row, its cell, its <font>). */
const MAX_DATE_LINE_DISTANCE = 8
const MAX_DATE_LINE_CHARS = 60
/** An info row of fields, the stamp one of them. */
const MAX_INFO_ROW_CHARS = 200

/**
 * A short line right under the headline that is a date, in no element a date selector finds: old table-layout sites
 * print "الجمعة 23 سبتمبر 2011 - 14:35" in a bare <font> in the next row.
 */
function dateLineUnder(headline: Element): string | undefined {
  for (const element of elementsAfter(headline, MAX_DATE_LINE_DISTANCE)) {
    const line = (element.textContent ?? '').replace(/\s+/gu, ' ').trim()
    if (!line || line.length > MAX_INFO_ROW_CHARS) continue
    // (An old portal's info row holds the stamp among other fields: "التاريخ: 21/04/2026 - 09:40 صباحاً | القسم: أخبار ذي
    // قار | عدد القراءات: 1874"; each field is read as a line.)
    for (const text of line.length > MAX_DATE_LINE_CHARS ? line.split(PATTERNS.fieldSeparator) : [line]) {
      if (text.trim().length > MAX_DATE_LINE_CHARS) continue
      const date = parseDate(text)
      if (date && !PATTERNS.updated.test(normalizePhrase(text))) return toIso(date)
    }
  }
  return undefined
}

/** A declared picture, unless it is the site's own card or a writer's portrait (site-card-picture.ts). */
function articlePicture(src: string | undefined): string | undefined {
  return src && !isSiteCardPicture(src) ? src : undefined
}
