/**
 * The standfirst (lead, deck, subtitle) printed just under the headline. The data convention counts it as
 * body, but themes put it in its own block beside the headline, outside the container Readability picks
 * (YJC's h2.Htags_news_subtitle, "article__subhead", "p.lead"). Read from the prepared clone before
 * Readability runs; the caller prepends it unless the body already starts with it.
 */
import { elementsAfter } from './next-in-order.ts'

const PATTERNS = {
  /** Class/id names of a standfirst: subtitle, sub_head, standfirst, lead, summary, excerpt, deck, intro. */
  name: /(?:^|[\s_-])(?:sub[-_]?title|subtitle|sub[-_]?head(?:line|ing)?|standfirst|lead|summary|excerpt|deck|intro|introtext|brief|description|news_subtitle|article__subhead)(?:$|[\s_-])/iu,
  /** A heading used as the deck, right after the headline and named by nothing (Anadolu's h1 + h4). */
  deckTag: /^h[2-6]$/u,
  /** The same words closing a camel-case name, as older ASP.NET themes write them (Elaph's td.ArticleSummary). */
  camelName: /[a-z](?:Summary|SubTitle|Subtitle|Standfirst|Lead|Brief|Intro|Excerpt|Deck)(?:$|[\s_-])/u,
  /** A standfirst is a sentence, not a kicker: it ends like one… */
  sentenceEnd: /[.!؟?۔…"»”]\s*$/u,
  /** A box label before the standfirst's text ("ملخص"): the label is not part of the lead. */
  label: /^(?:ملخص|الملخص|باختصار|موجز|أبرز النقاط|أهم النقاط)\s*:?(?:\s+|$)/u,
  whitespace: /\s+/gu,
} as const

/**
 * How many elements after the headline the standfirst may sit (a wrapper or two, the meta line; Khabar Online's meta line
 * is a date, a news code and three tool links with their icons).
 */
const MAX_DISTANCE = 20
const MIN_CHARS = 40
/** Kickers run to 7 words (filter-blocks' MAX_KICKER_WORDS); a deck without a stop needs more than that. */
const MIN_UNSTOPPED_WORDS = 9
/** A deck both named and placed as one may be shorter: a sentence of six words. */
const MIN_NAMED_DECK_WORDS = 6
const MAX_CHARS = 600
const TEXT_NODE = 3

export function findStandfirst(headline: Element): string | undefined {
  const description = declaredDescription(headline.ownerDocument)
  for (const element of elementsAfter(headline, MAX_DISTANCE)) {
    // The page's declared description printed under the headline is its lead, whatever the block is named (BBC's
    // obfuscated p.bbc-… under a live page's headline).
    if (description && element.localName.toLowerCase() === 'p' && clean(element.textContent) === description) return description
    // (And the names components give their blocks: the Guardian's div[data-gu-name=standfirst].)
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('data-gu-name') ?? ''} ${element.getAttribute('data-component') ?? ''}`
    const deck = element === headline.nextElementSibling && PATTERNS.deckTag.test(element.localName.toLowerCase())
    if (!deck && !PATTERNS.name.test(names) && !PATTERNS.camelName.test(names)) continue
    const text = withoutLabel(element).replace(PATTERNS.whitespace, ' ').trim().replace(PATTERNS.label, '')
    if (text.length < MIN_CHARS || text.length > MAX_CHARS) continue
    // …or is as long as one: decks often end without a stop ("الجفاف يدخل عامه الخامس... وخطة لتوفير …").
    // (A heading named as the subtitle right under the headline is the deck at fewer words: Shasha's h2.details-subtitle,
    // "يامين يسجل هدفين ويعزز صدارته لقائمة الهدافين".)
    const namedDeck = deck && PATTERNS.name.test(names)
    if (!PATTERNS.sentenceEnd.test(text) && text.split(' ').length < (namedDeck ? MIN_NAMED_DECK_WORDS : MIN_UNSTOPPED_WORDS)) continue
    // Key-point lists and teaser boxes are not a lead; a box holding the lead picture too is read further in, at the
    // lead itself (Hamshahri's div.item-summary: figure, p.summary, the authors).
    if (element.getElementsByTagName('a').length > 0 || element.getElementsByTagName('p').length > 1 || element.getElementsByTagName('li').length > 1) continue
    if (element.getElementsByTagName('figure').length > 0 || element.getElementsByTagName('img').length > 0) continue
    return text
  }
  return undefined
}

const clean = (text: string | null | undefined) => (text ?? '').replace(PATTERNS.whitespace, ' ').trim()

/** og:description, else the description meta, when it is as long as a lead (read in <head> only, not a walk of the page). */
function declaredDescription(document: Document): string | undefined {
  let og = ''
  let plain = ''
  for (const meta of Array.from(document.head?.getElementsByTagName('meta') ?? [])) {
    if (!og && meta.getAttribute('property') === 'og:description') og = clean(meta.getAttribute('content'))
    else if (!plain && meta.getAttribute('name') === 'description') plain = clean(meta.getAttribute('content'))
  }
  for (const text of [og, plain]) if (text.length >= MIN_CHARS && text.length <= MAX_CHARS) return text
  return undefined
}

/** The element's text without a label element opening it ("<div>ملخص</div><div>…</div>" joins as "ملخص…"). */
function withoutLabel(element: Element): string {
  const text = textWithBreaks(element)
  const label = element.firstElementChild?.textContent ?? ''
  if (!label.trim() || !PATTERNS.label.test(label.trim())) return text
  const at = text.indexOf(label)
  return at >= 0 ? text.slice(at + label.length) : text
}

/** textContent with a space for each <br>: two deck lines split by one ("… منتصف 2025<br>7.4 ملايين …") stay apart. */
function textWithBreaks(element: Element): string {
  if (!element.getElementsByTagName('br').length) return element.textContent ?? ''
  let text = ''
  const stack: Node[] = [element]
  while (stack.length) {
    const node = stack.pop()!
    if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? ''
    else if ((node as Element).localName === 'br') text += ' '
    else for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child)
  }
  return text
}
