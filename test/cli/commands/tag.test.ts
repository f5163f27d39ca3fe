import { describe, expect, it } from 'vitest'
import { tagCommand } from '../../../src/cli/commands/tag.ts'
import { fakeIo } from '../fake-io.ts'

const CONLL = ['وقال O', 'الرئيس O', 'الروسي O', 'فلاديمير B-PERS', 'بوتين I-PERS', 'في O', 'موسكو B-LOC', '. O', '', 'وصل O', 'إلى O', 'بالقاهرة B-LOC', ''].join('\n')

describe('qari tag', () => {
  it('prints token<TAB>tag per token and keeps the blank lines', async () => {
    const { io, out } = fakeIo({ 'in.conll': CONLL })
    expect(await tagCommand(['in.conll'], io)).toBe(0)
    const lines = out.join('\n').split('\n')
    expect(lines).toHaveLength(12)
    expect(lines[8]).toBe('')
    expect(lines.filter(Boolean).map((line) => line.split('\t')[0])).toEqual(
      CONLL.split('\n').filter(Boolean).map((line) => line.split(' ')[0]),
    )
    for (const line of lines.filter(Boolean)) expect(line.split('\t')[1]).toMatch(/^(O|[BI]-(PERS|LOC|ORG|MISC))$/u)
  })

  it('finds the names of a plain news sentence', async () => {
    const { io, out } = fakeIo({ 'in.conll': CONLL })
    await tagCommand(['in.conll'], io)
    const tags = out.join('\n').split('\n').map((line) => line.split('\t')[1])
    expect(tags.slice(3, 5)).toEqual(['B-PERS', 'I-PERS'])
    expect(tags[6]).toBe('B-LOC')
  })

  it('fails with a message when the file cannot be read', async () => {
    const { io, err } = fakeIo({})
    expect(await tagCommand(['missing.conll'], io)).toBe(1)
    expect(err.join('')).toContain('missing.conll')
  })
})
