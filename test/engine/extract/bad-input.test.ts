/**
 * Hostile and broken input: extraction and detection answer (isArticle:false with a reason when there is
 * no article), never throw, and finish in bounded time on empty, malformed, deeply nested and 5 MB pages.
 * Time limits are generous (the CI machine is shared); they catch the quadratic blow-ups that take minutes
 * (Readability alone needs ~40 s on a 1,000-level page).
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../src/cli/parse-html.ts'
import { extractArticle } from '../../../src/engine/components/extract-article.ts'
import { detectArticle } from '../../../src/engine/components/detect-article.ts'
import { checkExtractResult } from '../../../src/extension/extract-result-schema.ts'
import { prepareClone } from '../../../src/engine/extract/prepare-clone.ts'

const URL = 'https://news.example/2024/05/01/story'
const PARAGRAPH =
  'قالت وزارة الصحة إن عدد الإصابات تراجع خلال الأسبوع الماضي بشكل ملحوظ مقارنة بالأسابيع السابقة، داعية المواطنين إلى مواصلة الالتزام بالإجراءات الوقائية. '

function run(html: string) {
  const start = performance.now()
  const result = extractArticle(parseHtml(html, URL), { url: URL })
  const verdict = detectArticle(parseHtml(html, URL), URL)
  return { result, verdict, ms: performance.now() - start }
}

describe('bad input', () => {
  it.each([
    ['an empty file', ''],
    ['whitespace only', '   \n\t  '],
    ['a bare text node', 'نص بلا وسوم'],
    ['an empty body', '<html><head><title>عنوان</title></head><body></body></html>'],
    ['only scripts', '<html><body><script>document.write("x")</script><style>p{}</style></body></html>'],
    ['a frameset', '<html><frameset><frame src="a.html"></frameset></html>'],
  ])('%s → isArticle:false with a reason', (_, html) => {
    const { result, verdict } = run(html)
    expect(result.isArticle).toBe(false)
    if (!result.isArticle) expect(result.reason.length).toBeGreaterThan(0)
    expect(verdict.isArticle).toBe(false)
  })

  it('malformed HTML (unclosed tags, stray closers, a page inside a link) still yields the text', () => {
    const html = `<html><body><a href="/"><div><p>${PARAGRAPH}<b>غير <i>مغلق</p><p>${PARAGRAPH}</div></span><table><tr><td><p>${PARAGRAPH}</html></body>`
    const { result } = run(html)
    expect(result.isArticle).toBe(true)
    if (result.isArticle) expect(result.doc.text).toContain('قالت وزارة الصحة')
  })

  it('a hostile page (huge headline, huge alt, odd lang) still yields a result the extension accepts', () => {
    const huge = 'عنوان '.repeat(2000)
    const html = `<html lang="${'x'.repeat(50)}"><head><title>${huge}</title><meta property="og:title" content="${huge}"></head><body><article><p>${PARAGRAPH}</p><img src="https://a.example/i.jpg" alt="${'و'.repeat(5000)}"><p>${PARAGRAPH}</p></article></body></html>`
    const { result } = run(html)
    expect(() => checkExtractResult(result)).not.toThrow()
  })

  it('never throws on a document whose methods throw', () => {
    const doc = parseHtml(`<html><body><p>${PARAGRAPH}</p></body></html>`, URL)
    Object.defineProperty(doc, 'cloneNode', {
      value: () => {
        throw new Error('boom')
      },
    })
    const result = extractArticle(doc, { url: URL })
    expect(result.isArticle).toBe(false)
    if (!result.isArticle) expect(result.reason).toMatch(/boom/u)
  })

  it.each([1_000, 5_000])('%i nesting levels finish in bounded time', (depth) => {
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH.repeat(4)}</p>${'</div>'.repeat(depth)}</body></html>`
    const { result, ms } = run(html)
    expect(result.isArticle).toBe(true)
    expect(ms).toBeLessThan(20_000)
  }, 60_000)

  it('a head that never closes, nesting 1,000 levels, counts toward the depth guard (Readability walks the head too)', () => {
    // A fuzzed page repeated "<html><head><met…" a thousand times: linkedom nests it all inside <head>, and
    // Readability spent 2 s there while the body looked empty and shallow.
    const html = `<!DOCTYPE html>${'<html lang="fa-IR">\n<head>\n<metYPE html>\n'.repeat(1_000)}`
    const shape = prepareClone(parseHtml(html, URL), { baseUrl: URL })
    expect(shape.maxDepth).toBeGreaterThan(100)
    const { result, ms } = run(html)
    expect(result.isArticle).toBe(false)
    expect(ms).toBeLessThan(20_000)
  }, 60_000)

  it('a 5 MB page finishes in bounded time', () => {
    const count = Math.ceil(5_000_000 / (new TextEncoder().encode(PARAGRAPH).length + 7))
    const html = `<html><body><article><h1>عنوان تجريبي طويل لصفحة كبيرة جدا</h1>${`<p>${PARAGRAPH}</p>`.repeat(count)}</article></body></html>`
    expect(new TextEncoder().encode(html).length).toBeGreaterThan(5_000_000)
    const { result, ms } = run(html)
    expect(result.isArticle).toBe(true)
    expect(ms).toBeLessThan(60_000)
  }, 120_000)

  it('a 5 MB body of <br>-split text is read up to the text budget (1,000,000 characters)', () => {
    const count = Math.ceil(5_000_000 / (new TextEncoder().encode(PARAGRAPH).length + 8))
    const html = `<html lang="ar"><body><article><h1>عنوان</h1><div>${`${PARAGRAPH}<br><br>`.repeat(count)}</div></article></body></html>`
    const { result, ms } = run(html)
    expect(result.isArticle).toBe(true)
    if (result.isArticle) expect(result.doc.text.length).toBeLessThanOrEqual(1_000_000)
    expect(ms).toBeLessThan(30_000)
  }, 120_000)

  it('a 5 MB page of 100,000 small elements finishes in bounded time', () => {
    const html = `<html><body>${`<div><a href="/x">رابط</a><span>${PARAGRAPH}</span></div>`.repeat(25_000)}</body></html>`
    const { ms } = run(html)
    expect(ms).toBeLessThan(60_000)
  }, 120_000)
})
