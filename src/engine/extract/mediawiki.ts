/**
 * Pages of MediaWiki, the software of Wikipedia, Wikinews and many other wikis (batch w: Arabic and Persian Wikipedia,
 * Arabic Wikinews). Readers open the reader there as they do on news. The article is the page's text; around it the
 * software sets its own furniture, named by stable classes, which no news rule knows: footnote markers ([1]) and "[عدل]"
 * links inside the text, the infobox, maintenance and notice boxes, hatnotes, the contents, navigation boxes, portals,
 * categories, and the back matter after the text (references, "انظر أيضًا", external links). Removed from the prepared
 * clone before anything reads it; a disambiguation page lists other pages and is no article.
 */
import { normalizePhrase } from './clutter-rules.ts'

const PATTERNS = {
  generator: /^MediaWiki\b/u,
} as const

/** The software's furniture in and around the text, by its classes and ids. */
const FURNITURE = [
  'sup.reference', '.mw-editsection', '.mw-jump-link', '#siteSub', '#contentSub', '#contentSub2', '.mw-indicators',
  '.infobox', '.navbox', '.navbox-styles', '.vertical-navbox', '.ambox', '.mbox-small', '.hatnote', '.dablink', '.shortdescription',
  '#toc', '.toc', '.vector-toc', '#catlinks', '.catlinks', '.printfooter', '.mw-references-wrap', 'ol.references', '.reflist',
  '.refbegin', '.sistersitebox', '.portalbox', '.portal-bar', '.portal', '#coordinates', '.navbar', '.mw-empty-elt',
].join(', ')

/** Titles of the back matter after the text: references, notes, "see also", external links. Hand-written. */
const BACK_MATTER = new Set(
  [
    'المراجع', 'مراجع', 'المصادر', 'مصادر', 'الهوامش', 'هوامش', 'ملاحظات', 'انظر أيضا', 'انظر أيضًا', 'اقرأ أيضا', 'وصلات خارجية',
    'روابط خارجية', 'المراجع والمصادر', 'مصادر ومراجع', 'قراءات إضافية', 'أخبار ذات صلة',
    'منابع', 'پانویس', 'جستارهای وابسته', 'پیوند به بیرون', 'منابع و پانویس', 'یادداشت‌ها', 'برای مطالعهٔ بیشتر',
    'حوالہ جات', 'مزید دیکھیے', 'بیرونی روابط', 'حواشی',
    'references', 'notes', 'see also', 'external links', 'further reading', 'sources', 'bibliography',
  ].map(normalizePhrase),
)

const HEADING_LEVEL: Record<string, number> = { h2: 2, h3: 3, h4: 4 }

/** The page was made by MediaWiki, as its generator meta says (every MediaWiki page has it; one look in <head>). */
export function isMediaWikiPage(document: Document): boolean {
  for (const meta of Array.from(document.head?.getElementsByTagName('meta') ?? [])) {
    if (meta.getAttribute('name') === 'generator') return PATTERNS.generator.test(meta.getAttribute('content') ?? '')
  }
  return false
}

/** A disambiguation page: a list of the pages a word may name (its notice box), no article. */
export function isDisambiguationPage(document: Document): boolean {
  return document.getElementById('disambigbox') !== null || document.querySelector('.dmbox-disambig') !== null
}

/** Removes the furniture and the back matter from a MediaWiki page's clone. */
export function clearMediaWikiFurniture(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(FURNITURE))) {
    if (!element.parentNode) continue
    // The infobox's picture is the article's lead picture: it stays, alone in a figure, where the box was.
    const picture = element.classList.contains('infobox') ? element.querySelector('img') : null
    if (picture) {
      const figure = document.createElement('figure')
      figure.appendChild(picture)
      element.replaceWith(figure)
    } else element.remove()
  }
  for (const heading of Array.from(document.querySelectorAll('h2, h3, h4'))) {
    if (!heading.parentNode || !BACK_MATTER.has(normalizePhrase(heading.textContent ?? ''))) continue
    removeSection(heading)
  }
}

/** The heading (in Vector 2022's div.mw-heading wrapper or bare) and what follows it up to a heading of its level or above. */
function removeSection(heading: Element): void {
  const level = HEADING_LEVEL[heading.localName] ?? 2
  const start = heading.parentElement?.classList.contains('mw-heading') ? heading.parentElement : heading
  let next = start.nextElementSibling
  start.remove()
  while (next) {
    const level2 = headingLevelOf(next)
    if (level2 !== undefined && level2 <= level) break
    const after = next.nextElementSibling
    next.remove()
    next = after
  }
}

function headingLevelOf(element: Element): number | undefined {
  const own = HEADING_LEVEL[element.localName]
  if (own !== undefined) return own
  if (!element.classList.contains('mw-heading')) return undefined
  const inner = element.querySelector('h2, h3, h4')
  return inner ? HEADING_LEVEL[inner.localName] : undefined
}
