/**
 * Furniture told by its structure rather than its words, so that it goes in any language (data/extract-pages batch ad,
 * session 38: pages in Central Kurdish, Pashto, Sindhi and Uyghur, whose labels no phrase list knew): a colon label left
 * with nothing to label, a label over a list of the site's other pages, a <title> joined with underscores, BBC's byline
 * list. And the commonest labels of those languages' sites as phrases. Each case fails without its rule. The texts are
 * written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { trimTitle } from '../../../src/engine/extract/find-headline.ts'
import { HEADLINE, TEXT } from './library-article.ts'

const URL = 'https://news.example/2026/05/12/libraries'
const paragraphs = TEXT.map((t) => `<p>${t}</p>`).join('')

function extract(html: string, url = URL) {
  const result = extractArticle(parseHtml(html, url), { url })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return { doc, texts: doc.blocks.filter((b) => b.kind !== 'image' && b.kind !== 'caption').map((b) => doc.text.slice(b.start, b.end)) }
}

const page = (body: string, title = HEADLINE) =>
  `<html lang="ar" dir="rtl"><head><title>${title}</title><meta property="og:type" content="article"></head><body><main><h1>${HEADLINE}</h1>${body}</main></body></html>`

describe('a colon label left with nothing to label', () => {
  it('goes when what it labelled had no text (share icons)', () => {
    const share = '<div class="bdsharebuttonbox"><span class="bds_label">ھەمبەھىرلەش:</span><a href="#" class="bds_weixin"></a><a href="#" class="bds_tsina"></a></div>'
    expect(extract(page(`<div class="story">${paragraphs}${share}</div>`)).texts).toEqual(TEXT)
  })

  it('goes when what it labelled was removed (font-size links run by script)', () => {
    const zoom = '<div class="zh">خەت: <a href="javascript:doZoom(20)">چوڭ</a> <a href="javascript:doZoom(16)">ئوتتۇرا</a></div>'
    expect(extract(page(`<div class="story">${zoom}${paragraphs}</div>`)).texts).toEqual(TEXT)
  })

  it('stays when it introduces a quotation, and a sentence ending in a colon inside a paragraph stays whole', () => {
    const said = 'وأضاف المدير:'
    const quote = 'نريد أن تبقى المكتبة مفتوحة للجميع في كل الأوقات.'
    const colonEnd = 'وأضافت أن البرنامج سيشمل <span>ثلاثة أنشطة، هي:</span>'
    const html = page(`<div class="story">${paragraphs}<p><strong>${said}</strong></p><blockquote>${quote}</blockquote><p>${colonEnd}</p><ul><li>القراءة</li><li>الكتابة</li><li>السينما</li></ul></div>`)
    expect(extract(html).texts).toEqual([...TEXT, said, quote, 'وأضافت أن البرنامج سيشمل ثلاثة أنشطة، هي:', 'القراءة', 'الكتابة', 'السينما'])
  })
})

describe('a label over a list of the site’s other pages', () => {
  const items = ['تراجع أسعار الخضار في سوق الجمعة', 'افتتاح حديقة جديدة في حي النهضة', 'إغلاق شارع الكورنيش للصيانة']
  const list = (host: string) => `<ul>${items.map((item, i) => `<li>· <a href="https://${host}/2026/05/1${i}/story-${i}">${item}</a> <span class="date">(2026-05-1${i})</span></li>`).join('')}</ul>`

  it('goes with the list, whatever its words (Sindhi "the city’s other news")', () => {
    const box = `<div class="citynews"><div style="font-size:20px">شهر جون ٻيون خبرون</div>${list('news.example')}</div>`
    const { texts } = extract(page(`<div class="story">${TEXT.slice(0, 2).map((t) => `<p>${t}</p>`).join('')}${box}${TEXT.slice(2).map((t) => `<p>${t}</p>`).join('')}</div>`))
    expect(texts).toEqual(TEXT)
  })

  it('stays when the links go to other sites (sources)', () => {
    const box = `<div><div>مصادر التقرير</div>${list('other.example')}</div>`
    expect(extract(page(`<div class="story">${paragraphs}${box}</div>`)).texts).toContain('مصادر التقرير')
  })
})

describe('a <title> joined with underscores, as Chinese publishing systems write it', () => {
  it('loses the site’s name after the underscore', () => {
    expect(trimTitle('ئاقسۇدا باھارلىق تېرىلغۇ تېز ئىلگىرىلىمەكتە_تەڭرىتاغ تورى')).toBe('ئاقسۇدا باھارلىق تېرىلغۇ تېز ئىلگىرىلىمەكتە')
    expect(trimTitle('ئاقسۇدا باھارلىق تېرىلغۇ تېز ئىلگىرىلىمەكتە_شىنجاڭ خەۋەرلىرى_تەڭرىتاغ تورى')).toBe('ئاقسۇدا باھارلىق تېرىلغۇ تېز ئىلگىرىلىمەكتە')
  })
})

describe('BBC’s byline list (div[data-testid=byline])', () => {
  it('gives the byline, and its name, role, place and date are no text of the article', () => {
    const byline =
      '<div data-testid="byline"><ul role="list"><li><span class="visually-hidden">لیکوال, </span><span>حمیده ځدراڼ</span></li>' +
      '<li><span class="visually-hidden">دنده, </span><span>ـ بي بي سي پښتو</span></li><li><span>هرات</span></li><li><time datetime="2026-05-14">۱۴ مۍ ۲۰۲۶</time></li></ul></div>'
    const { doc, texts } = extract(page(`${byline}<div class="story">${paragraphs}</div>`))
    expect(doc.byline).toBe('حمیده ځدراڼ')
    expect(texts).toEqual(TEXT)
  })
})

describe('labels of Central Kurdish, Pashto, Sindhi and Uyghur sites', () => {
  it.each([
    ['a Pashto related-stories box', '<div><div>اړوندې کیسې</div><a href="https://news.example/a">د کابل ښار نوې بسونه</a> <a href="https://news.example/c">د هرات سړک</a></div>'],
    ['a Kurdish related-news box', '<div><div>هەواڵی پەیوەندیدار</div><a href="https://news.example/b">مووچەی فەرمانبەران</a></div>'],
    ['a Sindhi comment box’s call', '<div><div>پنهنجي راءِ ڏيو</div><div class="fb-comments"></div></div>'],
    ['a Turkish ad label', '<div class="td-a-rec">- Reklam -</div>'],
    ['a Uyghur responsible editor', '<div class="zrbj">مەسئۇل مۇھەررىر: پەرىدە ئوسمان</div>'],
    ['a Uyghur source line with the writer and the date', '<div class="ly">مەنبە: شىنجاڭ گېزىتى&nbsp;&nbsp;ئاپتور: ئابلىمىت تۇرسۇن&nbsp;&nbsp;2026-يىلى 5-ئاينىڭ 12-كۈنى</div>'],
  ])('%s goes', (_, furniture) => {
    const html = page(`<div class="story"><p>${TEXT[0]}</p><p>${TEXT[1]}</p>${furniture}<p>${TEXT[2]}</p><p>${TEXT[3]}</p></div>`)
    expect(extract(html).texts).toEqual(TEXT)
  })
})
