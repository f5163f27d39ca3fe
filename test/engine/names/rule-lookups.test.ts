import { describe, expect, it } from 'vitest'
import { hasWithArticle, normSet, TITLES } from '../../../src/engine/names/refine/shared/word-lists.ts'
import { knownPhraseEnd } from '../../../src/engine/names/refine/shared/known-phrase-end.ts'
import { createContext, isHead } from '../../../src/engine/names/refine/shared/context.ts'
import { isDefiniteStem } from '../../../src/engine/names/refine/shared/definite.ts'
import { normalizeArabic } from '../../../src/engine/arabic/normalize.ts'
import { tokenizeText } from '../../../src/engine/components/tokenize.ts'
import { buildGazetteer } from '../../../src/engine/names/tagger/gazetteer.ts'

// The lookups the article rules make for nearly every token answer as the plain lookups they stand for.
describe('rule lookups', () => {
  it('hasWithArticle answers as a lookup of the word with its article', () => {
    const words = normSet(['الرئيس', 'وزير', 'الملك'])
    for (const word of ['رئيس', 'ملك', 'وزير', 'الرئيس', 'ئيس', '']) {
      expect(hasWithArticle(words, word)).toBe(words.has('ال' + word))
    }
    for (const stem of ['رئيس', 'مدرب', 'زعيم', 'كتاب', 'امين']) expect(hasWithArticle(TITLES, stem)).toBe(TITLES.has('ال' + stem))
  })

  it('knownPhraseEnd gives the same end however often a token is asked', () => {
    const text = 'زار الوفد سانت بطرسبرغ ثم عاد إلى سانت بطرسبرغ'
    const tokens = tokenizeText(text)
    const gazetteer = buildGazetteer(['سانت بطرسبرغ'])
    const ctx = createContext(text, tokens, gazetteer)
    const first = tokens.map((_, t) => knownPhraseEnd(ctx, t, gazetteer.places))
    expect(first.filter((end) => end >= 0)).toHaveLength(2)
    expect(tokens.map((_, t) => knownPhraseEnd(ctx, t, gazetteer.places))).toEqual(first)
    // A fresh context (nothing remembered) agrees.
    const fresh = createContext(text, tokens, gazetteer)
    expect(tokens.map((_, t) => knownPhraseEnd(fresh, tokens.length - 1 - t, gazetteer.places)).reverse()).toEqual(first)
  })
})

describe('isHead', () => {
  it('answers each head list alike whatever lists were asked about before', () => {
    const text = 'وصلت الحكومة إلى مدينة حلب وبلدة قلدون'
    const tokens = tokenizeText(text)
    const gazetteer = buildGazetteer([])
    const cities = normSet(['مدينة', 'بلدة'])
    const bodies = normSet(['الحكومة'])
    const ctx = createContext(text, tokens, gazetteer)
    const asked = tokens.map((_, t) => [isHead(ctx, cities, t), isHead(ctx, bodies, t)])
    // A list asked about later (a new union of head words) leaves the answers as they were.
    const late = normSet(['حلب'])
    expect(tokens.map((_, t) => isHead(ctx, late, t))).toEqual(tokens.map((token) => token.stem === 'حلب'))
    expect(tokens.map((_, t) => [isHead(ctx, cities, t), isHead(ctx, bodies, t)])).toEqual(asked)
    expect(asked.flat().filter(Boolean)).toHaveLength(3)
  })
})

describe('isDefiniteStem', () => {
  it('reads the article, not a short word that normalises like it', () => {
    for (const word of ['الرئيس', 'القاهرة', 'الشام', 'البر']) expect(isDefiniteStem(normalizeArabic(word))).toBe(true)
    for (const word of ['إلى', 'ألا', 'ألف', 'آلي', 'رئيس', 'ال']) expect(isDefiniteStem(normalizeArabic(word))).toBe(false)
  })
})
