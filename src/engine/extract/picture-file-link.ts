/**
 * Whether a link leads to a picture's own file (a lightbox's full-size photo), not to a page: "…/conv5-01.jpg", and a
 * document library's address that writes the file's name before its id (Liferay's "/documents/…/photo-2.jpg/7b1d…").
 * A thumbnail so linked is the story's picture; one linking to a page is a teaser's.
 */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[/?#]|$)/iu

export function isPictureFileLink(href: string): boolean {
  return PICTURE_FILE.test(href)
}
