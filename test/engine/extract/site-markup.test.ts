/**
 * Markup met on Arabic news sites the extractor was not first tuned on (data/extract-pages, session 27),
 * reduced to the pattern: each case fails without its rule.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'

const URL = 'https://news.example/2024/03/12/story'
const PARAGRAPHS = [
  'أعلنت وزارة الاقتصاد اليوم الثلاثاء أن عدد السجلات التجارية الجديدة ارتفع خلال الربع الثالث بنسبة ملحوظة مقارنة بالفترة نفسها من العام الماضي، مدفوعا بنشاط قطاعي التجزئة والخدمات اللوجستية.',
  'وقال المتحدث باسم الوزارة في بيان إن المنصة الرقمية الموحدة اختصرت مدة إصدار السجل إلى أقل من يوم واحد، وإن الوزارة تعمل على ربطها بالجهات الحكومية الأخرى خلال العام المقبل.',
  'وأضاف أن قطاع التجارة الإلكترونية سجل أعلى نسبة نمو بين القطاعات، مشيرا إلى أن أكثر من نصف السجلات الجديدة صدرت لمنشآت صغيرة ومتوسطة يملكها شباب.',
]
const body = (extra = '') => PARAGRAPHS.map((p, i) => `<p>${p}</p>${i === 0 ? extra : ''}`).join('')

function extract(html: string) {
  const result = extractArticle(parseHtml(html, URL), { url: URL })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return { doc, blocks: doc.blocks.filter((b) => b.kind !== 'image').map((b) => ({ kind: b.kind, text: doc.text.slice(b.start, b.end) })) }
}

const page = (inner: string, head = '') =>
  `<html lang="ar" dir="rtl"><head><meta property="og:site_name" content="سكاي نيوز عربية">${head}</head><body>${inner}</body></html>`

describe('site markup', () => {
  it('drops the label of an empty ad slot between paragraphs', () => {
    const { blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body('<div class="ad-container"><span class="ad-lbl">إعلان</span></div>')}</article>`))
    expect(blocks.map((b) => b.text)).not.toContain('إعلان')
  })

  it('reads a deck without a full stop as the standfirst, and a camel-case summary cell (Elaph)', () => {
    const deck = 'الجفاف يدخل عامه الخامس... وخطة لتوفير 1.3 مليار متر مكعب من المياه المحلاة بحلول 2030'
    const { blocks } = extract(page(`<h1>ارتفاع السجلات التجارية في الربع الثالث</h1><h3 class="subtitle">${deck}</h3><article>${body()}</article>`))
    expect(blocks[0].text).toBe(deck)
    const elaph = extract(page(`<table><tr><td class="ArticleTitle">ارتفاع السجلات التجارية في الربع الثالث</td></tr><tr><td class="ArticleSummary"><b>${deck}</b></td></tr><tr><td><div>${body()}</div></td></tr></table>`, '<meta property="og:title" content="ارتفاع السجلات التجارية في الربع الثالث">'))
    expect(elaph.doc.title).toBe('ارتفاع السجلات التجارية في الربع الثالث')
    expect(elaph.blocks[0].text).toBe(deck)
  })

  it('leaves a kicker of a few words without a stop out of the standfirst', () => {
    const { blocks } = extract(page(`<h1>ارتفاع السجلات التجارية في الربع الثالث</h1><div class="subtitle">اقتصاد المملكة في أرقام جديدة هذا العام</div><article>${body()}</article>`))
    expect(blocks[0].text).toBe(PARAGRAPHS[0])
  })

  it('takes the headline from an h2 when the only h1 is the site name (Asharq Al-Awsat)', () => {
    const { doc } = extract(page(`<h1 class="site-name">سكاي نيوز عربية</h1><div><h2>ارتفاع السجلات التجارية في الربع الثالث</h2>${body()}</div>`, '<meta property="og:title" content="ارتفاع السجلات التجارية في الربع الثالث">'))
    expect(doc.title).toBe('ارتفاع السجلات التجارية في الربع الثالث')
  })

  it('strips a summary box label from the standfirst (Independent Arabia)', () => {
    const lead = 'يدخل المغرب عامه السادس على التوالي من الجفاف، فيما تراجعت نسبة ملء السدود إلى أقل من ربعها.'
    const { blocks } = extract(page(`<h1>ارتفاع السجلات التجارية في الربع الثالث</h1><div class="field--name-field-summary"><div class="field--label">ملخص</div><div class="field--item">${lead}</div></div><article>${body()}</article>`))
    expect(blocks[0].text).toBe(lead)
    expect(blocks.map((b) => b.text)).not.toContain('ملخص')
  })

  it('shows a caption known only by its class as a caption, not a paragraph (Elaph, Sky News)', () => {
    const caption = 'رقائق إلكترونية معروضة في معرض تقني بدبي (أرشيفية)'
    const figure = `<table class="innerImgTbl"><tr><td><img src="https://news.example/a.jpg" alt=""></td></tr><tr><td class="ImgCaption">${caption}</td></tr></table>`
    const { blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body(figure)}</article>`))
    expect(blocks.find((b) => b.text === caption)?.kind).toBe('caption')
  })

  it('keeps a Drupal media box with its picture (Readability counts "media" against it)', () => {
    const figure = '<div class="media media--image"><img src="https://news.example/inline.jpg" alt=""><div class="media-caption">مزارعون في سهل سايس</div></div>'
    const { doc } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body(figure)}</article>`))
    expect(doc.blocks.some((b) => b.kind === 'image' && b.src === 'https://news.example/inline.jpg')).toBe(true)
  })

  it('reads "place - site name" under the headline as the byline (Sky News)', () => {
    const { doc, blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><div><span>أبوظبي - سكاي نيوز عربية</span></div>${body()}</article>`))
    expect(doc.byline).toBe('أبوظبي - سكاي نيوز عربية')
    expect(blocks.map((b) => b.text)).not.toContain('أبوظبي - سكاي نيوز عربية')
  })

  it('drops the title of an embedded video player inside the body (France 24)', () => {
    const player = '<div class="m-em-video"><p class="m-em-video__title">شباب الأحياء الشعبية بين البطالة والهجرة</p></div>'
    const { blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body(player)}</article>`))
    expect(blocks.map((b) => b.text)).not.toContain('شباب الأحياء الشعبية بين البطالة والهجرة')
  })

  it('reads a camel-case author cell as the byline (Elaph)', () => {
    const { doc } = extract(page(`<table><tr><td><h1>ارتفاع السجلات التجارية في الربع الثالث</h1></td></tr><tr><td class="ArticleAuthor">ريم الحسيني</td></tr><tr><td>${body()}</td></tr></table>`))
    expect(doc.byline).toBe('ريم الحسيني')
  })
})
