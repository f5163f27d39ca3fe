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

// Sentences written for these tests. Each language's own letters tell it apart; before, Sindhi and Uyghur
// read as Arabic (names and number words were looked for in them) and Kurdish and Pashto as Persian.
describe('guessScript: Arabic-script languages beyond Arabic, Persian and Urdu', () => {
  const SORANI = 'حکومەتی هەرێمی کوردستان ڕایگەیاند کە مووچەی فەرمانبەران لە هەفتەی داهاتوودا دابەش دەکرێت و وەزیری دارایی گوتی پارەکە گەیشتووە'
  const PASHTO = 'د ولایت والي وویل چې د سړک جوړولو کار به راتلونکې اونۍ پیل شي او کارګرو ته به معاش ورکړل شي'
  const SINDHI = 'سنڌ حڪومت اعلان ڪيو آهي ته صوبي ۾ نوان اسڪول کوليا ويندا ۽ استادن کي ٻه مهينا اڳ پگهار ڏني ويندي'
  const UYGHUR = 'شەھەرلىك ھۆكۈمەت بۇ يىل يېڭى دوختۇرخانا قۇرۇشنى قارار قىلدى ۋە بۇ خىزمەت كېلەر ئايدا باشلىنىدۇ'

  it.each([
    [SORANI, 'und', 'ckb'],
    [SORANI, 'ku', 'ckb'],
    [SORANI, 'ar', 'ckb'],
    [SORANI, 'sdh', 'sdh'],
    [PASHTO, 'ps-AF', 'ps'],
    [PASHTO, 'fa', 'ps'],
    [SINDHI, 'en-US', 'sd'],
    [SINDHI, 'ur', 'sd'],
    [UYGHUR, 'tr', 'ug'],
    [UYGHUR, 'und', 'ug'],
  ])('%s (declared %s) → %s', (text, declared, lang) => {
    expect(guessScript(text, declared)).toMatchObject({ lang, dir: 'rtl' })
  })

  it('keeps Arabic, Persian and Urdu pages that name a few words of those languages', () => {
    const arabic = 'قال محافظ أربيل إن أعمال الطرق في المدينة ستنتهي قبل نهاية العام، وإن الحكومة خصصت لها ميزانية إضافية. '
    expect(guessScript(`${arabic.repeat(4)} وكتب على اللافتة «هەولێر»`, 'ar').lang).toBe('ar')
    const persian = 'وزیر کشور امروز در نشست خبری گفت که طرح تازه برای بازسازی مدرسه‌های روستایی از ماه آینده آغاز می‌شود. '
    expect(guessScript(`${persian.repeat(4)} به گفته رسانه‌های پشتو «ښاروال»`, 'fa').lang).toBe('fa')
  })

  it('reads a Latin text left to right even when the page declares one of them', () => {
    expect(guessScript('Oil prices climbed on Tuesday as supplies tightened', 'ug')).toMatchObject({ lang: 'und', dir: 'ltr' })
  })
})

