import { describe, expect, it } from 'vitest'
import { cliticReadings, splitClitics } from '../../../src/engine/arabic/clitics.ts'
import { normalizeArabic } from '../../../src/engine/arabic/normalize.ts'

const split = (surface: string) => {
  const r = splitClitics(normalizeArabic(surface), { surface })
  return [r.pre.join('+'), r.stem, r.post.join('+')]
}

describe('splitClitics', () => {
  it.each([
    // proclitics
    ['والحركة', 'و+ال', 'حركه', ''],
    ['بالقاهرة', 'ب+ال', 'قاهره', ''],
    ['وبالطبع', 'و+ب+ال', 'طبع', ''],
    ['للمرة', 'ل+ال', 'مره', ''],
    ['وللمرة', 'و+ل+ال', 'مره', ''],
    ['بموسكو', 'ب', 'موسكو', ''],
    ['لإيران', 'ل', 'ايران', ''],
    ['الكرملين', 'ال', 'كرملين', ''],
    ['وقال', 'و', 'قال', ''],
    ['وفي', 'و', 'في', ''],
    ['فهو', 'ف', 'هو', ''],
    ['كالعادة', 'ك+ال', 'عاده', ''],
    ['ووزارة', 'و', 'وزاره', ''],
    ['وطه', 'و', 'طه', ''],
    // enclitics
    ['منها', '', 'من', 'ها'],
    ['كتابه', '', 'كتاب', 'ه'],
    ['حكومتهم', '', 'حكومت', 'هم'],
    ['وبلادنا', 'و', 'بلاد', 'نا'],
    // kept whole: the remainder would be too short or the letters belong to the word
    ['بيت', '', 'بيت', ''],
    ['ولد', '', 'ولد', ''],
    ['كتب', '', 'كتب', ''],
    ['وفد', '', 'وفد', ''],
    ['وزير', '', 'وزير', ''],
    ['وزارة', '', 'وزاره', ''],
    ['فلسطين', '', 'فلسطين', ''],
    ['بريطانيا', '', 'بريطانيا', ''],
    ['لبنان', '', 'لبنان', ''],
    ['كبير', '', 'كبير', ''],
    ['إلى', '', 'الي', ''],
    ['الذي', '', 'الذي', ''],
    ['ألفين', '', 'الفين', ''],
    ['مدينة', '', 'مدينه', ''],
    ['مياه', '', 'مياه', ''],
    ['ذلك', '', 'ذلك', ''],
    ['الحاكم', 'ال', 'حاكم', ''],
    ['فرانس24', '', 'فرانس24', ''],
    ['Reuters', '', 'Reuters', ''],
  ])('%s → [%s] %s [%s]', (surface, pre, stem, post) => {
    expect(split(surface)).toEqual([pre, stem, post])
  })

  it('works on a normalised word without the surface (final ه is then kept)', () => {
    expect(splitClitics('كتابه')).toEqual({ pre: [], stem: 'كتابه', post: [] })
    expect(splitClitics('وبالطبع')).toEqual({ pre: ['و', 'ب', 'ال'], stem: 'طبع', post: [] })
  })
})

describe('cliticReadings', () => {
  it('lists the whole word and every stripped reading', () => {
    const stems = cliticReadings('بريطانيا').map((r) => r.stem)
    expect(stems).toContain('بريطانيا')
    expect(stems).toContain('ريطانيا')
    expect(cliticReadings('وبالقاهره')[0]).toEqual({ pre: ['و', 'ب', 'ال'], stem: 'قاهره', post: [] })
  })
})

describe('splitClitics keeps names that begin with proclitic letters', () => {
  it.each([
    ['كراتشي'], ['كارلوس'], ['كركوك'], ['فارس'], ['فرانك'], ['فيكتوريا'], ['فرناندو'], ['كاليفورنيا'],
  ])('%s stays whole', (surface) => {
    expect(split(surface)).toEqual(['', normalizeArabic(surface), ''])
  })

  it.each([
    ['فإن', 'ف', 'ان'],
    ['فقال', 'ف', 'قال'],
    ['فيقول', 'ف', 'يقول'],
    ['كالعادة', 'ك+ال', 'عاده'],
    ['لإيران', 'ل', 'ايران'],
    ['وإيران', 'و', 'ايران'],
  ])('%s → [%s] %s', (surface, pre, stem) => {
    expect(split(surface).slice(0, 2)).toEqual([pre, stem])
  })
})
