/**
 * Whether two image addresses are one picture at two sizes.
 *
 * Why: a page declares its lead picture for sharing (og:image, usually a 1200×630 crop) and shows the same
 * picture in the article at the size of its column ("-696x392.jpg", Drupal's "styles/large/", a resizer's
 * "/1024x576/", Next.js's "/_next/image?url=…"). Compared as strings they differ, and the reader showed
 * the picture twice: once above the text, once in it.
 *
 * The key is the file's name without its size marks; a name too plain to tell pictures apart ("image.jpg",
 * "712.jpg") keeps the folder that names the picture and the query values that are not sizes.
 */

const PATTERNS = {
  /** Extensions, repeated ("….jpg.webp") and with a resizer's tail ("….jpg._2"). */
  extension: /(?:\.(?:jpe?g|png|gif|webp|avif|bmp|svg|php|ashx|aspx)|\._?\d)+$/iu,
  /** Name parts that are sizes or renditions: 1200x630, 600x338o, w1023, h630, q70, r1, _s, og, large. */
  sizePart: /^(?:\d{2,4}x\d{0,4}[a-z]?|[whq]\d{2,4}|r\d|[a-z]|og|large|medium|small|th|thumb|thumbnail|full|big|scaled|original)$/iu,
  /** A width or a rendition number closing a name ("68561702_605", "trading-screen-1200"), not a year. */
  trailingWidth: /^(?!19[5-9]\d$|20[0-4]\d$)\d{3,4}$/u,
  /** A part long enough to name a picture on its own: six letters or digits. */
  telling: /^[\p{L}\p{N}]{6,}$/u,
  letterOrDigit: /[\p{L}\p{N}]/gu,
  /** A folder that names one picture: an id with digits ("1.5234870.1731870125!", "1705432"). */
  idFolder: /^(?=.*\d)[\p{L}\p{N}.!_-]{5,}$/u,
  /** A folder of sizes or renditions ("1200x630", "w1200", "600x338o", "landscape_804"). */
  sizeFolder: /^(?:\d{2,4}(?:x\d{0,4}[a-z]?)?|[whq]_?\d{2,4}|[a-z]+(?:_\d{1,4})+)$/iu,
  separators: /[-_.\s]+/u,
} as const

/** Letters and digits enough for a file's name to tell one picture from another ("port-rades-tunis", not "image"). */
const TELLING_NAME = 8

/**
 * Query parameters that size, crop, sign or cache-bust a picture rather than name it (the Guardian's "s", the signature of
 * each rendition, and its sharing card's "overlay-…" parameters).
 */
const SIZE_PARAMETERS = new Set(['w', 'h', 'width', 'height', 'size', 'resize', 'fit', 'crop', 'q', 'quality', 'itok', 'v', 'ts', 'ver', 'format', 'auto', 'dpr', 's'])
const isSizeParameter = (key: string) => SIZE_PARAMETERS.has(key) || key.startsWith('overlay')

/** The address a Next.js or similar image proxy serves: its `url` parameter. */
function proxiedAddress(url: URL): URL {
  const inner = url.searchParams.get('url')
  if (!inner) return url
  try {
    return new URL(inner, url)
  } catch {
    return url
  }
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/** The picture an address shows, without its size: equal keys, one picture. Undefined for no address. */
export function pictureKey(src: string): string | undefined {
  let url: URL
  try {
    url = proxiedAddress(new URL(src))
  } catch {
    return undefined
  }
  const folders = url.pathname.split('/').filter(Boolean).map(decoded)
  const file = folders.pop() ?? ''
  const parts = file.replace(PATTERNS.extension, '').split(PATTERNS.separators).filter(Boolean)
  let kept = parts.filter((part) => !PATTERNS.sizePart.test(part))
  if (kept.length > 1 && PATTERNS.trailingWidth.test(kept[kept.length - 1]!) && kept.slice(0, -1).some((part) => PATTERNS.telling.test(part))) {
    kept = kept.slice(0, -1)
  }
  const name = kept.join('-').toLowerCase()
  if ((name.match(PATTERNS.letterOrDigit)?.length ?? 0) >= TELLING_NAME) return name
  // A plain name: the folder that names the picture (the last id-like one, sizes skipped) and the query's
  // own values (image.php?token=…) tell it apart.
  const folder = [...folders].reverse().find((f) => PATTERNS.idFolder.test(f) && !PATTERNS.sizeFolder.test(f)) ?? ''
  const query = [...url.searchParams].filter(([key]) => !isSizeParameter(key.toLowerCase())).map(([key, value]) => `${key}=${value}`).sort().join('&')
  return `${folder}/${name}?${query}`
}

/** Whether `a` and `b` show the same picture (at any size). */
export function isSamePicture(a: string, b: string): boolean {
  if (a === b) return true
  const key = pictureKey(a)
  return key !== undefined && key === pictureKey(b)
}

/** A file's name marked as a thumbnail ("th_olive_nablus_1.jpg", "photo-thumb.jpg", "…_small.jpg"). */
const THUMBNAIL_PART = /^(?:th|thumb|thumbnail|small)$/iu

/**
 * Whether an address names a thumbnail of its picture: a page may declare its thumbnail for sharing while it shows the
 * picture itself under the headline (Al-Hayat Al-Jadida's og:image "th_…"), and the reader then shows the larger.
 */
export function isThumbnailAddress(src: string): boolean {
  try {
    const file = new URL(src).pathname.split('/').pop() ?? ''
    return file.replace(PATTERNS.extension, '').split(PATTERNS.separators).some((part) => THUMBNAIL_PART.test(part))
  } catch {
    return false
  }
}
