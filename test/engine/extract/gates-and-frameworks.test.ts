/**
 * Gates in front of an article, other versions of its page and front-end frameworks (data/extract-pages batch ab, session
 * 36): paywalls and registration walls, AMP pages, web components. Each case fails without its rule.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { isSiteCardPicture } from '../../../src/engine/extract/site-card-picture.ts'
import { HEADLINE, TEXT } from './library-article.ts'

const paragraphs = TEXT.map((t) => `<p>${t}</p>`).join('')

function extract(html: string, url = 'https://news.example/2026/05/12/libraries') {
  const result = extractArticle(parseHtml(html, url), { url })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return { doc, texts: doc.blocks.filter((b) => b.kind !== 'image').map((b) => `${b.kind}:${doc.text.slice(b.start, b.end)}`) }
}

const page = (body: string, head = '') => `<html lang="ar" dir="rtl"><head><title>${HEADLINE}</title>${head}</head><body>${body}</body></html>`

describe('gates', () => {
  it('drops a paywall’s gate and a registration form by their whole class, and keeps the text the gate stands over', () => {
    const plan = (name: string, price: string) => `<div class="plan-card"><h3>${name}</h3><p>${price}</p><ul><li>قراءة غير محدودة لجميع المقالات والتقارير</li><li>النسخة الرقمية من الصحيفة يومياً</li></ul></div>`
    const gate = `<div class="paywall-gate"><h2>هذا المحتوى متاح للمشتركين فقط</h2>${plan('الباقة الشهرية', '49 ريالاً شهرياً')}${plan('الباقة السنوية', '449 ريالاً سنوياً')}<p>لديك حساب؟ <a href="/login">سجّل الدخول</a></p></div>`
    const form = '<div class="regwall poool-widget"><h3>سجّل مجاناً لمتابعة القراءة</h3><p>أنشئ حسابك المجاني في أقل من دقيقة واحصل على وصول كامل إلى جميع مقالات الصحيفة</p><form><input type="email"></form></div>'
    const html = page(`<article><h1>${HEADLINE}</h1><div class="article-body"><p>${TEXT[0]}</p><p>${TEXT[1]}</p>${form}<div class="regwall-locked poool-locked"><p>${TEXT[2]}</p><p>${TEXT[3]}</p></div>${gate}</div></article>`, '<meta property="og:type" content="article">')
    expect(extract(html).texts).toEqual(TEXT.map((t) => `paragraph:${t}`))
  })
})

describe('AMP pages', () => {
  it('reads a carousel of figures as the article’s pictures, without its box’s title, and drops ads and embeds’ posters', () => {
    const slide = (name: string, caption: string) =>
      `<figure class="gallery-item amp-carousel-slide"><amp-img src="https://img.example/${name}.jpg" width="300" height="225" layout="fixed" alt="${caption}">` +
      `<noscript><img src="https://img.example/${name}.jpg" alt="${caption}"></noscript><img decoding="async" alt="${caption}" src="https://img.example/${name}.jpg" class="i-amphtml-fill-content"></amp-img><figcaption>${caption}</figcaption></figure>`
    const carousel = `<div class="gallery-block"><p class="gallery-title"><b>صور</b> | جولة في المكتبة بعد الترميم</p><amp-carousel type="carousel" height="300" layout="fixed-height" class="gallery i-amphtml-element">` +
      `<div class="i-amphtml-scrollable-carousel-container">${slide('a', 'قاعة المطالعة بعد تجديدها')}${slide('b', 'أطفال في نادي القراءة المسائي')}${slide('c', 'رفوف الكتب الجديدة')}</div></amp-carousel></div>`
    const ad = '<div class="ad-wrap"><amp-ad width="300" height="250" type="doubleclick"><div fallback="">اشتہار لوڈ نہیں ہو سکا</div></amp-ad></div>'
    const video = '<div class="embed-video"><amp-iframe width="16" height="9" layout="responsive" src="https://video.example/embed/1"><amp-img src="https://img.example/poster.jpg" layout="fill" placeholder=""></amp-img></amp-iframe></div>'
    const html = page(`<article><h1>${HEADLINE}</h1><p>${TEXT[0]}</p>${ad}<p>${TEXT[1]}</p>${carousel}<p>${TEXT[2]}</p>${video}<p>${TEXT[3]}</p></article>`)
    const { doc, texts } = extract(html)
    const pictures = doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)
    expect(pictures).toEqual(['https://img.example/a.jpg', 'https://img.example/b.jpg', 'https://img.example/c.jpg'])
    expect(texts.filter((t) => !t.startsWith('caption:'))).toEqual(TEXT.map((t) => `paragraph:${t}`))
  })

  it('knows BBC’s default sharing poster for a site card', () => {
    expect(isSiteCardPicture('https://bbc.example/arabic/images/metadata/poster-1024x576.png')).toBe(true)
    expect(isSiteCardPicture('https://bbc.example/arabic/images/2026/05/libraries.jpg')).toBe(false)
  })
})

describe('web components', () => {
  it('reads custom elements’ names as classes (comments, related stories, ads), and a writer’s chip run into its stamp under the standfirst', () => {
    const standfirst = 'تمدد مكتبات الأحياء في الشارقة ساعات عملها خلال الصيف حتى العاشرة مساء، مع برنامج أنشطة للأطفال والشباب والعائلات في المساء، بعد ارتفاع كبير في عدد الزوار.'
    const html = page(`<news-article><h1 slot="title">${HEADLINE}</h1><p slot="dek">${standfirst}</p>` +
      '<div class="meta"><author-chip>محمد الخطيب</author-chip><relative-time datetime="2026-05-18T08:30:00+03:00">18 أيار 2026، 08:30 ص</relative-time></div>' +
      `<article-body>${paragraphs}<ad-slot><div>إعلان</div></ad-slot>` +
      '<comment-thread><p>أبو خالد</p><p>إن شاء الله تبدأ فعلاً في حزيران، منطقتنا المياه ما بتوصل إلا يوم واحد بالأسبوع، والصهاريج غالية جداً على العائلات.</p></comment-thread>' +
      '<related-stories><story-card><h4>ارتفاع الطلب على المياه في العاصمة 15% مع بدء موجة الحر</h4></story-card></related-stories></article-body></news-article>')
    const { doc, texts } = extract(html)
    expect(doc.byline).toBe('محمد الخطيب')
    expect(texts).toEqual([`paragraph:${standfirst}`, ...TEXT.map((t) => `paragraph:${t}`)])
  })
})

describe('newsletters', () => {
  it('shows no masthead banner as the lead picture, though the page declares it (Mailchimp’s td#templateHeader)', () => {
    const banner = 'https://mcusercontent.example/abc/images/banner.png'
    const photo = 'https://mcusercontent.example/abc/images/dates.jpg'
    const html = page(`<table id="bodyTable"><tr><td id="templateHeader"><table class="mcnImageBlock"><tr><td><img src="${banner}" alt="نشرة الموجز" class="mcnImage"></td></tr></table></td></tr>` +
      `<tr><td id="templateBody"><h1>${HEADLINE}</h1>${paragraphs}<table class="mcnCaptionBlock"><tr><td><img src="${photo}" alt="بسطة تمور"></td></tr></table></td></tr></table>`,
    `<meta property="og:image" content="${banner}">`)
    const { doc } = extract(html, 'https://mailchi.example/abc/ramadan-prices')
    expect(doc.leadImage?.src).not.toBe(banner)
    expect(doc.blocks.some((b) => b.kind === 'image' && b.src === banner)).toBe(false)
  })
})
