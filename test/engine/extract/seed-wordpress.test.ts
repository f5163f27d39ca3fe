import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { detectArticle } from '../../../src/engine/components/detect-article.ts'

import { loadFixture } from './load-fixture.ts'

const { html, truth } = loadFixture('seed-wordpress')

describe('seed-wordpress', () => {
  const result = extractArticle(parseHtml(html, truth.url), { url: truth.url })
  const doc = result.isArticle ? result.doc : undefined

  it('is an article', () => {
    expect(result.isArticle).toBe(true)
  })
  it('keeps the first and last body paragraphs', () => {
    expect(doc?.text).toContain(truth.body![1])
    expect(doc?.text).toContain(truth.body![truth.body!.length - 2])
  })
  it('reads right to left in Arabic', () => {
    expect(doc?.lang).toBe('ar')
    expect(doc?.dir).toBe('rtl')
  })
  it('joins blocks with blank lines and offsets that match', () => {
    for (const block of doc?.blocks ?? []) {
      if (block.kind === 'image') expect(block.src).toMatch(/^https?:\/\//u)
      else expect(doc!.text.slice(block.start, block.end).trim().length).toBeGreaterThan(0)
    }
  })
  it('does not touch the page', () => {
    const page = parseHtml(html, truth.url)
    const before = page.body.textContent
    extractArticle(page, { url: truth.url })
    expect(page.body.textContent).toBe(before)
  })
  it('is detected as an article', () => {
    expect(detectArticle(parseHtml(html, truth.url), truth.url).isArticle).toBe(true)
  })
})
