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
