/**
 * A list of the site's other pages under a label, in any language: "مۇناسىۋەتلىك خەۋەرلەر" (Uyghur, related
 * news), "شهر جون ٻيون خبرون" (Sindhi, the city's other news), "أخبار المدينة" … over a <ul> whose every item is one
 * link to another page of the same site (maybe with a bullet or a date beside it). The phrase lists name such
 * boxes only in the languages they were written for; Readability removes the list as links, and the label was left
 * as a line of text under the article. The label goes. A list of sources links to other sites, and a table of contents to
 * the page itself: neither is read so.
 */
import { articleKey, isSameArticle } from './same-article-address.ts'

/** Fewest items: two links under a label may be a writer's other pieces or a pair of sources. */
const MIN_ITEMS = 3
/** Share of an item's text in its link (the rest a bullet, a date, a view count). */
const MIN_LINKED_SHARE = 0.5
const HEADING = /^h[1-6]$/iu

function collapsed(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/gu, ' ').trim()
}

/** Whether `href` is another page of the site whose page is `page` (an article key): not the page, nor a place in it. */
function isOtherPageOfSite(href: string, pageUrl: string, page: string): boolean {
  const key = articleKey(href, pageUrl)
  return key !== undefined && hostOf(key) === hostOf(page) && !isSameArticle(key, page)
}

/** The host an article key begins with (articleKey drops "www.", "m." and the like). */
function hostOf(key: string): string {
  const slash = key.indexOf('/')
  return slash < 0 ? key : key.slice(0, slash)
}

function isSiteLinkList(list: Element, pageUrl: string, page: string): boolean {
  const items = Array.from(list.children).filter((child) => child.localName?.toLowerCase() === 'li')
  if (items.length < MIN_ITEMS || items.length !== list.childElementCount) return false
  return items.every((item) => {
    const links = Array.from(item.getElementsByTagName('a'))
    if (links.length !== 1) return false
    const linkText = collapsed(links[0]!)
    return linkText.length > 0 && linkText.length >= MIN_LINKED_SHARE * collapsed(item).length && isOtherPageOfSite(links[0]!.getAttribute('href') ?? '', pageUrl, page)
  })
}

/**
 * Removes each label among `labels` (short text-only elements) that heads a list of the site's other pages: the list
 * is the label's next element, and the two are all the text of their box.
 */
export function dropLabelledLinkLists(labels: readonly Element[], pageUrl: string | undefined): void {
  const page = articleKey(pageUrl)
  if (!page || !pageUrl) return
  for (const label of labels) {
    // A heading is left to Readability and the trailing-heading rule: removing one before Readability moved its choice
    // of the text's box on a page with two copies of the article (Al-Akhbar's AMP page and its <noscript> copy).
    if (HEADING.test(label.localName ?? '')) continue
    const list = label.nextElementSibling
    const tag = list?.localName?.toLowerCase()
    if (!label.parentElement || !list || (tag !== 'ul' && tag !== 'ol')) continue
    const labelText = collapsed(label)
    if (!labelText || collapsed(label.parentElement).length > labelText.length + collapsed(list).length + 1) continue
    // (Only the label: Readability removes the list as links.)
    if (isSiteLinkList(list, pageUrl, page)) label.remove()
  }
}
