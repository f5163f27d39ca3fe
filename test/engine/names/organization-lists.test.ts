import { describe, expect, it } from 'vitest'
import { normalizeArabic } from '../../../src/engine/arabic/normalize.ts'
import { NEWS_CLUB_WORDS, NEWS_ORGANIZATIONS } from '../../../src/engine/names/lists/news-organizations.ts'
import { KNOWN_ORGANIZATIONS, NEWER_ORGANIZATIONS } from '../../../src/engine/names/lists/known-organizations.ts'
import { NEWER_SPORTS_CLUBS, SPORTS_CLUBS } from '../../../src/engine/names/lists/sports-clubs.ts'
import { GIVEN_NAMES, NEWER_GIVEN_NAMES } from '../../../src/engine/names/lists/known-names.ts'
import { NEWER_PLACES } from '../../../src/engine/names/lists/known-places.ts'

const norm = (name: string) => normalizeArabic(name)

describe('the organisations of the news (news-organizations.ts)', () => {
  it('are taken in by the rules\' lists, not by the tagger\'s', () => {
    expect(missingFrom(NEWER_ORGANIZATIONS, NEWS_ORGANIZATIONS)).toEqual([])
    expect(missingFrom(NEWER_SPORTS_CLUBS, NEWS_CLUB_WORDS)).toEqual([])
    const features = new Set([...KNOWN_ORGANIZATIONS, ...SPORTS_CLUBS].map(norm))
    expect([...NEWS_ORGANIZATIONS, ...NEWS_CLUB_WORDS].map(norm).filter((name) => features.has(name))).toEqual([])
  })

  it('name each once, and none that is a given name or a listed place', () => {
    const all = [...NEWS_ORGANIZATIONS, ...NEWS_CLUB_WORDS].map(norm)
    expect(new Set(all).size).toBe(all.length)
    const given = new Set([...GIVEN_NAMES, ...NEWER_GIVEN_NAMES].map(norm))
    const places = new Set(NEWER_PLACES.map(norm))
    expect(all.filter((name) => given.has(name) || places.has(name))).toEqual([])
  })

  it('read clubs named by one definite word as clubs, in a match only', () => {
    expect(NEWS_CLUB_WORDS.filter((word) => word.includes(' ') || !word.startsWith('ال'))).toEqual([])
  })
})

/** The names of `part` that `list` lacks (a set look-up: arrayContaining compares every pair, seconds on these lists). */
function missingFrom(list: readonly string[], part: readonly string[]): string[] {
  const names = new Set(list)
  return part.filter((name) => !names.has(name))
}
