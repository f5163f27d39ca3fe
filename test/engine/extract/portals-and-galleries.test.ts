/**
 * Pages of batch ag (data/extract-pages, session 42): an old provincial portal built of tables (the stamp among other
 * fields of an info row, the reporter after the site's name and the place), a gallery whose slides carry their carousel
 * state as classes, blogs and newsletters on hosted platforms, explainers with their own contents list, and match
 * reports with their widgets. Each case fails without its rule. The texts are written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { HEADLINE, TEXT } from './library-article.ts'

const URL = 'https://portal.example/news.php?action=show&id=4821'
const paragraphs = (texts: readonly string[]) => texts.map((t) => `<p>${t}</p>`).join('')

function extract(html: string, url = URL) {
  const result = extractArticle(parseHtml(html, url), { url })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return { doc, texts: doc.blocks.filter((b) => b.kind !== 'image' && b.kind !== 'caption').map((b) => doc.text.slice(b.start, b.end)) }
}

const SITE = 'شبكة أخبار الشارقة'
const page = (body: string) =>
  `<html lang="ar" dir="rtl"><head><title>${HEADLINE}</title><meta property="og:type" content="article"><meta property="og:site_name" content="${SITE}"></head>` +
  `<body>${body}</body></html>`

describe('an old portal built of tables', () => {
  const table = (infoRow: string, text: string) =>
    page(
      `<table width="980"><tr><td class="news_title">${HEADLINE}</td></tr><tr><td height="6"></td></tr>` +
        `<tr><td class="news_info">${infoRow}</td></tr><tr><td class="news_text">${text}</td></tr></table>`,
    )

  it('reads the stamp among the info row’s other fields', () => {
    const row = 'التاريخ: 21/04/2026 - 09:40 صباحاً &nbsp;|&nbsp; القسم: <a href="/news.php?action=cat&id=1">أخبار المحافظة</a> &nbsp;|&nbsp; عدد القراءات: 1874 &nbsp;|&nbsp; أضيف بواسطة: المحرر'
    expect(extract(table(row, paragraphs(TEXT))).doc.published).toBe('2026-04-21T09:40')
  })

  it('reads the reporter after the site’s name and the place, and leaves the line out of the text', () => {
    const { doc, texts } = extract(table('عدد القراءات: 1874', paragraphs([`${SITE} / الشارقة – حيدر عبد الأمير الركابي`, ...TEXT])))
    expect(doc.byline).toBe('حيدر عبد الأمير الركابي')
    expect(texts).toEqual(TEXT)
  })
})

describe('a gallery’s slides', () => {
  it('keeps the slide a carousel marks as the next one ("swiper-slide-next" is no "next" link)', () => {
    const slide = (n: number, state: string) =>
      `<div class="swiper-slide ${state}" role="group" aria-label="${n} / 3"><figure class="gallery-slide"><img src="https://portal.example/files/library-${n}.jpg" width="800" height="533" alt=""><figcaption>قاعة المطالعة ${n}</figcaption></figure></div>`
    const gallery = `<div class="swiper gallery-main"><div class="swiper-wrapper">${slide(1, 'swiper-slide-active')}${slide(2, 'swiper-slide-next')}${slide(3, '')}</div></div>`
    const { doc } = extract(page(`<article><h1>${HEADLINE}</h1><div class="details-text">${paragraphs(TEXT.slice(0, 2))}${gallery}${paragraphs(TEXT.slice(2))}</div></article>`))
    const pictures = doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)
    expect(pictures).toEqual([1, 2, 3].map((n) => `https://portal.example/files/library-${n}.jpg`))
  })
})
