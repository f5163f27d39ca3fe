/**
 * Live coverage pages (data/extract-pages batch w, session 34): a headline, key points, then timestamped updates, each
 * with its own time, badge, writer and share bar. Each case fails without its rule.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { normalizePhrase } from '../../../src/engine/extract/clutter-rules.ts'
import { isTimeStampLine } from '../../../src/engine/extract/time-stamp-lines.ts'

const URL = 'https://news.example/live/2026/11/24/quake'
const POSTS = [
  ['الأمم المتحدة تعرض المساعدة', 'قال المتحدث باسم الأمين العام للأمم المتحدة إن المنظمة الدولية مستعدة لتقديم كل أشكال الدعم للسلطات في إيران والعراق، وإن فريقا لتقييم الأضرار جاهز للانتشار خلال يوم واحد.'],
  ['ارتفاع عدد الضحايا في كرمانشاه', 'أعلن الهلال الأحمر الإيراني ارتفاع عدد قتلى الزلزال في محافظة كرمانشاه إلى 61 شخصا وإصابة 927 آخرين، فيما تواصل فرق الإنقاذ البحث تحت الأنقاض في القرى الجبلية.'],
  ['تعطيل المدارس في محافظتين', 'أعلنت وزارة التربية الإيرانية تعطيل المدارس في محافظتي كرمانشاه وإيلام اليوم وغدا، وتحويل عدد من المباني المدرسية إلى مراكز لإيواء المتضررين من الزلزال.'],
]
const HEADLINE = 'زلزال بقوة 6.6 درجات يضرب غرب إيران ويشعر به سكان بغداد وأربيل'

function extract(html: string) {
  const result = extractArticle(parseHtml(html, URL), { url: URL })
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`)
  const doc = result.doc
  return { doc, texts: doc.blocks.filter((b) => b.kind !== 'image' && b.kind !== 'caption').map((b) => doc.text.slice(b.start, b.end)) }
}

/** A second paragraph for each update: a live page's updates run to a few hundred words, and pass the detector's prose run. */
const MORE = 'وأضاف أن فرق الإغاثة تعمل في ظروف صعبة بسبب انقطاع الطرق وانخفاض درجات الحرارة، وأن المستشفيات الميدانية استقبلت مئات المصابين منذ ساعات الفجر الأولى، فيما دعت السلطات السكان إلى الابتعاد عن المباني المتصدعة وعدم العودة إلى منازلهم قبل فحصها من قبل المهندسين المختصين في الدفاع المدني.'
const post = ([title, text]: string[], i: number, extra = '') =>
  `<li><article data-testid="live-post"><div><time datetime="2026-11-24T15:${50 - i}:00Z">قبل ${8 + i * 10} دقائق</time></div>${extra}<h3><span>${title}</span></h3><p>${text}</p><p>${MORE}</p></article></li>`
const page = (head: string, between = '', extra: (i: number) => string = () => '') =>
  `<html lang="ar" dir="rtl"><head>${head}</head><body><main><h1>${HEADLINE}</h1>${between}<div class="stream"><h2>التحديثات المباشرة</h2><ol>${POSTS.map((p, i) => post(p, i, extra(i))).join('')}</ol></div></main></body></html>`

describe('live pages', () => {
  it('reads a line that is only a clock time or an age as a stamp', () => {
    for (const line of ['03:40 م', '07:12 PM', 'قبل 8 دقائق', 'منذ ساعتين', '۱۸ دقیقه پیش', 'یک ساعت پیش', '5 منٹ پہلے', '2 hours ago']) {
      expect(isTimeStampLine(normalizePhrase(line)), line).toBe(true)
    }
    expect(isTimeStampLine(normalizePhrase('قبل ساعة من الاجتماع'))).toBe(false)
  })

  it('shows the updates without their times and the stream’s heading', () => {
    const lead = 'ضرب زلزال بقوة 6.6 درجات غرب إيران فجر اليوم، وتتابع هذه الصفحة آخر التطورات لحظة بلحظة.'
    const { texts } = extract(page('', `<p>${lead}</p>`))
    expect(texts).toEqual([lead, ...POSTS.flatMap((p) => [...p, MORE])])
  })

  it('takes a live label and a post’s time and badge out of the headings', () => {
    const label = '<span data-testid="live-label"><span aria-hidden="true">مباشر</span><span>تغطية مباشرة، </span></span>'
    const html = page('').replace(`<h1>${HEADLINE}</h1>`, `<h1>${label}<span>${HEADLINE}</span></h1>`)
      .replace(`<h3><span>${POSTS[1][0]}</span></h3>`, `<h3><span><time>قبل ساعة</time><span>عاجل</span><span>, </span></span><span>${POSTS[1][0]}</span></h3>`)
    const { doc, texts } = extract(html)
    expect(doc.title).toBe(HEADLINE)
    expect(texts).toContain(POSTS[1][0])
  })

  it('reads writers who sign each update as the updates’, not as the page’s byline', () => {
    const writers = ['علي حسيني', 'رنا جبور', 'مصطفى كاظم']
    const { doc, texts } = extract(page('', '', (i) => `<div data-testid="contributors"><p><span>${writers[i]}</span><span>بي بي سي نيوز عربي</span></p></div>`))
    expect(doc.byline).toBeUndefined()
    expect(texts.join(' ')).not.toContain('بي بي سي نيوز عربي')
  })

  it('reads a labelled list of writers as the byline', () => {
    const { doc } = extract(page('', '<p data-testid="live-contributors">نویسندگان: نگار صادقی، بهروز محمدیان و سارا کریمی</p>'))
    expect(doc.byline).toBe('نگار صادقی، بهروز محمدیان و سارا کریمی')
  })

  it('puts the description printed under the headline and the key points outside the stream first', () => {
    const description = 'ضرب زلزال بقوة 6.6 درجات غرب إيران فجر اليوم، وتتابع هذه الصفحة آخر التطورات لحظة بلحظة.'
    const points = ['ارتفاع عدد قتلى الزلزال في محافظة كرمانشاه إلى 61 شخصا وإصابة 927 آخرين', 'مركز الزلزال قرب بلدة سربل ذهاب على عمق 10 كيلومترات، وتبعته أكثر من 120 هزة ارتدادية']
    const header = `<div class="header"><p class="x1">${description}</p></div><section class="summary-box"><h2>ملخص</h2><ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul></section>`
    const { texts } = extract(page(`<meta property="og:description" content="${description}">`, header))
    expect(texts.slice(0, 3)).toEqual([description, ...points])
  })

  it('drops a pager’s counter, and keeps a numbered heading opening the second page', () => {
    const html = `<html lang="ar" dir="rtl"><head></head><body><article><h1>${HEADLINE}</h1><p>الصفحة 2 من 3</p><h2>6. جبل عكمة.. مكتبة مفتوحة</h2>${POSTS.map(([, text]) => `<p>${text}</p><p>${MORE}</p>`).join('')}</article></body></html>`
    const { texts } = extract(html)
    expect(texts[0]).toBe('6. جبل عكمة.. مكتبة مفتوحة')
    expect(texts).not.toContain('الصفحة 2 من 3')
  })
})
