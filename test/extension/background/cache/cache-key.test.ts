import { describe, expect, it } from 'vitest'
import { cacheKey } from '../../../../src/extension/background/cache/cache-key.ts'
import { hashText } from '../../../../src/extension/background/cache/hash-text.ts'
import { planEviction } from '../../../../src/extension/background/cache/cache-record.ts'

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

describe('planEviction', () => {
  const options = { budgetBytes: 100, maxAgeMs: 1000, now: () => 10_000 }
  it.each([
    ['nothing when all fit', [{ key: 'a', bytes: 50, lastUsed: 9_999 }], undefined, []],
    ['expired first', [{ key: 'old', bytes: 10, lastUsed: 1 }, { key: 'a', bytes: 10, lastUsed: 9_999 }], undefined, ['old']],
    [
      'least recently used until it fits',
      [{ key: 'a', bytes: 60, lastUsed: 9_000 }, { key: 'b', bytes: 60, lastUsed: 9_500 }, { key: 'c', bytes: 30, lastUsed: 9_900 }],
      'c',
      ['a'],
    ],
    ['the kept record last', [{ key: 'a', bytes: 60, lastUsed: 9_900 }, { key: 'new', bytes: 60, lastUsed: 9_000 }], 'new', ['a']],
    ['only an oversized kept record', [{ key: 'a', bytes: 60, lastUsed: 9_900 }, { key: 'new', bytes: 600, lastUsed: 9_999 }], 'new', ['new']],
  ])('%s', (_label, entries, keep, doomed) => {
    expect(planEviction(entries, options, keep)).toEqual(doomed)
  })
})
