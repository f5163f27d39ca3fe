/**
 * Pictures a page declares for sharing (og:image) that are not the article's: the site's default card ("og-default.jpg",
 * "mawdoo3-og.png", a logo, BBC's "images/metadata/poster-1024x576.png"), the writer's portrait of a column (".../columnists/…/name.jpg", shown in the writer's box,
 * not over the text), and an archive.today snapshot's screenshot of the whole page ("archive.ph/<id>/<hash>/scr.png").
 * The reader shows a declared picture over the article, so these would stand where the article has no picture.
 */

const PATTERNS = {
  /** The file's name without its extension, and the path before it. */
  file: /^(.*)\/([^/?#]*?)(?:\.[a-z0-9]{2,5})?(?:[?#].*)?$/iu,
  tokenSeparators: /[-_.\s]+/u,
  /** The folder of a site's own sharing pictures: BBC's "/arabic/images/metadata/poster-1024x576.png". */
  cardFolder: /\/images\/metadata\//iu,
  /** Folders of writers' portraits. */
  portraitFolder: /\/(?:columnists?|authors?|writers?|kuttab|kottab|avatars?|profiles?)\//iu,
  /** archive.today's hosts, whose og:image is its screenshot of the page as archived. */
  archiveToday: /^https?:\/\/archive\.(?:ph|today|is|li|md|vn|fo)\//iu,
  /** The name archive.today gives its screenshot. */
  screenshot: /\/scr\.png(?:$|[?#])/iu,
} as const

/** A name token that says "the site's card, whatever the page" wherever it stands in the name. */
const CARD_WORDS: ReadonlySet<string> = new Set(['default', 'placeholder', 'fallback', 'logo', 'nophoto', 'noimage'])
/** Tokens a card's name is made of ("og-image", "social-share", "fb-card") besides the site's own name. */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'og', 'ogimage', 'share', 'sharing', 'social', 'facebook', 'fb', 'twitter', 'card', 'image', 'img', 'site', 'meta', 'preview',
  'thumbnail', 'cover', 'banner', 'main', 'web',
])
/** The words of GENERIC_WORDS that make a name a card ("og", "share"), not merely a picture ("image"). */
const SHARING_WORDS: ReadonlySet<string> = new Set(['og', 'ogimage', 'share', 'sharing', 'social', 'facebook', 'fb', 'twitter', 'card'])

export function isSiteCardPicture(src: string): boolean {
  if (PATTERNS.archiveToday.test(src) && PATTERNS.screenshot.test(src)) return true
  let host = ''
  let path = src
  try {
    const url = new URL(src)
    host = url.hostname.toLowerCase()
    path = decodeURIComponent(url.pathname)
  } catch {
    // A relative or broken address: its path alone is read.
  }
  const file = PATTERNS.file.exec(path)
  if (!file) return false
  const [, folder, name] = file
  if (PATTERNS.portraitFolder.test(`${folder}/`) || PATTERNS.cardFolder.test(`${folder}/`)) return true
  const tokens = name.toLowerCase().split(PATTERNS.tokenSeparators).filter(Boolean)
  if (!tokens.length) return false
  if (tokens.some((token) => CARD_WORDS.has(token))) return true
  // Every token generic or the site's own name ("mawdoo3" of mawdoo3.example), and one of them about sharing.
  const ofSite = (token: string) => token.length >= 3 && host.includes(token)
  return tokens.every((token) => GENERIC_WORDS.has(token) || ofSite(token)) && tokens.some((token) => SHARING_WORDS.has(token))
}
