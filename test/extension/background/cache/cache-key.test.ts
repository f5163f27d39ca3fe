import { describe, expect, it } from 'vitest'
import { cacheKey } from '../../../../src/extension/background/cache/cache-key.ts'
import { hashText } from '../../../../src/extension/background/cache/hash-text.ts'

describe('cacheKey', () => {
  it.each([
    ['https://example.com/news/1#comments', 'https://example.com/news/1'],
    ['https://example.com/news/1?utm_source=fb&utm_medium=social', 'https://example.com/news/1'],
    ['https://example.com/news/1?fbclid=abc', 'https://example.com/news/1'],
    ['https://example.com/news/1?gclid=x&p=5', 'https://example.com/news/1?p=5'],
    ['https://example.com/?p=123&utm_campaign=x#top', 'https://example.com/?p=123'],
    ['https://EXAMPLE.com:443/a', 'https://example.com/a'],
    ['  https://example.com/a  ', 'https://example.com/a'],
  ])('%s → %s', (url, key) => {
    expect(cacheKey(url)).toBe(key)
  })

  it('keeps Arabic paths equal whether typed or percent-encoded', () => {
    expect(cacheKey('https://example.com/خبر')).toBe(cacheKey('https://example.com/%D8%AE%D8%A8%D8%B1'))
  })

  it('returns a non-URL unchanged', () => {
    expect(cacheKey('article.txt')).toBe('article.txt')
  })
})

describe('hashText', () => {
  it('is stable', () => {
    expect(hashText('قالت روسيا')).toBe(hashText('قالت روسيا'))
    expect(hashText('')).toBe(hashText(''))
  })

  it('changes when one letter changes', () => {
    expect(hashText('قالت روسيا')).not.toBe(hashText('قالت روسيه'))
    expect(hashText('ab')).not.toBe(hashText('ba'))
  })

  it('hashes 5 MB quickly', () => {
    const text = 'نص عربي طويل '.repeat(400_000)
    const started = performance.now()
    hashText(text)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
