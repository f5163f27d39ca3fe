import { describe, expect, it } from 'vitest'
import { checkExtractResult } from '../../src/extension/extract-result-schema.ts'

const doc = { url: 'https://a.example/1', lang: 'ar', dir: 'rtl', title: 'عنوان', text: 'نص المقال', blocks: [{ kind: 'paragraph', start: 0, end: 9 }] }

describe('checkExtractResult', () => {
  it('passes a well-formed article', () => {
    expect(checkExtractResult({ isArticle: true, doc }).isArticle).toBe(true)
  })

  it('passes a no-article verdict', () => {
    expect(checkExtractResult({ isArticle: false, reason: 'home page', lang: 'ar', dir: 'rtl' })).toMatchObject({ reason: 'home page' })
  })

  it.each([
    ['blocks past the end of the text', { isArticle: true, doc: { ...doc, blocks: [{ kind: 'paragraph', start: 0, end: 99 }] } }],
    ['a javascript: image', { isArticle: true, doc: { ...doc, blocks: [{ kind: 'image', start: 9, end: 9, src: 'javascript:alert(1)' }] } }],
    ['an unknown block kind', { isArticle: true, doc: { ...doc, blocks: [{ kind: 'script', start: 0, end: 1 }] } }],
    ['no verdict at all', undefined],
    ['a missing title', { isArticle: true, doc: { ...doc, title: undefined } }],
  ])('rejects %s', (_name, value) => {
    expect(() => checkExtractResult(value)).toThrow()
  })
})
