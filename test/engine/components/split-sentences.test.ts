import { describe, expect, it } from 'vitest'
import { splitSentences, splitSentencesText } from '../../../src/engine/components/split-sentences.ts'
import { joinBlocks } from '../../../src/engine/doc.ts'

const CASES: [string, string[]][] = [
  ['قال الرئيس. وأضاف الوزير.', ['قال الرئيس.', 'وأضاف الوزير.']],
  ['هل انتهت الحرب؟ لا! ليس بعد.', ['هل انتهت الحرب؟', 'لا!', 'ليس بعد.']],
  ['ووصفتها بأنها “مؤسفة”. كما تعهدت', ['ووصفتها بأنها “مؤسفة”.', 'كما تعهدت']],
  ['من القطاع الفلسطيني“. وأضاف', ['من القطاع الفلسطيني“.', 'وأضاف']],
  ['قال: «انتهى الأمر.» ثم غادر', ['قال: «انتهى الأمر.»', 'ثم غادر']],
  ['نما الاقتصاد 2.5 في المئة. وتراجع', ['نما الاقتصاد 2.5 في المئة.', 'وتراجع']],
  ['نقلت أ.ف.ب عن مصدر. وقال', ['نقلت أ.ف.ب عن مصدر.', 'وقال']],
  ['قال د. محمد إن الوضع سيء.', ['قال د. محمد إن الوضع سيء.']],
  ['وكالة أ. ف. ب تقول', ['وكالة أ. ف. ب تقول']],
  ['كان ينتظر… ثم رحل', ['كان ينتظر…', 'ثم رحل']],
  ['فقرة أولى بلا نقطة\n\nفقرة ثانية.', ['فقرة أولى بلا نقطة', 'فقرة ثانية.']],
  ['سطر\nسطر آخر', ['سطر', 'سطر آخر']],
  ['  مسافات قبل.  وبعد  ', ['مسافات قبل.', 'وبعد']],
  ['وقع ذلك عام 2023. ثم', ['وقع ذلك عام 2023.', 'ثم']],
  ['انتهى الاجتماع الماضي.وقال المتحدث', ['انتهى الاجتماع الماضي.', 'وقال المتحدث']],
  ['موقع aljazeera.net ونسبة 3.5 وكالة أ.ف.ب.', ['موقع aljazeera.net ونسبة 3.5 وكالة أ.ف.ب.']],
  ['في مركز جون إف. كينيدي للفنون.', ['في مركز جون إف. كينيدي للفنون.']],
  ['قال جورج دبليو. بوش إن الحرب مستمرة. وأضاف', ['قال جورج دبليو. بوش إن الحرب مستمرة.', 'وأضاف']],
  ['ذكرت ذلك بي بي سي. وقال المتحدث', ['ذكرت ذلك بي بي سي.', 'وقال المتحدث']],
  ['', []],
]

describe.each([true, false])('splitSentencesText (Intl.Segmenter: %s)', (useSegmenter) => {
  it.each(CASES)('%j', (text, expected) => {
    const spans = splitSentencesText(text, { useSegmenter })
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected)
  })
})

describe('splitSentences', () => {
  it('never crosses a block boundary', () => {
    const { text, blocks } = joinBlocks([
      { kind: 'heading', text: 'عنوان بلا نقطة' },
      { kind: 'paragraph', text: 'جملة أولى. جملة ثانية' },
    ])
    const doc = splitSentences.run({ url: '', lang: 'ar', dir: 'rtl', title: '', text, blocks })
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['عنوان بلا نقطة', 'جملة أولى.', 'جملة ثانية'])
  })
})

describe('a paragraph longer than the segmenter is given at once', () => {
  // V8's sentence segmenter slows down more than linearly past ~50,000 characters, so a long line goes to
  // it in windows; the cuts must not add, lose or move a sentence, with stops or without.
  const cases = CASES.filter(([text]) => text !== '' && !text.includes('\n')).map(([text]) => text)
  it.each([
    ['sentences with stops', cases.join(' ')],
    ['a sentence with no stop at all', 'كلمة بلا نهاية '.repeat(40)],
  ])('%s, repeated to 60,000 characters, split as the rules split it', (_, unit) => {
    const text = `${unit} `.repeat(Math.ceil(60_000 / (unit.length + 1))).trim()
    const withSegmenter = splitSentencesText(text).map((s) => text.slice(s.start, s.end))
    expect(withSegmenter).toEqual(splitSentencesText(text, { useSegmenter: false }).map((s) => text.slice(s.start, s.end)))
  })
})
