/**
 * Pages of batch af (data/extract-pages, session 41): an Arabic article on a site whose chrome is in another language
 * (an international organisation's English Drupal site, a research centre's tabs with the English copy beside the
 * Arabic), the widgets news sites added in 2024–2026 (a player reading the article aloud, a summary a machine wrote, a
 * newsletter form in the text), and text a reader never sees or always sees on a computer's screen (Tailwind's
 * responsive utilities). Each case fails without its rule. The texts are written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { isHidden } from '../../../src/engine/extract/is-hidden.ts'
import { HEADLINE, TEXT } from './library-article.ts'

const URL = 'https://news.example/2026/05/12/libraries'
const paragraphs = (texts: readonly string[]) => texts.map((t) => `<p>${t}</p>`).join('')

function extract(html: string, url = URL) {
  const result = extractArticle(parseHtml(html, url), { url })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return { doc, texts: doc.blocks.filter((b) => b.kind !== 'image' && b.kind !== 'caption').map((b) => doc.text.slice(b.start, b.end)) }
}

const page = (body: string, head = '<meta property="og:type" content="article">', html = '<html lang="ar" dir="rtl">') =>
  `${html}<head><title>${HEADLINE}</title>${head}</head><body><div class="news-card"><h1>${HEADLINE}</h1>${body}</div></body></html>`

const withInside = (furniture: string) => page(`<div class="news-body">${paragraphs(TEXT.slice(0, 2))}${furniture}${paragraphs(TEXT.slice(2))}</div>`)

/** English paragraphs long enough to outweigh the Arabic text as Readability scores boxes. */
const ENGLISH = Array.from({ length: 6 }, (_, i) =>
  `Note ${i + 1}: the full report, its annexes, photographs and broadcast-quality footage are available to journalists on request, and spokespeople can give interviews in Arabic, English and French throughout the week of the launch.`)

describe('an Arabic article on a site in another language', () => {
  it('keeps the box marked Arabic and drops the boxes marked English around it', () => {
    const html =
      `<html lang="en" dir="ltr"><head><title>${HEADLINE}</title></head><body><main><div class="region">` +
      `<h1 lang="ar" dir="rtl">${HEADLINE}</h1>` +
      `<article class="node" lang="ar" dir="rtl"><div class="field">${paragraphs(TEXT.slice(0, 3))}</div><div class="field">${paragraphs(TEXT.slice(3))}</div></article>` +
      `<section class="notes" lang="en" dir="ltr"><h2>Notes to editors</h2>${paragraphs(ENGLISH)}</section>` +
      `<section class="about" lang="en" dir="ltr"><h2>About us</h2>${paragraphs(ENGLISH.slice(0, 3))}</section>` +
      '</div></main></body></html>'
    const { texts, doc } = extract(html)
    expect(texts).toEqual(TEXT)
    expect(doc.lang).toBe('ar')
  })

  it('keeps the Arabic tab, not the English copy a stylesheet hides beside it', () => {
    const html =
      `<html lang="en-US" dir="ltr"><head><title>${HEADLINE}</title><style>.tab-content>.tab-pane{display:none}.tab-content>.active{display:block}</style></head><body><article>` +
      `<h1 lang="ar" dir="rtl">${HEADLINE}</h1><div class="tab-content">` +
      `<div class="tab-pane active" lang="ar" dir="rtl">${paragraphs(TEXT)}</div>` +
      `<div class="tab-pane" lang="en" dir="ltr"><h2>Libraries open their doors</h2>${paragraphs(ENGLISH)}</div>` +
      '</div></article></body></html>'
    expect(extract(html).texts).toEqual(TEXT)
  })

  it('keeps words in another language inside the Arabic box', () => {
    const line = 'وحملت الحملة شعار <span lang="en">Read First</span> في ملصقاتها المعلقة على أبواب المكتبات.'
    const html =
      `<html lang="en" dir="ltr"><head><title>${HEADLINE}</title></head><body><main><h1 lang="ar" dir="rtl">${HEADLINE}</h1>` +
      `<article lang="ar" dir="rtl">${paragraphs([...TEXT, line])}</article><section lang="en">${paragraphs(ENGLISH)}</section></main></body></html>`
    expect(extract(html).texts.at(-1)).toBe('وحملت الحملة شعار Read First في ملصقاتها المعلقة على أبواب المكتبات.')
  })
})

describe('widgets in and around the text', () => {
  it.each([
    ['a newsletter’s box around its e-mail form, whatever its class', '<div class="nl-embed"><div class="nl-head">نشرة المدينة الإخبارية</div><div class="nl-sub">سجّل بريدك الإلكتروني ليصلك موجز الأخبار الأهم صباح كل يوم</div><form action="/subscribe"><input type="email" name="email"><button>اشترك</button></form></div>'],
    ['a player reading the article aloud, its time and its voice note', '<div class="tts"><p>استمع إلى المقال 00:00 / 04:36</p><p>صوت مولَّد آليًا</p></div>'],
    ['the note under a summary a machine wrote', '<p class="note">تمت صياغة هذه النقاط بمساعدة الذكاء الاصطناعي ومراجعتها من طرف هيئة التحرير.</p>'],
  ])('%s goes', (_, furniture) => {
    expect(extract(withInside(furniture)).texts).toEqual(TEXT)
  })

  it('reads the article’s own summary set apart in an aside above the text as key points', () => {
    const points = ['افتتاح مكتبتين جديدتين في حيين شعبيين قبل نهاية العام.', 'تمديد ساعات العمل حتى العاشرة مساء طوال أيام الأسبوع.']
    const aside = `<aside class="article-summary" aria-label="باختصار"><h2 class="summary-title">باختصار</h2><ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul></aside>`
    const { texts } = extract(page(`${aside}<div class="article-body">${paragraphs(TEXT)}</div>`))
    expect(texts.slice(0, 2)).toEqual(points)
    expect(texts.slice(2)).toEqual(TEXT)
  })
})

describe('Tailwind’s utilities', () => {
  it('reads the widest breakpoint’s display: shown on a computer’s screen or not', () => {
    const element = (className: string) => parseHtml(`<div class="${className}">x</div>`, URL).body.firstElementChild!
    expect(isHidden(element('hidden md:flex'))).toBe(false)
    expect(isHidden(element('md:hidden text-sm'))).toBe(true)
    expect(isHidden(element('d-none d-lg-block'))).toBe(false)
    expect(isHidden(element('d-block d-md-none'))).toBe(true)
    expect(isHidden(element('hidden'))).toBe(true)
  })

  it('keeps a timeline’s label in bold type ("font-extrabold" is no "extra" box)', () => {
    const timeline = '<details><summary class="flex items-center px-4 font-extrabold"><span>محطات المشروع</span></summary><ul><li>آذار 2023: توقيع اتفاقية التمويل وإطلاق المسح الهندسي للمباني.</li></ul></details>'
    expect(extract(withInside(timeline)).texts).toContain('محطات المشروع')
  })
})

describe('a dateline marked as the site’s own', () => {
  it('stays the text’s first line, and the writer the page names is the byline', () => {
    const head = '<meta property="og:type" content="article"><meta property="og:site_name" content="وكالة الأنباء المحلية - صدى"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"سجى الزعتري"}}</script>'
    const { texts, doc } = extract(page(`<div class="news-body"><p><strong>الخليل - خاص صدى</strong></p>${paragraphs(TEXT)}</div>`, head))
    expect(texts[0]).toBe('الخليل - خاص صدى')
    expect(doc.byline).toBe('سجى الزعتري')
  })
})

describe('a picture between two parts of a list of components', () => {
  const part = (inner: string) => `<div class="field__item">${inner}</div>`
  const text = (texts: readonly string[]) => part(`<div class="paragraph paragraph--type--text">${paragraphs(texts)}</div>`)
  const picture =
    '<div class="paragraph paragraph--type--image"><figure><img src="https://news.example/files/reading-corner.jpg" width="960" height="640" alt="">' +
    '<figcaption>ركن القراءة في مكتبة حي الرملة بعد تجديده.</figcaption></figure></div>'
  const html = (middle: string) =>
    page(`<div class="field field__items">${text(TEXT.slice(0, 2))}${middle}${text(TEXT.slice(2))}</div>`)

  it('keeps the picture where it stands, between the two halves of the text (Drupal’s paragraph entities)', () => {
    const { doc, texts } = extract(html(part(picture)))
    expect(texts).toEqual(TEXT)
    const kinds = doc.blocks.map((b) => b.kind)
    expect(kinds.indexOf('image')).toBe(2)
    expect(doc.blocks[2].src).toBe('https://news.example/files/reading-corner.jpg')
  })

  it('leaves a teaser card between the parts alone: it links to another story', () => {
    const card = `<a href="https://news.example/2026/05/11/museum"><figure><img src="https://news.example/files/museum.jpg" width="640" height="360" alt=""><figcaption>متحف الشارقة يفتح قاعة جديدة</figcaption></figure></a>`
    const { doc } = extract(html(part(card)))
    expect(doc.blocks.some((b) => b.kind === 'image')).toBe(false)
  })
})
