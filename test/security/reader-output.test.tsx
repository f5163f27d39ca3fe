/**
 * What the reader renders from a hostile document (issue 8): links and images only http(s), links with
 * rel="noopener noreferrer", no markup or handlers from page text, and bidi controls from the page kept
 * inside the page's own text. The reader UI (src/extension/reader/**) is tested through its exported
 * components with a hand-made ArticleDoc, as the worker would send it after a hostile page.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { joinBlocks, type ArticleDoc } from '../../src/engine/doc.ts'
import { ReaderView } from '../../src/extension/reader/ReaderView.tsx'
import { createMockReaderApi } from '../../src/extension/reader/reader-api.ts'

const PATTERNS = {
  safeUrl: /^https?:\/\/[^\s]/iu,
  /** In-page links (summary sentence → its place in the article). */
  fragment: /^#[\w-]+$/u,
  /** Controls that open an embedding, override or isolate: unterminated, they reorder what follows. */
  opener: /[\u202A\u202B\u202D\u202E\u2066\u2067\u2068]/u,
  openerGlobal: /[\u202A\u202B\u202D\u202E\u2066\u2067\u2068]/gu,
  anyControl: /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/gu,
  /** An isolate closed in the same text (FSI … PDI with no control inside): safe among UI words. */
  closedIsolate: /\u2068[^\u202A-\u202E\u2066-\u2069]*\u2069/gu,
} as const

const RLO = '\u202E'
const LRO = '\u202D'
const RLE = '\u202B'
const FSI = '\u2068'

const UNSAFE = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+',
  'vbscript:msgbox(1)',
  '//evil.example/x.png',
  '/relative.png',
  'https:',
  'file:///etc/passwd',
]

/** A document as a hostile page could make the extractor produce it (were the extractor's checks gone). */
function hostileDoc(): ArticleDoc {
  const pieces = [
    { kind: 'paragraph' as const, text: `أعلنت بلدية المدينة ${RLO}إطلاق مشروع واسع لتجديد شبكة المياه، بكلفة ١٢ مليون دولار.` },
    ...UNSAFE.map((src, i) => ({ kind: 'image' as const, src, alt: `صورة ${i}` })),
    { kind: 'image' as const, src: 'https://images.example.com/ok.jpg', alt: `${RLO}gpj.exe صورة` },
    { kind: 'caption' as const, text: `عمال يمدون ${LRO}أنابيب جديدة` },
    { kind: 'paragraph' as const, text: `وقال رئيس البلدية سليم الحداد <script>alert(1)</script> <img src=x onerror=alert(2)> إن الفاقد تجاوز ٤٠ في المئة.${RLE}` },
    { kind: 'quote' as const, text: `${FSI}"نحن بحاجة إلى ماء" قالت منى العلي` },
  ]
  const { text, blocks } = joinBlocks(pieces)
  const sentence = (needle: string) => {
    const start = text.indexOf(needle)
    return { start, end: text.indexOf('.', start) + 1 }
  }
  const name = 'سليم الحداد'
  const at = text.indexOf(name)
  return {
    url: 'javascript:alert(document.domain)',
    canonicalUrl: 'data:text/html,<script>alert(1)</script>',
    lang: 'ar',
    dir: 'rtl',
    title: `${RLO}بلدية المدينة تطلق مشروعا <b onmouseover=alert(1)>لتجديد</b> شبكة المياه`,
    byline: `${LRO}منى العلي`,
    siteName: `${RLO}صحيفة المدينة`,
    credit: `${RLO}تصوير: وكالة`,
    published: '2026-03-01T09:00:00+03:00',
    leadImage: { src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'lead', caption: `${RLO}تعليق` },
    text,
    blocks,
    sentences: [sentence('أعلنت'), sentence('وقال')],
    summary: [sentence('أعلنت'), sentence('وقال')],
    entities: [{ id: 'e1', type: 'person', name: `${RLO}${name}`, mentions: [{ start: at, end: at + name.length }] }],
    figures: [{ start: text.indexOf('١٢'), end: text.indexOf('١٢') + 2, text: `${RLO}١٢`, kind: 'number', value: 12 }],
  } as ArticleDoc
}

async function renderHostile() {
  render(<ReaderView api={createMockReaderApi({ status: 'ok', doc: hostileDoc(), fromCache: false })} tabId={3} mode="tab" />)
  await screen.findByRole('heading', { level: 1 })
}

describe('the reader on a hostile document', () => {
  afterEach(cleanup)

  it('renders only http(s) images', async () => {
    await renderHostile()
    // Images load only when the reader asks: ask for every one.
    for (const button of document.querySelectorAll<HTMLButtonElement>('.block-image-placeholder')) fireEvent.click(button)
    const images = [...document.querySelectorAll('img')]
    expect(images.length).toBeGreaterThan(0)
    for (const img of images) expect(img.getAttribute('src')).toMatch(PATTERNS.safeUrl)
    expect(images.map((img) => img.getAttribute('src'))).toEqual(['https://images.example.com/ok.jpg'])
    // Nor through srcset, which the reader never sets.
    expect(document.querySelectorAll('img[srcset], source')).toHaveLength(0)
  })

  it('renders only http(s) or in-page links, and every outside link with rel="noopener noreferrer"', async () => {
    await renderHostile()
    const links = [...document.querySelectorAll('a[href]')]
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) {
      const href = link.getAttribute('href')!
      expect(PATTERNS.safeUrl.test(href) || PATTERNS.fragment.test(href), href).toBe(true)
      if (PATTERNS.safeUrl.test(href)) {
        const rel = (link.getAttribute('rel') ?? '').split(/\s+/u)
        expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
      }
    }
    // The page's javascript: URL gives no "open the original" link at all.
    expect(document.querySelector('.article-original')).toBeNull()
  })

  it('opens the original (an http(s) page URL) with rel="noopener noreferrer"', async () => {
    const doc = { ...hostileDoc(), url: 'https://www.example.com/news/1' }
    render(<ReaderView api={createMockReaderApi({ status: 'ok', doc, fromCache: false })} tabId={3} mode="tab" />)
    await screen.findByRole('heading', { level: 1 })
    const outside = [...document.querySelectorAll('a[href]')].filter((a) => PATTERNS.safeUrl.test(a.getAttribute('href')!))
    expect(outside.map((a) => a.getAttribute('href'))).toContain('https://www.example.com/news/1')
    for (const link of outside) expect((link.getAttribute('rel') ?? '').split(/\s+/u)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
  })

  it('renders the page text as text: no element or handler from it', async () => {
    await renderHostile()
    expect(document.querySelectorAll('script, iframe, object, embed, b, svg')).toHaveLength(0)
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on'), `${element.tagName} ${attribute}`).toBe(false)
    }
    expect(document.body.textContent).toContain('<script>alert(1)</script>')
    expect(document.body.textContent).toContain('<b onmouseover=alert(1)>')
  })
})

/** Elements that end a bidi paragraph or isolate their content (HTML's rendering rules, no CSS needed). */
const ISOLATING = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'FIGURE', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'UL', 'OL', 'DETAILS', 'SUMMARY', 'BDI', 'TD', 'TH', 'BUTTON'])

function isIsolating(element: Element): boolean {
  return ISOLATING.has(element.tagName) || element.hasAttribute('dir')
}

/**
 * Where an unterminated bidi control from the page reaches UI text: for each text node holding an
 * opener, the nearest isolating ancestor must hold page text only (its text, controls removed, is a
 * piece of the page's own strings). Returns the offending containers.
 */
function leaks(pageStrings: string[]): string[] {
  const page = pageStrings.map((s) => s.replace(PATTERNS.anyControl, ''))
  const found: string[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!PATTERNS.opener.test((node.textContent ?? '').replace(PATTERNS.closedIsolate, ''))) continue
    let container = node.parentElement
    while (container && !isIsolating(container)) container = container.parentElement
    const text = (container?.textContent ?? '').replace(PATTERNS.anyControl, '').trim()
    if (!page.some((p) => p.includes(text))) found.push(`<${container?.tagName.toLowerCase()} class="${container?.className}">${text.slice(0, 80)}`)
  }
  return found
}

/** Attributes (tooltips, labels) where a page string's opener is left open before UI text. */
function attributeLeaks(): string[] {
  const found: string[] = []
  for (const element of document.querySelectorAll('*')) {
    for (const name of ['title', 'aria-label', 'alt']) {
      const value = element.getAttribute(name)
      if (!value || !PATTERNS.opener.test(value)) continue
      // Openers are closed by PDF (U+202C) or, for all of them at once, by a PDI (U+2069) of an enclosing isolate.
      const opened = (value.match(PATTERNS.openerGlobal) ?? []).length
      const closed = (value.match(/[\u202C\u2069]/gu) ?? []).length
      if (opened > closed && name !== 'alt') found.push(`${element.tagName.toLowerCase()}[${name}]: ${value.replace(PATTERNS.anyControl, '⟨c⟩')}`)
    }
  }
  return found
}

describe('bidi controls from the page stay in the page text', () => {
  afterEach(cleanup)

  // The paragraph, quote, caption, summary and title each sit in their own block, so an unclosed
  // override there reverses only the page's own words; it must not reach the UI around them.
  it('no unterminated control reaches UI text in the rendered DOM (src/extension/reader/ArticleView.tsx)', async () => {
    await renderHostile()
    const doc = hostileDoc()
    const pageStrings = [doc.text, doc.title, doc.byline!, doc.siteName!, doc.credit!, doc.leadImage!.caption!, ...doc.entities!.map((e) => e.name), ...doc.figures!.map((f) => f.text), ...doc.blocks.map((b) => b.alt ?? '')]
    expect(leaks(pageStrings)).toEqual([])
  })

  it('no unterminated control reaches UI text in tooltips (src/extension/reader/labels.ts)', async () => {
    await renderHostile()
    expect(attributeLeaks()).toEqual([])
  })

  it('the tab title keeps the page title isolated (src/extension/reader/ReaderView.tsx)', async () => {
    await renderHostile()
    await waitFor(() => expect(document.title).toContain('Qari'))
    const title = document.title
    const opened = (title.match(PATTERNS.openerGlobal) ?? []).length
    const closed = (title.match(/[\u202C\u2069]/gu) ?? []).length
    expect(opened).toBeLessThanOrEqual(closed)
  })

  it('the leak checks see a leak (a bare RLO before UI text) and pass a <bdi>', () => {
    document.body.replaceChildren()
    const p = document.createElement('p')
    p.append(`${RLO}صحيفة`, ' — ٣ دقائق قراءة')
    document.body.append(p)
    expect(leaks([`${RLO}صحيفة`])).toHaveLength(1)
    p.replaceChildren()
    const bdi = document.createElement('bdi')
    bdi.append(`${RLO}صحيفة`)
    p.append(bdi, ' — ٣ دقائق قراءة')
    expect(leaks([`${RLO}صحيفة`])).toEqual([])
  })
})
