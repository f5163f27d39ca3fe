import { describe, expect, it } from 'vitest'
import { figuresCommand } from '../../../src/cli/commands/figures.ts'
import type { CliIo } from '../../../src/cli/io.ts'

function fakeIo(stdin: string) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    readStdin: async () => stdin,
    readFile: async () => '',
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  }
  return { io, out, err }
}

describe('qari figures --jsonl', () => {
  it('answers one line per input line, in order', async () => {
    const { io, out } = fakeIo('{"text": "قتل 1400 شخص"}\n{"text": "لا أرقام هنا"}\n{"text": "في 27/10/2023"}\n')
    expect(await figuresCommand(['--jsonl'], io)).toBe(0)
    const lines = out.join('\n').split('\n').map((l) => JSON.parse(l) as { figures: { text: string; value?: number; date?: object }[] })
    expect(lines).toHaveLength(3)
    expect(lines[0].figures[0]).toMatchObject({ start: 4, end: 8, text: '1400', kind: 'count', value: 1400, unit: 'person' })
    expect(lines[1].figures).toEqual([])
    expect(lines[2].figures[0]).toMatchObject({ kind: 'date', date: { year: 2023, month: 10, day: 27 } })
  })

  it('rejects a line that is not {"text": …}', async () => {
    const { io, err } = fakeIo('{"body": "x"}\n')
    expect(await figuresCommand(['--jsonl'], io)).toBe(1)
    expect(err.join('')).toMatch(/line 1/u)
  })

  it('needs --jsonl', async () => {
    const { io } = fakeIo('')
    expect(await figuresCommand([], io)).toBe(2)
  })
})
