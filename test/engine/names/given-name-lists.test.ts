import { describe, expect, it } from 'vitest'
import { normalizeArabic } from '../../../src/engine/arabic/normalize.ts'
import { GIVEN_NAMES_ALSO_WORDS, NEWS_GIVEN_NAMES } from '../../../src/engine/names/lists/news-given-names.ts'
import { GIVEN_NAMES, NEWER_GIVEN_NAMES } from '../../../src/engine/names/lists/known-names.ts'
import { NEWER_PLACES } from '../../../src/engine/names/lists/known-places.ts'

const norm = (name: string) => normalizeArabic(name)

describe('the news\'s given names (news-given-names.ts), read only before a person\'s name', () => {
  const all = [...NEWS_GIVEN_NAMES, ...GIVEN_NAMES_ALSO_WORDS].map(norm)

  it('name each given name once, and none the rules\' given names have', () => {
    expect(new Set(all).size).toBe(all.length)
    const known = new Set([...GIVEN_NAMES, ...NEWER_GIVEN_NAMES].map(norm))
    expect(all.filter((name) => known.has(name))).toEqual([])
  })

  it('hold no place the rules find anywhere', () => {
    const places = new Set(NEWER_PLACES.map(norm))
    expect(all.filter((name) => places.has(name))).toEqual([])
  })

  it('hold no verb or kinship word the writer listed ("مات", "أبي")', () => {
    expect(GIVEN_NAMES_ALSO_WORDS.filter((name) => ['مات', 'أبي', 'جمعة'].includes(name))).toEqual([])
  })
})
