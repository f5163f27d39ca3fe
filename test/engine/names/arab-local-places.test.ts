import { describe, expect, it } from 'vitest'
import { normalizeArabic } from '../../../src/engine/arabic/normalize.ts'
import { ARAB_LOCAL_PLACES, ARAB_LOCAL_PLACES_AFTER_A_HEAD } from '../../../src/engine/names/lists/arab-local-places.ts'
import { GIVEN_NAMES, NEWER_GIVEN_NAMES } from '../../../src/engine/names/lists/known-names.ts'
import { NEWER_PLACES, PLACES_AFTER_A_HEAD } from '../../../src/engine/names/lists/known-places.ts'

const norm = (name: string) => normalizeArabic(name)

describe('the Arab world\'s local places (arab-local-places.ts)', () => {
  it('are taken in by the rules\' lists', () => {
    expect(NEWER_PLACES).toEqual(expect.arrayContaining([...ARAB_LOCAL_PLACES]))
    expect(PLACES_AFTER_A_HEAD).toEqual(expect.arrayContaining([...ARAB_LOCAL_PLACES_AFTER_A_HEAD]))
  })

  it('name each place once, in one of the two lists, and none the older lists had', () => {
    const all = [...ARAB_LOCAL_PLACES, ...ARAB_LOCAL_PLACES_AFTER_A_HEAD].map(norm)
    expect(new Set(all).size).toBe(all.length)
    const local = new Set(all)
    const older = [...NEWER_PLACES, ...PLACES_AFTER_A_HEAD].filter((name) => !(ARAB_LOCAL_PLACES as readonly string[]).includes(name) &&
      !(ARAB_LOCAL_PLACES_AFTER_A_HEAD as readonly string[]).includes(name))
    expect(older.map(norm).filter((name) => local.has(name))).toEqual([])
  })

  it('find no given name wherever it stands: one after a head only', () => {
    const given = new Set([...GIVEN_NAMES, ...NEWER_GIVEN_NAMES].map(norm))
    expect(ARAB_LOCAL_PLACES.map(norm).filter((name) => given.has(name))).toEqual([])
  })

  it('after a head are single words, as the head rule reads one word', () => {
    expect(ARAB_LOCAL_PLACES_AFTER_A_HEAD.filter((name) => name.includes(' '))).toEqual([])
  })

  it('hold no date ("العاشر من رمضان" is a town and a day)', () => {
    expect([...ARAB_LOCAL_PLACES, ...ARAB_LOCAL_PLACES_AFTER_A_HEAD].filter((name) => /[0-9٠-٩]|أكتوبر|رمضان|مايو|يوليو/u.test(name))).toEqual([])
  })
})
