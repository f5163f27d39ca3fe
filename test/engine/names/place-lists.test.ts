import { describe, expect, it } from 'vitest'
import { normalizeArabic } from '../../../src/engine/arabic/normalize.ts'
import { ARAB_LOCAL_PLACES, ARAB_LOCAL_PLACES_AFTER_A_HEAD } from '../../../src/engine/names/lists/arab-local-places.ts'
import { WORLD_PLACES, WORLD_PLACES_AFTER_A_HEAD } from '../../../src/engine/names/lists/world-places.ts'
import { GIVEN_NAMES, NEWER_GIVEN_NAMES } from '../../../src/engine/names/lists/known-names.ts'
import { NEWER_PLACES, PLACES_AFTER_A_HEAD } from '../../../src/engine/names/lists/known-places.ts'

const norm = (name: string) => normalizeArabic(name)

describe.each([
  ['the Arab world\'s local places (arab-local-places.ts)', ARAB_LOCAL_PLACES, ARAB_LOCAL_PLACES_AFTER_A_HEAD],
  ['the world\'s provinces and cities (world-places.ts)', WORLD_PLACES, WORLD_PLACES_AFTER_A_HEAD],
] as const)('%s', (_label, ANYWHERE, AFTER_A_HEAD) => {
  it('are taken in by the rules\' lists', () => {
    expect(missingFrom(NEWER_PLACES, ANYWHERE)).toEqual([])
    expect(missingFrom(PLACES_AFTER_A_HEAD, AFTER_A_HEAD)).toEqual([])
  })

  it('name each place once, in one of the two lists, and none the older lists had', () => {
    const all = [...ANYWHERE, ...AFTER_A_HEAD].map(norm)
    expect(new Set(all).size).toBe(all.length)
    const local = new Set(all)
    const older = [...NEWER_PLACES, ...PLACES_AFTER_A_HEAD].filter((name) => !(ANYWHERE as readonly string[]).includes(name) &&
      !(AFTER_A_HEAD as readonly string[]).includes(name))
    expect(older.map(norm).filter((name) => local.has(name))).toEqual([])
  })

  it('find no given name wherever it stands: one after a head only', () => {
    const given = new Set([...GIVEN_NAMES, ...NEWER_GIVEN_NAMES].map(norm))
    expect(ANYWHERE.map(norm).filter((name) => given.has(name))).toEqual([])
  })

  it('after a head are single words, as the head rule reads one word', () => {
    expect(AFTER_A_HEAD.filter((name) => name.includes(' '))).toEqual([])
  })

  it('hold no date ("العاشر من رمضان" is a town and a day)', () => {
    expect([...ANYWHERE, ...AFTER_A_HEAD].filter((name) => /[0-9٠-٩]|(?:^|\s)(?:أكتوبر|رمضان|مايو|يوليو)(?:\s|$)/u.test(name))).toEqual([])
  })
})

/** The names of `part` that `list` lacks (a set look-up: arrayContaining compares every pair, seconds on these lists). */
function missingFrom(list: readonly string[], part: readonly string[]): string[] {
  const names = new Set(list)
  return part.filter((name) => !names.has(name))
}
