/**
 * Infinite scroll (keep-current-article.ts): the page holds the article it was loaded for and the ones appended below
 * it; the reader shows the one the address bar names.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { articleKey, isSameArticle } from '../../../src/engine/extract/same-article-address.ts'

const FIRST_URL = 'https://news.example/news/2025/3/24/1045821/السكة-الحديد-تعلن-تشغيل-قطارات-إضافية'
const SECOND_URL = 'https://news.example/news/2025/3/24/1045833/ارتفاع-أسعار-الذهب-في-السوق-المحلية'

const FIRST = {
  title: 'السكة الحديد تعلن تشغيل قطارات إضافية لمواجهة زحام العيد',
  date: '2025-03-24T10:15:00+02:00',
  paragraphs: [
    'أعلنت الهيئة القومية لسكك حديد مصر تشغيل أربعة عشر قطارا إضافيا على خطوط الوجه القبلي والوجه البحري اعتبارا من الأسبوع المقبل لمواجهة الزحام المتوقع خلال عطلة العيد.',
    'وقال المتحدث باسم الهيئة في بيان إن القطارات الإضافية ستعمل بعربات مكيفة وأخرى مطورة، وإن الحجز متاح عبر التطبيق الرسمي والموقع الإلكتروني ومنافذ البيع في المحطات.',
    'وأضاف أن الهيئة تتوقع نقل نحو مليون راكب يوميا خلال أيام العطلة، وأنها رفعت درجة الاستعداد في ورش الصيانة لضمان انتظام المواعيد.',
  ],
}
const SECOND = {
  title: 'ارتفاع جديد في أسعار الذهب بالسوق المحلية اليوم الإثنين',
  date: '2025-03-24T12:48:00+02:00',
  paragraphs: [
    'شهدت أسعار الذهب في محلات الصاغة ارتفاعا بقيمة خمسة وعشرين جنيها خلال تعاملات اليوم الإثنين، وسط إقبال على الشراء قبل العيد.',
    'وسجل سعر جرام الذهب عيار أربعة وعشرين نحو أربعة آلاف وخمسمئة جنيه، فيما بلغ سعر جرام عيار ثمانية عشر نحو ثلاثة آلاف وأربعمئة جنيه.',
    'وقال عضو شعبة المصوغات إن حركة البيع تشهد نشاطا ملحوظا مع اقتراب العيد، متوقعا استقرار الأسعار خلال الأسبوع المقبل إذا استقر سعر الأوقية عالميا.',
    'وعلى الصعيد العالمي ارتفع سعر الأوقية في البورصات الدولية بنسبة طفيفة مدعوما بتراجع الدولار وتزايد الطلب على الملاذات الآمنة.',
  ],
}

type Story = typeof FIRST

const share = (url: string) =>
  `<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}">فيسبوك</a><a href="https://twitter.com/intent/tweet?url=${encodeURIComponent(url)}">تويتر</a></div>`

const jsonLd = (story: Story, url: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: story.title, datePublished: story.date, url })}</script>`

/** One article as the site's template writes it; `wrapper` is the element around it (its attributes included). */
const article = (story: Story, url: string, options: { wrapper?: string; linkHeadline?: boolean; ld?: boolean } = {}) => {
  const headline = options.linkHeadline ? `<a href="${url}">${story.title}</a>` : story.title
  const inner = `<h1 class="article-title">${headline}</h1><time datetime="${story.date}">${story.date.slice(0, 10)}</time>${
    options.ld ? jsonLd(story, url) : ''
  }<div class="article-body">${story.paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>${share(url)}`
  return options.wrapper ? `${options.wrapper}${inner}</article>` : `<div class="article-item">${inner}</div>`
}

const head = (story: Story, url: string, extra = '') =>
  `<title>${story.title} - أخبار اليوم</title><meta property="og:site_name" content="أخبار اليوم"><meta property="og:type" content="article">` +
  `<meta property="og:title" content="${story.title}"><meta property="og:url" content="${url}"><link rel="canonical" href="${url}">` +
  `<meta property="article:published_time" content="${story.date}">${jsonLd(story, url)}${extra}`

/** The page loaded for the first article, the second appended below it; <title> is the current article's. */
const scrolled = (options: { current: Story; wrappers?: boolean; linkHeadline?: boolean; ld?: boolean; headFor?: [Story, string] } = { current: SECOND }) => {
  const [headStory, headUrl] = options.headFor ?? [FIRST, FIRST_URL]
  const wrap = (url: string, id: string) => (options.wrappers ? `<article class="article-item" data-id="${id}" data-url="${url}">` : undefined)
  const title = `<title>${options.current.title} - أخبار اليوم</title>`
  return (
    `<html lang="ar" dir="rtl"><head>${head(headStory, headUrl).replace(/<title>[^<]*<\/title>/u, title)}</head><body>` +
    `<nav><a href="/">الرئيسية</a></nav><main id="infinite">` +
    article(FIRST, FIRST_URL, { wrapper: wrap(FIRST_URL, '1045821'), linkHeadline: options.linkHeadline }) +
    `<div class="next-label">المقال التالي</div>` +
    article(SECOND, SECOND_URL, { wrapper: wrap(SECOND_URL, '1045833'), linkHeadline: options.linkHeadline, ld: options.ld }) +
    `<div class="loader">جاري تحميل المزيد</div></main><footer>جميع الحقوق محفوظة</footer></body></html>`
  )
}

function read(html: string, url: string) {
  const result = extractArticle(parseHtml(html, url), { url })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  return result.doc
}

describe('infinite scroll: the article the address bar names', () => {
  it('shows the appended article the reader scrolled into, with its own date and address, and none of the first', () => {
    const doc = read(scrolled({ current: SECOND, wrappers: true, ld: true }), SECOND_URL)
    expect(doc.title).toBe(SECOND.title)
    expect(doc.published).toBe(SECOND.date)
    for (const p of SECOND.paragraphs) expect(doc.text).toContain(p)
    for (const p of FIRST.paragraphs) expect(doc.text).not.toContain(p)
    expect(doc.canonicalUrl && isSameArticle(articleKey(doc.canonicalUrl), articleKey(SECOND_URL))).toBe(true)
  })

  it('shows the first article alone while the address bar still names it, though the appended one is longer', () => {
    const doc = read(scrolled({ current: FIRST, wrappers: true }), FIRST_URL)
    expect(doc.title).toBe(FIRST.title)
    expect(doc.published).toBe(FIRST.date)
    for (const p of FIRST.paragraphs) expect(doc.text).toContain(p)
    for (const p of SECOND.paragraphs) expect(doc.text).not.toContain(p)
  })

  it('finds the articles by their headlines’ links when no wrapper names an address (Al-Masry Al-Youm)', () => {
    const doc = read(scrolled({ current: SECOND, linkHeadline: true }), SECOND_URL)
    expect(doc.title).toBe(SECOND.title)
    expect(doc.published).toBe(SECOND.date)
    for (const p of FIRST.paragraphs) expect(doc.text).not.toContain(p)
  })

  it('dates the article by its own stamp when the site moved only the canonical address (Sada El Balad)', () => {
    const html = scrolled({ current: SECOND, wrappers: true }).replace(`<link rel="canonical" href="${FIRST_URL}">`, `<link rel="canonical" href="${SECOND_URL}">`)
    const doc = read(html, SECOND_URL)
    expect(doc.title).toBe(SECOND.title)
    expect(doc.published).toBe(SECOND.date)
  })

  it('takes the article whose headline the title holds when the address bar names none of them', () => {
    const doc = read(scrolled({ current: SECOND, wrappers: true }), 'https://news.example/news/2025/3/24/1045833')
    expect(doc.title).toBe(SECOND.title)
    for (const p of FIRST.paragraphs) expect(doc.text).not.toContain(p)
  })

  it('finds an appended article titled by an <h2> in a simpler template, first in a wrapper naming its address (CNN Arabic)', () => {
    // (The wrapper names its address relative, the headline's link absolute.)
    const second = `<article class="NextArticle" data-url="${new URL(SECOND_URL).pathname}"><div class="header"><span>المقال التالي</span><h2 class="NextArticle_title"><a href="${SECOND_URL}">${SECOND.title}</a></h2>` +
      `<time datetime="${SECOND.date}">${SECOND.date.slice(0, 10)}</time></div><div class="body">${SECOND.paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>${share(SECOND_URL)}</article>`
    const html = `<html lang="ar"><head>${head(FIRST, FIRST_URL).replace(/<title>[^<]*<\/title>/u, `<title>${SECOND.title}</title>`)}</head><body><main>` +
      `${article(FIRST, FIRST_URL, { wrapper: `<article class="Article" data-url="${FIRST_URL}">` })}${second}</main></body></html>`
    const doc = read(html, SECOND_URL)
    expect(doc.title).toBe(SECOND.title)
    expect(doc.published).toBe(SECOND.date)
    for (const p of FIRST.paragraphs) expect(doc.text).not.toContain(p)
  })

  it('knows the first article by its share buttons alone, and shows it without the one appended below', () => {
    const html = `<html lang="ar"><head>${head(FIRST, FIRST_URL).replace(/<title>[^<]*<\/title>/u, '<title>أخبار اليوم</title>')}</head><body><main>${article(FIRST, FIRST_URL)}` +
      `${article(SECOND, SECOND_URL, { wrapper: `<article class="next" data-url="${SECOND_URL}">` })}</main></body></html>`
    const doc = read(html, FIRST_URL)
    expect(doc.title).toBe(FIRST.title)
    for (const p of SECOND.paragraphs) expect(doc.text).not.toContain(p)
  })

  it('reads the writer an appended article names in its own meta list ("خبرنگار: …", ISNA), not the first’s', () => {
    const meta = '<ul class="meta"><li><span class="title-meta">خبرنگار: </span><span class="text-meta">نگار صفری</span></li></ul>'
    const html = scrolled({ current: SECOND, wrappers: true })
      .replace('</head>', '<meta name="author" content="سمیرا رحیمی‌فر"></head>')
      .replace(`data-url="${SECOND_URL}">`, `data-url="${SECOND_URL}">${meta}`)
    expect(read(html, SECOND_URL).byline).toBe('نگار صفری')
  })

  it('keeps a whole article whose subheadings are h1s (no unit names another address)', () => {
    const html =
      `<html lang="ar"><head>${head(FIRST, FIRST_URL)}</head><body><article><h1>${FIRST.title}</h1>` +
      `<p>${FIRST.paragraphs[0]}</p><h1>الحجز الإلكتروني للتذاكر متاح للجميع</h1><p>${FIRST.paragraphs[1]}</p><p>${FIRST.paragraphs[2]}</p>${share(FIRST_URL)}</article></body></html>`
    const doc = read(html, FIRST_URL)
    for (const p of FIRST.paragraphs) expect(doc.text).toContain(p)
  })
})

describe('same article address', () => {
  it.each([
    ['https://www.news.example/a/1045821/slug/', 'https://news.example/a/1045821/slug'],
    ['https://m.news.example/a/1045821/slug/amp', 'https://news.example/a/1045821/slug'],
    ['https://news.example/a/1045821/%D8%A7%D9%84%D8%B0%D9%87%D8%A8', 'https://news.example/a/1045821/الذهب?utm_source=x'],
    ['https://news.example/1045821', 'https://news.example/1045821/الذهب-اليوم'],
    ['https://news.example/news.php?id=12&utm_medium=s', 'https://news.example/news.php?id=12'],
  ])('%s names the article of %s', (a, b) => {
    expect(isSameArticle(articleKey(a), articleKey(b))).toBe(true)
  })

  it.each([
    ['https://news.example/a/1045821/slug', 'https://news.example/a/1045833/slug'],
    ['https://news.example/politics', 'https://news.example/politics/story-about-the-budget'],
    ['https://news.example/news.php?id=12', 'https://news.example/news.php?id=13'],
    ['https://news.example/a/1045821', 'https://other.example/a/1045821'],
  ])('%s is another article than %s', (a, b) => {
    expect(isSameArticle(articleKey(a), articleKey(b))).toBe(false)
  })
})
