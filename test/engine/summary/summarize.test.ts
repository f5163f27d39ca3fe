import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { joinBlocks, type ArticleDoc, type BlockKind, type DocWith, type Figure } from '../../../src/engine/doc.ts'
import { runPipeline, type AnyComponent } from '../../../src/engine/pipeline.ts'
import { splitSentences } from '../../../src/engine/components/split-sentences.ts'
import { tokenize } from '../../../src/engine/components/tokenize.ts'
import { createSummarize, summarize, summaryLength } from '../../../src/engine/components/summarize.ts'
import { isSummaryCandidate, listRows } from '../../../src/engine/summary/is-summary-candidate.ts'

function docOf(pieces: { kind: BlockKind; text: string }[], title = ''): ArticleDoc {
  return { url: 'https://example.com/a', lang: 'ar', dir: 'rtl', title, ...joinBlocks(pieces) }
}

const paragraphs = (...texts: string[]) => texts.map((text) => ({ kind: 'paragraph' as const, text }))

function run(doc: ArticleDoc, component: AnyComponent = summarize): DocWith<'summary' | 'sentences'> {
  return runPipeline(doc, [splitSentences, tokenize, component]) as DocWith<'summary' | 'sentences'>
}

const texts = (doc: DocWith<'summary'>) => doc.summary.map((s) => doc.text.slice(s.start, s.end))

/** Ten distinct news sentences about one story, each long enough to be a candidate. */
const STORY = [
  'وصل وفد من حركة حماس إلى موسكو الخميس لإجراء مباحثات مع وزارة الخارجية الروسية.',
  'وقالت الوزارة إن المباحثات تناولت الإفراج عن الرهائن الأجانب المحتجزين في قطاع غزة.',
  'وانتقدت إسرائيل دعوة الوفد ووصفتها بأنها مؤسفة وطالبت الكرملين بطرده.',
  'وقال المتحدث باسم الكرملين إن الوفد لم يلتق الرئيس الروسي خلال الزيارة.',
  'وتربط روسيا علاقات مع جميع الأطراف الرئيسية في الشرق الأوسط منذ سنوات طويلة.',
  'وأكدت الخارجية الروسية ضرورة وقف إطلاق النار وإيصال المساعدات الإنسانية إلى السكان.',
  'وكان الهجوم قد أسفر عن مقتل أكثر من ألف شخص بحسب السلطات الإسرائيلية.',
  'ويقول مسؤولون في غزة إن آلاف الفلسطينيين لقوا حتفهم في القصف المتواصل.',
  'وبحث نائب وزير الخارجية الإيراني مع نظيره الروسي التصعيد في المنطقة.',
  'ودعت موسكو وطهران إلى مواصلة التنسيق من أجل استقرار الوضع في المنطقة.',
]

describe('summarize', () => {
  it('shows a list line without its dash', () => {
    const doc = run(docOf(paragraphs(...STORY.map((sentence) => `- ${sentence}`))))
    expect(texts(doc).length).toBeGreaterThan(0)
    for (const text of texts(doc)) expect(STORY).toContain(text)
  })

  it('shows the dateline sentence without its dateline, also in the paragraph under a deck line', () => {
    const deck = 'الجفاف يدخل عامه الخامس... وخطة لتوفير المياه المحلاة بحلول 2030'
    const doc = { ...docOf(paragraphs(deck, `سرايا - ${STORY[0]}`, ...STORY.slice(1))), siteName: 'وكالة سرايا الإخبارية' }
    const summary = texts(run(doc))
    expect(summary).toContain(STORY[0])
    for (const text of summary) expect(text).not.toMatch(/^سرايا/u)
  })

  it('leaves a later paragraph opening whole: a dateline stands in the first two', () => {
    const doc = { ...docOf(paragraphs(...STORY.slice(0, 2), `سرايا - ${STORY[2]}`, ...STORY.slice(3))), siteName: 'سرايا' }
    const all = run(doc, createSummarize({ sentences: 5 }))
    const opening = all.sentences.find((s) => all.text.slice(s.start, s.end).startsWith('سرايا'))!
    const shown = all.summary.find((span) => span.end === opening.end)
    expect(shown).toBeDefined()
    expect(shown!.start).toBe(opening.start)
  })

  it('in a language without names, reads a place before a colon at the first paragraph only', () => {
    const urdu = [
      'لاہور: صوبائی دارالحکومت سمیت پنجاب کے بیشتر شہر بدستور شدید اسموگ کی لپیٹ میں ہیں۔',
      'کراچی: صوبائی حکومت نے اسموگ اور فضائی آلودگی کے باعث شہر کے اسکولوں کے اوقات کار میں تبدیلی اور شہریوں کو احتیاط کی ہدایت کا اعلان کیا ہے۔',
      'حکام کے مطابق شہر میں فضائی آلودگی کی سطح خطرناک حد تک بڑھ گئی ہے اور شہریوں کو احتیاط کی ہدایت کی گئی ہے۔',
      'محکمہ صحت نے ہسپتالوں میں سانس کے مریضوں کے لیے خصوصی انتظامات کرنے کا حکم دیا ہے۔',
      'صوبائی حکومت نے اسکولوں کے اوقات کار میں تبدیلی کا اعلان بھی کیا ہے تاکہ بچوں کو آلودگی سے بچایا جا سکے۔',
      'ماہرین کا کہنا ہے کہ فصلوں کی باقیات جلانے سے اسموگ میں اضافہ ہوتا ہے اور اس پر پابندی ضروری ہے۔',
    ]
    const doc = run({ ...docOf(paragraphs(...urdu)), lang: 'ur' }, createSummarize({ sentences: 3 }))
    const shown = texts(doc)
    expect(shown[0]).toBe(urdu[0].slice('لاہور: '.length))
    expect(shown).toContain(urdu[1])
  })

  it('in Urdu, shows the first paragraph without a dateline its source in brackets closes ("لاہور (92 نیوز)")', () => {
    const urdu = [
      'لاہور (92 نیوز) صوبائی دارالحکومت میں سموگ کی شدت میں کمی نہ آ سکی اور شہر کا ایئر کوالٹی انڈیکس خطرناک حد تک بلند رہا۔',
      'محکمہ ماحولیات کے مطابق شہر کے کئی علاقوں میں فضائی آلودگی کی سطح معمول سے چار گنا زیادہ ریکارڈ کی گئی۔',
      'صوبائی حکومت نے اسکولوں کے اوقات کار میں تبدیلی اور شہریوں کو ماسک پہننے کی ہدایت کا اعلان کیا ہے۔',
      'محکمہ صحت نے ہسپتالوں میں سانس کے مریضوں کے لیے خصوصی انتظامات کرنے کا حکم دیا ہے۔',
      'ماہرین کا کہنا ہے کہ فصلوں کی باقیات جلانے سے اسموگ میں اضافہ ہوتا ہے اور اس پر پابندی ضروری ہے۔',
      'شہریوں نے حکومت سے مطالبہ کیا ہے کہ آلودگی پھیلانے والی فیکٹریوں کے خلاف فوری کارروائی کی جائے۔',
    ]
    const doc = run({ ...docOf(paragraphs(...urdu)), lang: 'ur' }, createSummarize({ sentences: 3 }))
    expect(texts(doc)[0]).toBe(urdu[0].slice('لاہور (92 نیوز) '.length))
  })

  it('shows a Persian paper\'s opening sentence without its credit ("به گزارش ایسنا،")', () => {
    const persian = [
      'به گزارش ایسنا، وزیر علوم امروز از افزایش سقف وام شهریه دانشجویان دوره‌های شبانه خبر داد.',
      'بر این اساس سقف وام شهریه دانشجویان دوره‌های شبانه کارشناسی از ۱۵ میلیون تومان به ۲۱ میلیون تومان افزایش یافت.',
      'دانشجویان متقاضی می‌توانند تا پایان آذرماه درخواست خود را در سامانه صندوق رفاه ثبت کنند.',
      'صندوق رفاه دانشجویان پیش‌تر اعلام کرده بود که منابع این وام‌ها از محل اعتبارات سال جاری تامین می‌شود.',
      'وزیر علوم همچنین گفت که وام ازدواج دانشجویان نیز در سال آینده افزایش خواهد یافت.',
      'این تصمیم در جلسه هیئت امنای صندوق رفاه دانشجویان در هفته گذشته تصویب شده است.',
    ]
    const doc = run({ ...docOf(paragraphs(...persian)), lang: 'fa' }, createSummarize({ sentences: 3 }))
    expect(texts(doc)[0]).toBe(persian[0].slice('به گزارش ایسنا، '.length))
  })

  it('chooses three sentences by default, as spans of doc.sentences in article order', () => {
    const doc = run(docOf(paragraphs(...STORY)))
    expect(doc.summary).toHaveLength(3)
    const sentenceKeys = new Set(doc.sentences.map((s) => `${s.start}:${s.end}`))
    for (const span of doc.summary) expect(sentenceKeys.has(`${span.start}:${span.end}`)).toBe(true)
    const starts = doc.summary.map((s) => s.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('never cuts a sentence: every chosen text is a whole sentence of the article', () => {
    const doc = run(docOf(paragraphs(STORY.join(' '))))
    for (const text of texts(doc)) {
      expect(STORY).toContain(text)
    }
  })

  it.each([3, 4, 5])('gives %i sentences when asked', (n) => {
    expect(run(docOf(paragraphs(...STORY)), createSummarize({ sentences: n })).summary).toHaveLength(n)
  })

  it.each([
    [undefined, 100, 3],
    [1, 100, 3],
    [9, 100, 5],
    [5, 4, 2],
    [3, 1, 1],
    [3, 0, 0],
  ])('summaryLength(%s, %i candidates) = %i', (requested, candidates, expected) => {
    expect(summaryLength(requested, candidates)).toBe(expected)
  })

  it('keeps the lead sentence of a news story', () => {
    expect(texts(run(docOf(paragraphs(...STORY))))[0]).toBe(STORY[0])
  })

  it('gives fewer sentences for a short article, and nothing for an empty one', () => {
    expect(run(docOf(paragraphs(STORY[0], STORY[1]))).summary).toHaveLength(1)
    expect(run(docOf([])).summary).toEqual([])
  })

  it('never takes a line of a deck set as a paragraph (headline lines joined by ellipses, no full stop)', () => {
    const deck = 'الجفاف يدخل عامه الخامس في المغرب... وخطة لتوفير 1.3 مليار متر مكعب من المياه المحلاة بحلول 2030'
    const doc = run(docOf(paragraphs(deck, ...STORY)), createSummarize({ sentences: 5 }))
    for (const span of doc.summary) expect(span.start).toBeGreaterThanOrEqual(deck.length)
  })

  describe('listRows: a table written as a list', () => {
    const TIMETABLE = [
      '- القطار رقم 2030 المكيف (القاهرة - أسوان) يقوم الساعة 7:15 صباحا.',
      '- القطار رقم 1902 المميز (القاهرة - الأقصر) يقوم الساعة 9:40 صباحا.',
      '- القطار رقم 2017 المكيف (الإسكندرية - أسوان) يقوم الساعة 1:30 ظهرا.',
    ]

    it('never puts a row of a timetable in the summary, written as a list or as dash-led paragraphs', () => {
      const asParagraphs = run(docOf(paragraphs(STORY[0], ...TIMETABLE, ...STORY.slice(1))), createSummarize({ sentences: 5 }))
      const asList = run(
        docOf([...paragraphs(STORY[0]), ...TIMETABLE.map((text) => ({ kind: 'list-item' as const, text: text.slice(2) })), ...paragraphs(...STORY.slice(1))]),
        createSummarize({ sentences: 5 }),
      )
      for (const doc of [asParagraphs, asList]) for (const text of texts(doc)) expect(text).not.toContain('القطار رقم')
    })

    it('reads the rows of three or more list lines that open alike, not key points or a timeline', () => {
      const rowsOf = (pieces: { kind: BlockKind; text: string }[]) => {
        const doc = docOf(pieces)
        return [...listRows(doc.text, doc.blocks)].map((b) => doc.text.slice(b.start, b.end))
      }
      expect(rowsOf(paragraphs(STORY[0], ...TIMETABLE))).toEqual(TIMETABLE)
      expect(rowsOf(paragraphs(...TIMETABLE.slice(0, 2), STORY[0]))).toEqual([])
      const keyPoints = ['ارتفاع حصيلة ضحايا الفيضان إلى 23 قتيلا.', 'الأمم المتحدة تحذر من انتشار الكوليرا.', 'السلطات تفتح مراكز إيواء جديدة.']
      expect(rowsOf(keyPoints.map((text) => ({ kind: 'list-item' as const, text })))).toEqual([])
      const timeline = ['16 جولائی، شام 5 بجے: عارضی پل تیار ہو گیا ہے۔', '16 جولائی، دوپہر 1 بجے: ہلاکتوں کی تعداد 14 ہو گئی۔', '16 جولائی، صبح 9 بجے: سیاحوں کو نکال لیا گیا۔']
      expect(rowsOf(timeline.map((text) => ({ kind: 'list-item' as const, text })))).toEqual([])
    })
  })

  it.each([
    ['a paragraph that ends on a full stop', 'وقال المتحدث باسم الكرملين إن الوفد... لم يلتق الرئيس الروسي خلال الزيارة إلى موسكو.', true],
    ['a long unpunctuated paragraph', `${STORY[0].slice(0, -1)}... ${STORY[1].slice(0, -1)} ${STORY[2].slice(0, -1)}`, true],
    ['a deck', 'الجفاف يدخل عامه الخامس في المغرب... وخطة لتوفير 1.3 مليار متر مكعب من المياه المحلاة بحلول 2030', false],
    ['a deck joined by two dots', 'زرعت ربع أرضي فقط.. القناة مغلقة والمازوت يأكل الموسم الزراعي كله', false],
  ])('the last sentence of %s is a candidate: %s', (_, paragraph, candidate) => {
    const block = { kind: 'paragraph' as const, start: 0, end: paragraph.length }
    const start = Math.max(paragraph.lastIndexOf('... '), paragraph.lastIndexOf('.. ')) + 3
    const sentence = { start: paragraph[start] === ' ' ? start + 1 : start, end: paragraph.length }
    const words = paragraph.slice(sentence.start).split(' ').length
    expect(isSummaryCandidate(paragraph, sentence, words, block)).toBe(candidate)
  })

  it('never takes a heading block or a short fragment', () => {
    const doc = run(
      docOf([
        { kind: 'heading', text: 'وفد حماس في موسكو لإجراء مباحثات مع الخارجية الروسية حول الرهائن' },
        ...paragraphs(STORY[0], 'فرانس24/ رويترز', STORY[1], STORY[2], STORY[3], STORY[4]),
      ]),
    )
    for (const text of texts(doc)) {
      expect(text).not.toContain('فرانس24')
      expect(text).not.toMatch(/^وفد حماس في موسكو لإجراء/u)
    }
  })

  it('treats a short unpunctuated paragraph as a subheading', () => {
    const subheading = 'رفع حدة التوتر في المنطقة أمر سيء جدا'
    const doc = run(docOf(paragraphs(STORY[0], subheading, STORY[1], STORY[2], STORY[3], STORY[4], STORY[5])))
    expect(texts(doc)).not.toContain(subheading)
  })

  it('does not repeat a sentence the article repeats', () => {
    const doc = run(docOf(paragraphs(STORY[0], STORY[1], STORY[2], STORY[3], STORY[0].replace('الخميس', 'يوم الخميس'), STORY[4], STORY[5])))
    const chosen = texts(doc)
    expect(chosen.filter((t) => t.includes('وصل وفد من حركة حماس'))).toHaveLength(1)
  })

  it('prefers, among later sentences, one that carries figures from the figures layer', () => {
    const base = docOf(paragraphs(...STORY))
    const withLayers = runPipeline(base, [splitSentences, tokenize])
    const target = withLayers.text.indexOf('أكثر من ألف شخص')
    const figures: Figure[] = [{ start: target + 7, end: target + 15, text: 'ألف شخص', kind: 'count', value: 1000, unit: 'person' }]
    const plain = run(base, createSummarize({ sentences: 3 }))
    const boosted = runPipeline({ ...withLayers, figures }, [createSummarize({ sentences: 3, weights: { figures: 1 } })]) as DocWith<'summary'>
    expect(texts(plain)).not.toContain(STORY[6])
    expect(texts(boosted)).toContain(STORY[6])
  })

  it('works without entities or figures and does not change the text or other layers', () => {
    const before = runPipeline(docOf(paragraphs(...STORY)), [splitSentences, tokenize])
    const after = summarize.run(before as DocWith<'sentences' | 'tokens'>)
    expect(after.text).toBe(before.text)
    expect(after.sentences).toBe(before.sentences)
    expect(before.summary).toBeUndefined()
  })

  it('summarises a 5 MB article in bounded time', () => {
    const paragraph = STORY.join(' ')
    const pieces: string[] = []
    let size = 0
    for (let i = 0; size < 5_000_000; i++) {
      const text = `${paragraph} الفقرة ${i}.`
      pieces.push(text)
      size += text.length + 2
    }
    const analysed = runPipeline(docOf(paragraphs(...pieces)), [splitSentences, tokenize]) as DocWith<'sentences' | 'tokens'>
    const started = performance.now()
    const doc = summarize.run(analysed)
    const elapsed = performance.now() - started
    expect(doc.summary).toHaveLength(3)
    // A guard against quadratic work (minutes at this size), not a benchmark: about 1 s on an idle
    // machine, several when the test runner shares the cores.
    expect(elapsed).toBeLessThan(20_000)
  }, 120_000)
})

describe('summarize on the seed page', () => {
  const truth = JSON.parse(readFileSync(resolve(process.cwd(), 'test/fixtures/pages/seed-wordpress/truth.json'), 'utf8')) as {
    title: string
    body: string[]
  }
  const doc = run(docOf(paragraphs(...truth.body), truth.title))
  const summary = texts(doc).join(' ')

  it('names the delegation', () => expect(summary).toContain('وفد'))
  it('names Moscow', () => expect(summary).toContain('موسكو'))
  it('gives a figure of the war', () => expect(summary).toMatch(/1400|سبعة آلاف|220/u))
})

describe('summarize with the learned model', () => {
  it('gives whole sentences in article order, as many as asked', async () => {
    const { LEARNED_SUMMARY_MODEL } = await import('../../../src/engine/components/summarize.ts')
    for (const n of [3, 4, 5]) {
      const doc = run(docOf(paragraphs(...STORY)), createSummarize({ sentences: n, model: LEARNED_SUMMARY_MODEL }))
      expect(doc.summary).toHaveLength(n)
      for (const text of texts(doc)) expect(STORY).toContain(text)
      const starts = doc.summary.map((s) => s.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
    expect(run(docOf(paragraphs(STORY[0], STORY[1])), createSummarize({ model: LEARNED_SUMMARY_MODEL })).summary).toHaveLength(1)
    expect(run(docOf([]), createSummarize({ model: LEARNED_SUMMARY_MODEL })).summary).toEqual([])
  })
})
