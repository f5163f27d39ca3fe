/**
 * `qari extract --json` (src/cli/commands/extract.ts). It lives here, beside the extraction tests, because
 * the extraction owner owns the command; it reads real files from the fixtures.
 */
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { extractCommand } from '../../../src/cli/commands/extract.ts'
import type { CliIo } from '../../../src/cli/io.ts'
import { FIXTURES_DIR, loadFixture } from './load-fixture.ts'

function io() {
  const out: string[] = []
  const err: string[] = []
  const cli: CliIo = { readStdin: async () => '', readFile: async () => '', out: (t) => void out.push(t), err: (t) => void err.push(t) }
  return { cli, out, err }
}

describe('qari extract --json', () => {
  it('prints one JSON object with the article', async () => {
    const { truth } = loadFixture('clutter-lines-arabic')
    const { cli, out } = io()
    const code = await extractCommand(['--json', '--url', truth.url!, join(FIXTURES_DIR, 'clutter-lines-arabic', 'source.html')], cli)
    expect(code).toBe(0)
    const json = JSON.parse(out.join(''))
    expect(json).toMatchObject({ isArticle: true, lang: 'ar', dir: 'rtl', title: truth.title, byline: truth.byline })
    expect(json.published.slice(0, 10)).toBe(truth.published!.slice(0, 10))
    expect(json.blocks.filter((b: { kind: string }) => b.kind === 'paragraph').map((b: { text: string }) => b.text)).toEqual(truth.body)
    expect(json.blocks.find((b: { kind: string }) => b.kind === 'image').src).toMatch(/^https:\/\//u)
  })

  it('says isArticle:false with a reason and exits 0 for a listing', async () => {
    const { cli, out } = io()
    const code = await extractCommand(['--json', '--url', 'https://news.example/search?q=x', join(FIXTURES_DIR, 'search-results', 'source.html')], cli)
    expect(code).toBe(0)
    const json = JSON.parse(out.join(''))
    expect(json.isArticle).toBe(false)
    expect(json.reason).toBeTruthy()
  })

  it('fails with a message on a missing file or no file', async () => {
    const missing = io()
    expect(await extractCommand(['--json', '/nonexistent/page.html'], missing.cli)).toBe(1)
    expect(missing.err.join('')).toMatch(/cannot read/u)
    const none = io()
    expect(await extractCommand(['--json'], none.cli)).toBe(2)
  })
})
