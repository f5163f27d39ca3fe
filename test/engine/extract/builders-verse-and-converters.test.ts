/**
 * Text as site builders, poetry pages and converters write it (data/extract-pages batch ac, session 37): a dispatch in one
 * <pre>, a Squarespace grid of blocks, verses set as two halves, a quotation in a <figure>, declarative shadow DOM. Each
 * case fails without its rule.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { detectArticle } from '../../../src/engine/components/detect-article.ts'
import { unwrapPreText } from '../../../src/engine/extract/pre-text.ts'
import { HEADLINE, TEXT } from './library-article.ts'

const URL = 'https://news.example/2026/05/12/libraries'

function extract(html: string, url = URL) {
  const result = extractArticle(parseHtml(html, url), { url })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return { doc, texts: doc.blocks.filter((b) => b.kind !== 'image' && b.kind !== 'caption').map((b) => `${b.kind}:${doc.text.slice(b.start, b.end)}`) }
}

const ARTICLE = '<meta property="og:type" content="article">'
const page = (body: string, head = '') => `<html lang="ar" dir="rtl"><head><title>${HEADLINE}</title>${head}</head><body>${body}</body></html>`

/** A paragraph hard-wrapped every few words, as a wire's plain text is. */
const wrapped = (text: string) => text.split(' ').reduce((lines, word, i) => lines + (i && i % 6 === 0 ? '\n' : i ? ' ' : '') + word, '')

describe('a dispatch set as plain text in one <pre>', () => {
  const pre = `<pre>\nمحليات / ${HEADLINE}\n\n${TEXT.map(wrapped).join('\n\n')}\n\n(النهاية)\nن ع / ح م\n0915 ت غ\n</pre>`
  const html = page(`<div id="hdr"><a href="/">الموقع الرئيسي</a></div>${pre}<div id="ftr">جميع الحقوق محفوظة © 2026 للوكالة.</div>`)

  it('is read as paragraphs, wrapped lines joined, without the slug line, the end marker and the desk codes', () => {
    expect(extract(html).texts).toEqual(TEXT.map((t) => `paragraph:${t}`))
  })

  it('is an article to the content script’s detector', () => {
    expect(detectArticle(parseHtml(html, URL), URL).isArticle).toBe(true)
  })

  it('leaves a <pre> of code as it is', () => {
    const code = 'const total = items.reduce((sum, item) => sum + item.price, 0);\nif (total > 100) { applyDiscount(total); }\n\nconsole.log(total);\n'
    const doc = parseHtml(page(`<pre>${code.repeat(3)}</pre>`), URL)
    unwrapPreText(Array.from(doc.getElementsByTagName('pre')))
    expect(doc.getElementsByTagName('pre')).toHaveLength(1)
  })
})

describe('a Squarespace post', () => {
  // (The grid's unwrapping, layout-grid.ts, is held by ar-s37c-squarespace-hakaya in site-pages.test.ts: this short page
  // reads whole without it, the real page's furniture made Readability keep one column.)
  it('reads every text block of its grid, across rows and columns, and a quote block with its attribution', () => {
    const text = (paragraphs: string) => `<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">${paragraphs}</div></div></div>`
    const quote = '<div class="sqs-block quote-block sqs-block-quote"><div class="sqs-block-content"><figure class="block"><blockquote><span>“</span>المكتبة بيتنا الثاني في الصيف، نقرأ فيها ونلتقي أصدقاءنا كل مساء.<span>”</span></blockquote><figcaption class="source">— سارة، 14 عاماً</figcaption></figure></div></div>'
    const picture = '<div class="sqs-block image-block"><div class="sqs-block-content"><figure><img src="https://images.example/library.jpg" alt=""><figcaption class="image-caption-wrapper"><p>قاعة المطالعة في مكتبة الحي</p></figcaption></figure></div></div>'
    const grid = `<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">${text(`<p>${TEXT[0]}</p><p>${TEXT[1]}</p>`)}</div></div><div class="row sqs-row"><div class="col sqs-col-6 span-6">${picture}</div><div class="col sqs-col-6 span-6">${quote}</div></div><div class="row sqs-row"><div class="col sqs-col-12 span-12">${text(`<h3>مواعيد جديدة</h3><p>${TEXT[2]}</p>`)}${text(`<p>${TEXT[3]}</p>`)}</div></div></div>`
    const html = page(`<article class="blog-item"><h1 class="blog-item-title">${HEADLINE}</h1><div class="blog-item-content e-content">${grid}</div></article>`, ARTICLE)
    expect(extract(html).texts).toEqual([
      `paragraph:${TEXT[0]}`,
      `paragraph:${TEXT[1]}`,
      'quote:“المكتبة بيتنا الثاني في الصيف، نقرأ فيها ونلتقي أصدقاءنا كل مساء.”',
      `heading:مواعيد جديدة`,
      `paragraph:${TEXT[2]}`,
      `paragraph:${TEXT[3]}`,
    ])
  })
})

describe('a poem', () => {
  const verses = [
    ['چراغ شام سے پہلے جلا کے رکھ دینا', 'کسی کی یاد کو دل میں بچا کے رکھ دینا'],
    ['ہوا کے ہاتھ میں خط کون سونپتا ہے مگر', 'جو حرف دل میں ہیں ان کو چھپا کے رکھ دینا'],
    ['وہ لوٹ آئے تو شاید نہ پہچان پائے گا', 'پرانے گھر کا دریچہ سجا کے رکھ دینا'],
    ['میں تھک گیا ہوں سفر کی طویل راتوں سے', 'مِرے سرہانے ستارے بچھا کے رکھ دینا'],
    ['یہ شہرِ سنگ ہے، یاں پھول کون رکھتا ہے', 'مگر تم اپنی ہتھیلی کھلا کے رکھ دینا'],
  ]
  const note = 'نسیم اختر کا شمار نئی نسل کے اُن شاعروں میں ہوتا ہے جنہوں نے کلاسیکی غزل کے آہنگ کو آج کے شہری تجربے سے جوڑا ہے۔'

  it('reads each couplet as one line, its two halves joined, the first one too when it is the headline', () => {
    const shers = verses.map(([a, b]) => `<div class="sher"><p class="misra">${a}</p><p class="misra">${b}</p></div>`).join('')
    const html = `<html lang="ur" dir="rtl"><head><title>${verses[0][0]}</title>${ARTICLE}</head><body><article><h1>${verses[0][0]}</h1><div class="poem-body"><p>${note}</p><div class="ghazal">${shers}</div></div></article></body></html>`
    expect(extract(html).texts).toEqual([`paragraph:${note}`, ...verses.map(([a, b]) => `paragraph:${a} ${b}`)])
  })

  it('is an article to the content script’s detector, its couplets counted as lines of the text', () => {
    const shers = verses.map(([a, b]) => `<div class="sher"><p class="misra">${a}</p><p class="misra">${b}</p></div>`).join('')
    const html = `<html lang="ur" dir="rtl"><head><title>${verses[0][0]}</title>${ARTICLE}</head><body><article><h1>${verses[0][0]}</h1><div class="ghazal">${shers}</div></article></body></html>`
    expect(detectArticle(parseHtml(html, URL), URL).isArticle).toBe(true)
  })

  it('reads an Arabic verse of two hemistich boxes, each holding a paragraph, as one line', () => {
    const bayt = (a: string, b: string) => `<div class="bayt"><div class="shatr"><p>${a}</p></div><div class="shatr"><p>${b}</p></div></div>`
    const lines = [
      ['على قدرِ أهلِ العزمِ تأتي العزائمُ', 'وتأتي على قدرِ الكرامِ المكارمُ'],
      ['وتعظمُ في عينِ الصغيرِ صغارُها', 'وتصغرُ في عينِ العظيمِ العظائمُ'],
    ]
    const html = page(`<article><h1>${HEADLINE}</h1><p>${TEXT[0]}</p><p>${TEXT[1]}</p><div class="poem">${lines.map(([a, b]) => bayt(a, b)).join('')}</div><p>${TEXT[2]}</p></article>`)
    expect(extract(html).texts).toEqual([`paragraph:${TEXT[0]}`, `paragraph:${TEXT[1]}`, ...lines.map(([a, b]) => `paragraph:${a} ${b}`), `paragraph:${TEXT[2]}`])
  })
})

describe('declarative shadow DOM', () => {
  it('reads the shadow tree with the light paragraphs in the slots that show them, not in source order', () => {
    const shadow = `<template shadowrootmode="open"><style>p{margin:0}</style><article><h1>${HEADLINE}</h1><div class="body"><p>${TEXT[0]}</p><slot></slot><h2>مواعيد جديدة</h2><slot name="tail"></slot></div><slot name="tags"><p>لا توجد وسوم</p></slot></article></template>`
    const html = page(`<news-article>${shadow}<p slot="tail">${TEXT[3]}</p><p>${TEXT[1]}</p><p>${TEXT[2]}</p></news-article>`, ARTICLE)
    expect(extract(html).texts).toEqual([`paragraph:${TEXT[0]}`, `paragraph:${TEXT[1]}`, `paragraph:${TEXT[2]}`, 'heading:مواعيد جديدة', `paragraph:${TEXT[3]}`])
  })
})

describe('a Hugo post (PaperMod)', () => {
  it('reads the description under the headline as the standfirst, and the line after the cover picture as its caption', () => {
    const lead = 'الرقمنة ليست مسألة ماسحات ضوئية، بل قراءة في ثلاث عقبات تجعل نقل سجلات الملكية أبطأ مما تعد به الخطط.'
    const cover = '<figure class="entry-cover"><img src="https://blog.example/posts/x/cover.jpg" alt=""><p>دفاتر تسجيل قديمة على رفوف أرشيف إحدى الدوائر</p></figure>'
    const header = `<header class="post-header"><h1 class="post-title">${HEADLINE}</h1><div class="post-description">${lead}</div><div class="post-meta">١٢ مارس ٢٠٢٦ · ٧ دقائق</div></header>`
    const html = page(`<main class="main"><article class="post-single">${header}${cover}<div class="post-content">${TEXT.map((t) => `<p>${t}</p>`).join('')}</div></article></main>`, ARTICLE)
    const { doc, texts } = extract(html)
    expect(texts).toEqual([`paragraph:${lead}`, ...TEXT.map((t) => `paragraph:${t}`)])
    expect(doc.blocks.filter((b) => b.kind === 'caption').map((b) => doc.text.slice(b.start, b.end))).toEqual(['دفاتر تسجيل قديمة على رفوف أرشيف إحدى الدوائر'])
  })
})

describe('a chapter of a book read online', () => {
  const chapter = 'الفصل الثالث: الورّاقون في بغداد'
  const book = 'رحلة الورق: من البردي إلى المطبعة'
  const notes = ['انظر ما يرويه المقريزي وابن خلدون في هذا الشأن، مع ملاحظة أن كليهما متأخر عن الحادثة بقرون.', 'يرد هذا الرقم عند اليعقوبي في وصفه لبغداد، ولعله من باب التقريب لا الإحصاء الدقيق.']
  const html = `<html lang="ar" dir="rtl"><head><title>${chapter} | ${book} | مؤسسة هنداوي</title><meta property="og:title" content="${chapter} | ${book}"><meta property="og:type" content="article"></head><body><header><h1 class="book-title"><a href="/books/1/">${book}</a></h1></header><main><h2 class="chapter-title">${chapter}</h2><div class="chapter-body">${TEXT.map((t) => `<p>${t}</p>`).join('')}</div><section class="footnotes"><ol>${notes.map((n) => `<li><p>${n}</p></li>`).join('')}</ol></section></main></body></html>`

  it('takes the chapter’s <h2> for the headline when the <h1> is the book’s title, the later part of the page’s title', () => {
    expect(extract(html).doc.title).toBe(chapter)
  })

  it('does not read the notes after the chapter’s text as key points above it', () => {
    expect(extract(html).texts.slice(0, TEXT.length)).toEqual(TEXT.map((t) => `paragraph:${t}`))
  })
})

describe('papers by several writers', () => {
  const body = `<article><h1>${HEADLINE}</h1>${TEXT.map((t) => `<p>${t}</p>`).join('')}</article>`

  it('names every writer a journal page lists in its citation_author tags', () => {
    const head = `${ARTICLE}<meta name="citation_author" content="ليلى عبد الله الخطيب"><meta name="citation_author" content="محمود سعيد العمري">`
    expect(extract(page(body, head)).doc.byline).toBe('ليلى عبد الله الخطيب، محمود سعيد العمري')
  })

  it('names the researchers a think tank’s writers’ box links to, as the box writes them', () => {
    const box = '<span class="pub-authors"><a href="https://think.example/ar/Researchers/rana.aspx" class="author-link">رنا الحسيني</a>، <a href="https://think.example/ar/Researchers/youssef.aspx" class="author-link">يوسف بن عمر</a></span>'
    const html = page(`<article><h1>${HEADLINE}</h1><div class="pub-meta">${box}</div>${TEXT.map((t) => `<p>${t}</p>`).join('')}</article>`, ARTICLE)
    expect(extract(html).doc.byline).toBe('رنا الحسيني، يوسف بن عمر')
  })
})

describe('a think tank’s paper on an ASP.NET page', () => {
  const points = [
    'تعتمد معظم الدول العربية على الاستيراد لتأمين أكثر من نصف حاجتها من الحبوب عبر ممرات بحرية قليلة.',
    'تنتقل كلفة الشحن والتأمين سريعاً إلى أسعار الخبز والأعلاف في الدول المستوردة الأقل ملاءة.',
  ]
  const summary = `<div class="executive-summary-box"><h3 class="summary-title">ملخص تنفيذي</h3><ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul></div>`
  const content = `<div class="pub-content"><h2>مقدمة</h2>${TEXT.map((t) => `<p>${t}</p>`).join('')}</div>`
  const html = page(`<form id="aspnetForm" method="post"><div class="publication-page"><h1>${HEADLINE}</h1>${summary}${content}</div></form>`, ARTICLE)

  it('reads the summary box as key points though the whole page is one <form>, and keeps the "مقدمة" heading', () => {
    expect(extract(html).texts).toEqual([...points.map((p) => `list-item:${p}`), 'heading:مقدمة', ...TEXT.map((t) => `paragraph:${t}`)])
  })
})

describe('notes and references after the text', () => {
  it('keeps a chapter’s notes section after its text, with its heading', () => {
    const notes = ['انظر ما يرويه المقريزي وابن خلدون في هذا الشأن، مع ملاحظة أن كليهما متأخر عن الحادثة بقرون.', 'يرد هذا الرقم عند اليعقوبي في وصفه لبغداد، ولعله من باب التقريب لا الإحصاء الدقيق.']
    const html = page(`<main><article class="chapter"><h1>${HEADLINE}</h1><div class="chapter-body">${TEXT.map((t) => `<p>${t}</p>`).join('')}</div><section class="footnotes"><h4 id="footnotes-title">هوامش</h4><ol>${notes.map((n) => `<li><p>${n}</p></li>`).join('')}</ol></section></article></main>`, ARTICLE)
    expect(extract(html).texts).toEqual([...TEXT.map((t) => `paragraph:${t}`), 'heading:هوامش', ...notes.map((n) => `list-item:${n}`)])
  })

  // (The writers' list's removal, prepare-clone's writersList, is measured on ar-s37c-ojs-yarmouk by eval:extract: this
  // short page drops the list without it.)
  it('keeps a paper’s references, those in English too, without its writers’ list', () => {
    const references = ['الزعبي، رائد. (2021). القراءة في البيئات الرقمية: المفهوم والمهارات والتحديات. عمّان: دار المسيرة.', 'Vance, R. (2019). Reading on screens: What changes and what does not. London: Northgate Academic Press.']
    const authors = '<ul class="authors"><li><span class="name">ليلى عبد الله الخطيب</span><span class="affiliation">قسم المناهج وطرق التدريس، كلية التربية، جامعة اليرموك، الأردن</span></li><li><span class="name">محمود سعيد العمري</span><span class="affiliation">مديرية التربية والتعليم لمنطقة إربد الأولى، الأردن</span></li></ul>'
    const html = page(`<article class="obj_article_details"><h1 class="page_title">${HEADLINE}</h1><div class="main_entry">${authors}<section class="item fulltext">${TEXT.map((t) => `<p>${t}</p>`).join('')}</section><section class="item references"><h2 class="label">المراجع</h2><div class="value">${references.map((r) => `<p>${r}</p>`).join('')}</div></section></div></article>`, ARTICLE)
    expect(extract(html).texts).toEqual([...TEXT.map((t) => `paragraph:${t}`), 'heading:المراجع', ...references.map((r) => `paragraph:${r}`)])
  })
})
