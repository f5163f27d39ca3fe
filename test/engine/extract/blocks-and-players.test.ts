/**
 * Pages of batches ai and aj (data/extract-pages, session 44): a news agency's article built of typed blocks whose picture
 * block repeats the picture's title as a plain line under it, a long-form page with a podcast player between its
 * paragraphs, a page builder's FAQ block whose answers are folded, a photo essay whose long captions carry the story, and
 * an agency's photo box above the text; and of batch ak, a UN office's English page whose Arabic statement stands under its
 * own heading. Each case fails without its rule. The texts are written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { keepHeadingsBetweenParts } from '../../../src/engine/extract/headings-between-parts.ts'
import { HEADLINE, TEXT } from './library-article.ts'

const URL = 'https://agency.example/ar/20260312/1108834571.html'

function extract(html: string) {
  const result = extractArticle(parseHtml(html, URL), { url: URL })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return {
    doc,
    texts: doc.blocks.filter((b) => b.kind !== 'image' && b.kind !== 'caption').map((b) => doc.text.slice(b.start, b.end)),
    captions: doc.blocks.filter((b) => b.kind === 'caption').map((b) => doc.text.slice(b.start, b.end)),
    pictures: doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src),
  }
}

const page = (body: string) =>
  `<html lang="ar" dir="rtl"><head><title>${HEADLINE}</title><meta property="og:type" content="article"></head>` +
  `<body><article><h1>${HEADLINE}</h1>${body}</article></body></html>`

describe('typed article blocks', () => {
  const textBlock = (text: string) => `<div class="article__block" data-type="text"><div class="article__text">${text}</div></div>`

  it('reads the line under a picture that repeats its title as the caption, not the text', () => {
    const line = 'قاعة المطالعة الكبرى في المكتبة بعد ترميمها'
    const media =
      `<div class="article__block" data-type="media"><div class="media"><div class="media__size"><div class="photoview__open">` +
      `<img alt="${line} - وكالة المثال, 1920, 12.03.2026" title="${line}" width="1920" height="1080" src="https://cdn.agency.example/img/library.jpg"></div></div>` +
      `<div class="media__title">${line}</div><div class="media__copyright">© Photo . المكتبة الوطنية</div></div></div>`
    const { texts, captions } = extract(page(`<div class="article__body">${TEXT.slice(0, 2).map(textBlock).join('')}${media}${TEXT.slice(2).map(textBlock).join('')}</div>`))
    expect(texts).toEqual(TEXT)
    expect(captions[0]).toContain(line)
  })
})

describe('a podcast player between the paragraphs', () => {
  it('leaves the player’s show, episode and platforms out of the text', () => {
    const player =
      `<div class="podcast-embed"><div class="podcast-embed__head"><span class="podcast-embed__label">استمعوا</span><span class="podcast-embed__show">بودكاست «بعد الظهر»</span></div>` +
      `<div class="podcast-embed__episode">الحلقة 84: من يملك الكتب في المدن الصغيرة؟</div>` +
      `<div class="podcast-player"><button class="podcast-player__play" aria-label="تشغيل"></button><span class="podcast-player__time">00:00</span><span class="podcast-player__duration">32:17</span></div>` +
      `<div class="podcast-embed__platforms">متوفر أيضاً على: <a href="https://podcasts.example/show">Apple Podcasts</a></div></div>`
    const paragraphs = (texts: readonly string[]) => texts.map((t) => `<p>${t}</p>`).join('')
    const { texts } = extract(page(`<div class="entry-content">${paragraphs(TEXT.slice(0, 2))}${player}${paragraphs(TEXT.slice(2))}</div>`))
    expect(texts).toEqual(TEXT)
  })
})

describe('a FAQ block whose answers are folded', () => {
  const item = (n: number, question: string, answer: string) =>
    `<div class="wp-block-uagb-faq-child uagb-faq-item" role="tab" aria-expanded="false"><div class="uagb-faq-questions-button">` +
    `<button type="button" class="uagb-question" aria-controls="faq-${n}" aria-expanded="false"><span class="uagb-icon"><svg></svg></span><span class="uagb-question-text">${question}</span></button></div>` +
    `<div class="uagb-faq-content" id="faq-${n}" role="tabpanel" style="display: none;"><p>${answer}</p></div></div>`
  const QUESTIONS = ['متى تفتح المكتبات أبوابها في الصيف؟', 'هل الدخول إلى الأنشطة مجاني؟']

  it('shows each question and its answer, though no heading holds the button', () => {
    const faq = `<div class="wp-block-uagb-faq" role="tablist">${item(1, QUESTIONS[0], TEXT[2])}${item(2, QUESTIONS[1], TEXT[3])}</div>`
    const { texts } = extract(page(`<div class="entry-content"><p>${TEXT[0]}</p><p>${TEXT[1]}</p>${faq}</div>`))
    expect(texts).toEqual([TEXT[0], TEXT[1], QUESTIONS[0], TEXT[2], QUESTIONS[1], TEXT[3]])
  })

  it('leaves a video’s transcript folded behind its button, which asks nothing', () => {
    const transcript =
      `<div class="video-player"><button aria-controls="transcript-1" aria-expanded="false">النص الكامل للفيديو</button>` +
      `<div id="transcript-1" style="display: none;"><p>سحب دخان كثيفة تغطي سماء المدينة منذ ساعات الصباح الأولى، ورجال الإطفاء يحاولون منع وصول النيران إلى أطراف القرية.</p></div></div>`
    const { texts } = extract(page(`<div class="entry-content">${TEXT.slice(0, 2).map((t) => `<p>${t}</p>`).join('')}${transcript}${TEXT.slice(2).map((t) => `<p>${t}</p>`).join('')}</div>`))
    expect(texts).toEqual(TEXT)
  })
})

describe('the story’s photos beside its text', () => {
  const file = (n: number) => `https://agency.example/files/2026-01/harbour-${n}.jpg`
  const thumb = (n: number) => `https://agency.example/files/styles/large/2026-01/harbour-${n}.jpg`
  const CAPTION = 'قبل الإبحار بساعة، يتفقد الريّس محرك المركب الذي يعمل عليه منذ ثلاثين عاما. يقول إن المحرك يستهلك نحو مئتي لتر من الوقود في كل رحلة، وإن سعر اللتر تضاعف مرتين هذا العام.'

  it('shows a photo essay’s pictures after the text, their long captions the pictures’ own', () => {
    const photo = (n: number) =>
      `<div class="field__item"><figure class="gallery-photo"><a href="${file(n)}" class="colorbox"><img src="${thumb(n)}" width="1200" height="800" alt=""></a><figcaption>${CAPTION}</figcaption></figure></div>`
    const gallery = `<div class="field field--name-field-gallery-images field__items">${[1, 2, 3, 4].map(photo).join('')}</div>`
    const credit = '<div class="field field--name-field-photographer field--label-inline"><div class="field__label">تصوير</div><div class="field__item">سالم القماطي</div></div>'
    const { texts, pictures } = extract(page(`<div class="node__content"><div class="field--name-body">${TEXT.map((t) => `<p>${t}</p>`).join('')}</div>${gallery}${credit}</div>`))
    expect(texts).toEqual(TEXT)
    expect(pictures).toEqual([1, 2, 3, 4].map(thumb))
  })

  it('shows an agency’s photo box above the text after it, when each photo opens its file', () => {
    const box = `<div class="news-photos row">${[1, 2, 3].map((n) => `<div class="col-md-6"><a href="${file(n)}" data-fancybox="news-gallery"><img src="${thumb(n)}" width="800" height="533" alt=""></a></div>`).join('')}</div>`
    const { doc, texts, pictures } = extract(page(`${box}<div class="news-body">${TEXT.map((t) => `<p>${t}</p>`).join('')}</div>`))
    expect(texts).toEqual(TEXT)
    expect([doc.leadImage?.src, ...pictures]).toEqual([1, 2, 3].map(thumb))
  })
})

describe('an interview’s desk line', () => {
  it('is no reporter: the office the interview came from opens with "مكتب"', () => {
    const head = `<html lang="ar" dir="rtl"><head><title>${HEADLINE}</title><meta property="og:type" content="article"><meta name="author" content="عبدالله الكثيري"></head>`
    const html = `${head}<body><article><h1>${HEADLINE}</h1><div class="entry-content"><p><strong>أثير – مكتب أثير في ظفار</strong></p>${TEXT.map((t) => `<p>${t}</p>`).join('')}</div></article></body></html>`
    const { doc, texts } = extract(html)
    expect(doc.byline).toBe('عبدالله الكثيري')
    expect(texts).toEqual(TEXT)
  })
})

describe('an Arabic statement on an English page', () => {
  it('takes its own heading as the title when the page’s headline is in English', () => {
    const english = 'Sharjah neighbourhood libraries extend their summer opening hours'
    const html =
      `<html lang="en" dir="ltr"><head><title>${english} | United Nations</title><meta property="og:type" content="article"></head><body><main>` +
      `<h1 class="page-title">${english}</h1><div class="statement statement--ar" lang="ar" dir="rtl"><h2 class="statement-title">${HEADLINE}</h2>` +
      `${TEXT.map((t) => `<p>${t}</p>`).join('')}</div></main></body></html>`
    const { doc, texts } = extract(html)
    expect(doc.title).toBe(HEADLINE)
    expect(texts).toEqual(TEXT)
  })
})

describe('a paper credited as its own author', () => {
  it('is no byline when the site is named with its kind ("صحيفة الخليج" crediting "الخليج")', () => {
    const head = `<html lang="ar" dir="rtl"><head><title>${HEADLINE}</title><meta property="og:type" content="article"><meta property="og:site_name" content="صحيفة الخليج"><meta name="author" content="الخليج"></head>`
    const { doc } = extract(`${head}<body><article><h1>${HEADLINE}</h1>${TEXT.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`)
    expect(doc.byline).toBeUndefined()
  })
})

describe('a component list’s small parts between its text parts', () => {
  // (The page-level case is batch al's AEM release in site-pages.test.ts; Readability's choice of siblings depends on the
  // whole page, so the move itself is checked here.)
  it('moves a run of a box of figures, a subheading and a picture into the text part after them, in order', () => {
    const part = (kind: string, inner: string) => `<div class="${kind} aem-GridColumn">${inner}</div>`
    const text = (t: string) => part('text', `<div class="cmp-text"><p>${t}</p></div>`)
    const figures = part('keyfigures', '<h3>حقائق سريعة</h3><ul><li>12 مكتبة في الأحياء</li><li>10 مساء موعد الإغلاق</li></ul>')
    const heading = part('title', '<h2>أنشطة الصيف</h2>')
    const picture = part('image', '<img src="https://agency.example/files/library.jpg" alt="">')
    const related = part('related', '<h3>اقرأ أيضا</h3><ul><li><a href="/story">قصة أخرى</a></li></ul>')
    const doc = parseHtml(`<html><body><div class="aem-Grid">${text(TEXT[0])}${figures}${heading}${picture}${text(TEXT[1])}${related}${text(TEXT[2])}</div></body></html>`, URL)
    keepHeadingsBetweenParts(doc)
    const kinds = Array.from(doc.querySelector('.aem-Grid')!.children).map((child) => child.getAttribute('class')!.split(' ')[0])
    expect(kinds).toEqual(['text', 'text', 'related', 'text'])
    const second = doc.querySelector('.aem-Grid')!.children[1]
    expect(Array.from(second.children).map((child) => child.getAttribute('class')!.split(' ')[0])).toEqual(['keyfigures', 'title', 'image', 'cmp-text'])
  })
})
