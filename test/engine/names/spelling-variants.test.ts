import { describe, expect, it } from 'vitest'
import { normalizeArabic } from '../../../src/engine/arabic/normalize.ts'
import { isSpelledVariant, isSpellingVariant, spellingKey } from '../../../src/engine/names/lists/spelling-variants.ts'

const variant = (a: string, b: string) => isSpellingVariant(normalizeArabic(a), normalizeArabic(b))

describe('isSpellingVariant', () => {
  it.each([
    ['بوشنيل', 'بوشنل'],
    ['دايلي', 'ديلي'],
    ['سورية', 'سوريا'],
    ['تركيا', 'تركية'],
    ['غوتيريش', 'غوتيرش'],
  ])('takes %s and %s for one name', (a, b) => {
    expect(variant(a, b)).toBe(true)
    expect(variant(b, a)).toBe(true)
  })

  it.each([
    ['محمد', 'محمود', 'given names a vowel apart are different names'],
    ['سعد', 'سعيد', 'three-letter words'],
    ['حسن', 'حسين', 'three-letter words'],
    ['ابوظبي', 'بوظبي', 'a vowel at the start is another word'],
    ['اليمن', 'المنيا', 'more than one letter apart'],
    ['بوشنل', 'بوشنر', 'a consonant apart'],
    ['لبنان', 'لبنا', 'a final alef that is not يا / ية'],
  ])('keeps %s and %s apart (%s)', (a, b) => {
    expect(variant(a, b)).toBe(false)
  })
})

describe('isSpelledVariant', () => {
  const words = (name: string) => normalizeArabic(name).split(' ')
  it('compares names word by word', () => {
    expect(isSpelledVariant(words('آرون بوشنيل'), words('آرون بوشنل'))).toBe(true)
    expect(isSpelledVariant(words('دايلي ميل'), words('ديلي ميل'))).toBe(true)
    expect(isSpelledVariant(words('آرون بوشنيل'), words('بوشنل'))).toBe(false)
    expect(isSpelledVariant(words('محمد حسن'), words('محمد حسين'))).toBe(false)
  })
})

describe('spellingKey', () => {
  const key = (word: string) => spellingKey(normalizeArabic(word))
  it.each([
    ['بوشنيل', 'بوشنل'],
    ['دايلي', 'ديلي'],
    ['سورية', 'سوريا'],
    ['غوتيريش', 'غوتيرش'],
  ])('gives variants %s and %s one key (link-mentions searches only that key)', (a, b) => {
    expect(variant(a, b)).toBe(true)
    expect(key(a)).toBe(key(b))
  })

  it('keeps the first letter and the consonants', () => {
    expect(key('بوشنل')).not.toBe(key('بوشنر'))
    expect(key('ابوظبي')).not.toBe(key('بوظبي'))
  })
})
