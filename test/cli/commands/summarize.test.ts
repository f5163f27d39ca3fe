import { describe, expect, it } from 'vitest'
import { summarizeCommand } from '../../../src/cli/commands/summarize.ts'
import { fakeIo } from '../fake-io.ts'

const ARTICLE = [
  'قالت روسيا الجمعة إن الوفد وصل إلى موسكو لإجراء مباحثات مع المسؤولين.',
  'وأضاف المتحدث أن المباحثات تناولت وقف إطلاق النار في غزة وتبادل الأسرى.',
  'وقتل أكثر من 1400 شخص في الهجوم بحسب السلطات الإسرائيلية.',
  'وقال مسؤولون إن أكثر من سبعة آلاف فلسطيني لقوا حتفهم في القصف.',
  'وفي سياق آخر، أعلنت الحكومة عن خطة جديدة للنقل العام في المدينة.',
  'وأكدت الوزارة أن الخطة ستنفذ على مراحل خلال العامين المقبلين.',
].join('\n')

describe('qari summarize', () => {
  it('prints {"sentences": [...]} with --json', async () => {
    const { io, out } = fakeIo({ 'a.txt': ARTICLE })
    expect(await summarizeCommand(['--json', 'a.txt'], io)).toBe(0)
    const result = JSON.parse(out.join('')) as { sentences: string[] }
    expect(result.sentences).toHaveLength(3)
    for (const sentence of result.sentences) expect(ARTICLE).toContain(sentence)
  })

  it('takes --sentences', async () => {
    const { io, out } = fakeIo({ 'a.txt': ARTICLE })
    expect(await summarizeCommand(['--json', '--sentences', '4', 'a.txt'], io)).toBe(0)
    expect((JSON.parse(out.join('')) as { sentences: string[] }).sentences.length).toBeLessThanOrEqual(4)
  })

  it.each([[[]], [['--json', '--sentences', '9', 'a.txt']], [['--bogus', 'a.txt']]])('rejects bad arguments %j', async (args) => {
    const { io, err } = fakeIo({ 'a.txt': ARTICLE })
    expect(await summarizeCommand(args, io)).toBe(2)
    expect(err.join('')).toContain('usage')
  })

  it('fails on a missing file', async () => {
    const { io, err } = fakeIo({})
    expect(await summarizeCommand(['--json', 'missing.txt'], io)).toBe(1)
    expect(err.join('')).toContain('missing.txt')
  })

  it('prints an empty list for an empty file', async () => {
    const { io, out } = fakeIo({ 'e.txt': '' })
    expect(await summarizeCommand(['--json', 'e.txt'], io)).toBe(0)
    expect(JSON.parse(out.join(''))).toEqual({ sentences: [] })
  })
})
