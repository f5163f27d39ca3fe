/**
 * Markup met on Arabic news sites the extractor was not first tuned on (data/extract-pages, session 27),
 * reduced to the pattern: each case fails without its rule.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { detectArticle } from '../../../src/engine/components/detect-article.ts'
import { markCaption } from '../../../src/engine/extract/mark-captions.ts'

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
  it('keeps the story’s pictures after its last paragraph (Varzesh3’s closing figures)', () => {
    const figures = [1, 2].map((n) => `<figure class="image"><img src="data:image/png;base64,iVBORw0KGgo=" data-src="https://news.example/pictures/2024/05/13/p${n}abcdef.jpg?w=791" alt=""></figure>`).join('')
    const { doc } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}${figures}</article>`))
    expect(doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)).toEqual([1, 2].map((n) => `https://news.example/pictures/2024/05/13/p${n}abcdef.jpg?w=791`))
  })

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

  it('reads the desk run into its stamp on one line as the byline, and the line as no text (Sky News Arabia’s appended stories)', () => {
    const info = '<div class="article-info"><span class="sna-source">أبوظبي - سكاي نيوز عربية</span> <span class="article-date"><span class="label">نشر في:</span> <time>10 فبراير 2025 - 14:37</time> بتوقيت أبوظبي</span></div>'
    const { doc, blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${info}${body()}</article>`))
    expect(doc.byline).toBe('أبوظبي - سكاي نيوز عربية')
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('reads the writer from a "كتب:" line beside the date between the headline and the text (Al-Masry Al-Youm)', () => {
    const info = '<div class="pinfo"><span class="pull-right">كتب: <a href="/editor/details/2214">محمود العمري</a></span> <span>الثلاثاء 27-08-2024 14:40</span></div>'
    const { doc } = extract(page(`<div class="article"><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${info}<div id="NewsStory">${body()}</div></div>`))
    expect(doc.byline).toBe('محمود العمري')
  })

  it('shows a picture’s title line as its caption, and takes no byline from it (Al-Masry Al-Youm’s p.imgtitle)', () => {
    const picture = '<div class="articleimg"><img src="https://news.example/pictures/2024/08/27/2478812_0.jpg" alt=""><p class="imgtitle">صادرات الموالح - صورة أرشيفية</p></div>'
    const { doc, blocks } = extract(page(`<div class="article"><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><div id="NewsStory">${picture}${body()}</div></div>`))
    expect(doc.byline).toBeUndefined()
    expect(blocks[0]).toEqual({ kind: 'caption', text: 'صادرات الموالح - صورة أرشيفية' })
  })

  it('keeps a caption’s credit a word apart from the caption (CNN Arabic’s figcaption > span.InlineImage_credit)', () => {
    const picture = '<figure><img src="https://news.example/pictures/258133.jpg" alt=""><figcaption class="InlineImage_caption__1r0yU">أبراج سكنية في جزيرة الريم بأبوظبي<span class="InlineImage_credit__o7n2B">Credit: Getty Images</span></figcaption></figure>'
    const { blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body(picture)}</article>`))
    expect(blocks.find((b) => b.kind === 'caption')?.text).toBe('أبراج سكنية في جزيرة الريم بأبوظبي Credit: Getty Images')
  })

  it('reads the site’s desk in a city ("هسبريس من الرباط") as the byline, not as the site’s name', () => {
    const box = '<div class="article-info"><span class="author"><a href="/author/hespress">هسبريس من الرباط</a></span></div>'
    const html = page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${box}${body()}</article>`).replace('سكاي نيوز عربية', 'هسبريس')
    expect(extract(html).doc.byline).toBe('هسبريس من الرباط')
  })

  it('counts a text whose paragraphs are each wrapped twice as one run of prose (Quintype’s story elements, Erem News)', () => {
    const elements = PARAGRAPHS.map((p) => `<div class="story-element story-element-text"><div><p>${p}</p></div></div>`).join('')
    const html = page(`<h1>ارتفاع السجلات التجارية في الربع الثالث</h1><div class="story-elements">${elements}</div>`)
    expect(detectArticle(parseHtml(html, URL), URL).isArticle).toBe(true)
  })

  it('drops the box a sticky player leaves in the text with its note (Tasnim)', () => {
    const box = '<div class="tasnim-video-placeholder is-floated" data-video-id="v1"><div class="floated-note">ویدیو در پخش‌کننده شناور در حال پخش است</div></div>'
    const { blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body(box)}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('reads a lead named "introtext" beside the lead picture as the standfirst (Hamshahri)', () => {
    const lead = 'ذخایر پنج سد تأمین‌کننده آب شرب تهران به ۴۱۸ میلیون مترمکعب کاهش یافته و مسئولان می‌گویند اگر بارش‌ها جبران نشود فشار آب کم می‌شود.'
    const summary = `<div class="item-summary"><figure class="item-img"><img src="https://news.example/pictures/2024/10/26/5068190.jpg" alt=""></figure><p class="introtext">${lead}</p></div>`
    const { blocks } = extract(page(`<div class="item-title"><h1 class="title">ارتفاع السجلات التجارية في الربع الثالث</h1></div><div class="item-body">${summary}<div class="item-text">${body()}</div></div>`))
    expect(blocks[0].text).toBe(lead)
  })

  it('drops a photographer’s credit line of its own above the text (Masrawy’s "تصوير- …:")', () => {
    const { blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><div class="details"><p><strong>تصوير- كريم أحمد:</strong></p>${body()}</div></article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops the label of an infinite scroll’s spinner after the text', () => {
    const { blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}<div class="infinite-loader"><p>جاري تحميل المزيد</p></div></article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
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

  it('keeps a Next.js page whose root wrapper (div#__next, "next") is link-heavy (Roya News, Shafaq News)', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/news/${i}">عنوان خبر آخر رقم ${i} في الموقع الإخباري</a></li>`).join('')
    const result = extractArticle(parseHtml(page(`<div id="__next"><nav><ul>${links}</ul></nav><main><article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><div class="Article_body__H2s8m">${body()}${body()}${body()}</div></article></main><footer><ul>${links}</ul></footer></div>`), URL), { url: URL })
    expect(result.isArticle).toBe(true)
  })

  it('reads the publication stamp from an ASP.NET label id (Shorouk News)', () => {
    const url = 'https://news.example/news/details?id=123'
    const result = extractArticle(parseHtml(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><span id="ctl00_ContentPlaceHolder1_lblPublish">نشر في: الأحد 2 فبراير 2025 - 6:15 م</span>${body()}</article>`), url), { url })
    expect(result.isArticle && result.doc.published).toBe('2025-02-02T18:15')
  })

  it('keeps a subheading that starts with a byline noun but has no colon ("تقرير الخبرة")', () => {
    const { blocks, doc } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body('<p><strong>تقرير الخبرة</strong></p>')}</article>`))
    expect(blocks.map((b) => b.text)).toContain('تقرير الخبرة')
    expect(doc.byline).toBeUndefined()
  })

  it('reads "site name – reporter" opening the text as the byline (Enab Baladi)', () => {
    const { doc, blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><p><strong>سكاي نيوز عربية – سامر العلي</strong></p>${body()}</article>`))
    expect(doc.byline).toBe('سامر العلي')
    expect(blocks.map((b) => b.text)).not.toContain('سكاي نيوز عربية – سامر العلي')
  })

  it('reads the Syrian papers\' credit over the text, the dash leaning on the site and a colon after the name, as the byline (Tishreen)', () => {
    const { doc, blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><p><strong>سكاي نيوز عربية- ميساء العلي:</strong></p>${body()}</article>`))
    expect(doc.byline).toBe('ميساء العلي')
    expect(blocks.map((b) => b.text)).not.toContain('سكاي نيوز عربية- ميساء العلي:')
  })

  it('reads "place- site- reporter" over the text as the byline (Al-Hayat Al-Jadida)', () => {
    const { doc, blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><p><b>نابلس- سكاي نيوز عربية- بشير عودة</b></p>${body()}</article>`))
    expect(doc.byline).toBe('بشير عودة')
    expect(blocks.map((b) => b.text)).not.toContain('نابلس- سكاي نيوز عربية- بشير عودة')
  })

  it('reads a byline box whose name sits beside an icon, after "place - site:" (Al-Wasat)', () => {
    const { doc } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><div class="news-author"><i class="fa fa-map-marker"></i> طرابلس - بوابة الوسط: أسامة المهدوي</div>${body()}</article>`))
    expect(doc.byline).toBe('أسامة المهدوي')
  })

  it('takes no byline that is the site name with a suffix ("الميادين نت" on الميادين)', () => {
    const html = `<html lang="ar"><head><meta property="og:site_name" content="الميادين"><meta name="author" content="الميادين نت"></head><body><article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle && result.doc.byline).toBeFalsy()
  })

  it('takes no byline that is one part of the site\'s name written "name - short name" (SUNA)', () => {
    const html = `<html lang="ar"><head><meta property="og:site_name" content="وكالة السودان للأنباء - سونا"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"وكالة السودان للأنباء"}}</script></head><body><article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle && result.doc.byline).toBeFalsy()
  })

  it('takes no byline that is the short name the site\'s name ends on (Saba)', () => {
    const html = `<html lang="ar"><head><meta property="og:site_name" content="وكالة الأنباء اليمنية سبأ"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"سبأ"}}</script></head><body><article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle && result.doc.byline).toBeFalsy()
  })

  it('takes no byline that is the site\'s name without its kind and manner: "وكالة … الإخبارية" (Palestine Today\'s desk)', () => {
    const html = `<html lang="ar"><head><meta property="og:site_name" content="وكالة فلسطين اليوم الإخبارية"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"فلسطين اليوم"}}</script></head><body><article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><span class="post-source">غزة - فلسطين اليوم</span>${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle && result.doc.byline).toBeFalsy()
  })

  it('reads a paper\'s desk line signed with its name without its kind as the byline ("الثورة – …:" on "صحيفة الثورة")', () => {
    const html = `<html lang="ar"><head><meta property="og:site_name" content="صحيفة الثورة"></head><body><article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><p><strong>الثورة – ميساء العلي:</strong></p>${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle && result.doc.byline).toBe('ميساء العلي')
    expect(result.isArticle && result.doc.text).not.toContain('الثورة –')
  })

  it('reads a closing paper\'s kind and name as the credit ("صحيفة السوداني", Alnilin)', () => {
    const { doc } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}<p>صحيفة السوداني</p></article>`))
    expect(doc.credit).toBe('صحيفة السوداني')
  })

  it('drops a donation box at the end of the article (Enab Baladi)', () => {
    const { blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}<div class="enab-donate-box"><h4>ادعم الصحافة المستقلة</h4><p>مؤسسة إعلامية مستقلة غير ربحية، ساهم في استمرار عملنا عبر التبرع لنا.</p><a href="/donate">تبرع الآن</a></div></article>`))
    expect(blocks.map((b) => b.text)).not.toContain('ادعم الصحافة المستقلة')
  })

  it('drops the closing lines of a wire copy: editors\' initials and the agency slug (KUNA, WAFA)', () => {
    const tail = '<p>(النهاية)</p><p>ع ا ب / ف ن ع</p><p>كونا090945 جمت اكت 24</p><p>ــــ/ ع.ف</p>'
    const { blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}${tail}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('keeps an agency\'s own initials as the credit line', () => {
    const { doc } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}<p>أ ف ب</p></article>`))
    expect(doc.credit).toBe('أ ف ب')
  })

  it('drops a meta bar flattened into one line (source, stamps, reading time)', () => {
    const bar = '<div>المصدر: بلومبرغ 13 سبتمبر 2024 11:52 ص آخر تحديث: 13 سبتمبر 2024 12:40 م دقائق القراءة: 3</div>'
    const { blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${bar}${body()}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('reads "place: name" opening the text as the byline (Al-Sabaah)', () => {
    const { doc, blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><p><strong>بغداد: سرى حسن</strong></p>${body()}</article>`))
    expect(doc.byline).toBe('سرى حسن')
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('reads a "sub-headline" class and an unnamed heading right under the headline as the standfirst (Le360, Anadolu)', () => {
    const deck = 'سجلت حقينة السدود بالمملكة تحسنا ملموسا خلال الأسبوعين الأخيرين بفضل الأمطار والثلوج'
    const le360 = extract(page(`<div><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><h2 class="sub-headline__Styled-sc-8b1r3k-0 sub-headline">${deck}</h2></div><article>${body()}</article>`))
    expect(le360.blocks[0].text).toBe(deck)
    const aa = extract(page(`<div><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><h4>${deck}</h4></div><article>${body()}</article>`))
    expect(aa.blocks[0].text).toBe(deck)
  })

  it('prefers the stamp under the headline to today\'s date in the header (Al-Sabaah)', () => {
    const url = 'https://news.example/98231-.html'
    const html = page(`<header><span class="today-date">الخميس 30 أيار 2024</span></header><article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><span class="news-date">2024/05/28 - 10:45 م</span>${body()}</article>`)
    const result = extractArticle(parseHtml(html, url), { url })
    expect(result.isArticle && result.doc.published).toBe('2024-05-28T22:45')
  })
})

describe('site markup, fourth batch', () => {
  it('takes an update stamp as the date when the page prints no other (Kooora)', () => {
    const url = 'https://news.example/news/details?id=123'
    const html = page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><div class="articleDate">آخر تحديث: الخميس 13 مارس 2025 - 23:41</div>${body()}</article>`)
    const result = extractArticle(parseHtml(html, url), { url })
    expect(result.isArticle && result.doc.published).toBe('2025-03-13T23:41')
  })

  it('takes no byline from a writer\'s card that links a headline (Al-Watan Voice\'s writers\' column)', () => {
    const card = '<div class="writer_item"><span class="w_name">رامز مصطفى</span><br><a href="/opinion/1">قراءة في مقترح التهدئة الأخير</a></div>'
    const { doc } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}</article><aside>${card}</aside>`))
    expect(doc.byline).toBeUndefined()
  })
})

describe('site markup, fifth batch', () => {
  it('reads an "auteur" box as the byline (Al-Chourouk)', () => {
    const { doc } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><div class="auteur"><div class="field--name-field-auteur">رياض البوعزيزي</div></div>${body()}</article>`))
    expect(doc.byline).toBe('رياض البوعزيزي')
  })

  it('drops the declared reporter signing the text, and reads "● name" opening it as the byline (Assabah, Al-Jarida)', () => {
    const html = `<html lang="ar"><head><meta name="author" content="سلمى الدريدي"></head><body><article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}<p><strong>سلمى الدريدي</strong></p></article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle && result.doc.text.includes('سلمى الدريدي')).toBe(false)
    const { doc, blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><p><strong>● وليد الرفاعي</strong></p>${body()}</article>`))
    expect(doc.byline).toBe('وليد الرفاعي')
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops a meta bar with a view count glued into one line (Al-Jarida)', () => {
    const bar = '<div><span>05-11-2024 | 21:40</span><span>المصدر: العدد الورقي 5861</span><span>3127 مشاهدة</span></div>'
    const { blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${bar}${body()}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })
})

describe('captions known by their place', () => {
  const kindOf = (html: string, text: string) => extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body(html)}</article>`)).blocks.find((b) => b.text === text)?.kind

  it('reads the short line after a picture in its own block as its caption (FilGoal, Al-Ahram)', () => {
    expect(kindOf('<div class="inner-img"><img src="https://news.example/a.jpg" alt=""><span>الجندي يحتفل بهدفه</span></div>', 'الجندي يحتفل بهدفه')).toBe('caption')
    expect(kindOf('<p align="center"><img src="https://news.example/b.jpg" alt=""><br><span style="color:#777">المؤتمر الصحفي للهيئة</span></p>', 'المؤتمر الصحفي للهيئة')).toBe('caption')
  })

  it('reads a centred small-type line after a picture\'s own block as its caption (Sada El Balad, Al-Sharq)', () => {
    const html = '<p style="text-align: center;"><img src="https://news.example/c.jpg" alt=""></p><p style="text-align: center;"><span style="font-size:14px;color:#777;">شحنات البرتقال بميناء دمياط</span></p>'
    expect(kindOf(html, 'شحنات البرتقال بميناء دمياط')).toBe('caption')
  })

  it('leaves a centred subheading in plain type after a picture, and text that runs on after it, as body', () => {
    const heading = '<p style="text-align: center;"><img src="https://news.example/d.jpg" alt=""></p><p style="text-align: center;"><strong>بدائل في الحقول</strong></p>'
    expect(kindOf(heading, 'بدائل في الحقول')).toBe('paragraph')
    const runOn = '<p><img src="https://news.example/e.jpg" alt=""> <b>القاهرة:</b> أعلنت الوزارة اليوم خطة جديدة لدعم المزارعين في المحافظات.</p>'
    expect(kindOf(runOn, 'القاهرة: أعلنت الوزارة اليوم خطة جديدة لدعم المزارعين في المحافظات.')).toBe('paragraph')
  })
})

describe('detector on site markup', () => {
  it('recognises a body written as text and <br> inside a <span> (KUNA, Lebanon24)', () => {
    const lines = [...PARAGRAPHS, ...PARAGRAPHS].join('<br /><br />')
    const html = `<html lang="ar"><head><title>ارتفاع السجلات التجارية</title></head><body><table><tr><td><h1>ارتفاع السجلات التجارية في الربع الثالث</h1><div class="NewsBody"><span id="lblBody">${lines}</span></div></td></tr></table></body></html>`
    expect(detectArticle(parseHtml(html, URL), URL).isArticle).toBe(true)
  })
})

describe('site markup, batch f (session 28)', () => {
  const HEADLINE = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'
  const texts = (html: string, head = '') => extract(page(html, head)).blocks.map((b) => b.text)

  it('keeps subheadings whose class Readability takes for page chrome (Alhurra\'s h2.header)', () => {
    const html = `<article>${HEADLINE}<div class="article-body"><p>${PARAGRAPHS[0]}</p><h2 class="header">ضغوط أميركية</h2><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p></div></article>`
    expect(extract(page(html)).blocks).toContainEqual({ kind: 'heading', text: 'ضغوط أميركية' })
  })

  it('drops a heading that closes the text (a "more from" box whose teasers went)', () => {
    const html = `<main><article>${HEADLINE}${body()}</article><section><h3 class="section-title">المزيد من العراق</h3><div class="card"><a href="/a"><h4>موجة برد تضرب العراق وتعطيل الدوام الرسمي في 6 محافظات</h4></a></div></section></main>`
    expect(texts(html)).not.toContain('المزيد من العراق')
  })

  it('drops a kicker above the headline and a video player\'s title with its duration (Al Riyadh, CNN Arabic)', () => {
    const html = `<article><div class="article-header"><div class="kicker">برنامج مدته تسعة أشهر ومكافأة شهرية للمتدربين</div>${HEADLINE}</div>${body('<div class="VideoEmbed_block__Wm4cZ"><div class="VideoEmbed_title__gH6yB">شاهد.. جولة داخل مقبرة عمرها 4400 عام<span class="VideoEmbed_duration__P4k1L">02:41</span></div></div>')}</article>`
    const shown = texts(html).join('\n')
    expect(shown).not.toContain('برنامج مدته')
    expect(shown).not.toContain('شاهد.. جولة')
  })

  it('drops date lines with a Hijri date, a print issue\'s number and font buttons, or two labelled stamps', () => {
    const riyadh = '<div class="article-meta"><span class="date">الثلاثاء 17 جمادى الأولى 1446هـ - 19 نوفمبر 2024م</span> <span class="issue">العدد 20956</span> <span><a href="#">أ+</a> <a href="#">أ-</a></span></div>'
    const cnn = '<div><span>نشر <time>الثلاثاء، 18 فبراير / شباط 2025; 14:25 (GMT +0400)</time></span> <span>آخر تحديث <time>الثلاثاء، 18 فبراير / شباط 2025; 15:02 (GMT +0400)</time></span></div>'
    for (const line of [riyadh, cnn]) {
      const { doc, blocks } = extract(page(`<article>${HEADLINE}${line}${body()}</article>`))
      expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
      expect(doc.published?.slice(0, 4)).toMatch(/2024|2025/u)
    }
  })

  it('reads a camel-case author box (Akhbar Elyom\'s div.authorBox) before a sidebar\'s writers', () => {
    const html = `<article>${HEADLINE}<div class="authorBox"><a href="/Author/1583"><span class="authorName">أحمد الشريف</span></a></div>${body()}</article><aside><div class="opinionItem"><a href="/o/31"><span class="writer">محمد بركات</span></a></div></aside>`
    expect(extract(page(html)).doc.byline).toBe('أحمد الشريف')
  })

  it('reads "name (place)" opening the body as the byline (Al-Ittihad), and drops it as a signature of the declared one', () => {
    const line = '<p><strong>عائشة الكعبي (دبي)</strong></p>'
    const plain = extract(page(`<article>${HEADLINE}<div class="body">${line}${body()}</div></article>`))
    expect(plain.doc.byline).toBe('عائشة الكعبي')
    expect(plain.blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
    const declared = extract(page(`<article>${HEADLINE}<div class="body">${body()}${line}</div></article>`, '<meta name="author" content="عائشة الكعبي">'))
    expect(declared.blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops the place after a reporter\'s name, and keeps a desk and its place (Al-Madina, Alhurra)', () => {
    const reporter = extract(page(`<article>${HEADLINE}<span class="writer">عبدالعزيز الحربي - جدة</span>${body()}</article>`))
    expect(reporter.doc.byline).toBe('عبدالعزيز الحربي')
    const desk = extract(
      page(`<article>${HEADLINE}<span class="credit byline">الحرة - بغداد</span>${body()}</article>`).replace('سكاي نيوز عربية', 'الحرة'),
    )
    expect(desk.doc.byline).toBe('الحرة - بغداد')
  })

  it('reads a data table row by row, cells tab-separated, and a layout table as before (Argaam)', () => {
    const table = '<table><thead><tr><th>البند</th><th>2023</th><th>2024</th></tr></thead><tbody><tr><td>المبيعات</td><td>251.0</td><td>312.7</td></tr><tr><td>صافي الربح</td><td>63.1</td><td></td></tr></tbody></table>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(table)}</article>`))
    expect(blocks.filter((b) => b.kind === 'table-row').map((b) => b.text)).toEqual(['البند\t2023\t2024', 'المبيعات\t251.0\t312.7', 'صافي الربح\t63.1\t'])
    const layout = extract(page(`<table><tr><td class="nav"><a href="/">الرئيسية</a></td><td>${HEADLINE}${body()}</td></tr></table>`))
    expect(layout.blocks.some((b) => b.kind === 'table-row')).toBe(false)
    expect(layout.blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('refuses a page that declares no article and holds no run of prose: a prayer-times table, an episode list', () => {
    const prayer = `<h1>مواقيت الصلاة في القاهرة</h1><p>تعرف على مواقيت الصلاة اليوم في القاهرة وجميع محافظات مصر، وفقًا لمواعيد الهيئة المصرية العامة للمساحة.</p><div class="times">${['الفجر 4:22 ص', 'الشروق 6:01 ص', 'الظهر 12:53 م', 'العصر 4:28 م', 'المغرب 7:43 م', 'العشاء 9:10 م'].map((t) => `<div class="card"><span>${t}</span></div>`).join('')}</div>`
    const episodes = `<h1>عاصمة القرار</h1><p>برنامج حواري أسبوعي يُبث من واشنطن، يناقش السياسة الأميركية تجاه الشرق الأوسط والعالم العربي، ويستضيف مسؤولين سابقين في الإدارات الأميركية وأعضاء في الكونغرس وباحثين من مراكز الدراسات.</p>${PARAGRAPHS.map((p, i) => `<div class="episode"><a href="/e/${i}"><h3>الحلقة ${i + 1}</h3></a><p>${p.slice(0, 110)}</p><span>الحرة - واشنطن</span></div>`).join('')}`
    for (const inner of [prayer, episodes]) {
      const result = extractArticle(parseHtml(page(inner, '<meta property="og:type" content="website">'), URL), { url: URL })
      expect(result.isArticle).toBe(false)
      if (!result.isArticle) expect(result.reason).toMatch(/^no article body \(longest prose run \d+ chars/u)
    }
    // The same body on a page declared an article is read (declarations outweigh a thin body).
    const declared = extractArticle(parseHtml(page(episodes, '<meta property="og:type" content="article">'), URL), { url: URL })
    expect(declared.isArticle).toBe(true)
  })

  it('refuses a podcast episode whose JSON-LD says so, though its og:type says article (TRT Arabi)', () => {
    const episodes = `<h1>حكايا المدن: القهوة في إسطنبول</h1><p>في هذه الحلقة نعود إلى القرن السادس عشر، حين وصلت حبوب البن من اليمن إلى إسطنبول وافتتح أول مقهى في المدينة، لتتحول القهوة إلى طقس يومي.</p>${PARAGRAPHS.map((p, i) => `<article class="episode"><a href="/e/${i}"><h3>الحلقة ${i + 1}</h3></a><p>${p.slice(0, 110)}</p></article>`).join('')}`
    const head = '<meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"القهوة في إسطنبول"}</script>'
    const html = page(episodes, head)
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle).toBe(false)
    expect(detectArticle(parseHtml(html, URL), URL).isArticle).toBe(false)
  })
})

describe('site markup, batch g (session 28)', () => {
  const HEADLINE = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'

  it('drops an embedded tweet, its attribution and its picture link, whatever the page', () => {
    const tweet = '<blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">بدء التشغيل التجريبي للمحطة الشمالية <a href="https://t.co/x">pic.twitter.com/Xq3kLm9PzA</a></p>&mdash; موانئ (@MawaniKSA) <a href="https://twitter.com/x/status/1">February 9, 2025</a></blockquote>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(tweet)}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('reads a caption field whose text is one paragraph as the caption (Syria TV\'s Drupal field), not one of two', () => {
    const doc = parseHtml(page('<div class="field--name-field-image-caption"><p>مخيمات للنازحين في منطقة أطمة</p></div><div class="x"><p>سطر أول</p><p>سطر ثان</p></div>'), URL)
    const [field, two] = [doc.querySelector('.field--name-field-image-caption')!, doc.querySelector('.x')!]
    markCaption(field)
    markCaption(two)
    expect(field.querySelector('figcaption')?.textContent).toBe('مخيمات للنازحين في منطقة أطمة')
    expect(field.querySelector('p')).toBeNull()
    expect(two.querySelector('figcaption')).toBeNull()
  })

  it('reads a photo viewer\'s description as a caption, and drops a card\'s stamp without its year (Sputnik Arabic)', () => {
    const picture = '<div class="photoview__open"><img src="https://news.example/ship.jpg" alt=""><div class="photoview__open-info"><span class="photoview__desc-text">سفينة تحمل شحنة من القمح في ميناء نوفوروسيسك</span></div></div>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(`${picture}<p>10 تشرين الأول، 12:10 GMT</p>`)}</article>`))
    expect(blocks.find((b) => b.text.startsWith('سفينة'))?.kind).toBe('caption')
    expect(blocks.map((b) => b.text)).not.toContain('10 تشرين الأول، 12:10 GMT')
  })

  it('drops a video player\'s still (CNN Arabic\'s img.VideoEmbed_poster)', () => {
    const player = '<div class="VideoEmbed_block"><img class="VideoEmbed_poster__x2Pq1" src="https://news.example/video/poster-98231.jpg" alt=""></div>'
    const result = extractArticle(parseHtml(page(`<article>${HEADLINE}${body(player)}</article>`), URL), { url: URL })
    expect(result.isArticle && result.doc.blocks.some((b) => b.kind === 'image')).toBe(false)
  })

  it('drops an author\'s photo beside the byline (Al Roeya\'s /authors/ avatar)', () => {
    const html = `<article>${HEADLINE}<div class="ArticleMeta"><img src="https://cdn.news.example/authors/1187-reem.jpg" alt="ريم الكعبي"><a class="ArticleMeta_author" href="/author/1187">ريم الكعبي</a></div>${body()}</article>`
    const result = extractArticle(parseHtml(page(html), URL), { url: URL })
    expect(result.isArticle && result.doc.blocks.some((b) => b.kind === 'image')).toBe(false)
  })
  it('keeps a timeline box inside the body, which Readability would remove as an <aside> (Arab48)', () => {
    const timeline = '<aside class="article-timeline"><h3>محطات في مسار القرار</h3><ol><li>آذار 2021: أقرت الوزارة المنصة الرقمية الموحدة لإصدار السجلات.</li><li>أيار 2023: ربطت المنصة بالجهات الحكومية الأخرى.</li></ol></aside>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(timeline)}</article>`))
    expect(blocks.map((b) => b.text)).toContain('محطات في مسار القرار')
    expect(blocks.map((b) => b.text)).toContain('أيار 2023: ربطت المنصة بالجهات الحكومية الأخرى.')
  })

  it('shows a pull quote once: the sentence where the text has it, not again in its box with the speaker (Al-Wafd)', () => {
    const pull = '<blockquote class="quote-box"><p>المنصة الرقمية الموحدة اختصرت مدة إصدار السجل إلى أقل من يوم واحد</p><cite>المتحدث باسم الوزارة</cite></blockquote>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(pull)}</article>`))
    expect(blocks.filter((b) => b.kind === 'quote')).toEqual([])
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops a pull quote of six short words the text has (Al Jadeed)', () => {
    const pull = '<blockquote class="news-quote"><p>«السجل إلى أقل من يوم واحد»</p></blockquote>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(pull)}</article>`))
    expect(blocks.filter((b) => b.kind === 'quote')).toEqual([])
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops a pull quote\'s speaker named by a long post with it, and keeps a quotation after a pull quote (Febrayer)', () => {
    const pull = '<figure class="wp-block-pullquote"><blockquote><p>«المنصة الرقمية الموحدة اختصرت مدة إصدار السجل إلى أقل من يوم واحد»</p><cite>المدير الجهوي للشركة الجهوية متعددة الخدمات بالجهة</cite></blockquote></figure>'
    const quoted = '<blockquote><p>إن هذه الخطوة تأتي في إطار خطة الوزارة لتحديث الخدمات الرقمية وتقريبها من المواطنين في كل الجهات.</p></blockquote>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(pull + quoted)}</article>`))
    expect(blocks.filter((b) => b.kind === 'quote').map((b) => b.text)).toEqual([
      'إن هذه الخطوة تأتي في إطار خطة الوزارة لتحديث الخدمات الرقمية وتقريبها من المواطنين في كل الجهات.',
    ])
  })

  it('reads a byline with an abbreviated title ("د.") as the name, not the tagline beside it (Al-Raya)', () => {
    const writer = '<div class="writer-info"><a class="writer-name" href="/author/hamad/">د. حمد بن سالم المري</a><span class="writer-desc">كاتب وأكاديمي قطري</span></div>'
    const { doc } = extract(page(`<article>${writer}${HEADLINE}${body()}</article>`))
    expect(doc.byline).toBe('د. حمد بن سالم المري')
  })

  it('takes no byline from a writer\'s card in a sidebar of opinion teasers (Elnashra)', () => {
    const card = '<div class="item"><div class="author"><a href="/writers/41/">رامي الحاج</a></div><h4><a href="/news/show/1654180/">الودائع بين وعود الإصلاح وحسابات المصارف</a></h4></div>'
    const { doc } = extract(page(`<article>${HEADLINE}${body()}</article><aside class="opinions">${card}</aside>`))
    expect(doc.byline).toBeUndefined()
  })
  it('keeps a gallery of the article\'s pictures between paragraphs, with their captions (Al-Resalah)', () => {
    const figure = (n: number) => `<figure><img src="https://news.example/uploads/gal-${n}.jpg" alt=""><figcaption>صورة ${n} من المعرض</figcaption></figure>`
    const gallery = `<div class="post-gallery">${figure(1)}${figure(2)}${figure(3)}</div>`
    const { doc } = extract(page(`<article>${HEADLINE}${body(gallery)}</article>`))
    const images = doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)
    expect(images).toEqual(['https://news.example/uploads/gal-1.jpg', 'https://news.example/uploads/gal-2.jpg', 'https://news.example/uploads/gal-3.jpg'])
  })

  // Session 30, batch i.
  it('keeps a slider of the article\'s pictures after the last paragraph, without its counter (Al-Bilad)', () => {
    const slide = (n: number) =>
      `<div class="td-slide-item"><figure class="td-slide-popup-gallery"><a href="https://news.example/uploads/slide-${n}.jpg"><img src="https://news.example/uploads/slide-${n}-696x464.jpg" alt=""></a><figcaption>الصورة ${n} من المشروع</figcaption></figure></div>`
    const slider = `<div class="td-slider-gallery td-gallery"><div class="td-gallery-slide-count"><span>1</span> من <span>3</span></div><div class="td-slider">${slide(1)}${slide(2)}${slide(3)}</div></div>`
    const { doc, blocks } = extract(page(`<article>${HEADLINE}<div class="content">${body()}${slider}</div></article>`))
    expect(doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)).toEqual([1, 2, 3].map((n) => `https://news.example/uploads/slide-${n}-696x464.jpg`))
    expect(blocks.filter((b) => b.kind === 'caption').map((b) => b.text)).toEqual([1, 2, 3].map((n) => `الصورة ${n} من المشروع`))
    expect(blocks.map((b) => b.text)).not.toContain('1 من 3')
  })

  it('leaves out a carousel of related stories, whose links open other pages', () => {
    const card = (n: number) => `<figure><a href="https://news.example/2024/03/1${n}/other"><img src="https://news.example/uploads/teaser-${n}.jpg" alt=""></a><figcaption>عنوان خبر آخر رقم ${n}</figcaption></figure>`
    const { doc } = extract(page(`<article>${HEADLINE}<div class="content">${body()}<div class="related-gallery gallery">${card(1)}${card(2)}</div></div></article>`))
    expect(doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)).not.toContain('https://news.example/uploads/teaser-1.jpg')
  })

  it('reads an old agency page: the headline in div#Title, the time beside it, captions in the row under each picture, no controls or editor line (Xinhua)', () => {
    const picture = '<table align="center"><tbody><tr><td align="center"><img src="https://news.example/uploads/yiwu.jpg"></td></tr><tr><td align="center"><font color="navy">صورة ملتقطة يوم 13 يونيو لتاجر يعرض عينات في متجره بسوق ييوو الدولي للسلع</font></td></tr></tbody></table>'
    const html = `<html dir="rtl"><head><title>ارتفاع السجلات التجارية في الربع الثالث_Arabic.news.cn</title><meta name="publishdate" content="2024-03-12"></head><body><table><tr><td>
      <div id="Title">ارتفاع السجلات التجارية في الربع الثالث</div>
      <div class="info"><span id="pubtime">2024-03-12 18:42:10</span> | <span id="source">arabic.news.cn</span> [<a href="javascript:setFontSize(20)">كبير</a> <a href="javascript:setFontSize(16)">متوسط</a> <a href="javascript:setFontSize(14)">صغير</a>]</div>
      <div id="detail">${picture}${body()}</div><div id="articleEdit"><span class="editor">【المحرر: 王丽】</span></div></td></tr></table></body></html>`
    const { doc, blocks } = extract(html)
    expect(doc.title).toBe('ارتفاع السجلات التجارية في الربع الثالث')
    expect(doc.published).toBe('2024-03-12T18:42')
    expect(blocks).toEqual([{ kind: 'caption', text: 'صورة ملتقطة يوم 13 يونيو لتاجر يعرض عينات في متجره بسوق ييوو الدولي للسلع' }, ...PARAGRAPHS.map((text) => ({ kind: 'paragraph', text }))])
  })

  it('drops an embedded post between the link past it and its end marker, whatever the language (BBC Persian, Urdu)', () => {
    const embed = '<div class="bbc-1cvxiy9"><a href="#end-of-twitter-content-1" class="bbc-skip">ٹوئٹر پوسٹ نظرانداز کریں, 1</a><div><div data-e2e="consentBanner-wrapper"><strong>ٹوئٹر کا مواد دکھانے کی اجازت دی جائے؟</strong><p>اس تحریر میں ایسا مواد ہے جو ٹوئٹر کی جانب سے دیا گیا ہے۔ کسی بھی چیز کے لوڈ ہونے سے قبل ہم آپ سے اجازت چاہتے ہیں۔</p></div><p>مواد دستیاب نہیں ہے</p></div><p id="end-of-twitter-content-1">ٹوئٹر پوسٹ کا اختتام, 1</p></div>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(embed)}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops a promo named by its CSS module\'s component or by the heading that labels it (Iran International, BBC)', () => {
    const send = '<section class="SendContent_box__Kd8e2"><h3>ویدیوها و عکس‌های خود را برای ما بفرستید</h3><p>شما می‌توانید ویدیوها و تصاویر رویدادهای شهر خود را برای ما بفرستید.</p></section>'
    const podcast = '<section aria-labelledby="podcast-promo" role="region"><strong id="podcast-promo">ڈرامہ کوئین</strong><h3><a href="/urdu/podcasts/p0jt1f5v">پوڈکاسٹ میں سنیے وہ باتیں</a></h3></section>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(send + podcast)}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops a stamp line in the Solar Hijri calendar above the text (Independent Persian)', () => {
    const { blocks } = extract(page(`<article>${HEADLINE}<div class="date">سه‌شنبه ۱۳ آذر ۱۴۰۳ - ۱۴:۲۰</div>${body()}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  // Batch k: Persian and Urdu sites.
  it('drops a Persian agency\'s coded end marker and a publication line, and takes no part of the site\'s name for a byline (Fars, Euronews, Tasnim)', () => {
    const head = '<meta property="og:site_name" content="خبرگزاری تسنیم | Tasnim"><meta name="author" content="خبرگزاری تسنیم">'
    const html = `<html lang="fa" dir="rtl"><head>${head}</head><body><article>${HEADLINE}<div class="date">انتشار ۰۳/۱۲/۲۰۲۴ - ۱۴:۲۰ GMT+1 • به‌روز شده ۱۵:۰۵</div>${body()}<p>انتهای پیام/ ک</p></article></body></html>`
    const { doc, blocks } = extract(html)
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
    expect(doc.byline).toBeUndefined()
  })

  it('reads the lead past a long meta line, inside the box that also holds the lead picture (Khabar Online, Hamshahri)', () => {
    const lead = 'اعضای شورای اسلامی شهر تهران با افزایش ۲۵ درصدی نرخ کرایه حمل‌ونقل عمومی برای سال آینده موافقت کردند.'
    const tools = Array.from({ length: 4 }, (_, i) => `<a class="tool" href="/t/${i}"><i class="fa"></i></a>`).join('')
    const meta = `<div class="item-nav"><div class="item-date"><span>۲۱ آذر ۱۴۰۳ - ۱۰:۲۴</span></div><div class="item-code"><span>کد خبر 1978523</span></div><div class="item-tools">${tools}</div></div>`
    const summary = `<div class="item-summary"><figure><img src="https://news.example/lead.jpg"><figcaption>اتوبوس برقی در پایانه آزادی تهران - عکس: آرشیو</figcaption></figure><p class="summary introtext">${lead}</p></div>`
    const { blocks } = extract(page(`<div class="item-title"><h1><a href="${URL}">ارتفاع السجلات التجارية في الربع الثالث</a></h1></div>${meta}${summary}<div class="item-body">${body()}</div>`))
    expect(blocks.filter((b) => b.kind !== 'caption').map((b) => b.text)).toEqual([lead, ...PARAGRAPHS])
  })

  it('drops a media player\'s controls (VOA\'s Pangea player)', () => {
    const player = '<div class="wsw__embed"><div class="media-pholder media-pholder--video"><div class="c-mmp c-mmp--video" data-title="ویڈیو"><span>ایمبیڈ</span><span class="c-mmp__overlay-embed-text-copied">کوڈ آپ کے کلپ بورڈ پر کاپی ہو گیا ہے۔</span><span>کوئی میڈیا سورس فی الحال دستیاب نہیں</span></div></div></div>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(player)}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  // Batch l.
  it('takes the item\'s own stamp above its headline, not the header\'s date of the day (APS\'s K2 theme)', () => {
    const html = page(`<div class="top-date">الأحد 09 جوان 2024 - 03 ذو الحجة 1445</div><div class="itemView"><span class="itemDateCreated">الأحد, 09 جوان 2024 16:52</span><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body()}</div>`)
    const result = extractArticle(parseHtml(html, 'https://news.example/ar/economie/168245'), { url: 'https://news.example/ar/economie/168245' })
    expect(result.isArticle && result.doc.published).toBe('2024-06-09T16:52')
  })

  it('takes a CSS-module authors box for the byline, not a paragraph (Asharq)', () => {
    const authors = '<div class="ArticleAuthors_authors__Bv6c9"><span class="ArticleAuthors_brand__r1X7p">الشرق</span><span> | </span><a class="ArticleAuthors_name__P5d2w" href="/authors/rana/">رنا الحربي</a> <span>- الرياض</span></div>'
    const { doc, blocks } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${authors}${body()}</article>`))
    expect(doc.byline).toBe('رنا الحربي')
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

})

describe('site markup, batch m (session 31)', () => {
  const headline = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'

  it('reads the name after a "نص من:" label as the byline, not the label (Monte Carlo Doualiya)', () => {
    const author = '<div class="m-from-author"><span class="m-from-author__label">نص من:</span><a class="m-from-author__name" href="/تحرير/نادين-الحسيني/">نادين الحسيني</a></div>'
    expect(extract(page(`<article>${headline}${author}${body()}</article>`)).doc.byline).toBe('نادين الحسيني')
  })

  it('takes the reporter named in the first paragraph’s dateline with the site’s name as the byline, and keeps the paragraph (Rai Al Youm)', () => {
    const first = `عمّان ـ “سكاي نيوز عربية” ـ طارق الفايد: ${PARAGRAPHS[0]}`
    const { doc, blocks } = extract(page(`<article>${headline}<p>${first}</p>${PARAGRAPHS.slice(1).map((p) => `<p>${p}</p>`).join('')}</article>`))
    expect(doc.byline).toBe('طارق الفايد')
    expect(blocks[0].text).toBe(first)
    const other = extract(page(`<article>${headline}<p>عمّان ـ “رأي اليوم” ـ طارق الفايد: ${PARAGRAPHS[0]}</p>${body()}</article>`))
    expect(other.doc.byline).toBeUndefined()
  })

  it('drops a cookie notice, an unrendered template placeholder and a "تم نشر هذا المحتوى" stamp', () => {
    const cookie = '<div class="cookies__notice"><p>يستخدم الموقع ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة الزوار. <a href="/privacy">اعرف المزيد</a></p></div>'
    const { blocks } = extract(page(`<article>${headline}<p>{{ article.article_title }}</p><p>تم نشر هذا المحتوى على 24 أبريل 2025 - 09:00 7 دقائق</p>${body()}${cookie}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops the editors’ initials with their stamp closing a wire copy and keeps the agency as the credit (Petra)', () => {
    const { doc, blocks } = extract(page(`<article>${headline}${body()}<p>--(بترا)</p><p>ع ق/ر ت 17/03/2024 11:42:07</p></article>`))
    expect(blocks.map((b) => b.text)).toEqual([...PARAGRAPHS, '--(بترا)'])
    expect(doc.credit).toBe('--(بترا)')
  })

  it('reads bare text centred under a centred picture as its caption (CGTN Arabic), and an embedded audio’s title as no text', () => {
    const picture = '<p style="text-align: center;"><img src="https://news.example/img/2025031816335877412.jpg" alt="" width="640"></p><p style="text-align: center;">ممثلون خلال حفل توقيع الاتفاقيات في ختام المنتدى.</p>'
    const audio = '<div class="m-em-audio"><div class="m-em-audio__infos"><p class="m-em-audio__title">الجزائر: صيف عطش يلوح في الأفق في وهران</p></div></div>'
    const { doc } = extract(page(`<article>${headline}${picture}${body(audio)}</article>`))
    const kinds = doc.blocks.map((b) => `${b.kind}:${doc.text.slice(b.start, b.end).slice(0, 12)}`)
    expect(kinds.slice(0, 2)).toEqual(['image:', 'caption:ممثلون خلال '])
    expect(doc.text).not.toContain('صيف عطش')
  })

  it('keeps a picture in a widget box inside the body (Euronews’s figure.widget), which Readability scores against', () => {
    const figure = '<figure class="widget widget--type-image"><div class="widget__wrapper"><div class="widget__contents"><img class="widget__image" src="https://news.example/articles/808x454_cmsv2_a7d2c9e1-0b3f-5a61-8e4d-2c7b9f0a1e55-8944187.jpg" alt=""><figcaption class="widget__caption">مخزن آب خالٍ في قرية بجزيرة سيفنوس</figcaption></div></div></figure>'
    const { doc } = extract(page(`<article><h1>ارتفاع السجلات التجارية في الربع الثالث</h1>${body(figure)}</article>`))
    expect(doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)).toEqual(['https://news.example/articles/808x454_cmsv2_a7d2c9e1-0b3f-5a61-8e4d-2c7b9f0a1e55-8944187.jpg'])
  })
})

describe('site markup, batch n (session 31)', () => {
  const headline = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'

  it('reads a byline line labelled "تقرير /" and drops it (Aden Al-Ghad)', () => {
    const { doc, blocks } = extract(page(`<article>${headline}<div>تقرير / أمجد صالح باعوضة:</div>${body()}</article>`))
    expect(doc.byline).toBe('أمجد صالح باعوضة')
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops a site notice, a call to support the site and a stamp with "دقائق للقراءة" glued to its time', () => {
    const notice = '<div class="post-source-note">جميع المواد المنشورة في عدن الغد محمية بموجب حقوق النشر، ويُسمح بالاقتباس مع ذكر المصدر.</div>'
    const support = '<div class="stream-item"><p class="stream-item-text">ادعم صحافة مستقلة من أجل سودان حر وديمقراطي</p></div>'
    const stamp = '<div><time datetime="2024-09-17T06:05:00.000Z">17 سبتمبر 2024 10:05 صباحاً</time><span>3 دقائق للقراءة</span></div>'
    const { blocks } = extract(page(`<article>${headline}${stamp}${body(support)}${notice}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('takes no site named by its domain for the byline ("24" of "24.ae", the author its JSON-LD declares)', () => {
    const ld = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "author": {"@type": "Organization", "name": "24"}}</script>'
    const html = `<html lang="ar"><head><meta property="og:site_name" content="24.ae">${ld}</head><body><article>${headline}<div class="ArticleDetails_meta__H4pLr"><span class="ArticleDetails_source__tY8uN">24 - أبوظبي</span><time datetime="2024-12-10T10:25:00Z">10 ديسمبر 2024 14:25</time></div>${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle && result.doc.byline).toBeUndefined()
  })

  it('reads a board whose prose is a blurb among teasers\' excerpts in a list of posts as a listing, to both readers', () => {
    const teaser = (n: number) => `<li class="post-item"><h2 class="post-title"><a href="/2024/05/${n}/gold-${n}/">أسعار الذهب ترتفع في تعاملات اليوم ${n} وعيار 21 يسجل رقما جديدا</a></h2><p class="post-excerpt">${PARAGRAPHS[n % 3]}</p></li>`
    const html = page(`<article>${headline}<p>${PARAGRAPHS[0]}</p><table><tr><td>عيار 21</td><td>3130</td></tr></table><ul>${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</ul></article>`, '<meta property="og:type" content="article">')
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle).toBe(false)
    expect(detectArticle(parseHtml(html, URL), URL).isArticle).toBe(false)
  })
})

describe('site markup, batch o (session 31)', () => {
  const headline = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'

  it('drops Ultra Sawt\'s "اقرأ/ي أيضًا:" label with its links', () => {
    const readAlso = '<p><strong>اقرأ/ي أيضًا:</strong></p><p><a href="/news/1">تراجع المخزون الدوائي في مصر إلى مستوى قياسي</a></p>'
    const { blocks } = extract(page(`<article>${headline}${body(readAlso)}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops Al Jazeera\'s "more from" section of teasers, by its class or its label', () => {
    const card = (n: number) => `<article class="gc"><div class="gc__label"><span>كرة قدم</span></div><h3 class="gc__title"><a href="/sport/2025/3/8/story-${n}"><span>الغرافة يعلن غياب مدافعه ${n} أسابيع قبل قمة السد</span></a></h3><div class="gc__excerpt"><p>تعرض المدافع لإصابة عضلية في التدريبات الأخيرة ${n}.</p></div></article>`
    const cards = [1, 2, 3, 4].map(card).join('')
    for (const section of [`<section class="more-articles"><h2>المزيد من رياضة</h2><div>${cards}</div></section>`, `<section><h2>المزيد من رياضة</h2></section>`]) {
      const { blocks } = extract(page(`<main><div class="article">${headline}${body()}</div>${section}</main>`, '<meta property="og:type" content="article">'))
      expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
    }
  })

  it('keeps the day a UTC stamp near midnight declares when the address names it (an update stamp shown after midnight)', () => {
    const url = 'https://news.example/sport/2025/3/8/story'
    const stamp = '<div class="article-dates"><span>8/3/2025</span><div class="article-last-updated"><span>آخر تحديث: </span><span class="date-simple__date">9/3/2025</span> <span>12:06 ص</span></div></div>'
    const html = `<html lang="ar"><head><meta property="article:published_time" content="2025-03-08T20:41:17Z"></head><body><article>${headline}${stamp}${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, url), { url })
    expect(result.isArticle && result.doc.published?.slice(0, 10)).toBe('2025-03-08')
  })

  it('drops the kicker the page declares as its second headline right above the title, and a print edition\'s line', () => {
    const kicker = 'گزارش «شرق» از بازار اجاره در میانه زمستان'
    const ld = `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "ارتفاع السجلات التجارية في الربع الثالث", "alternativeHeadline": "${kicker}"}</script>`
    const html = `<html lang="ar"><head>${ld}</head><body><article><header><span class="news-detail__subtitle">${kicker}</span>${headline}</header>${body()}<p>این مطلب در شماره ۵۰۸۴ روزنامه شرق، صفحه ۵ (جامعه) منتشر شده است.</p></article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    if (!result.isArticle) throw new Error(result.reason)
    expect(result.doc.blocks.map((b) => result.doc.text.slice(b.start, b.end))).toEqual(PARAGRAPHS)
  })

  it('but keeps the declared second headline below the title, a deck that is the text\'s first line (Al-Rai)', () => {
    const deck = '1200 كيلومتر من الطرق الداخلية والسريعة تشملها العقود الجديدة'
    const ld = `<script type="application/ld+json">{"@type": "NewsArticle", "alternativeHeadline": "${deck}"}</script>`
    const html = `<html lang="ar"><head>${ld}</head><body><article>${headline}<h2 class="subtitle">${deck}</h2>${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    if (!result.isArticle) throw new Error(result.reason)
    expect(result.doc.text).toContain(deck)
  })
})

describe('site markup, batch p (session 31)', () => {
  const headline = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'
  const questions = ['ما آلية تعديل حدود الكربون؟', 'كم سيدفع المصدرون فعليا؟']

  it('opens an accordion: the questions in its buttons and the answers in its hidden panels are the article', () => {
    const item = (n: number) => `<div class="acc__item"><h2 class="acc__heading"><button type="button" aria-expanded="${n === 0}" aria-controls="panel-${n}"><span class="acc__title">${questions[n]}</span><span class="acc__hint">باز کردن پاسخ</span><svg aria-hidden="true"></svg></button></h2><div id="panel-${n}" role="region"${n === 0 ? '' : ' hidden'}><p>${PARAGRAPHS[n + 1]}</p></div></div>`
    const { blocks } = extract(page(`<article>${headline}<p>${PARAGRAPHS[0]}</p>${item(0)}${item(1)}</article>`, '<meta property="og:type" content="article">'))
    expect(blocks.map((b) => b.text)).toEqual([PARAGRAPHS[0], questions[0], PARAGRAPHS[1], questions[1], PARAGRAPHS[2]])
  })

  it('opens the accordion in its clone only: the page keeps its panels closed', () => {
    const html = page(`<article>${headline}${body()}<h2><button aria-expanded="false" aria-controls="p1">${questions[1]}</button></h2><div id="p1" hidden><p>${PARAGRAPHS[0]}</p></div></article>`, '<meta property="og:type" content="article">')
    const document = parseHtml(html, URL)
    extractArticle(document, { url: URL })
    expect(document.getElementById('p1')?.hasAttribute('hidden')).toBe(true)
    expect(document.getElementsByTagName('button')).toHaveLength(1)
  })

  it('reads an AMP web story as no article, to both readers, whatever it declares', () => {
    const slides = PARAGRAPHS.map((p, i) => `<amp-story-page id="s${i}"><amp-story-grid-layer template="vertical"><p>${p}</p></amp-story-grid-layer></amp-story-page>`).join('')
    const html = page(`${headline}<amp-story standalone title="قصة">${slides}</amp-story>`, '<meta property="og:type" content="article">')
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle ? '' : result.reason).toBe('an AMP web story')
    expect(detectArticle(parseHtml(html, URL), URL).isArticle).toBe(false)
  })

  it('drops a gallery\'s picture count, a live blog\'s update count and both stamps on its dateline line', () => {
    const stamps = '<div>أبوظبي - سكاي نيوز عربية نشر في: 14 يناير 2025 - 07:05 بتوقيت أبوظبي آخر تحديث: 14 يناير 2025 - 17:50 بتوقيت أبوظبي</div>'
    const { blocks } = extract(page(`<article>${headline}${stamps}<div>13 تحديث</div><div>8 صور</div>${body()}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('reads a byline after "توسط" and after the site\'s name with its ".نت"', () => {
    expect(extract(page(`<article>${headline}<div>توسط یورونیوز فارسی با AP</div>${body()}</article>`)).doc.byline).toBe('یورونیوز فارسی با AP')
    const html = `<html lang="ar"><head><meta property="og:site_name" content="العربية"></head><body><article>${headline}<div>العربية.نت - ماجد العتيبي</div>${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle && result.doc.byline).toBe('ماجد العتيبي')
  })

  it('drops Urdu\'s "مزید پڑھیے" box and Jang\'s call for opinions under a column', () => {
    const box = '<div><h3>مزید پڑھیے</h3><a href="/a">کراچی میں بارش کا نیا سلسلہ شروع ہونے کا امکان</a></div>'
    const call = '<p>(کالم نگار کے نام کے ساتھ ایس ایم ایس اور واٹس ایپ رائےدیں00923001234567)</p>'
    const { blocks } = extract(page(`<article>${headline}${body(box)}${call}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })
})

describe('site markup, batch q (session 31)', () => {
  const headline = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'

  it.each([
    ['a slash (Al-Mada)', '<p><strong>بغداد/ سيف الدين العبيدي</strong></p>', 'سيف الدين العبيدي'],
    ['a dash (Al-Roya)', '<p><strong>مسقط - راشد الحبسي</strong></p>', 'راشد الحبسي'],
    ['a colon before initials (Echaab)', '<p><strong>تيارت: ع. عليوي</strong></p>', 'ع. عليوي'],
    ['"كتبت:" in an author box, not "كتب" and a stray "ت:" (Al-Manar)', '<div class="article-meta"><span class="article-author"><i class="fa fa-pencil"></i> كتبت: فاطمة سويدان</span></div>', 'فاطمة سويدان'],
  ])('reads a reporter\'s line at the head after a place and %s as the byline', (_, line, name) => {
    const { doc, blocks } = extract(page(`<article>${headline}${line}${body()}</article>`))
    expect(doc.byline).toBe(name)
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('but keeps a dateline of a place, the site and a label as the truth has it (Al-Marsad)', () => {
    const { blocks } = extract(page(`<article>${headline}<p>ليبيا – المرصد – خاص</p>${body()}</article>`))
    expect(blocks[0].text).toBe('ليبيا – المرصد – خاص')
  })

  it('takes no name from a list of writers and their latest columns, however short the headlines', () => {
    const writer = (name: string, title: string, n: number) => `<li><img src="/w/${n}.jpg" alt="${name}"><div><span class="writer-name">${name}</span><a href="/post/${n}/">${title}</a></div></li>`
    const list = `<div class="opinion-writers"><h3>مقالات الرأي</h3><ul>${writer('سالم بن عبدالله الكلباني', 'الاقتصاد العُماني.. محطات مفصلية', 1)}${writer('منى بنت حمد الهنائي', 'ظفار وأسئلة التنمية المتوازنة', 2)}</ul></div>`
    const { doc } = extract(page(`<article>${headline}${body()}</article><aside>${list}</aside>`))
    expect(doc.byline).toBeUndefined()
  })

  it('drops a print edition\'s line and both stamps of an Urdu page', () => {
    const print = '<p>نُشر هذا الموضوع في العدد الورقي رقم (5671) الصادر يوم الاثنين 13 أيار 2024.</p>'
    const stamps = '<div>شائع 21 نومبر 2024 04:35pm | اپ ڈیٹ 21 نومبر 2024 06:10pm</div>'
    const { blocks } = extract(page(`<article>${headline}${stamps}${body()}${print}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })
})

describe('site markup, batch r (session 32)', () => {
  const headline = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'

  it('drops an embedded post whose end marker is named "end-skip" (BBC Arabic)', () => {
    const embed = '<div class="bbc-1hqfzm3"><a href="#end-skip-twitter-content-1" class="bbc-1c8yqpw">تخطى X مشاركة, 1</a><div><div><strong>السماح بمحتوى X؟</strong><p>تحتوي هذه الصفحة على محتوى مقدم من X. نطلب موافقتك قبل تحميل أي شيء، لأنهم قد يستخدمون ملفات الارتباط وتقنيات أخرى.</p><button type="button">قبول ومتابعة</button></div><p><span>تحذير: بي بي سي غير مسؤولة عن محتوى المواقع الخارجية.</span></p></div><p id="end-skip-twitter-content-1"><span>نهاية X مشاركة, 1</span></p></div>'
    const { blocks } = extract(page(`<article>${headline}${body(embed)}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('shows the cover under the headline when the page declares it, though its sharing picture is another file (Misbar)', () => {
    const head = '<meta property="og:image" content="https://cdn.news.example/share-card-77.jpg"><script type="application/ld+json">{"@type":"NewsArticle","headline":"ارتفاع السجلات التجارية في الربع الثالث","image":["https://cdn.news.example/cover-2024.jpg"]}</script>'
    const cover = (src: string) => `<figure class="cover"><img src="${src}" alt="السجلات التجارية"></figure>`
    const { doc } = extract(page(`<header>${headline}${cover('https://cdn.news.example/cover-2024.jpg')}</header><article>${body()}</article>`, head))
    expect(doc.leadImage?.src).toBe('https://cdn.news.example/cover-2024.jpg')
    // A picture under the headline that the page does not declare leaves the declared one the lead.
    const other = extract(page(`<header>${headline}${cover('https://cdn.news.example/banner.jpg')}</header><article>${body()}</article>`, head))
    expect(other.doc.leadImage?.src).toBe('https://cdn.news.example/share-card-77.jpg')
  })

  it('keeps a fact-check\'s claim box above the text when the page declares a ClaimReview, its verdict badge too (Misbar)', () => {
    const review = '<script type="application/ld+json">{"@type":"ClaimReview","claimReviewed":"ادعاء","reviewRating":{"@type":"Rating","alternateName":"مضلل"}}</script>'
    const box = '<section class="ClaimBox_box__H7dWs"><div class="ClaimBox_verdictRow__gP2kL"><span>نتيجة التحقق:</span> <span class="Verdict_badge__k2PqZ">مضلل</span></div><div class="ClaimBox_item__aV5nE"><h2>الادعاء</h2><p>الحكومة رفعت سعر أسطوانة الغاز المنزلي إلى 12 دينارًا.</p></div></section>'
    const html = (head: string) => page(`<article>${headline}${box}<div class="ArticleBody_body__Hk3sP">${body()}</div></article>`, head)
    expect(extract(html(review)).blocks.slice(0, 3).map((b) => b.text)).toEqual(['نتيجة التحقق: مضلل', 'الادعاء', 'الحكومة رفعت سعر أسطوانة الغاز المنزلي إلى 12 دينارًا.'])
    // Without the declaration the box is the page's business, as before.
    expect(extract(html('')).blocks[0].text).not.toBe('نتيجة التحقق: مضلل')
  })

  it('keeps the linked sources under a "المصادر" heading, not a run of links elsewhere (Fatabyyano)', () => {
    const links = '<p><a href="https://a.example/1">رويترز – ثوران بركان قرب غريندافيك</a><br><a href="https://b.example/2">مكتب الأرصاد الجوية الآيسلندي</a></p>'
    const sources = extract(page(`<article>${headline}${body()}<h3><strong>المصادر</strong></h3>${links}</article>`))
    expect(sources.blocks.slice(-3).map((b) => b.text)).toEqual(['المصادر', 'رويترز – ثوران بركان قرب غريندافيك', 'مكتب الأرصاد الجوية الآيسلندي'])
    const related = extract(page(`<article>${headline}${body()}<h3>اقرأ أيضا</h3>${links}</article>`))
    expect(related.blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops a wire service\'s sign-off with its editors and its zoned time stamp (WAM, SPA)', () => {
    const { blocks } = extract(page(`<article>${headline}${body()}<p>وام/ريم الظاهري/محمد جاب الله</p><p>14:25ت م</p></article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops a fact-checker\'s call for claims and its note on Meta\'s programme (AFP, Fatabyyano)', () => {
    const ask = '<div class="ask-afp"><p><strong>هل تريدون أن نتحقّق من معلومة ما؟</strong> راسلونا عبر واتساب على الرقم +33 6 79 00 00 00.</p></div>'
    const meta = '<div class="fb-appeal"><p>فتبينوا شريك في برنامج ميتا للتحقق من المعلومات عبر جهات خارجية.</p></div>'
    const { blocks } = extract(page(`<article>${headline}${body()}${ask}${meta}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('shows the photo strip between the headline and the text after the text, its first picture the lead (INA, BNA)', () => {
    const slide = (n: number) => `<div class="swiper-slide"><a href="https://news.example/up/p${n}.jpg" data-fancybox="news-gallery"><img class="lazyload" src="/img/lazy.svg" data-src="https://news.example/up/p${n}.jpg" alt=""></a></div>`
    const strip = `<div class="news-slider swiper"><div class="swiper-wrapper">${[1, 2, 3].map(slide).join('')}</div></div>`
    const result = extractArticle(parseHtml(page(`<div class="news-head">${headline}${strip}</div><div class="news-text">${body()}</div>`), URL), { url: URL })
    if (!result.isArticle) throw new Error(result.reason)
    expect(result.doc.leadImage?.src).toBe('https://news.example/up/p1.jpg')
    expect(result.doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)).toEqual(['https://news.example/up/p2.jpg', 'https://news.example/up/p3.jpg'])
    expect(result.doc.blocks.at(-1)?.kind).toBe('image')
  })

  it('drops a pull quote that shortens a sentence of the text, not a quotation of other words (Asharq Al-Awsat)', () => {
    const answer = '<p>وأوضح الوزير أن ما يضمن عدم التعثر أن التمويل هذه المرة ليس قرضاً واحداً من جهة واحدة، بل مزيج من منح وقروض ميسّرة ومساهمة من القطاع الخاص، والحكومة رصدت حصتها في موازنة 2024.</p>'
    const pull = '<blockquote class="pull-quote"><p>«التمويل هذه المرة مزيج من منح وقروض ميسّرة ومساهمة من القطاع الخاص»</p></blockquote>'
    const other = '<blockquote><p>«لن نقبل بأي تأخير في تنفيذ المشروع، فالمياه مسألة أمن وطني لا تحتمل الانتظار»</p></blockquote>'
    const { blocks } = extract(page(`<article>${headline}${body(answer + pull + other)}</article>`))
    expect(blocks.filter((b) => b.kind === 'quote').map((b) => b.text)).toEqual(['«لن نقبل بأي تأخير في تنفيذ المشروع، فالمياه مسألة أمن وطني لا تحتمل الانتظار»'])
  })

  it('drops a pull quote that rewords a word or two of its sentence, not a quotation that shares a few (Assabah)', () => {
    const said = '<p>وأضاف أن الشركة تستهدف خلال السنة الحالية بلوغ إنتاج في حدود خمسة ملايين طن، وهو هدف قال إنه «واقعي» شريطة تحسين نسق نقل الفسفاط بالسكك الحديدية نحو وحدات التحويل.</p>'
    const pull = '<blockquote class="citation"><p>«الوصول إلى خمسة ملايين طن هدف واقعي شريطة تحسين نسق نقل الفسفاط بالسكك الحديدية»</p></blockquote>'
    const other = '<blockquote><p>«نقل الفسفاط بالسكك الحديدية سيعود إلى نسقه الطبيعي قبل نهاية الصيف بعد وصول القاطرات الجديدة»</p></blockquote>'
    const { blocks } = extract(page(`<article>${headline}${body(said + pull + other)}</article>`))
    expect(blocks.filter((b) => b.kind === 'quote').map((b) => b.text)).toEqual(['«نقل الفسفاط بالسكك الحديدية سيعود إلى نسقه الطبيعي قبل نهاية الصيف بعد وصول القاطرات الجديدة»'])
  })

  it('drops a fact-check\'s rating scale and its badge picture, keeping the verdict line (Fatabyyano)', () => {
    const review = '<script type="application/ld+json">{"@type":"ClaimReview","reviewRating":{"@type":"Rating","alternateName":"زائف","image":"https://news.example/up/rating-false-ar.png"}}</script>'
    const grades = ['صحيح', 'منقوص', 'عنوان مضلل', 'سياق مضلل', 'زائف', 'ساخر'].map((grade) => `<li>${grade}</li>`).join('')
    const box = `<div class="fb-verdict"><img src="https://news.example/up/rating-false-ar.png" alt="زائف"><p>التقييم: زائف</p><ul>${grades}</ul></div>`
    const html = page(`<article>${headline}${body(box)}</article>`, review)
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    if (!result.isArticle) throw new Error(result.reason)
    const { doc } = result
    expect(doc.blocks.map((b) => (b.kind === 'image' ? b.src : doc.text.slice(b.start, b.end)))).toEqual([PARAGRAPHS[0], 'التقييم: زائف', ...PARAGRAPHS.slice(1)])
  })

  it('takes the site\'s name without its "نت" for no byline (Al Jazeera Net credits "الجزيرة")', () => {
    const head = '<meta property="og:site_name" content="الجزيرة نت"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"الجزيرة"}]}</script>'
    const html = `<html lang="ar" dir="rtl"><head>${head}</head><body><article>${headline}${body()}</article></body></html>`
    expect(extract(html).doc.byline).toBeUndefined()
  })
})

describe('site markup, batch s (session 32)', () => {
  const headline = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'

  it('drops a match\'s score card over the report (Al-Ahram)', () => {
    const card = '<div class="matchCard mb-3"><div><span>الدوري المصري الممتاز - الجولة 21</span><span>انتهت</span></div><div><div class="team"><img src="https://news.example/teams/pyramids.png" alt=""><div>بيراميدز</div></div><div class="score">3 - 1</div></div><div><span>استاد الدفاع الجوي</span><span>حكم الساحة: هشام الطوخي</span></div></div>'
    const { blocks } = extract(page(`<div class="main">${card}${headline}${body()}</div>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops a translated op-ed\'s note on where it first ran (Al-Araby Al-Jadeed)', () => {
    const note = '<p><em>* نُشر هذا المقال بالإنكليزية في صحيفة "فايننشال تايمز" البريطانية بتاريخ 14 يونيو/ حزيران 2024.</em></p>'
    const { blocks } = extract(page(`<article>${headline}${body()}${note}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops a Solar Hijri stamp run into its reading time, and a columnist\'s note in brackets (Factnameh, Express)', () => {
    const stamp = '<div class="meta"><span>۸ بهمن ۱۴۰۳</span><span>زمان مطالعه: ۶ دقیقه</span></div>'
    const bio = '<p><em>(کالم نگار آبی وسائل کے ماہر اور ایک سرکاری جامعہ کے شعبہ ماحولیات کے سابق سربراہ ہیں)</em></p>'
    const { blocks } = extract(page(`<article>${headline}${stamp}${body()}${bio}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('keeps an expert\'s words quoted in an aside between paragraphs (Independent Arabia)', () => {
    const quote = '«أكثر ما نراه في أقسام الطوارئ خلال الصيف هو مرضى تأخروا في طلب المساعدة لأنهم ظنوا أن الدوار مجرد تعب عابر»'
    const aside = `<aside class="expert-quote" role="note"><span class="expert-quote__icon" aria-hidden="true">”</span><blockquote class="expert-quote__text"><p>${quote}</p></blockquote><div class="expert-quote__author"><strong>الدكتور سامر الحداد</strong><br><span>استشاري طب الطوارئ</span></div></aside>`
    const { blocks } = extract(page(`<article>${headline}<div class="field field--name-body">${body(aside)}</div></article>`))
    expect(blocks.map((b) => b.text)).toContain(quote)
    // Its speaker under it is the quote's, not a byline box.
    expect(blocks.map((b) => b.text).join('\n')).toContain('الدكتور سامر الحداد')
  })

  it('reads the writer after the site\'s name and a semicolon opening the text after the standfirst (Asriran)', () => {
    const head = '<meta property="og:site_name" content="عصر ایران">'
    const paragraphs = ['مصرف روزانه بنزین از مرز ۱۳۰ میلیون لیتر گذشته و دولت برای پر کردن شکاف تولید و مصرف، ماهانه صدها میلیون دلار صرف واردات می‌کند.', 'عصرایران؛ مهرداد کاویانی - وقتی در آبان ماه اعلام شد که کشور روزانه به طور میانگین ۱۳۲ میلیون لیتر بنزین مصرف می‌کند، بسیاری از کارشناسان هشدار دادند.', 'برآورد کارشناسان این است که ارزش بنزین وارداتی در سال جاری ممکن است به ۵ میلیارد دلار برسد و این رقم فشار زیادی بر بودجه وارد می‌کند.']
    const html = `<html lang="fa" dir="rtl"><head>${head}</head><body><article>${headline}${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const { doc, blocks } = extract(html)
    expect(doc.byline).toBe('مهرداد کاویانی')
    expect(blocks[1].text).toBe(paragraphs[1])
  })

  it('drops a fact-check\'s badge picture named for its rating (Factnameh)', () => {
    const review = '<script type="application/ld+json">{"@type":"ClaimReview","reviewRating":{"@type":"Rating","alternateName":"نیمه درست"}}</script>'
    const badge = '<div class="Verdict_box"><img class="Verdict_icon__Q8u1y" src="https://news.example/media/images/rating-half-true.width-300.png" alt=""></div>'
    const html = page(`<article>${headline}${body(badge)}<figure><img src="https://news.example/media/images/tehran-water.jpg" alt=""></figure></article>`, review)
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    if (!result.isArticle) throw new Error(result.reason)
    expect(result.doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)).toEqual(['https://news.example/media/images/tehran-water.jpg'])
  })
})

describe('site markup, batch t (session 32)', () => {
  const headline = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'
  const more = [
    'وكشف المتحدث أن الوزارة تدرس حاليا تعديل إجراءات التسجيل لتقليل زمن إصدار السجل إلى ساعتين في أوقات الذروة بدلا من يوم كامل.',
    'وأضاف أن المنصة ستتيح خلال الربع المقبل خدمة تجديد السجلات آليا للمنشآت الصغيرة والمتوسطة دون الحاجة إلى مراجعة الفروع.',
  ]

  it.each([
    ['style="display:none" (Youm7)', '<div id="articleBodyMore" class="articleBodyMore" style="display:none">', ''],
    ['a style sheet\'s rule and aria-hidden (Hamshahri)', '<div class="item-text-more" id="item-text-more" aria-hidden="true">', '<style>.item-text-more{display:none}</style>'],
  ])('shows the text behind a "read more" expander hidden by %s', (_, open, style) => {
    const button = '<div class="readMoreWrap"><a href="javascript:void(0)" class="btn readMoreBtn">اقرأ المزيد</a></div>'
    const { blocks } = extract(page(`<article>${headline}${body()}${button}${open}${more.map((p) => `<p>${p}</p>`).join('')}</div></article>`, style))
    expect(blocks.map((b) => b.text)).toEqual([...PARAGRAPHS, ...more])
  })

  it('drops a contents box\'s label, a footnote\'s back-link and a feedback poll\'s question, and keeps a quotation and a footnote in English', () => {
    const contents = '<nav class="toc"><div class="toc-title">في هذا المقال</div><ol><li><a href="#s1">القسم الأول</a></li><li><a href="#s2">القسم الثاني</a></li></ol></nav>'
    const quote = '“We are being asked to do more with less, at the very moment when refugees need us most.”'
    const note = '[4] World Bank, “Iraq Country Climate and Development Report”, November 2022.'
    const notes = `<ol class="footnotes"><li id="fn4">${note} <a href="#ref4">↩</a></li></ol>`
    const { blocks } = extract(page(`<article>${headline}${contents}${body(`<p>${quote}</p>`)}${notes}<p>این مقاله چقدر برایتان مفید بود؟</p></article>`))
    expect(blocks.map((b) => b.text)).toEqual([PARAGRAPHS[0], quote, ...PARAGRAPHS.slice(1), note])
  })

  it('keeps a box of facts between paragraphs that calls itself a sidebar of role complementary (Independent Arabia)', () => {
    const facts = ['ينتمي سيماغلوتايد إلى فئة أدوية تُعرف باسم «ناهضات مستقبلات GLP-1»، تحاكي هرموناً تفرزه الأمعاء بعد الأكل.', 'تبلغ الجرعة القصوى المعتمدة من «أوزمبيك» 2 ملغ أسبوعياً، بينما تصل جرعة «ويغوفي» إلى 2.4 ملغ.']
    const box = `<aside class="inline-sidebar box-info" role="complementary"><div class="box-info__title">معلومة</div><ul class="box-info__list">${facts.map((f) => `<li>${f}</li>`).join('')}</ul></aside>`
    const { blocks } = extract(page(`<article>${headline}${body(box)}</article>`))
    expect(blocks.map((b) => b.text)).toEqual([PARAGRAPHS[0], 'معلومة', ...facts, ...PARAGRAPHS.slice(1)])
  })

  it('drops a stamp whose date runs into its time beside the reading time, and a summary label run into its text (Raseef22, Independent Arabia)', () => {
    const stamp = '<div class="meta"><span>الأحد 14 أبريل 2024</span><span>11:20 ص</span> <span>مدة القراءة: 12 دقيقة</span></div>'
    const summary = `<div class="field--name-field-summary"><span class="summary-label">ملخص</span>${PARAGRAPHS[0]}</div>`
    const { blocks } = extract(page(`<article>${headline}${stamp}${summary}${body().replace(`<p>${PARAGRAPHS[0]}</p>`, '')}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })
})

describe('site markup, batch at (session 48)', () => {
  const HEADLINE = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'

  it('drops a magazine\'s appeal to join its members between the paragraphs (7iber)', () => {
    const appeal = '<div class="membership-inline"><h4>الصحافة المستقلة تحتاجكم</h4><p>نعمل على تقارير معمقة كهذا التقرير تستغرق أسابيع من البحث والمقابلات، ساهموا في استمرار صحافتنا بالانضمام إلى العضوية.</p><a href="/membership/">انضم الآن</a></div>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(appeal)}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('drops a pull quote set as its speaker\'s headline, most of its words from the paragraph that names him (Al-Ayyam)', () => {
    const pull = '<blockquote class="news-quote"><p>المتحدث: المنصة الموحدة تصدر السجل في يوم واحد بدل أسابيع الرقمية</p></blockquote>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(pull)}</article>`))
    expect(blocks.filter((b) => b.kind === 'quote')).toEqual([])
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('reads "place «site» reporter:" over the text as the byline (Al-Ayyam)', () => {
    const html = `<html lang="ar"><head><meta property="og:site_name" content="الأيام"></head><body><article>${HEADLINE}<p><strong>عدن «الأيام» وضاح الأحمدي:</strong></p>${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle && result.doc.byline).toBe('وضاح الأحمدي')
    expect(result.isArticle && result.doc.text).not.toContain('«الأيام»')
  })

  it('drops a JW Player\'s title, clock and filming credit over the headline (Le7tv)', () => {
    const player = '<div class="jwplayer-wrap"><div class="jw-title"><div class="jw-title-primary">شاهد.. جولة في سوق الهراويين قبل العيد</div><div class="jw-title-secondary">03:47</div></div><div class="jw-controlbar"><span class="jw-text-elapsed">00:00</span><span class="jw-text-duration">03:47</span></div></div><div class="video-credits">تصوير ومونتاج: ياسين بنعلي</div>'
    const { blocks } = extract(page(`${player}<article>${HEADLINE}${body()}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })
})

describe('site markup, batch au (session 48)', () => {
  const HEADLINE = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'

  it('drops "site نيوز / place" over the text, the site named twice in its metadata (Alsumaria)', () => {
    const html = `<html lang="ar"><head><meta property="og:site_name" content="Alsumaria | السومرية"></head><body><article>${HEADLINE}<p><strong>السومرية نيوز / بغداد</strong></p>${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle && result.doc.text).not.toContain('السومرية نيوز')
    expect(result.isArticle && result.doc.byline).toBeFalsy()
  })

  it('reads a heading named as the subtitle right under the headline as the deck, at seven words without a stop (Shasha)', () => {
    const deck = 'يامين يسجل هدفين ويعزز صدارته لقائمة الهدافين'
    const { blocks } = extract(page(`<article><header>${HEADLINE}<h2 class="details-subtitle">${deck}</h2></header><div class="details-body">${body()}</div></article>`))
    expect(blocks.map((b) => b.text)).toEqual([deck, ...PARAGRAPHS])
  })

  it('drops a speaker\'s headline quote that the page set as an aside, read as a paragraph (Shasha)', () => {
    const pull = '<aside class="quote-box"><p>المتحدث: المنصة الموحدة تصدر السجل في يوم واحد بدل أسابيع الرقمية</p></aside>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(pull)}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })
})

describe('site markup, batch av (session 49)', () => {
  const HEADLINE = '<h1>ارتفاع السجلات التجارية في الربع الثالث</h1>'

  it('drops a speaker\'s headline quote of five words, most of them from the paragraph that names him (Al Rai)', () => {
    const pull = '<blockquote class="article-quote"><p>المتحدث: المنصة الموحدة اختصرت مدة السجل</p></blockquote>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(pull)}</article>`))
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS)
  })

  it('keeps a speaker\'s quotation of five words that no paragraph has', () => {
    const quote = '<blockquote><p>المتحدث: الأسواق الشعبية حاجة حقيقية للأسر</p></blockquote>'
    const { blocks } = extract(page(`<article>${HEADLINE}${body(quote)}</article>`))
    expect(blocks.filter((b) => b.kind === 'quote').map((b) => b.text)).toEqual(['المتحدث: الأسواق الشعبية حاجة حقيقية للأسر'])
  })

  it('reads "| كتب name |", framed in bars at the head of the text, as the byline (Al Rai)', () => {
    const html = `<html lang="ar"><body><article>${HEADLINE}<p>| كتب عبدالله الراشد |</p>${body()}</article></body></html>`
    const result = extractArticle(parseHtml(html, URL), { url: URL })
    expect(result.isArticle && result.doc.byline).toBe('عبدالله الراشد')
    expect(result.isArticle && result.doc.text).not.toContain('كتب')
  })
})
