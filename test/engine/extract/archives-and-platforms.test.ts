/**
 * Pages read in web archives, on publishing platforms and at institutions (data/extract-pages batch x, session 35):
 * Wayback Machine and archive.today snapshots, Medium, Mawdoo3, a SharePoint ministry, a question-and-answer page.
 * Each case fails without its rule.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { detectArticle } from '../../../src/engine/components/detect-article.ts'
import { listingAddressReason } from '../../../src/engine/extract/listing-address.ts'
import { noArticleKind } from '../../../src/engine/extract/no-article-kind.ts'
import { isSiteCardPicture } from '../../../src/engine/extract/site-card-picture.ts'
import { isSamePicture } from '../../../src/engine/extract/same-picture.ts'

const URL = 'https://news.example/2026/03/05/wheat-bill'
const HEADLINE = 'لماذا لا تنخفض فاتورة القمح العربية رغم تراجع الأسعار العالمية؟'
const TEXT = [
  'منذ منتصف العام الماضي تراجعت أسعار القمح في البورصات العالمية بنحو الخمس مقارنة بذروتها، وتوقع كثيرون أن ينعكس ذلك سريعا على موازنات الدول العربية المستوردة للحبوب.',
  'لكن الأرقام الرسمية تشير إلى أن فاتورة الاستيراد بقيت شبه ثابتة، لأن المستورد يدفع سعرا يشمل الشحن والتأمين وتكاليف التمويل وفروق العملة التي لم تتراجع بالوتيرة نفسها.',
  'ويقول اقتصاديون إن الحكومات اشترت كميات كبيرة في ذروة الأزمة بعقود آجلة، ما يعني أن جزءا من القمح الذي يستهلك اليوم دفع ثمنه بأسعار أعلى بكثير من أسعار السوق الحالية.',
]
const paragraphs = TEXT.map((t) => `<p>${t}</p>`).join('')

function extract(html: string, url = URL) {
  const result = extractArticle(parseHtml(html, url), { url })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return { doc, texts: doc.blocks.filter((b) => b.kind !== 'image').map((b) => `${b.kind}:${doc.text.slice(b.start, b.end)}`) }
}

const page = (head: string, body: string) => `<html lang="ar" dir="rtl"><head><title>${HEADLINE}</title>${head}</head><body>${body}</body></html>`

describe('pictures a page declares that are not the article’s', () => {
  it('knows a site’s default card, a writer’s portrait and an archive’s screenshot', () => {
    for (const src of [
      'https://centralbank.example/assets/images/og-default.jpg',
      'https://mawdoo3.example/static/images/mawdoo3-og.png',
      'https://site.example/img/og-image.png',
      'https://jang.example/assets/uploads/columnists/2024-05-11/salman-akhtar.jpg',
      'https://archive.ph/Xq7Rk/1f21d5692312a6c45cae99966af87e204aa8762c/scr.png',
    ]) expect(isSiteCardPicture(src), src).toBe(true)
    for (const src of [
      'https://site.example/uploads/2026/03/wheat-silos-1200x630.jpg',
      'https://site.example/uploads/2026/03/12345-share.jpg',
      'https://archive.ph/Xq7Rk/9662c3f0459c37a4487da7660dca361544262544.webp',
      'https://cdn.example/images/2026/03/og-1741171200.jpg',
    ]) expect(isSiteCardPicture(src), src).toBe(false)
  })

  it('shows no site card over the text, and passes over a writer’s avatar under the headline', () => {
    const card = extract(page('<meta property="og:image" content="https://news.example/static/og-default.jpg">', `<article><h1>${HEADLINE}</h1>${paragraphs}</article>`))
    expect(card.doc.leadImage).toBeUndefined()
    const hero = 'https://archive.ph/Xq7Rk/9662c3f0459c37a4487da7660dca361544262544.webp'
    const avatar = extract(page('', `<div><h1>${HEADLINE}</h1><div><img src="https://archive.ph/Xq7Rk/16ab07.webp" alt="" style="width:48px;height:48px;border-radius:50%"><div>رنا الخطيب</div></div><div><img src="${hero}" alt="عمال يفرزون التمور" style="width:760px;height:428px"></div>${paragraphs}</div>`))
    expect(avatar.doc.leadImage?.src).toBe(hero)
  })
})

describe('archive snapshots', () => {
  it('reads the Wayback Machine’s lists of captures as no article, and a capture as a page', () => {
    expect(listingAddressReason('https://web.archive.org/web/2023*/https://www.youm7.example/')).toMatch(/^a listing of /u)
    expect(listingAddressReason('https://web.archive.org/web/*/https://www.youm7.example/*')).toMatch(/^a listing of /u)
    expect(listingAddressReason('https://web.archive.org/web/20210615083012/https://www.hespress.example/politique/512347.html')).toBeUndefined()
    expect(noArticleKind(listingAddressReason('https://web.archive.org/web/2023*/https://a.example/')!)).toBe('listing')
  })

  it('reads a caption that lost its tags: a picture and one line under it, as blocks', () => {
    const { texts } = extract(page('', `<div><h1>${HEADLINE}</h1>${paragraphs}<div><img src="https://archive.ph/Xq7Rk/c212b05d.webp" alt=""><div>صناديق تمور معدة للتصدير في مستودع تبريد (الشرق الأوسط)</div></div><p>${TEXT[0]}</p></div>`))
    expect(texts).toContain('caption:صناديق تمور معدة للتصدير في مستودع تبريد (الشرق الأوسط)')
  })

  it('reads the writer from a line that links to the writer’s page, after the place filed from', () => {
    const { doc } = extract(page('', `<div><h1>${HEADLINE}</h1><div><div>عمّان: <a href="https://archive.ph/o/Xq7Rk/https://aawsat.example/node/author/rana-alkhatib">رنا الخطيب</a></div></div>${paragraphs}</div>`))
    expect(doc.byline).toBe('رنا الخطيب')
  })

  it('finds a table layout’s headline in bold type, and the bare date line under it', () => {
    const body = `<table><tr><td><font size="5" color="#990000"><b>${HEADLINE}</b></font></td></tr><tr><td><font size="1">الجمعة 23 سبتمبر 2011 - 14:35</font></td></tr>` +
      `<tr><td><font size="2"><b>كتب - محمود عبد الحفيظ</b></font></td></tr><tr><td><font size="3">${TEXT.join('<br><br>')}</font></td></tr></table>`
    const { doc } = extract(page('', body), 'http://www.moheet.example/show_news.aspx?nid=512347')
    expect(doc.published?.slice(0, 16)).toBe('2011-09-23T14:35')
    expect(doc.byline).toBe('محمود عبد الحفيظ')
  })
})

describe('publishing platforms', () => {
  it('drops Medium’s reading time run into the date, and reads "Written by" as a label', () => {
    const { texts, doc } = extract(page('', `<article><h1>${HEADLINE}</h1><div><span>7 min read</span><span>Mar 3, 2026</span></div>${paragraphs}<div class="author-bio"><h2>Written by نادية الخطيب</h2></div></article>`))
    expect(texts.some((t) => t.includes('min read'))).toBe(false)
    expect(doc.byline ?? '').not.toMatch(/Written by/u)
  })

  it('keeps a wiki’s section headings, however like the headline or short', () => {
    const wiki = (head: string) => page(`<meta name="generator" content="MediaWiki 1.35.6">${head}`, `<h1 id="firstHeading">أسباب ارتفاع أسعار الذهب</h1><div id="mw-content-text"><div class="mw-parser-output"><h2><span class="mw-headline">ارتفاع أسعار الذهب</span></h2>${paragraphs}<h2><span class="mw-headline">أسباب ارتفاع أسعار الذهب</span></h2><p>${TEXT[0]}</p></div></div>`)
    const { texts } = extract(wiki(''))
    expect(texts).toContain('heading:ارتفاع أسعار الذهب')
    expect(texts).toContain('heading:أسباب ارتفاع أسعار الذهب')
  })

  it('reads a question and its answers (a QAPage) as no article, in the extractor and the detector', () => {
    const answers = TEXT.map((t, i) => `<div class="answer"><div>مستخدم ${i + 1}</div><p>${t}</p><p>${TEXT[(i + 1) % 3]}</p></div>`).join('')
    const html = page('<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"سؤال","answerCount":3}}</script>', `<main><h1>${HEADLINE}</h1>${answers}</main>`)
    const url = 'https://ar.quora.example/wheat-bill'
    const result = extractArticle(parseHtml(html, url), { url })
    expect(result.isArticle).toBe(false)
    if (!result.isArticle) expect(noArticleKind(result.reason)).toBe('questions')
    expect(detectArticle(parseHtml(html, url), url).isArticle).toBe(false)
  })
})

describe('institutions’ pages', () => {
  it('keeps a Drupal picture whose field hides only its label, with its caption', () => {
    const src = 'https://un-news.example/files/styles/large/public/2026/05/12/solar-pump.jpg'
    const figure = `<div class="paragraph paragraph--type--image"><div class="field field--name-field-image field--label-hidden field__item"><div class="media media--type-image"><div class="field field--name-field-media-image field--label-hidden field__item"><img src="${src}" width="1020" height="680" alt="فنيون يصلحون مضخة"></div><div class="media-caption"><div class="field field--name-field-image-caption field--label-hidden field__item">فنيون يصلحون مضخة مياه تعمل بالطاقة الشمسية.</div></div></div></div></div>`
    const { doc } = extract(page('', `<article><h1>${HEADLINE}</h1>${paragraphs}${figure}<p>${TEXT[1]}</p></article>`))
    expect(doc.blocks.some((b) => b.kind === 'image' && b.src === src)).toBe(true)
  })

  it('takes an editor’s zero-width spaces off a paragraph’s edges, and drops a release’s contact line and a related box’s label', () => {
    const body = `<div><h1>${HEADLINE}</h1><p>\u200b${TEXT[0]}\u200b</p><p>${TEXT[1]}</p><p>${TEXT[2]}</p>` +
      '<p>للاستفسارات الإعلامية: قطاع الاتصال المؤسسي، البريد الإلكتروني media@bank.example</p>' +
      '<div><div>ذات صلة</div><div><a href="/a">مزارعو التمور يوسعون التصدير إلى آسيا</a></div><div><a href="/b">صادرات الخضار تتراجع في الربع الثالث</a></div></div></div>'
    const { texts } = extract(page('', body))
    expect(texts[0]).toBe(`paragraph:${TEXT[0]}`)
    expect(texts.some((t) => t.includes('للاستفسارات') || t.includes('ذات صلة'))).toBe(false)
  })
})

/*
 * Batch y (session 35): pages the browser translated (Chrome's <font> wrappers), Google Translate's proxy, syndication and
 * aggregators' copies, transcripts and texts of record.
 */
const F = (text: string) => `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${text}</font></font>`

describe('translated pages, copies and transcripts', () => {
  it('names every writer a byline box links to, and not the link to their other pieces', () => {
    const box = `<div class="byline">بقلم <a href="https://apnews.example/author/lina-haddad">${F('لينا حداد')}</a>${F(' و')}<a href="https://apnews.example/author/omar-khalil">${F('عمر خليل')}</a></div>`
    expect(extract(page('', `<article><h1>${HEADLINE}</h1>${box}${paragraphs}</article>`)).doc.byline).toBe('لينا حداد وعمر خليل')
    const more = `<div class="author">بقلم <a href="/author/karla">كارلا عبد المسيح</a> <a href="/author/karla">المزيد من مقالات الكاتب</a></div>`
    expect(extract(page('', `<article><h1>${HEADLINE}</h1>${more}${paragraphs}</article>`)).doc.byline).toBe('كارلا عبد المسيح')
  })

  it('drops a wire’s sign-off, a copy’s credit line, a "read also" line and a story’s "قصة بقلم" label', () => {
    const body = `<article><h1>${HEADLINE}</h1><div class="byline">قصة بقلم ريم الشامسي</div><p>نقلا عن موقع المرصد الأردني</p>${paragraphs}` +
      '<p>اقرأ أيضًا.. وزير التعليم يتفقد لجان امتحانات الدبلومات الفنية بالمنيا</p>' +
      `<p>${TEXT[0]}</p><p>تقرير ياسين بلحاج في تونس وكلارا ويستون في مدريد؛ تحرير دانيال فوربس هيل</p></article>`
    const { texts, doc } = extract(page('', body))
    expect(texts.some((t) => /نقلا عن|اقرأ أيضًا|تحرير دانيال/u.test(t))).toBe(false)
    expect(doc.byline).toBe('ريم الشامسي')
  })

  it('passes over a promotion between a skip link and its anchor, and keeps the text a "skip to content" link lands on', () => {
    const promo = '<a href="#EmailSignup-skip-link-9" class="visually-hidden">رد شدن از تبلیغ خبرنامه</a><div data-component="EmailSignup"><h3>در خبرنامهٔ ما ثبت‌نام کنید</h3><p>خبرنامهٔ رایگان هفتگی</p></div><div id="EmailSignup-skip-link-9">پس از تبلیغ خبرنامه</div>'
    const epic = '<div data-testid="contributions-epic"><h2>پیش از آنکه این صفحه را ترک کنید…</h2><p>روزنامه‌نگاری مستقل ما به حمایت خوانندگانی مانند شما وابسته است.</p></div>'
    const { texts } = extract(page('<style>.visually-hidden{clip:rect(1px,1px,1px,1px)}</style>', `<article><h1>${HEADLINE}</h1><div>${TEXT.map((t) => `<p>${t}</p>`).join(promo)}</div>${epic}</article>`))
    expect(texts.some((t) => /خبرنامه|ترک کنید/u.test(t))).toBe(false)
    const skip = `<body><a href="#main-content">تخطي إلى المحتوى الرئيسي</a><div>قائمة</div><main id="main-content"><h1>${HEADLINE}</h1>${paragraphs}</main></body>`
    expect(extract(`<html lang="ar"><head><title>${HEADLINE}</title></head>${skip}</html>`).texts).toContain(`paragraph:${TEXT[0]}`)
  })

  it('reads a standfirst a component names, and drops a toolbar’s buttons and a section’s one-word label', () => {
    const deck = 'حافظان محيط زيست مي‌گويند خيس‌كردن دوبارهٔ باتلاق‌ها بهترين فصل زادآوری دو دههٔ اخير را رقم زده است'
    const body = `<div><span class="article-cat">سياسة</span><h1>${HEADLINE}</h1><div data-gu-name="standfirst"><div><p>${deck}</p></div></div>` +
      '<div role="toolbar"><fluent-button>مشاركة</fluent-button><fluent-button>حفظ</fluent-button><fluent-button>حجم الخط</fluent-button></div>' +
      `<div class="article-body">${paragraphs}</div></div>`
    const { texts } = extract(page('<meta name="description" content="An English description the browser did not translate, long enough to be a lead.">', body))
    expect(texts[0]).toBe(`paragraph:${deck}`)
    expect(texts.some((t) => /سياسة$|حجم الخط/u.test(t))).toBe(false)
  })

  it('keeps a transcript’s details lines, which are no dateline and no byline', () => {
    const details = '<p>اسم البرنامج: حوار الساعة<br>تاريخ الحلقة: 8/5/2024<br>ضيف الحلقة: د. سامي الحداد</p>'
    const { texts, doc } = extract(page('', `<article><h1>${HEADLINE}</h1>${details}${paragraphs}</article>`))
    expect(texts.slice(0, 2)).toEqual(['paragraph:اسم البرنامج: حوار الساعة', 'paragraph:تاريخ الحلقة: 8/5/2024'])
    expect(doc.byline).toBeUndefined()
  })

  it('knows one picture in the Guardian’s renditions, signed and overlaid', () => {
    const base = 'https://i.guim.example/img/media/9428/0_383_5000_3000/master/5000.jpg'
    expect(isSamePicture(`${base}?width=465&dpr=1&s=none&crop=none`, `${base}?width=1200&height=630&quality=85&overlay-align=bottom%2Cleft&overlay-base64=L2lt&s=a1b2`)).toBe(true)
  })
})

/* Batch z (session 35): news sites of the 2000s, interactive articles, writing platforms. */
describe('old sites, interactive articles and writing platforms', () => {
  it('leaves out an interactive map, a quiz and a table’s sort hint, and keeps a sortable table’s column titles', () => {
    const map = '<div class="leaflet-container leaflet-touch"><div class="leaflet-pane"><img class="leaflet-tile" src="https://tile.example/7/77/50.png"><div class="leaflet-tooltip">اللطامنة</div></div><div class="leaflet-control-attribution">© OpenStreetMap contributors</div></div>'
    const quiz = '<div class="hq-quiz"><p class="hq-quiz__intro">أجب عن الأسئلة الأربعة ثم اضغط على الزر لمعرفة نتيجتك</p><fieldset><legend>متى افتتح الملعب؟</legend><label><input type="radio">1983</label></fieldset></div>'
    const table = '<p>اضغط على عنوان أي عمود لترتيب الجدول</p><table><thead><tr><th><button type="button">المدينة<svg></svg></button></th><th><button type="button">ساعات العمل</button></th></tr></thead><tbody><tr><td>القاهرة</td><td>110</td></tr><tr><td>تونس</td><td>75</td></tr></tbody></table>'
    const { texts } = extract(page('', `<article><h1>${HEADLINE}</h1>${paragraphs}${map}${quiz}${table}<p>${TEXT[1]}</p></article>`))
    expect(texts).toContain('table-row:المدينة\tساعات العمل')
    expect(texts.some((t) => /اللطامنة|OpenStreetMap|أجب عن الأسئلة|لترتيب الجدول/u.test(t))).toBe(false)
  })

  it('leaves out a blog’s "more posts" section, LinkedIn’s "Others also viewed", a newsletter’s sign-off, next issue and appeal', () => {
    const more = `<section class="more-section more-section--blogs"><h2>المزيد من المدونات</h2><article><h3><a href="/blogs/1">في مديح الملل</a></h3><div class="gc__excerpt"><p>${TEXT[2]}</p></div></article></section>`
    const others = '<section class="aside-section-container others-also-viewed"><h2>Others also viewed</h2><ul><li><a href="/pulse/1">كيف تبني ميزانية تشغيلية لمشروعك الأول؟</a><span>ليلى الزعبي</span></li></ul></section>'
    const next = '<p>— فريق نشرة الموجز</p><div class="mcnTextContent"><h3>في العدد القادم</h3><p>جدول مقارنة كامل لأسعار السلة الرمضانية في عشرين متجرا</p></div><p>تصل هذه النشرة مجانا بدعم من قرائها. إن كانت تفيدك، ادعم استمرارها.</p>'
    const { texts } = extract(page('', `<div><article><h1>${HEADLINE}</h1>${TEXT.slice(0, 2).map((t) => `<p>${t}</p>`).join('')}${next}</article>${more}${others}</div>`))
    expect(texts.some((t) => /في مديح|ميزانية تشغيلية|العدد القادم|جدول مقارنة|بدعم من قرائها|فريق نشرة/u.test(t) || t.includes(TEXT[2]))).toBe(false)
  })

  it('reads the writer in BBC Arabic’s old span.byl, and shows no spacer or quotation mark drawn as a picture', () => {
    const glyphs = '<img src="http://newsimg.bbc.example/shared/img/o.gif" width="5" height="1"><img src="http://newsimg.bbc.example/shared/img/v3/start_quote_rb.gif" width="24" height="13">'
    const { doc } = extract(page('', `<table><tr><td class="storybody"><h1>${HEADLINE}</h1><span class="byl">خالد عز الدين</span><br><span class="byd">بي بي سي - وادي الأردن</span>${paragraphs}${glyphs}<p>${TEXT[0]}</p></td></tr></table>`))
    expect(doc.byline).toBe('خالد عز الدين')
    expect(doc.blocks.filter((b) => b.kind === 'image')).toEqual([])
    expect(doc.leadImage).toBeUndefined()
  })

  it('keeps a scrollytelling story’s steps, which Readability would drop for their "scroll" class, and not its scroll hint', () => {
    const STEPS = ['هذه هي دلتا النيل كما تبدو اليوم: مثلث أخضر من الأراضي الزراعية يبدأ شمال القاهرة وينفتح نحو البحر.', 'الخط الرمادي يمثل الساحل كما ظهر في صور الأقمار الصناعية عام 1990، والبرتقالي الساحل نفسه اليوم.']
    const steps = STEPS.map((t) => `<div class="Scrollmation-step"><div class="Scrollmation-step__card"><p>${t}</p></div></div>`).join('')
    const story = `<article><section><h1>${HEADLINE}</h1>${paragraphs}<div class="Scrollmation-hint"><span>مرّر للأسفل لمتابعة الخريطة</span></div></section>` +
      `<section class="Scrollmation"><div class="Scrollmation-background"><svg><text>القاهرة</text></svg></div><div class="Scrollmation-foreground">${steps}</div></section><section><p>${TEXT[0]}</p></section></article>`
    const { texts } = extract(page('', story))
    for (const t of STEPS) expect(texts).toContain(`paragraph:${t}`)
    expect(texts.some((t) => t.includes('مرّر للأسفل'))).toBe(false)
  })

  it('reads the reporter in a 2005 portal’s source line of place, reporter, site and date', () => {
    const line = '<p><font color="#990000">الدوحة- سامر عبد الحميد - إسلام أون لاين.نت/ 23-11-2005</font></p>'
    const { doc, texts } = extract(page('<meta name="author" content="إسلام أون لاين.نت">', `<table><tr><td><h1>${HEADLINE}</h1>${line}${paragraphs}</td></tr></table>`))
    expect(doc.byline).toBe('سامر عبد الحميد')
    expect(texts.some((t) => t.includes('الدوحة-'))).toBe(false)
  })

  it('drops a pull quote set as a plain line that cuts its sentence with "...", with its speaker, and the source line under the writer', () => {
    const said = 'وقال أبو محمد لبي بي سي: "كنا نغمر الأرض بالماء مرتين في الأسبوع، أما اليوم فكل نبتة تأخذ حاجتها بالقطرة، ولم نعد نرى الماء يضيع في الممرات".'
    const box = '<table align="left"><tr><td><div><b class="quote">كل نبتة تأخذ حاجتها بالقطرة... لم نعد نرى الماء يضيع</b></div><div class="mva"><div>أبو محمد، مزارع من دير علا</div></div></td></tr></table>'
    const byline = '<div class="bn"><span class="byl">خالد عز الدين</span><br><span class="byd">بي بي سي - وادي الأردن</span></div>'
    const { doc, texts } = extract(page('', `<table><tr><td class="storybody"><h1>${HEADLINE}</h1>${byline}<p>${TEXT[0]}</p><p>${said}</p>${box}<p>${TEXT[1]}</p><p>${TEXT[2]}</p></td></tr></table>`))
    expect(doc.byline).toBe('خالد عز الدين')
    expect(texts).toEqual([...[TEXT[0], said, TEXT[1], TEXT[2]].map((t) => `paragraph:${t}`)])
    // An elided line that follows no other paragraph is the text's own.
    const own = 'يقول المزارعون إن الموسم صعب... لكنهم ما زالوا يزرعون الطماطم والخيار في الأرض نفسها كل عام'
    expect(extract(page('', `<h1>${HEADLINE}</h1>${paragraphs}<p>${own}</p>`)).texts).toContain(`paragraph:${own}`)
  })

  it('dates the piece by its issue line above the headline when the page prints no other date', () => {
    const bar = '<table><tr><td><b>العدد 5917</b> &nbsp;|&nbsp; الأحد 13 ربيع الآخر 1426 هـ &nbsp;|&nbsp; 22 مايو 2005 م &nbsp;|&nbsp; <a href="/archive.asp">الأعداد السابقة</a></td></tr></table>'
    const oldPaper = extract(page('', `${bar}<table><tr><td><h1>${HEADLINE}</h1><font face="Traditional Arabic">${TEXT.join('<br><br>')}</font></td></tr></table>`), 'http://www.alayam.example/news.asp?id=88123')
    expect(oldPaper.doc.published).toBe('2005-05-22')
    const issue = '<div><span><strong>العدد 112</strong> | الخميس 5 مارس 2026</span></div>'
    const newsletter = extract(page('', `${issue}<h1>${HEADLINE}</h1>${paragraphs}`), 'https://mailchi.example/abc/ramadan-prices')
    expect(newsletter.doc.published).toBe('2026-03-05')
    // A date stamp of the piece's own wins over the issue's.
    const stamped = extract(page('', `${issue}<h1>${HEADLINE}</h1><time datetime="2026-03-04">4 مارس 2026</time>${paragraphs}`), 'https://mailchi.example/abc/ramadan-prices')
    expect(stamped.doc.published).toBe('2026-03-04')
    // An issue number in the text below the headline is no issue line.
    const below = extract(page('', `<h1>${HEADLINE}</h1><p>العدد 112 صدر الخميس 5 مارس 2026 وفيه ملف كامل عن الأسعار في الأسواق الشعبية والمتاجر الكبرى.</p>${paragraphs}`), 'https://mailchi.example/abc/ramadan-prices')
    expect(below.doc.published).toBeUndefined()
  })
})
