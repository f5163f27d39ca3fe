/**
 * Every page fixture in test/fixtures/pages/<slug>/ against its hand-written truth.json: the body blocks
 * in order, no boilerplate, headline, date to the day, byline, credit, lang/dir, images, and the verdict of
 * both extractArticle and detectArticle.
 */
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { detectArticle } from '../../../src/engine/components/detect-article.ts'
import { checkExtractResult } from '../../../src/extension/extract-result-schema.ts'
import { listFixtures, loadFixture } from './load-fixture.ts'

const BODY_KINDS = new Set(['heading', 'paragraph', 'quote', 'list-item', 'table-row'])

/** A check only for fixtures whose truth states the field: one that does not is not a skipped test. */
function itWhere(stated: boolean): (name: string, check: () => void) => void {
  return stated ? (name, check) => it(name, check) : () => undefined
}

describe.each(listFixtures())('%s', (slug) => {
  const fixture = loadFixture(slug)
  const { truth } = fixture
  const result = extractArticle(fixture.document(), { url: fixture.url })
  const doc = result.isArticle ? result.doc : undefined

  it(`is ${truth.isArticle ? '' : 'not '}an article`, () => {
    expect(result.isArticle).toBe(truth.isArticle)
    if (!result.isArticle) expect(result.reason).toBeTruthy()
  })

  it(`detect-article says ${truth.isArticle && ['ar', 'fa', 'ur'].includes(truth.lang ?? '') ? 'an Arabic-script article' : 'no'}`, () => {
    const verdict = detectArticle(fixture.document(), fixture.url)
    expect(verdict.isArticle).toBe(truth.isArticle && ['ar', 'fa', 'ur'].includes(truth.lang ?? ''))
  })

  it('passes the extension\'s check of extractor results', () => {
    expect(() => checkExtractResult(result)).not.toThrow()
  })

  it('reads the language and direction', () => {
    const lang = doc?.lang ?? (result.isArticle ? undefined : result.lang)
    const dir = doc?.dir ?? (result.isArticle ? undefined : result.dir)
    expect(lang).toBe(truth.lang)
    expect(dir).toBe(['ar', 'fa', 'ur'].includes(truth.lang ?? '') ? 'rtl' : 'ltr')
  })

  if (!truth.isArticle) return

  itWhere(Array.isArray(truth.body))('keeps exactly the body blocks, in order', () => {
    // A truth writes a table row as its cells joined by spaces; the doc separates them with tabs.
    const body = doc!.blocks.filter((b) => BODY_KINDS.has(b.kind)).map((b) => doc!.text.slice(b.start, b.end).replaceAll('\t', ' '))
    expect(body).toEqual(truth.body)
  })

  it('leaks no boilerplate', () => {
    const leaks = (truth.mustNotContain ?? []).filter((s) => doc!.text.includes(s))
    expect(leaks).toEqual([])
  })

  itWhere(truth.title !== undefined)('shows the visible headline', () => {
    expect(doc!.title).toBe(truth.title)
  })

  itWhere(truth.published !== undefined)('reads the published date to the day', () => {
    expect(doc!.published?.slice(0, 10)).toBe(truth.published ? truth.published.slice(0, 10) : undefined)
  })

  itWhere(truth.byline !== undefined)('reads the byline', () => {
    expect(doc!.byline).toBe(truth.byline ?? undefined)
  })

  if (truth.credit !== undefined) {
    it('reads the credit line', () => {
      expect(doc!.credit).toBe(truth.credit ?? undefined)
    })
  }

  itWhere(Array.isArray(truth.images))('keeps the article images (in the body or as the lead image), http(s) only', () => {
    const images = doc!.blocks.filter((b) => b.kind === 'image').map((b) => b.src!)
    const shown = new Set([...images, ...(doc!.leadImage ? [doc!.leadImage.src] : [])])
    for (const src of truth.images!) expect(shown).toContain(src)
    for (const src of images) expect(truth.images).toContain(src)
  })

  it('has offsets that land on the text', () => {
    for (const block of doc!.blocks) {
      if (block.kind === 'image') expect(block.start).toBe(block.end)
      else expect(doc!.text.slice(block.start, block.end)).toBe(doc!.text.slice(block.start, block.end).trim())
    }
  })
})
