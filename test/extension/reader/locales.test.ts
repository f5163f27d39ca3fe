/**
 * The two catalogues stay in step with each other and with the code: same keys, same placeholders, and
 * every key the UI asks for exists (a missing key would show the raw key to the reader).
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '../../../public/_locales/en/messages.json' with { type: 'json' }
import ar from '../../../public/_locales/ar/messages.json' with { type: 'json' }
import { MEASURE_WORDS, TIME_UNIT_WORDS } from '../../../src/engine/figures/unit-words.ts'

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>
const catalogues = { en: en as Catalogue, ar: ar as Catalogue }
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other']

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/u.test(e.name) ? [path.join(dir, e.name)] : [],
  )
}

const UI_DIRS = ['reader', 'popup', 'options', 'history', 'settings'].map((d) => path.resolve('src/extension', d))
const code = UI_DIRS.flatMap(sources).map((f) => fs.readFileSync(f, 'utf8')).join('\n')

/** Keys named in code: t('key'), plural('base') and the '…Message' tables of literal keys. */
function usedKeys(): string[] {
  const keys = new Set<string>()
  for (const m of code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/gu)) keys.add(m[1]!)
  for (const m of code.matchAll(/\bplural\(\s*'([A-Za-z0-9_]+)'/gu)) for (const c of PLURAL_CATEGORIES) keys.add(`${m[1]}_${c}`)
  for (const m of code.matchAll(/:\s*'((?:type|font|theme|width|approx|noArticle)[A-Z][A-Za-z]*)'/gu)) keys.add(m[1]!)
  return [...keys]
}

describe('the UI catalogues', () => {
  it('have the same keys in Arabic and English', () => {
    expect(Object.keys(catalogues.ar).sort()).toEqual(Object.keys(catalogues.en).sort())
  })

  it('keep the manifest keys', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle', 'actionTitleArticle', 'commandOpenReader']) {
      expect(catalogues.en[key]?.message, key).toBeTruthy()
      expect(catalogues.ar[key]?.message, key).toBeTruthy()
    }
  })

  it.each(usedKeys())('has "%s", which the UI uses', (key) => {
    expect(catalogues.en[key]?.message).toBeTruthy()
    expect(catalogues.ar[key]?.message).toBeTruthy()
  })

  it.each(Object.keys(en))('"%s" declares each placeholder it uses, in both languages', (key) => {
    for (const catalogue of Object.values(catalogues)) {
      const entry = catalogue[key]!
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/gu)].map((m) => m[1]!.toLowerCase())
      expect(Object.keys(entry.placeholders ?? {}).sort()).toEqual([...new Set(used)].sort())
    }
  })

  it('names its own language', () => {
    expect(catalogues.en.uiLanguage!.message).toBe('en')
    expect(catalogues.ar.uiLanguage!.message).toBe('ar')
  })

  it('name every unit the figures engine gives, but symbols shown as written', () => {
    const SHOWN_AS_WRITTEN = new Set(['°C', 'MW', 'kW', 'GW'])
    const units = new Set([...Object.values(MEASURE_WORDS), ...Object.values(TIME_UNIT_WORDS).map((u) => u.unit), 'person'])
    for (const unit of units) {
      if (SHOWN_AS_WRITTEN.has(unit)) continue
      const key = `unit_${unit.replace(/[^A-Za-z0-9]/gu, '_')}`
      expect(catalogues.en[key]?.message, key).toBeTruthy()
      expect(catalogues.ar[key]?.message, key).toBeTruthy()
    }
  })
})
