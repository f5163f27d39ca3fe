import { describe, expect, it } from 'vitest'
import { guessScript } from '../../../src/engine/arabic/letters.ts'

describe('guessScript', () => {
  it.each([
    ['قالت وزارة الخارجية إن الوفد التقى ممثلين عن الحكومة في العاصمة', 'en', 'ar', 'rtl'],
    ['کتابخانه مرکزی شهر پس از دو سال بازسازی دوباره گشوده شد', 'und', 'fa', 'rtl'],
    ['شہر میں نئے ہسپتال کا افتتاح کر دیا گیا ہے جہاں مریضوں کو مفت علاج ملے گا', 'en', 'ur', 'rtl'],
    ['Oil prices climbed on Tuesday as supplies tightened', 'en-US', 'en', 'ltr'],
    ['Oil prices climbed on Tuesday as supplies tightened', 'ar', 'und', 'ltr'],
    ['أعلنت شركة Apple عن هاتف iPhone جديد في مؤتمرها السنوي', 'und', 'ar', 'rtl'],
    ['', 'fr', 'fr', 'ltr'],
  ])('%s (declared %s) → %s %s', (text, declared, lang, dir) => {
    const guess = guessScript(text, declared)
    expect(guess.lang).toBe(lang)
    expect(guess.dir).toBe(dir)
  })
})
