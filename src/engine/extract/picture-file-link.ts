/**
 * Whether a link leads to a picture's own file (a lightbox's full-size photo), not to a page: "…/conv5-01.jpg", and a
 * document library's address that writes the file's name before its id (Liferay's "/documents/…/photo-2.jpg/7b1d…").
 * A thumbnail so linked is the story's picture; one linking to a page is a teaser's.
 */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[/?#]|$)/iu

export function isPictureFileLink(href: string): boolean {
  return PICTURE_FILE.test(href)
}

/** The picture, inside `box`, is wrapped in a link to an image file (a lightbox's full size), not to a page. */
export function opensItsFile(img: Element, box: Element): boolean {
  const link = img.closest('a')
  return link !== null && link !== box && box.contains(link) && isPictureFileLink(link.getAttribute('href') ?? '')
}

/** An address's file name, without its query or fragment: "…/photo-02.jpg?h=720&w=1280" and "…/photo-02.jpg" name one file. */
export function fileNameOf(href: string): string {
  return (href.split(/[?#]/u)[0] ?? '').split('/').pop() ?? ''
}

/**
 * The picture's own file is offered beside it: a link to that file in its slide, the nearest box around it that holds no
 * other picture ("تحميل الصورة" under each slide of a Sitecore carousel, whose pictures link nowhere).
 */
export function offersItsFile(img: Element, box: Element): boolean {
  const file = fileNameOf(img.getAttribute('src') ?? '')
  if (!file) return false
  for (let item = img.parentElement; item && item !== box && box.contains(item); item = item.parentElement) {
    if (item.querySelectorAll('img').length > 1) return false
    for (const link of Array.from(item.querySelectorAll('a[href]'))) {
      const href = link.getAttribute('href') ?? ''
      if (isPictureFileLink(href) && fileNameOf(href) === file) return true
    }
  }
  return false
}
