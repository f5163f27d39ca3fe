/**
 * Posts read at their own address, documents, site builders, forums and small CMSs (data/extract-pages batch aa, session
 * 36): Reddit, Discourse, Facebook, X, Telegraph, Telegram, Notion, Google Docs and Sites, Wix, vBulletin, DLE, Joomla K2,
 * Blogfa, Blogger. Each case fails without its rule.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { detectArticle } from '../../../src/engine/components/detect-article.ts'
import { keepOpeningPost } from '../../../src/engine/extract/forum-thread.ts'
import { isAfter } from '../../../src/engine/extract/document-order.ts'

const HEADLINE = 'ليلة كاملة في قطار متوقف بين محطتين: ما الذي جرى ولماذا تأخر الإنقاذ؟'
const TEXT = [
  'انطلق القطار من المحطة المركزية في التاسعة مساء كما هو مقرر، وكان معظم الركاب من العمال والطلاب العائدين إلى مدنهم بعد أسبوع طويل.',
  'بعد ساعتين من الرحلة توقف القطار فجأة في منطقة زراعية بعيدة عن أي طريق معبد، وانقطعت الكهرباء عن العربات كلها دفعة واحدة.',
  'قال لنا المراقب إن عطلا أصاب خط التغذية وإن فريق الصيانة في الطريق، لكن الساعات مرت دون أن يصل أحد أو يشرح لنا ما يحدث.',
  'في الصباح وصلت حافلات نقلتنا إلى أقرب مدينة، ووعدت الشركة بتعويض ثمن التذاكر، لكن أحدا لم يتصل بنا حتى الآن.',
  'أكتب هذا لأن كثيرين سألوني عن التفاصيل، ولأنني أريد أن يعرف من يسافر ليلا ماذا يأخذ معه من ماء وطعام وبطارية للهاتف.',
]

const page = (head: string, body: string, lang = 'ar') =>
  `<html lang="${lang}"><head><title>${HEADLINE}</title><meta property="og:type" content="website">${head}</head><body>${body}</body></html>`

function verdicts(html: string, url: string) {
  const extracted = extractArticle(parseHtml(html, url), { url })
  return { extracted, detected: detectArticle(parseHtml(html, url), url) }
}

describe('posts at their own address', () => {
  it('reads a post the page declares (DiscussionForumPosting) as an article, among replies and "more posts" cards', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"ليلة في قطار"}</script>'
    const post = `<article id="post_1"><h1>${HEADLINE}</h1><div class="cooked">${TEXT.map((t) => `<p>${t}</p>`).join('')}</div></article>`
    const replies = [1, 2, 3].map((i) => `<article id="post_${i + 1}"><a href="/u/user${i}">مستخدم ${i}</a><p>تجربة صعبة فعلا، حدث معي شيء مشابه في الشتاء الماضي.</p></article>`).join('')
    const more = [1, 2, 3, 4, 5].map((i) => `<article aria-label="منشور ${i}"><a href="/r/trains/comments/${i}/">منشور آخر رقم ${i} عن القطارات</a></article>`).join('')
    const url = 'https://reddit.example/r/trains/comments/abc123/night_train/'
    const { extracted, detected } = verdicts(page(ld, post + replies + more), url)
    expect(detected.isArticle).toBe(true)
    expect(extracted.isArticle).toBe(true)
  })

  it('measures prose set as <div> blocks of text (Notion, a Facebook post) for the blocks’ container', () => {
    const blocks = TEXT.map((t) => `<div class="notion-text-block" data-block-id="b"><div><div contenteditable="false">${t}</div></div></div>`).join('')
    const url = 'https://team.notion.example/Night-train-0123456789abcdef0123456789abcdef'
    const { extracted, detected } = verdicts(page('', `<div class="notion-page-content"><h1>${HEADLINE}</h1>${blocks}</div>`), url)
    expect(detected.isArticle).toBe(true)
    expect(extracted.isArticle).toBe(true)
  })

  it('does not count a grid of links or score lines set as <div> blocks as prose', () => {
    const grid = `<div class="pages-grid">${Array.from({ length: 80 }, (_, i) => `\n    <a href="/pdf/p${i + 1}.pdf">\n      الصفحة ${i + 1}\n    </a>`).join('')}</div>`
    const scores = Array.from({ length: 12 }, (_, i) => `<div class="match"><span>الجولة 20</span> <span>الجمعة 8 مارس 2024</span> <span>سموحة ${i}-1 الجونة</span> <span>15:00 م</span> <span>انتهت المباراة</span></div>`).join('')
    const url = 'https://paper.example/pdf/2024/10/14'
    expect(detectArticle(parseHtml(page('', `<h1>${HEADLINE}</h1>${grid}`), url), url).isArticle).toBe(false)
    expect(detectArticle(parseHtml(page('', `<h1>${HEADLINE}</h1><section>${scores}</section>`), url), url).isArticle).toBe(false)
  })

  it('reads no <noscript> content when it judges the script: an English "JavaScript is not available" does not hide an Arabic post', () => {
    const noscript = '<noscript><h1>JavaScript is not available.</h1><p>We’ve detected that JavaScript is disabled in this browser. Please enable JavaScript or switch to a supported browser to continue using x.com. You can see a list of supported browsers in our Help Center.</p></noscript>'
    const article = `<div data-testid="twitterArticleRichTextView">${TEXT.map((t) => `<div class="public-DraftStyleDefault-block"><span>${t}</span></div>`).join('')}</div>`
    const url = 'https://x.example/salma/article/1790000000000000000'
    expect(detectArticle(parseHtml(page('', noscript + article, 'en'), url), url).isArticle).toBe(true)
  })
})

function extract(html: string, url: string) {
  const result = extractArticle(parseHtml(html, url), { url })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return { doc, texts: doc.blocks.filter((b) => b.kind !== 'image').map((b) => `${b.kind}:${doc.text.slice(b.start, b.end)}`) }
}

describe('forums', () => {
  it('reads a vBulletin thread as its opening post: no replies, no writer’s box or signature, the headline without its label', () => {
    const post = (id: number, writer: string, text: string, signature = '') =>
      `<li class="postbitlegacy postbitim postcontainer old" id="post_${id}"><div class="posthead"><span class="date">17-05-2026, 09:42 PM</span></div>` +
      `<div class="postdetails"><div class="userinfo"><a class="username offline" href="member.php?u=${id}"><strong>${writer}</strong></a><span class="usertitle">عضو مميز</span>` +
      `<dl class="userinfo_extra"><dt>المشاركات</dt><dd>6,418</dd></dl></div><div class="postbody"><blockquote class="postcontent restore">${text}</blockquote>` +
      `<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">${signature}</div></blockquote></div></div></div></li>`
    const replies = [2, 3, 4].map((i) => post(i, `عضو ${i}`, 'شكراً على النقل أخي سالم، خبر يفرح القلب والله ونتمنى أن تعمم التجربة على كل البلدات الساحلية قريباً.')).join('')
    const html = `<html lang="ar"><head><title>افتتاح محطة تحلية - منتدى الساحل</title></head><body><h1>الموضوع: <span class="threadtitle"><a href="showthread.php?t=1">${HEADLINE}</a></span></h1>` +
      `<ol id="posts">${post(1, 'سالم الوادي', TEXT.join('<br />'), 'اللهم اغفر لوالديّ وارحمهما كما ربياني صغيراً')}${replies}</ol></body></html>`
    const { doc, texts } = extract(html, 'https://forum.example/showthread.php?t=123456')
    expect(doc.title).toBe(HEADLINE)
    expect(doc.byline).toBe('سالم الوادي')
    expect(texts).toEqual(TEXT.map((t) => `paragraph:${t}`))
  })

  it('leaves a blog’s list of posts alone: WordPress’s article#post-N cards are no thread', () => {
    const cards = TEXT.map((t, i) => `<article id="post-${i + 1}" class="post"><h2><a href="/p${i}">عنوان ${i}</a></h2><p>${t}</p></article>`).join('')
    const root = parseHtml(`<html><body><main>${cards}</main></body></html>`, 'https://blog.example/')
    const before = root.querySelectorAll('article').length
    expect(keepOpeningPost(root.body)).toBeUndefined()
    expect(root.querySelectorAll('article').length).toBe(before)
  })
})

describe('headline badges', () => {
  it('takes a featured item’s flag out of its headline (Joomla K2’s "مميز")', () => {
    const html = `<html lang="ar"><head><title>${HEADLINE}</title></head><body><div class="itemView"><h2 class="itemTitle">${HEADLINE} <span><sup>مميز</sup></span></h2>` +
      `<div class="itemFullText">${TEXT.map((t) => `<p>${t}</p>`).join('')}</div></div></body></html>`
    expect(extract(html, 'https://dijla.example/index.php/news/item/4567-x').doc.title).toBe(HEADLINE)
  })
})

describe('small CMSs and publishing tools', () => {
  it('drops DataLife Engine’s breadcrumb and its info line of date, writer, section, views and comments', () => {
    const html = `<html lang="ar"><head><title>${HEADLINE}</title></head><body><div class="speedbar"><span id="dle-speedbar"><a href="/">صوت الجنوب</a> &raquo; <a href="/mohafazat/">أخبار المحافظات</a> &raquo; ${HEADLINE}</span></div>` +
      `<div id="dle-content"><article class="fullstory"><h1 class="title">${HEADLINE}</h1><div class="story-info"><span class="date">16-05-2026, 10:45</span> <span class="author"><a href="/user/x/">حسام عيسى</a></span> ` +
      `<span class="category"><a href="/mohafazat/">أخبار المحافظات</a></span> <span class="views">مشاهدات: 2 317</span> <span class="comm-num"><a href="#comment">تعليقات: 4</a></span></div>` +
      `<div class="full-text clearfix"><div style="text-align:center;"><img src="https://sawtaljanoub.example/uploads/posts/2026-05/tariq.jpg" alt=""></div>${TEXT.slice(0, 2).join('<br><br>')}</div></article></div></body></html>`
    const { texts } = extract(html, 'https://sawtaljanoub.example/news/12345-x.html')
    expect(texts).toEqual(TEXT.slice(0, 2).map((t) => `paragraph:${t}`))
  })

  it('keeps a bare <aside> of prose between paragraphs (Telegraph’s pull quote), and drops a channel’s call for readers’ news', () => {
    const quote = '«لن يُقطع التيار عن أي حي أكثر من ساعتين في اليوم»، قال وزير الكهرباء في المؤتمر الصحفي.'
    const html = `<html lang="ar"><head><title>${HEADLINE}</title></head><body><div class="tl_page"><article id="_tl_editor" class="tl_article_content"><h1>${HEADLINE}</h1>` +
      `<p>${TEXT[0]}</p><aside>${quote}</aside><p>${TEXT[1]}</p><p>${TEXT[2]}</p><p>${TEXT[3]}</p>` +
      '<p>لإرسال الأخبار والصور: <a href="https://t.me.example/almarsad_bot">@almarsad_bot</a></p></article></div></body></html>'
    const { texts } = extract(html, 'https://telegra.ph.example/load-shedding-05-14')
    expect(texts.map((t) => t.slice(t.indexOf(':') + 1))).toEqual([TEXT[0], quote, TEXT[1], TEXT[2], TEXT[3]])
  })
})

describe('blogs', () => {
  const FA_HEADLINE = 'بافت قدیم بوشهر؛ خانه‌هایی که با باد دریا نفس می‌کشند'
  const FA_TEXT = [
    'ساعت شش صبح است و هنوز آفتاب کامل بالا نیامده، اما کوچه‌های تنگ محله دهدشتی از همین حالا بوی نمک و چوب خیس می‌دهد.',
    'بافت قدیم بوشهر روی دماغه‌ای کوچک بنا شده که از سه طرف به آب می‌رسد و خانه‌ها بلند و به هم چسبیده‌اند تا سایه بسازند.',
    'عبدالرضا بحرینی، پیرمردی هفتادساله که تمام عمرش را در همین محله گذرانده، مرا به خانه‌ای می‌برد که دو سال پیش مرمت شد.',
  ]

  it('reads a Blogfa post: no tagline under the blog’s name, no ticker, the "posted" line names the writer, no copyright line', () => {
    const html = `<html lang="fa" dir="rtl"><head><title>دفترچه خبرنگار جنوب - ${FA_HEADLINE}</title></head><body><table id="main"><tr><td colspan="2" class="header">` +
      '<h1><a href="https://bandar-notes.blogfa.example">دفترچه خبرنگار جنوب</a></h1><div class="desc">گزارش‌ها و یادداشت‌های میدانی از شهرهای ساحلی خلیج فارس؛ به قلم حمید رستگار، خبرنگار آزاد</div></td></tr>' +
      '<tr><td colspan="2"><marquee direction="right">به وبلاگ دفترچه خبرنگار جنوب خوش آمدید ... نقل مطالب با ذکر منبع و لینک آزاد است</marquee></td></tr>' +
      `<tr><td class="content"><div class="post"><h2 class="posttitle"><a href="https://bandar-notes.blogfa.example/post/214">${FA_HEADLINE}</a></h2><div class="postcontent">${FA_TEXT.map((t) => `<p>${t}</p>`).join('')}</div>` +
      '<div class="postdesc">نوشته شده در  سه شنبه ۸ اردیبهشت ۱۴۰۵ساعت ۱۰:۲۰ توسط <a href="https://bandar-notes.blogfa.example/about">حمید رستگار</a>  | <a href="#comments">نظرات (۴)</a> | <a href="/post/214">لینک ثابت</a></div></div>' +
      '<div class="footer">کلیه حقوق این وبلاگ برای دفترچه خبرنگار جنوب محفوظ است</div></td></tr></table></body></html>'
    const { doc, texts } = extract(html, 'https://bandar-notes.blogfa.example/post/214')
    expect(texts).toEqual(FA_TEXT.map((t) => `paragraph:${t}`))
    expect(doc.byline).toBe('حمید رستگار')
  })

  it('dates a Blogger post by its microformat stamp (abbr.published’s title)', () => {
    const html = `<html lang="ar"><head><title>${HEADLINE}</title></head><body><div class="post hentry"><h3 class="post-title entry-title">${HEADLINE}</h3>` +
      `<div class="post-body entry-content">${TEXT.map((t) => `${t}<br /><br />`).join('')}</div><div class="post-footer">بوقت <a class="timestamp-link" href="/2026/04/x.html">` +
      `<abbr class="published" itemprop="datePublished" title="2026-04-24T21:15:00+05:00">9:15 PM</abbr></a></div></div></body></html>`
    expect(extract(html, 'https://qalam.blogspot.example/2026/04/x.html').doc.published?.slice(0, 16)).toBe('2026-04-24T21:15')
  })
})

describe('notebooks and site builders', () => {
  it('reads a Notion page’s property table for its date and writer, and no row of it as text; a figure’s caption leaf is a caption', () => {
    const row = (label: string, value: string) =>
      `<div role="row" class="notion-collection-property-row"><div role="rowheader"><div>${label}</div></div><div role="cell"><div>${value}</div></div></div>`
    const table = `<div role="table" aria-label="Page properties">${row('تاريخ النشر', 'May 14, 2026')}${row('الكاتب', '<span>ليلى حداد</span>')}${row('آخر تعديل', 'May 15, 2026 9:12 AM')}${row('الوسوم', 'تحقيقات ميدانية')}</div>`
    const block = (t: string) => `<div class="notion-text-block"><div><div contenteditable="false">${t}</div></div></div>`
    const figure = '<div class="notion-image-block"><div role="figure" aria-labelledby="c1"><div><div><img src="https://team.notion.example/image/souq.jpg"></div></div><div><div placeholder="Write a caption…">باعة يفكّكون بسطاتهم عند الظهيرة</div></div></div></div>'
    const html = `<html lang="ar"><head><title>${HEADLINE}</title></head><body><div class="notion-page-content"><h1>${HEADLINE}</h1>${table}${block(TEXT[0])}${figure}${TEXT.slice(1).map(block).join('')}</div></body></html>`
    const { doc, texts } = extract(html, 'https://team.notion.example/Souq-0123456789abcdef0123456789abcdef')
    expect(doc.published).toBe('2026-05-14')
    expect(doc.byline).toBe('ليلى حداد')
    expect(texts).toEqual([`paragraph:${TEXT[0]}`, 'caption:باعة يفكّكون بسطاتهم عند الظهيرة', ...TEXT.slice(1).map((t) => `paragraph:${t}`)])
  })

  it('drops a site builder’s contact box and contact line, and the heading of its other posts', () => {
    const html = `<html lang="ar"><head><title>${HEADLINE}</title></head><body><div class="page"><h1>${HEADLINE}</h1>${TEXT.map((t) => `<section><div><p>${t}</p></div></section>`).join('')}` +
      '<section><div><p>لمزيد من المعلومات: مركز خدمة المواطنين – هاتف 05 447 120 – من الاثنين إلى الجمعة.</p></div></section>' +
      '<section><div><h2>أخبار أخرى</h2></div></section>' +
      '<section><div><h3>تواصلوا معنا</h3><p>ساحة البلدية، الطريق العام، وادي الريحان</p><p>ساعات الدوام: من الاثنين إلى الجمعة، 8:00 – 15:00</p></div></section></div></body></html>'
    expect(extract(html, 'https://sites.example/view/wadi/news').texts).toEqual(TEXT.map((t) => `paragraph:${t}`))
  })

  it('knows which of two elements comes first in another branch at another depth, where linkedom’s compareDocumentPosition errs', () => {
    const root = parseHtml('<html><body><div><div><img id="i"></div></div><div><div id="c">x</div></div></body></html>', 'https://x.example/')
    const picture = root.getElementById('i')!
    const caption = root.getElementById('c')!
    expect(isAfter(caption, picture)).toBe(true)
    expect(isAfter(picture, caption)).toBe(false)
    expect(isAfter(picture, picture.parentElement!)).toBe(true)
  })
})

describe('social posts', () => {
  it('reads an X article: its title div over a consent layer’s h1, and its writer from the page’s title', () => {
    const title = 'عشرة أيام على ضفاف بحيرة تنحسر: شهادات الصيادين الأخيرين'
    const html = `<html lang="en" dir="ltr"><head><title>سلمى الحدّاد on X: &quot;${title}&quot; / X</title></head><body><div id="react-root"><div id="layers"><div data-testid="BottomBar"><h1 role="heading"><span>Did someone say … cookies?</span></h1></div></div>` +
      `<main><div data-testid="twitterArticleTitle" dir="auto" lang="ar"><span>${title}</span></div><div data-testid="twitterArticleRichTextView">${TEXT.map((t) => `<div class="public-DraftStyleDefault-block"><span>${t}</span></div>`).join('')}</div></main></div></body></html>`
    const { doc } = extract(html, 'https://x.example/salma/article/1790000000000000000')
    expect(doc.title).toBe(title)
    expect(doc.byline).toBe('سلمى الحدّاد')
  })

  it('reads a Telegram post: its bold first line is the headline, its signature the writer, its lines’ emoji no text', () => {
    const lines = TEXT.map((t) => `<i class="emoji"><b>🔹</b></i>${t}`).join('<br/><br/>')
    const html = `<html lang="fa"><head><title>Telegram: View @kavirnews</title><meta property="og:title" content="کویر نیوز | خبر فوری"></head><body><div class="tgme_widget_message">` +
      '<div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.example/kavirnews"><span dir="auto">کویر نیوز | خبر فوری</span></a></div>' +
      `<div class="tgme_widget_message_text js-message_text" dir="auto"><i class="emoji"><b>🔴</b></i><b>${HEADLINE}</b><br/><br/>${lines}</div>` +
      '<div class="tgme_widget_message_footer"><span class="tgme_widget_message_from_author" dir="auto">نگار صدری</span>, <time datetime="2026-05-03T08:42:11+00:00">08:42</time></div></div></body></html>'
    const { doc, texts } = extract(html, 'https://t.example/kavirnews/48213')
    expect(doc.title).toBe(HEADLINE)
    expect(doc.byline).toBe('نگار صدری')
    expect(texts).toEqual(TEXT.map((t) => `paragraph:${t}`))
  })

  it('reads a Facebook post’s reporter from its "متابعة:" signature and its date from the post’s stamp link', () => {
    const lines = TEXT.map((t) => `<div dir="auto">${t}</div>`).join('')
    const html = `<html lang="ar" dir="rtl"><head><title>${HEADLINE} | شبكة أخبار الوادي | Facebook</title></head><body><div role="main"><div><span><a href="https://facebook.example/AlwadiNewsNet/posts/pfbid02kQ" role="link" aria-label="الأحد، 10 مايو 2026 الساعة 9:40 ص"><span>10 مايو 2026 الساعة 9:40 ص</span></a></span></div>` +
      `<div data-ad-preview="message"><div><div dir="auto">${HEADLINE}</div>${lines}<div dir="auto">متابعة: ليلى منصور</div></div></div>` +
      '<div class="comments"><a href="/c1">2 س</a><div dir="auto">الله يحفظكم</div></div></div></body></html>'
    const { doc, texts } = extract(html, 'https://facebook.example/AlwadiNewsNet/posts/pfbid02kQ')
    expect(doc.byline).toBe('ليلى منصور')
    expect(doc.published?.slice(0, 10)).toBe('2026-05-10')
    expect(texts.some((t) => t.includes('متابعة'))).toBe(false)
  })
})

describe('documents', () => {
  it('reads a published Google Doc: its title under no letterhead, its sections as subheadings, a table’s rows as rows, its signature as the writer', () => {
    const p = (text: string, cls = 'c2') => `<p class="${cls}" dir="rtl"><span class="c1">${text}</span></p>`
    const cell = (text: string) => `<td class="c14"><p class="c4" dir="rtl"><span class="c1">${text}</span></p></td>`
    const doc = '<div class="c30 doc-content">' + p('<img src="https://lh7-rt.googleusercontent.example/docsz/logo.png">') + p('نقابة عمال الموانئ والنقل البحري') + p('رقم الصادر: 118/2026') + p('للنشر الفوري') +
      `<p class="c13 title" dir="rtl"><span>${HEADLINE}</span></p>${p(TEXT[0])}<h1 class="c7" dir="rtl"><span>ما الذي حدث فجر الثلاثاء؟</span></h1>${p(TEXT[1])}` +
      `<table class="c17"><tr>${cell('التاريخ')}${cell('الموقع')}</tr><tr>${cell('3 كانون الأول/ديسمبر 2025')}${cell('الرصيف الثالث')}</tr></table>${p(TEXT[2])}${p(TEXT[3])}` +
      `${p('المكتب التنفيذي لنقابة عمال الموانئ والنقل البحري')}${p('— انتهى —')}</div>`
    const html = `<html><head><title>بيان النقابة - حريق المستودع 7 - نهائي - Google Docs</title></head><body><div id="banners"><div id="title">بيان النقابة - حريق المستودع 7 - نهائي</div></div><div id="contents"><style>.c1{}</style>${doc}</div></body></html>`
    const { doc: read, texts } = extract(html, 'https://docs.example/document/d/e/2PACX-1vabc/pub')
    expect(read.title).toBe(HEADLINE)
    expect(read.byline).toBe('المكتب التنفيذي لنقابة عمال الموانئ والنقل البحري')
    expect(texts).toEqual([`paragraph:${TEXT[0]}`, 'heading:ما الذي حدث فجر الثلاثاء؟', `paragraph:${TEXT[1]}`, 'table-row:التاريخ\tالموقع', 'table-row:3 كانون الأول/ديسمبر 2025\tالرصيف الثالث', `paragraph:${TEXT[2]}`, `paragraph:${TEXT[3]}`])
  })
})

describe('pictures of platforms', () => {
  it('keeps a Discourse post’s pictures, whose lightbox carries an overlay of the file’s name and size', () => {
    const picture = (name: string) =>
      `<p><div class="lightbox-wrapper"><a class="lightbox" href="https://community.example/uploads/default/original/2X/b/${name}.jpeg" title="${name}.jpg">` +
      `<img src="https://community.example/uploads/default/optimized/2X/b/${name}_2_690x388.jpeg" alt="" width="690" height="388">` +
      `<div class="meta"><span class="filename">${name}.jpg</span><span class="informations">1280×720 167 KB</span></div></a></div></p>`
    const html = `<html lang="ar"><head><title>${HEADLINE}</title></head><body><article id="post_1" data-post-id="1"><h1>${HEADLINE}</h1><div class="cooked">` +
      `<p>${TEXT[0]}</p>${picture('rack')}<p>${TEXT[1]}</p><p>${TEXT[2]}</p>${picture('panels')}<p>${TEXT[3]}</p></div></article></body></html>`
    const { doc } = extract(html, 'https://community.example/t/solar/1234')
    const pictures = doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)
    expect(pictures.some((src) => src?.includes('panels'))).toBe(true)
    expect(doc.text.includes('167 KB')).toBe(false)
  })

  it('shows neither a Telegram channel’s photo nor a published Doc’s page preview as the lead picture', () => {
    const html = '<html lang="fa"><head><title>Telegram: View @kavirnews</title><meta property="og:image" content="https://cdn4.telesco.example/file/avatar.jpg"></head><body>' +
      '<div class="tgme_widget_message"><i class="tgme_widget_message_user_photo"><img src="https://cdn4.telesco.example/file/avatar.jpg"></i>' +
      `<div class="tgme_widget_message_text"><b>${HEADLINE}</b><br/><br/>${TEXT.join('<br/><br/>')}</div></div></body></html>`
    expect(extract(html, 'https://t.example/kavirnews/48213').doc.leadImage).toBeUndefined()
  })
})

describe('embeds', () => {
  it('drops an embed’s figure with its caption, which would stand alone once the embed goes', () => {
    const video = '<figure><div class="iframe_wrap"><iframe src="/embed/youtube?url=x"></iframe></div><figcaption>المؤتمر الصحفي لوزارة الكهرباء كاملاً</figcaption></figure>'
    const html = `<html lang="ar"><head><title>${HEADLINE}</title></head><body><article class="tl_article_content"><h1>${HEADLINE}</h1>${TEXT.map((t) => `<p>${t}</p>`).join('')}${video}</article></body></html>`
    expect(extract(html, 'https://telegra.ph.example/x-05-14').texts).toEqual(TEXT.map((t) => `paragraph:${t}`))
  })
})
