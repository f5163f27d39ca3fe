import { describe, expect, it } from 'vitest'
import { normalizeArabic } from '../../../src/engine/arabic/normalize.ts'
import { PUBLIC_BODIES } from '../../../src/engine/names/lists/public-bodies.ts'
import { COMPANIES_AND_WORLD_BODIES } from '../../../src/engine/names/lists/companies-and-world-bodies.ts'
import { PUBLIC_FIGURES } from '../../../src/engine/names/lists/public-figures.ts'
import { FOREIGN_PERSONS } from '../../../src/engine/names/lists/foreign-persons.ts'
import { KNOWN_ORGANIZATIONS, NEWER_ORGANIZATIONS } from '../../../src/engine/names/lists/known-organizations.ts'
import { NEWS_ORGANIZATIONS } from '../../../src/engine/names/lists/news-organizations.ts'
import { GIVEN_NAMES, NEWER_GIVEN_NAMES } from '../../../src/engine/names/lists/known-names.ts'
import { NEWER_PLACES } from '../../../src/engine/names/lists/known-places.ts'
import { ARAB_LANDMARKS } from '../../../src/engine/names/lists/arab-landmarks.ts'
import { WORLD_LANDMARKS } from '../../../src/engine/names/lists/world-landmarks.ts'
import { ACADEMIC_AND_CULTURAL_INSTITUTIONS } from '../../../src/engine/names/lists/academic-and-cultural-institutions.ts'
import { WORLD_CLUBS } from '../../../src/engine/names/lists/world-clubs.ts'

const norm = (name: string) => normalizeArabic(name)

describe('the public bodies, companies and world bodies of session 65', () => {
  const all = [...PUBLIC_BODIES, ...COMPANIES_AND_WORLD_BODIES]

  it('are taken in by the rules\' lists, not by the tagger\'s', () => {
    expect(missingFrom(NEWER_ORGANIZATIONS, all)).toEqual([])
    const older = new Set([...KNOWN_ORGANIZATIONS, ...NEWS_ORGANIZATIONS].map(norm))
    expect(all.map(norm).filter((name) => older.has(name))).toEqual([])
  })

  it('name each once, and none that is a given name or a listed place', () => {
    const names = all.map(norm)
    expect(new Set(names).size).toBe(names.length)
    const given = new Set([...GIVEN_NAMES, ...NEWER_GIVEN_NAMES].map(norm))
    const places = new Set(NEWER_PLACES.map(norm))
    expect(names.filter((name) => given.has(name) || places.has(name))).toEqual([])
  })

  it('hold no body with its town after "في" or "ب" ("جامعة الحسن الأول بسطات" is the university and the town)', () => {
    expect(all.filter((name) => / في /u.test(name) || /\sب(?:ال)?(?:القاهرة|الدار|سطات|مسقط|المدينة)/u.test(name))).toEqual([])
  })
})

describe('the public figures (public-figures.ts)', () => {
  it('are full names of two words or more, each once, none foreign-persons.ts has', () => {
    const names = PUBLIC_FIGURES.map(norm)
    expect(PUBLIC_FIGURES.filter((name) => !name.includes(' '))).toEqual([])
    expect(new Set(names).size).toBe(names.length)
    const foreign = new Set(FOREIGN_PERSONS.map(([given, family]) => norm(`${given} ${family}`)))
    expect(names.filter((name) => foreign.has(name))).toEqual([])
  })

  it('hold no name of two given names, which begins many longer names', () => {
    const given = new Set([...GIVEN_NAMES, ...NEWER_GIVEN_NAMES].map((name) => norm(name.split(' ')[0])))
    expect(names2(PUBLIC_FIGURES).filter(([a, b]) => given.has(norm(a)) && given.has(norm(b)))).toEqual([])
  })
})

function names2(names: readonly string[]): [string, string][] {
  return names.map((name) => name.split(' ')).filter((words) => words.length === 2).map(([a, b]) => [a, b])
}

describe('the Arab world\'s landmarks (arab-landmarks.ts)', () => {
  it('are places wherever they stand, each once, none a listed body and none a date', () => {
    expect(missingFrom(NEWER_PLACES, ARAB_LANDMARKS)).toEqual([])
    const names = ARAB_LANDMARKS.map(norm)
    expect(new Set(names).size).toBe(names.length)
    const bodies = new Set([...PUBLIC_BODIES, ...COMPANIES_AND_WORLD_BODIES].map(norm))
    expect(names.filter((name) => bodies.has(name))).toEqual([])
    expect(ARAB_LANDMARKS.filter((name) => /[0-9٠-٩]/u.test(name))).toEqual([])
  })
})

describe('the world\'s landmarks and the academic and cultural institutions (session 66)', () => {
  it('take the landmarks in as places and the institutions as organisations, for the rules only', () => {
    expect(missingFrom(NEWER_PLACES, WORLD_LANDMARKS)).toEqual([])
    expect(missingFrom(NEWER_ORGANIZATIONS, ACADEMIC_AND_CULTURAL_INSTITUTIONS)).toEqual([])
    const older = new Set(KNOWN_ORGANIZATIONS.map(norm))
    expect(ACADEMIC_AND_CULTURAL_INSTITUTIONS.map(norm).filter((name) => older.has(name))).toEqual([])
  })

  it('name each once, and no institution that is also a listed place or another list\'s body', () => {
    const landmarks = [...ARAB_LANDMARKS, ...WORLD_LANDMARKS].map(norm)
    expect(new Set(landmarks).size).toBe(landmarks.length)
    const institutions = ACADEMIC_AND_CULTURAL_INSTITUTIONS.map(norm)
    expect(new Set(institutions).size).toBe(institutions.length)
    const places = new Set(NEWER_PLACES.map(norm))
    const bodies = new Set([...NEWS_ORGANIZATIONS, ...PUBLIC_BODIES, ...COMPANIES_AND_WORLD_BODIES].map(norm))
    expect(institutions.filter((name) => places.has(name) || bodies.has(name))).toEqual([])
  })

  it('leave out what the sets write apart: a site\'s "الأثرية" or "التاريخي", and an institution\'s town after "في"', () => {
    expect([...ARAB_LANDMARKS, ...WORLD_LANDMARKS].filter((name) => /\s(?:الأثري|الأثرية|التاريخي|التاريخية)$/u.test(name))).toEqual([])
    expect(ACADEMIC_AND_CULTURAL_INSTITUTIONS.filter((name) => / في /u.test(name))).toEqual([])
  })

  it('know the world\'s landmarks and universities the Arabic news names', () => {
    expect(missingFrom(WORLD_LANDMARKS, ['تاج محل', 'جسر البوسفور', 'الكولوسيوم'])).toEqual([])
    expect(missingFrom(ACADEMIC_AND_CULTURAL_INSTITUTIONS, ['جامعة هارفارد', 'جامعة أكسفورد', 'متحف غوغنهايم'])).toEqual([])
  })
})

describe('the sports clubs of session 66 (world-clubs.ts)', () => {
  it('are organisations for the rules only, each once, none another list has, none a listed place', () => {
    expect(missingFrom(NEWER_ORGANIZATIONS, WORLD_CLUBS)).toEqual([])
    const names = WORLD_CLUBS.map(norm)
    expect(new Set(names).size).toBe(names.length)
    const others = new Set([...KNOWN_ORGANIZATIONS, ...NEWS_ORGANIZATIONS, ...PUBLIC_BODIES, ...COMPANIES_AND_WORLD_BODIES, ...ACADEMIC_AND_CULTURAL_INSTITUTIONS].map(norm))
    const places = new Set(NEWER_PLACES.map(norm))
    expect(names.filter((name) => others.has(name) || places.has(name))).toEqual([])
  })

  it('hold no club whose first word reads another name behind a clitic ("يانغ …" made "ليانغ وينفنغ" ل + يانغ)', () => {
    expect(WORLD_CLUBS.filter((name) => /^(?:يانغ|وولفرهامبتون) /u.test(name))).toEqual([])
  })
})

/** The names of `part` that `list` lacks (a set look-up: arrayContaining compares every pair, seconds on these lists). */
function missingFrom(list: readonly string[], part: readonly string[]): string[] {
  const names = new Set(list)
  return part.filter((name) => !names.has(name))
}
