import { countLetters } from '../arabic/letters.ts'
/**
 * The article object of a page's JSON-LD (schema.org NewsArticle and kin), read defensively: pages ship
 * invalid JSON, arrays, @graph wrappers, authors as strings, objects or lists.
 */

export interface JsonLdArticle {
  headline?: string
  /** A second headline the page declares: a kicker over the title ("گزارش «شرق» از …", Shargh), no body text. */
  alternativeHeadline?: string
  datePublished?: string
  authors: string[]
  publisher?: string
  image?: string
  url?: string
  inLanguage?: string
  /** A NewsArticle/Article-like type, not only a WebPage. */
  isArticleType: boolean
}

// (A post at its own address, a forum thread's opening post or a Reddit post, declares its writer, date and headline as an article does.)
const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|WebPage|ReviewNewsArticle|BackgroundNewsArticle|DiscussionForumPosting|SocialMediaPosting)$/u

/** Bounds the work on hostile pages: no more scripts and no bigger blobs than this. */
const MAX_SCRIPTS = 20
const MAX_JSON_CHARS = 300_000

type Json = unknown

const PATTERNS = {
  // eslint-disable-next-line no-control-regex -- the point is to find raw control characters
  control: /[\u0000-\u001F]+/gu,
} as const

function asString(value: Json): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (Array.isArray(value)) return asString(value[0])
  if (value && typeof value === 'object') {
    const o = value as Record<string, Json>
    return asString(o.url ?? o['@id'] ?? o.name ?? o.contentUrl)
  }
  return undefined
}

function names(value: Json): string[] {
  if (!value) return []
  if (typeof value === 'string') return [value.trim()].filter(Boolean)
  if (Array.isArray(value)) return value.flatMap(names)
  if (typeof value === 'object') {
    const name = (value as Record<string, Json>).name
    return typeof name === 'string' && name.trim() ? [name.trim()] : []
  }
  return []
}

/**
 * An author declared as an organisation under a name in another script than the reader's is the publisher's English name,
 * no writer ("author": {"@type": "Organization", "name": "International Committee of the Red Cross"} on ICRC's Arabic
 * releases). An organisation named in Arabic script stays the declared author ("فرانس24"), as before.
 */
function withoutForeignOrganizations(value: Json): Json {
  if (Array.isArray(value)) return value.filter((item) => !isOrganization(item))
  return isOrganization(value) ? null : value
}

function isOrganization(value: Json): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const o = value as Record<string, Json>
  return typesOf(o).some((type) => ORGANIZATION_TYPES.has(type)) && typeof o.name === 'string' && countLetters(o.name).arabicScript === 0
}


const ORGANIZATION_TYPES = new Set(['Organization', 'NewsMediaOrganization', 'GovernmentOrganization', 'NGO', 'Corporation'])

function typesOf(o: Record<string, Json>): string[] {
  const t = o['@type']
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : []
}

/** Flattens arrays and @graph into candidate objects. */
function collect(value: Json, out: Record<string, Json>[], depth = 0): void {
  if (depth > 4 || !value || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) collect(item, out, depth + 1)
    return
  }
  const o = value as Record<string, Json>
  out.push(o)
  if (o['@graph']) collect(o['@graph'], out, depth + 1)
}

/**
 * JSON.parse, then once more with control characters turned to spaces: CMS templates put raw newlines
 * inside JSON strings (urdupoint's headline), which JSON forbids and browsers' JSON-LD readers forgive.
 */
function parseLoosely(text: string): Json {
  try {
    return JSON.parse(text)
  } catch {
    try {
      return JSON.parse(text.replace(PATTERNS.control, ' '))
    } catch {
      return undefined
    }
  }
}

/** A page of one episode of a podcast or a programme: its content is the audio or the video, not an article. */
const EPISODE_TYPES = /^(?:PodcastEpisode|RadioEpisode|TVEpisode|Episode)$/u

/** What the page's JSON-LD declares: its article, if any, and whether it declares an episode. */
export interface JsonLdDeclarations {
  article?: JsonLdArticle
  episode: boolean
  /** A schema.org QAPage: a question and the answers of several people, a discussion and no article. */
  questions?: boolean
  /** A schema.org ClaimReview: the page is a fact-check, whose claim and verdict may sit in a box of their own. */
  claimReview: boolean
  /** The ClaimReview's verdict ("زائف") and the site's picture of it (a rating badge shared by every such check). */
  verdict?: { name?: string; image?: string }
}

export function readJsonLdDeclarations(document: Document): JsonLdDeclarations {
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).slice(0, MAX_SCRIPTS)
  const candidates = scripts.flatMap(jsonLdObjects)
  return {
    article: articleOf(candidates),
    episode: candidates.some((o) => typesOf(o).some((t) => EPISODE_TYPES.test(t))),
    questions: candidates.some((o) => typesOf(o).includes('QAPage')),
    claimReview: candidates.some((o) => typesOf(o).includes('ClaimReview')),
    ...verdictOf(candidates),
  }
}

/** The objects one JSON-LD script declares (arrays and @graph flattened), parsed loosely; none if unreadable or too big. */
export function jsonLdObjects(script: Element): Record<string, Json>[] {
  const text = script.textContent ?? ''
  const objects: Record<string, Json>[] = []
  if (text.trim() && text.length <= MAX_JSON_CHARS) collect(parseLoosely(text), objects)
  return objects
}

function verdictOf(candidates: readonly Record<string, Json>[]): Pick<JsonLdDeclarations, 'verdict'> {
  const review = candidates.find((o) => typesOf(o).includes('ClaimReview'))
  const rating = review?.reviewRating
  if (!rating || typeof rating !== 'object' || Array.isArray(rating)) return {}
  const r = rating as Record<string, Json>
  const name = typeof r.alternateName === 'string' ? r.alternateName.trim() || undefined : undefined
  const image = asString(r.image)
  return name || image ? { verdict: { ...(name ? { name } : {}), ...(image ? { image } : {}) } } : {}
}

function articleOf(candidates: readonly Record<string, Json>[]): JsonLdArticle | undefined {
  // Prefer a news/article type over WebPage.
  const ranked = candidates
    .filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)))
    .sort((a, b) => Number(typesOf(a).includes('WebPage')) - Number(typesOf(b).includes('WebPage')))
  const article = ranked[0]
  if (!article) return undefined
  return {
    headline: asString(article.headline) ?? asString(article.name),
    alternativeHeadline: asString(article.alternativeHeadline),
    datePublished: asString(article.datePublished) ?? asString(article.dateCreated),
    authors: names(withoutForeignOrganizations(article.author)),
    publisher: names(article.publisher)[0],
    image: asString(article.image) ?? asString(article.thumbnailUrl),
    url: asString(article.mainEntityOfPage) ?? asString(article.url),
    inLanguage: asString(article.inLanguage),
    isArticleType: !typesOf(article).every((t) => t === 'WebPage' || !ARTICLE_TYPES.test(t)),
  }
}
