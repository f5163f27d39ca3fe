/**
 * A link to a writer's page ("/author/hamad-almarri/", "/writers/41/", "/كتاب/…", a think tank's "/Researchers/…"): the name it carries is a writer's, not a
 * headline's, and a box linking several writers so names them all. Shared by the byline box reader (prepare-clone.ts) and
 * the labelled line under the headline (find-labelled-byline.ts).
 */
const WRITER_PAGE = /\/(?:author|authors|writer|writers|columnists?|kottab|kuttab|researchers?|experts?|scholars?)(?:\/|$|\?)|\/كتاب\//iu

export function linksToWriterPage(link: Element): boolean {
  return WRITER_PAGE.test(link.getAttribute('href') ?? '')
}
