/**
 * The standfirst (lead, deck, subtitle) printed just under the headline. The data convention counts it as
 * body, but themes put it in its own block beside the headline, outside the container Readability picks
 * (YJC's h2.Htags_news_subtitle, "article__subhead", "p.lead"). Read from the prepared clone before
 * Readability runs; the caller prepends it unless the body already starts with it.
 */
import { nextInOrder } from './next-in-order.ts'

const PATTERNS = {
  /** Class/id names of a standfirst: subtitle, sub_head, standfirst, lead, summary, excerpt, deck, intro. */
  name: /(?:^|[\s_-])(?:sub-?title|subtitle|sub_?head|subhead|standfirst|lead|summary|excerpt|deck|intro|brief|news_subtitle|article__subhead)(?:$|[\s_-])/iu,
  /** A standfirst is a sentence, not a kicker: it ends like one. */
  sentenceEnd: /[.!؟?۔…"»”]\s*$/u,
  whitespace: /\s+/gu,
} as const

/** How many elements after the headline the standfirst may sit (a wrapper or two, the meta line). */
const MAX_DISTANCE = 12
const MIN_CHARS = 40
const MAX_CHARS = 600
const ELEMENT_NODE = 1

export function findStandfirst(headline: Element): string | undefined {
  let seen = 0
  let node: Node | null = headline
  while (node && seen < MAX_DISTANCE) {
    node = nextInOrder(node, headline)
    if (!node || node.nodeType !== ELEMENT_NODE) continue
    seen++
    const element = node as Element
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    if (!PATTERNS.name.test(names)) continue
    const text = (element.textContent ?? '').replace(PATTERNS.whitespace, ' ').trim()
    if (text.length < MIN_CHARS || text.length > MAX_CHARS || !PATTERNS.sentenceEnd.test(text)) continue
    if (element.getElementsByTagName('a').length > 0 || element.getElementsByTagName('p').length > 1) continue
    return text
  }
  return undefined
}
