import { describe, expect, it } from 'vitest'
import { plainTextDoc, plainTextParagraphs } from '../../../src/engine/summary/plain-text-doc.ts'

const LONG_A = 'تعهدت مؤسسات مستثمرة أمريكية وبريطانية تدير أصولا تتجاوز قيمتها 3 تريليونات'
const LONG_B = 'دولار باستثمار مليار دولار في شركات الطاقة النظيفة في محاولة للحد من المخاطر.'

describe('plainTextParagraphs', () => {
  it('joins hard-wrapped lines into one paragraph', () => {
    expect(plainTextParagraphs(`${LONG_A}\n${LONG_B}`)).toEqual([`${LONG_A} ${LONG_B}`])
  })

  it('keeps a line that ends a sentence as its own paragraph', () => {
    expect(plainTextParagraphs('قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.\nوأضاف أن الوفد سيصل غدا.')).toHaveLength(2)
  })

  it('keeps a short unpunctuated line (a heading) apart', () => {
    expect(plainTextParagraphs(`عنوان فرعي\n${LONG_B}`)).toEqual(['عنوان فرعي', LONG_B])
  })

  it('splits at blank lines, drops the BOM and collapses spaces', () => {
    expect(plainTextParagraphs('\uFEFFأولا   هنا\r\n\r\n  ثانيا  ')).toEqual(['أولا هنا', 'ثانيا'])
  })
})

describe('plainTextDoc', () => {
  it('builds paragraph blocks whose offsets point into the text', () => {
    const doc = plainTextDoc('فقرة أولى.\n\nفقرة ثانية.')
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end))).toEqual(['فقرة أولى.', 'فقرة ثانية.'])
    expect(doc.dir).toBe('rtl')
  })
})
