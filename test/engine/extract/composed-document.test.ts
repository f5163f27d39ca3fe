/**
 * A live page's composed tree (composed-document.ts): what the injected extractor reads on a page whose text lives in open
 * shadow roots. happy-dom builds real shadow roots and slots here; the e2e suite 22-shadow-dom reads such a page in
 * Chromium and Firefox.
 */
import { describe, expect, it } from 'vitest'
import { composedDocument, hasOpenShadowRoots } from '../../../src/engine/extract/composed-document.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { HEADLINE, TEXT } from './library-article.ts'


/** A page whose <news-article> holds the headline and two paragraphs in its shadow tree and slots two more. */
function webComponentPage(): Document {
  document.documentElement.setAttribute('lang', 'ar')
  document.head.replaceChildren()
  document.body.replaceChildren()
  const title = document.createElement('title')
  title.textContent = HEADLINE
  document.head.append(title)
  const host = document.createElement('news-article')
  const light = (text: string, slot?: string) => {
    const p = document.createElement('p')
    p.textContent = text
    if (slot) p.setAttribute('slot', slot)
    return p
  }
  // In source order the tail's paragraph comes first; the shadow tree shows it last.
  host.append(light(TEXT[3], 'tail'), light(TEXT[2]))
  document.body.append(host)
  const shadow = host.attachShadow({ mode: 'open' })
  const article = document.createElement('article')
  const h1 = document.createElement('h1')
  h1.textContent = HEADLINE
  const body = document.createElement('div')
  body.append(light(TEXT[0]), light(TEXT[1]), document.createElement('slot'))
  const tail = document.createElement('slot')
  tail.setAttribute('name', 'tail')
  body.append(tail)
  article.append(h1, body)
  shadow.append(article)
  return document
}

describe('composedDocument', () => {
  it('finds the open shadow root, and a page without one has none', () => {
    document.body.replaceChildren(document.createElement('p'))
    expect(hasOpenShadowRoots(document)).toBe(false)
    expect(hasOpenShadowRoots(webComponentPage())).toBe(true)
  })

  it('copies the page with each host holding its shadow tree and the slotted paragraphs where the slots show them', () => {
    const copy = composedDocument(webComponentPage())!
    expect(Array.from(copy.querySelectorAll('p')).map((p) => p.textContent)).toEqual(TEXT)
    expect(copy.querySelector('news-article h1')?.textContent).toBe(HEADLINE)
  })

  it('leaves the live page as it was', () => {
    const page = webComponentPage()
    composedDocument(page)
    expect(page.querySelector('news-article')!.children).toHaveLength(2)
    expect(page.querySelector('h1')).toBeNull()
  })

  it('is what the extractor reads: the headline and the four paragraphs in order', () => {
    const result = extractArticle(composedDocument(webComponentPage())!, { url: 'https://news.example/2026/05/12/libraries' })
    expect(result.isArticle && result.doc.title).toBe(HEADLINE)
    expect(result.isArticle && result.doc.text).toBe(TEXT.join('\n\n'))
  })
})
