// The built `qari` CLI as a user runs it (dist/cli/qari.mjs; `npm test` builds before the unit tests).
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CLI = 'dist/cli/qari.mjs'
const SEED = 'test/fixtures/pages/seed-wordpress'
const SEED_URL = 'https://akhbar-alyawm.example/2023/10/27/kremlin-hamas-delegation/'
const truth = JSON.parse(readFileSync(join(SEED, 'truth.json'), 'utf8')) as { title: string; body: string[] }

function qari(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 120_000 })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

// Each case starts a Node process; on a loaded 2-core machine that can take seconds.
describe.skipIf(!existsSync(CLI))('qari (built CLI)', { timeout: 150_000 }, () => {
  it('extract gives the seed title and every body paragraph, in order', () => {
    const { code, out } = qari(['extract', '--json', '--url', SEED_URL, join(SEED, 'source.html')])
    expect(code).toBe(0)
    const result = JSON.parse(out) as { isArticle: boolean; title: string; dir: string; blocks: { kind: string; text: string }[] }
    expect(result).toMatchObject({ isArticle: true, title: truth.title, dir: 'rtl' })
    expect(result.blocks.filter((b) => b.kind !== 'image').map((b) => b.text)).toEqual(truth.body)
  })

  it('analyze gives every layer, with spans on the exact surface text', () => {
    const { code, out } = qari(['analyze', '--json', '--url', SEED_URL, join(SEED, 'source.html')])
    expect(code).toBe(0)
    const doc = JSON.parse(out)
    expect(doc.summary.length).toBeGreaterThanOrEqual(3)
    expect(doc.entities.length).toBeGreaterThan(10)
    for (const figure of doc.figures) expect(doc.text.slice(figure.start, figure.end)).toBe(figure.text)
    for (const entity of doc.entities) for (const m of entity.mentions) expect(doc.text.slice(m.start, m.end).length).toBe(m.end - m.start)
  })

  it('read prints a reader view with the summary, names and figures', () => {
    const { code, out } = qari(['read', join(SEED, 'source.html')])
    expect(code).toBe(0)
    expect(out).toContain(truth.title)
    expect(out).toContain('الخلاصة')
    expect(out).toMatch(/أشخاص: .*دميتري بيسكوف/u)
    expect(out).toMatch(/سبعة آلاف = .*7,000/u)
  })

  it('figures reads JSON lines and answers one line per input, in order', () => {
    const { code, out } = qari(['figures', '--jsonl'], '{"text": "قتل 1400 شخص"}\n{"text": "لا أرقام هنا"}\n')
    expect(code).toBe(0)
    const lines = out.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines).toHaveLength(2)
    expect(lines[0].figures[0]).toMatchObject({ text: '1400', value: 1400 })
    expect(lines[1].figures).toEqual([])
  })

  it('says there is no article for an empty file, and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qari-'))
    writeFileSync(join(dir, 'empty.html'), '')
    const { code, out } = qari(['extract', '--json', join(dir, 'empty.html')])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toMatchObject({ isArticle: false })
  })

  it('fails clearly on a missing file or an unknown command', () => {
    const missing = qari(['extract', '--json', 'no/such/file.html'])
    expect(missing.code).not.toBe(0)
    expect(missing.err).toMatch(/no\/such\/file\.html/u)
    const unknown = qari(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('usage')
  })
})
