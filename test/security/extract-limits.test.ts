/**
 * A page must not be able to deny the reader by making the extractor return a result the worker's
 * schema refuses (src/extension/extract-result-schema.ts bounds every field): the reader would then show
 * an error instead of the article. Found by the fuzz run (test/fuzz): an overlong <title>, lang attribute
 * alt text or image URL was passed through as is (capped in extract-article.ts since 2dcd30f and 432f817).
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/cli/parse-html.ts'
import { extractArticle } from '../../src/engine/components/extract-article.ts'
import { checkExtractResult } from '../../src/extension/extract-result-schema.ts'
import { PARAGRAPHS } from '../fixtures/hostile/article-text.ts'

function page({ title = 'عنوان الخبر', lang = 'ar', byline = '', image = '' } = {}): string {
  return `<!doctype html><html lang="${lang}" dir="rtl"><head><meta charset="utf-8"><title>${title}</title>${byline ? `<meta name="author" content="${byline}">` : ''}</head>
<body><article><h1>${title}</h1>${image}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`
}

const extract = (html: string) => extractArticle(parseHtml(html, 'https://www.aljazeera.net/news/1'), { url: 'https://www.aljazeera.net/news/1' })

describe('the extractor keeps within the worker schema', () => {
  it('an ordinary page passes the schema (the check is not vacuous)', () => {
    const result = extract(page())
    expect(result.isArticle).toBe(true)
    expect(() => checkExtractResult(result)).not.toThrow()
  })

  it('a 3,000-character title is shortened, not refused', () => {
    expect(() => checkExtractResult(extract(page({ title: 'ع'.repeat(3000) })))).not.toThrow()
  })

  it('a 41-character lang attribute on a page without an article', () => {
    const html = `<!doctype html><html lang="${'x'.repeat(41)}"><body><p>short</p></body></html>`
    const result = extract(html)
    expect(result.isArticle).toBe(false)
    expect(() => checkExtractResult(result)).not.toThrow()
  })

  it('a 3,000-character image alt', () => {
    const html = page({ image: `<figure><img src="https://a.example/x.jpg" alt="${'ص'.repeat(3000)}"></figure>` })
    expect(() => checkExtractResult(extract(html))).not.toThrow()
  })

  // An image URL over 4,096 characters made the worker refuse the whole article (dropped since 432f817).
  it('a 5,000-character image URL', () => {
    const html = page({ image: `<figure><img src="https://a.example/${'x'.repeat(5000)}.jpg" alt="x"></figure>` })
    expect(() => checkExtractResult(extract(html))).not.toThrow()
  })

  it('a 3,000-character byline passes the schema', () => {
    expect(() => checkExtractResult(extract(page({ byline: 'ب'.repeat(3000) })))).not.toThrow()
  })
})
