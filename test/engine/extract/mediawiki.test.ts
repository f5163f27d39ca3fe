/**
 * Pages of MediaWiki (Wikipedia, Wikinews; data/extract-pages batch w, session 34), and other pages read at another
 * service's address. The pages themselves are held to their truths by site-pages.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { detectArticle } from '../../../src/engine/components/detect-article.ts'

const URL = 'https://ar.wikipedia.example/wiki/سد'
const LEAD = 'سد إيمي نتيزي سدٌّ ركامي ذو وجه خرساني يقع على وادي أسيف نايت حمد في إقليم أزيلال بجهة بني ملال خنيفرة وسط المغرب، وقد دُشّن سنة 2014 لتأمين مياه الري والشرب لسهول المنطقة.'
const SECTION = 'انطلقت أشغال الإنشاء في مارس 2009 بعد طلب عروض دولي فاز به تجمّع شركات مغربية وصينية، بكلفة إجمالية قُدّرت بنحو 1.35 مليار درهم، وواجهت الأشغال تأخرًا دام نحو عشرة أشهر بعد اكتشاف تجاويف كارستية في الكتف الأيسر للسد.'
const MORE = 'يتكون جسم السد من ركام صخري مدكوك يبلغ حجمه نحو 3.1 ملايين متر مكعب، تغطيه من جهة البحيرة بلاطة من الخرسانة المسلحة، ويضم مفيضًا جانبيًا في الكتف الأيمن ومحطة كهرومائية صغيرة بقدرة 12 ميغاواط.'

const ref = (n: number) => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`
const heading = (text: string) => `<div class="mw-heading mw-heading2"><h2 id="${text}">${text}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="?action=edit">عدل</a><span class="mw-editsection-bracket">]</span></span></div>`
const infobox = '<table class="infobox"><tbody><tr><th class="infobox-above">سد إيمي نتيزي</th></tr><tr><td><img src="https://upload.wikimedia.example/dam.jpg" alt=""></td></tr><tr><th class="infobox-label">الارتفاع</th><td class="infobox-data">86 م</td></tr></tbody></table>'
const wiki = (content: string) => `<html lang="ar" dir="rtl"><head><meta name="generator" content="MediaWiki 1.44.0-wmf.1"><title>سد إيمي نتيزي - ويكيبيديا</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"سد إيمي نتيزي","author":{"@type":"Organization","name":"المساهمون في مشاريع ويكيميديا"},"datePublished":"2016-11-03T18:22:41Z"}</script></head>
<body><main><h1 id="firstHeading"><span class="mw-page-title-main">سد إيمي نتيزي</span></h1><div id="siteSub" class="noprint">من ويكيبيديا، الموسوعة الحرة</div>
<div id="mw-content-text"><div class="mw-parser-output">${content}</div></div></main></body></html>`
const ARTICLE = `<div role="note" class="hatnote navigation-not-searchable">لمعانٍ أخرى، انظر سد (توضيح).</div>${infobox}
<p>${LEAD.replace('المغرب،', `المغرب،${ref(1)}`)}</p>${heading('الإنشاء')}<p>${SECTION}${ref(2)}</p><p>${MORE}</p>
${heading('المراجع')}<div class="reflist"><ol class="references"><li id="cite_note-1">«تدشين سد إيمي نتيزي». وزارة التجهيز. مؤرشف من الأصل.</li></ol></div>
${heading('وصلات خارجية')}<ul><li><a href="https://example.org">الموقع الرسمي لوكالة الحوض المائي</a></li></ul>
<div class="navbox"><a href="/wiki/x">سدود المغرب</a></div>`

function extract(html: string, url = URL) {
  const result = extractArticle(parseHtml(html, url), { url })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return { doc, texts: doc.blocks.filter((b) => b.kind !== 'image' && b.kind !== 'caption').map((b) => doc.text.slice(b.start, b.end)) }
}

describe('MediaWiki pages', () => {
  it('shows the text without footnote markers, edit links, hatnote, infobox and back matter', () => {
    const { texts } = extract(wiki(ARTICLE))
    expect(texts).toEqual([LEAD, 'الإنشاء', SECTION, MORE])
  })

  it('keeps the infobox’s picture as the article’s', () => {
    const { doc } = extract(wiki(ARTICLE))
    expect(doc.blocks.filter((b) => b.kind === 'image').map((b) => b.src)).toContain('https://upload.wikimedia.example/dam.jpg')
  })

  it('takes neither the page’s creation for its date nor the wiki’s contributors for its writer', () => {
    const { doc } = extract(wiki(ARTICLE))
    expect(doc.published).toBeUndefined()
    expect(doc.byline).toBeUndefined()
  })

  it('reads a disambiguation page as no article, in the extractor and the detector', () => {
    const items = ['الحمراء، ولاية في محافظة الداخلية بسلطنة عُمان تشتهر بحاراتها الطينية القديمة وبأفلاجها.', 'قصر الحمراء، مجمّع قصور وحصون أندلسي في غرناطة جنوب إسبانيا، شُيّد في عهد بني نصر.']
    const page = wiki(`<p>الحمراء قد تشير إلى:</p><ul>${items.map((i) => `<li>${i} ${MORE}</li>`).join('')}</ul><div id="disambigbox" class="metadata plainlinks dmbox dmbox-disambig">هذه صفحة توضيح</div>`)
    const result = extractArticle(parseHtml(page, URL), { url: URL })
    expect(result.isArticle).toBe(false)
    expect(detectArticle(parseHtml(page, URL), URL).isArticle).toBe(false)
  })
})

describe('pages read at another service', () => {
  it('reads the public preview of a Telegram channel as no article', () => {
    const url = 'https://t.me/s/marsad_alakhbar'
    const posts = [LEAD, SECTION, MORE].map((text, i) => `<div class="tgme_widget_message_wrap"><div class="tgme_widget_message_text">${text}</div><a class="tgme_widget_message_date" href="https://t.me/marsad_alakhbar/${100 + i}"><time>10:0${i}</time></a></div>`).join('')
    const page = `<html lang="ar" dir="rtl"><head><title>مرصد الأخبار – Telegram</title></head><body><main>${posts}</main></body></html>`
    expect(extractArticle(parseHtml(page, url), { url }).isArticle).toBe(false)
    expect(detectArticle(parseHtml(page, url), url).isArticle).toBe(false)
  })
})
