/**
 * Pages of small local, institutional and sports sites (data/extract-pages batch ae, session 38): a governorate's portal,
 * university news centres, municipalities, a federation, provincial and district sites in Arabic, Persian and Urdu. Their
 * furniture and their albums as such sites build them. Each case fails without its rule. The texts are written for these
 * tests.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { detectArticle } from '../../../src/engine/components/detect-article.ts'
import { HEADLINE, TEXT } from './library-article.ts'

const URL = 'https://news.example/2026/05/12/libraries'
const paragraphs = (texts: readonly string[]) => texts.map((t) => `<p>${t}</p>`).join('')

function extract(html: string, url = URL) {
  const result = extractArticle(parseHtml(html, url), { url })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return {
    doc,
    texts: doc.blocks.filter((b) => b.kind !== 'image' && b.kind !== 'caption').map((b) => doc.text.slice(b.start, b.end)),
    pictures: doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src),
  }
}

const page = (body: string, head = '<meta property="og:type" content="article">') =>
  `<html lang="ar" dir="rtl"><head><title>${HEADLINE}</title>${head}</head><body><div class="news-card"><h1>${HEADLINE}</h1>${body}</div></body></html>`

/** The text with furniture set between its second and third paragraphs. */
const withInside = (furniture: string) => page(`<div class="news-body">${paragraphs(TEXT.slice(0, 2))}${furniture}${paragraphs(TEXT.slice(2))}</div>`)

describe('furniture of institutional pages', () => {
  it.each([
    ['a "was this page useful?" widget with its tally', '<div class="feedback"><p>هل كان محتوى الصفحة مفيدًا؟</p><p>أفاد 87% من الزوار بأن المحتوى مفيد</p></div>'],
    ['a gallery’s title left alone', '<h4 class="title">صور الحدث</h4>'],
    ['a call to follow the site’s channel, with its line', '<div class="tg"><strong>ما را در تلگرام دنبال کنید</strong><p>تازه‌ترین گزارش‌ها را زودتر در کانال ما بخوانید: <a href="https://t.example/weekly">@weekly</a></p></div>'],
    ['a line offering the release’s file', '<p>ڈاؤن لوڈ کریں: <a href="/files/handout-412.pdf">پی ڈی ایف (214 کے بی)</a></p>'],
    ['a press release’s number', '<p>ہینڈ آؤٹ نمبر: 412/ر</p>'],
    ['a meta row of short fields between bars, one a date', '<p>ریجنل آفس راولپنڈی | جاری کردہ: 12-05-2026 | 04:35 PM | 1,906</p>'],
  ])('%s goes', (_, furniture) => {
    expect(extract(withInside(furniture)).texts).toEqual(TEXT)
  })
})

describe('a stamp marked only by its icon', () => {
  it('gives the date when the page declares none', () => {
    // The meta row above the headline, under the picture (a Bootstrap theme's card), and an address without a date.
    const meta =
      '<div class="news-meta"><span><i class="bi bi-calendar3"></i> 15 مايو 2026</span><span><i class="bi bi-folder"></i> <a href="/events">فعاليات</a></span>' +
      '<span><i class="bi bi-person"></i> إعداد: <span class="news-author">سعاد ناصر</span>، إدارة الإعلام</span></div>'
    const html = `<html lang="ar" dir="rtl"><head><title>${HEADLINE}</title></head><body><div class="card"><img src="https://news.example/main.jpg" alt="">${meta}<h1>${HEADLINE}</h1><div class="news-body">${paragraphs(TEXT)}</div></div></body></html>`
    const { doc } = extract(html, 'https://news.example/news-detail.php?nid=1487')
    expect(doc.published?.slice(0, 10)).toBe('2026-05-15')
  })
})

describe('a photo album under the text', () => {
  const photos = [1, 2, 3, 4]
  const album = (href: (n: number) => string) =>
    `<div class="news-gallery"><h4>ألبوم صور الزيارة</h4><div class="row">${photos
      .map((n) => `<div class="gallery-item"><a href="${href(n)}" class="lightbox"><img src="https://news.example/uploads/album/thumb_${n}.jpg" alt="صورة ${n}"></a></div>`)
      .join('')}</div></div>`

  it('is shown after the text, each picture once, when its thumbnails link to their files', () => {
    const { texts, pictures } = extract(page(`<div class="news-body">${paragraphs(TEXT)}</div>${album((n) => `https://news.example/uploads/album/photo_${n}.jpg`)}`))
    expect(texts).toEqual(TEXT)
    expect(pictures).toEqual(photos.map((n) => `https://news.example/uploads/album/thumb_${n}.jpg`))
  })

  it('is shown when its links are a document library’s (Liferay: the file name, then its id)', () => {
    const { pictures } = extract(page(`<div class="news-body">${paragraphs(TEXT)}</div>${album((n) => `https://news.example/documents/20126/4418210/photo_${n}.jpg/7b1d2e90-3c4f-4a6b-9d8e-1f2a3b4c5d6${n}`)}`))
    expect(pictures).toHaveLength(photos.length)
  })

  // A Sitecore carousel: the slides' pictures link nowhere, a download link to each file sits beside it, and a strip of
  // smaller thumbnails of the same files follows.
  const carousel = (download: (n: number) => string) =>
    `<div class="component carousel news-gallery"><h2>صور الحدث</h2><div class="slides">${photos
      .map((n) => `<div class="slide"><div class="carousel-image"><img src="https://news.example/media/photo_${n}.jpg?h=720&w=1280" alt="صورة ${n}"></div>` +
        `<div class="carousel-caption"><span>صورة ${n} من الافتتاح</span></div><a class="download-link" href="${download(n)}" download>تحميل الصورة</a></div>`)
      .join('')}</div><ul class="carousel-thumbnails">${photos
      .map((n) => `<li><button type="button"><img src="https://news.example/media/photo_${n}.jpg?h=90&w=160" alt=""></button></li>`)
      .join('')}</ul></div>`

  it('is shown when each slide offers its own file beside it, the thumbnail strip not twice', () => {
    const { texts, pictures } = extract(page(`<div class="news-body">${paragraphs(TEXT)}</div>${carousel((n) => `https://news.example/media/photo_${n}.jpg`)}`))
    expect(texts).toEqual(TEXT)
    expect(pictures).toEqual(photos.map((n) => `https://news.example/media/photo_${n}.jpg?h=720&w=1280`))
  })

  it('is not a carousel whose links beside the pictures lead to pages', () => {
    const { pictures } = extract(page(`<div class="news-body">${paragraphs(TEXT)}</div>${carousel((n) => `https://news.example/2026/05/1${n}/story-${n}`)}`))
    expect(pictures).toEqual([])
  })

  it('is not a grid of teasers, whose thumbnails link to other pages', () => {
    const { pictures } = extract(page(`<div class="news-body">${paragraphs(TEXT)}</div>${album((n) => `https://news.example/2026/05/1${n}/story-${n}`)}`))
    expect(pictures).toEqual([])
  })
})

describe('the site’s account as the declared author', () => {
  it('is no byline when it is the name in the page’s address (a WordPress account named for the paper)', () => {
    const head = '<meta property="og:type" content="article"><meta name="author" content="Sangam Multan">'
    const { doc } = extract(page(`<div class="news-body">${paragraphs(TEXT)}</div>`, head), 'https://www.sangam-multan.example/2026/05/21/84213/')
    expect(doc.byline).toBeUndefined()
  })
})

// Batch am (session 45): an international organisation's release and a French-built site's Arabic section.
describe('a release\'s press contacts under the text', () => {
  const contacts =
    '<hr><p><strong>للمزيد من المعلومات، يرجى الاتصال بـ:</strong></p>' +
    '<p>ليلى منصور<br>مسؤولة الاتصال<br>المكتب القطري في السودان<br>البريد الإلكتروني: <a href="mailto:l@who.example">l@who.example</a><br>الهاتف المحمول: +249 91 000 0000</p>'

  it('go, the label and each contact\'s lines', () => {
    expect(extract(page(`<div class="news-body">${paragraphs(TEXT)}${contacts}</div>`)).texts).toEqual(TEXT)
  })

  it('but a label followed by prose is the text\'s', () => {
    const prose = 'وقالت الهيئة إن الراغبين في التطوع يمكنهم التسجيل في أي مكتبة من مكتبات الأحياء، على أن تبدأ الدورات التدريبية للمتطوعين مطلع الشهر المقبل في مقر الهيئة.'
    const { texts } = extract(page(`<div class="news-body">${paragraphs(TEXT)}<p>للمزيد من المعلومات:</p><p>${prose}</p></div>`))
    expect(texts.slice(-1)).toEqual([prose])
  })
})

describe('a release dated only by its dateline', () => {
  const UNDATED = 'https://news.example/release.php?id=12'
  const release = (dateline: string) =>
    page(`<div class="news-body">${paragraphs([`${dateline} – ${TEXT[0]}`, ...TEXT.slice(1)])}</div>`, '')

  it('takes the dateline\'s date when the page gives none', () => {
    expect(extract(release('القاهرة، 12 آذار/مارس 2026'), UNDATED).doc.published).toBe('2026-03-12')
  })

  it('takes none from a dateline without a year', () => {
    expect(extract(release('القاهرة، الثلاثاء'), UNDATED).doc.published).toBeUndefined()
  })
})

describe('a French CMS\'s caption', () => {
  it('under the picture (div.legende) is the picture\'s caption, not a paragraph', () => {
    const picture = '<div class="photo"><img src="https://news.example/photo/art/default/1.jpg" alt=""></div><div class="legende">مترشحون أمام أحد مراكز الامتحان. © الوحدة</div>'
    const { doc, texts } = extract(page(`<div class="article">${picture}<div class="texte">${paragraphs(TEXT)}</div></div>`))
    expect(texts).toEqual(TEXT)
    expect(doc.blocks.filter((b) => b.kind === 'caption').map((b) => doc.text.slice(b.start, b.end))).toEqual(['مترشحون أمام أحد مراكز الامتحان. © الوحدة'])
  })
})

describe('an Arabic section on a French-built site', () => {
  // The chrome's <p>s are French (a cookie notice, a newsletter line, the footer); the Arabic text is lines split by <br>.
  const chrome = [
    'En poursuivant votre navigation sur ce site, vous acceptez l\'utilisation de cookies pour vous proposer des contenus et services adaptés.',
    'Recevez chaque jour l\'essentiel de l\'actualité dans votre boîte mail, gratuitement et sans engagement de votre part.',
    'Tous droits réservés. Siège : Avenue Charles de Gaulle. Reproduction interdite sans autorisation préalable de la rédaction.',
  ]
  const html = (body: string) => `<html lang="fr"><head><title>${HEADLINE}</title><meta property="og:type" content="article"></head><body>` +
    `<p>${chrome[0]}</p><div class="article"><h1>${HEADLINE}</h1><div class="texte">${body}</div></div><p>${chrome[1]}</p><p>${chrome[2]}</p></body></html>`

  it('is an Arabic article to the detector', () => {
    const verdict = detectArticle(parseHtml(html(TEXT.join('<br><br>')), URL), URL)
    expect(verdict).toMatchObject({ isArticle: true, lang: 'ar' })
  })

  it('but a French page whose menu names the Arabic edition is not', () => {
    const french = 'Le gouvernement a annoncé mardi un nouveau calendrier pour les examens du baccalauréat, qui débuteront le six juillet dans toutes les provinces du pays.'
    const page = html([french, french, french].join('<br><br>')).replace('<div class="article">', '<div class="menu"><a href="/ar">العربية</a></div><div class="article">').replace(`<h1>${HEADLINE}</h1>`, '<h1>Les examens du baccalauréat débutent le 6 juillet</h1>').replace(`<title>${HEADLINE}</title>`, '<title>Examens</title>')
    expect(detectArticle(parseHtml(page, URL), URL).isArticle).toBe(false)
  })
})

// Batch an (session 45): the ICRC's, the World Bank's, Radio-Canada International's and UNHCR's Arabic pages.
describe('an organisation\'s release', () => {
  const card = (value: string, label: string) => `<div class="key-figures__item"><div class="key-figures__value">${value}</div><div class="key-figures__label">${label}</div></div>`

  it('reads each card of a key-figures strip as one line, its value and its label', () => {
    const strip = `<div class="key-figures"><div class="key-figures__list">${card('320,000', 'شخص باتوا يحصلون على مياه الشرب بانتظام')}${card('14', 'كيلومترا من خطوط المياه أصلحت')}</div></div>`
    const { texts } = extract(withInside(strip))
    expect(texts).toEqual([...TEXT.slice(0, 2), '320,000 شخص باتوا يحصلون على مياه الشرب بانتظام', '14 كيلومترا من خطوط المياه أصلحت', ...TEXT.slice(2)])
  })

  it('takes no writer from the kind of piece beside its date, a writer beside it is one', () => {
    const meta = (who: string) => page(`<div class="news-body"><p>${who} | 09-06-2026</p>${paragraphs(TEXT)}</div>`)
    expect(extract(meta('بيان صحفي')).doc.byline).toBeUndefined()
    expect(extract(meta('ليلى منصور')).doc.byline).toBe('ليلى منصور')
  })

  it('takes no writer from an organisation declared the author in another script, one in Arabic script stays', () => {
    const declared = (name: string) =>
      page(`<div class="news-body">${paragraphs(TEXT)}</div>`, `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${HEADLINE}","author":{"@type":"Organization","name":"${name}"}}</script>`)
    expect(extract(declared('International Committee of the Red Cross')).doc.byline).toBeUndefined()
    expect(extract(declared('فرانس24')).doc.byline).toBe('فرانس24')
  })
})

describe('a broadcaster\'s story', () => {
  it('drops an audio clip\'s player between the paragraphs, named for tests', () => {
    const player = '<div data-testid="audio-segment" class="sc-u8cfw2-0"><button aria-label="تشغيل المقطع الصوتي"></button><p data-testid="audio-title">طبيب التخدير يروي تجربته مع معادلة الشهادة</p><p><span>كندا بالعربي</span> • <span>6 دقائق 42 ثانية</span></p></div>'
    expect(extract(withInside(player)).texts).toEqual(TEXT)
  })

  it('drops its closing credit to the outlets it drew on', () => {
    expect(extract(page(`<div class="news-body">${paragraphs([...TEXT, 'مع معلومات من الصحافة الكندية وسي بي سي'])}</div>`)).texts).toEqual(TEXT)
  })
})

