import { describe, expect, it } from 'vitest'
import { tokenize, tokenizeText } from '../../../src/engine/components/tokenize.ts'
import { joinBlocks } from '../../../src/engine/doc.ts'

const surfaces = (text: string) => tokenizeText(text).map((t) => text.slice(t.start, t.end))

describe('tokenizeText', () => {
  it.each([
    ['قال الرئيس، إن 1400 شخص قتلوا.', ['قال', 'الرئيس', 'إن', '1400', 'شخص', 'قتلوا']],
    ['نما بنسبة 2.5% و1,400 دولار', ['نما', 'بنسبة', '2.5', 'و1,400', 'دولار']],
    ['بلغ ٣٫٥ مليون و١٬٤٠٠', ['بلغ', '٣٫٥', 'مليون', 'و١٬٤٠٠']],
    ['في 27/10/2023 الساعة 16:40', ['في', '27', '10', '2023', 'الساعة', '16', '40']],
    ['مُحَمَّد جـــميل', ['مُحَمَّد', 'جـــميل']],
    ['فرانس24/ رويترز', ['فرانس24', 'رويترز']],
    ['نهاية الجملة. 5 بداية', ['نهاية', 'الجملة', '5', 'بداية']],
    ['“مؤسفة”.', ['مؤسفة']],
    ['Reuters, AFP.', ['Reuters', 'AFP']],
    ['می‌خواهم', ['می‌خواهم']],
  ])('%s', (text, expected) => {
    expect(surfaces(text)).toEqual(expected)
  })

  it('normalises and splits clitics beside the surface', () => {
    const [token] = tokenizeText('وبالقاهرة')
    expect(token).toEqual({ start: 0, end: 9, norm: 'وبالقاهره', stem: 'قاهره', clitics: { pre: ['و', 'ب', 'ال'], post: [] } })
    const [digits] = tokenizeText('١٤٠٠')
    expect(digits.norm).toBe('1400')
  })

  it('offsets land on the surface', () => {
    const text = 'أكثر من ١٤٠٠ قتيل، وَفْق “السلطات”.'
    for (const t of tokenizeText(text)) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start)
    expect(tokenizeText(text).map((t) => t.norm)).toEqual(['اكثر', 'من', '1400', 'قتيل', 'وفق', 'السلطات'])
  })

  it('is a component that assigns tokens', () => {
    const doc = { url: '', lang: 'ar', dir: 'rtl' as const, title: '', ...joinBlocks([{ kind: 'paragraph', text: 'مرحبا بكم' }]) }
    expect(tokenize.run(doc).tokens).toHaveLength(2)
  })
})
