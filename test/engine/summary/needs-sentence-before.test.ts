import { describe, expect, it } from 'vitest'
import { normalizeArabicFast } from '../../../src/engine/arabic/normalize.ts'
import { needsSentenceBefore } from '../../../src/engine/summary/needs-sentence-before.ts'

const needs = (sentence: string) => needsSentenceBefore(normalizeArabicFast(sentence))

describe('needsSentenceBefore', () => {
  it('holds a speaker\'s next words with no speaker named', () => {
    for (const sentence of [
      'وأضاف أن قطاع السياحة وفّر خلال العام الماضي نحو 95 ألف وظيفة جديدة.',
      'وأشار إلى أن الوزارة ستبدأ تطبيق التحويلات يوم الخميس.',
      'وبيّنت أن الفرص تشمل قطاعات التجزئة واللوجستيات.',
      'وقال لـ"الشرق" إن نتائج مارس جاءت أفضل من المتوقع.',
      'وقالت لـ«الوطن» إن العمل سيبدأ قريبا.',
      'وأوضح في بيان أن المشروع يشمل 62 كيلومترا.',
      'وأضاف: "لن نتراجع عن القرار".',
      'ويقول إن الأسعار سترتفع.',
      'كما أكد أن الحكومة ماضية في خطتها.',
      'وتابع قائلاً إن المرحلة المقبلة أصعب.',
      'لكنه لم يحدد موعدا للزيارة.',
      'وهي تستند إلى مقابلات أجريناها مع موظفين سابقين.',
    ]) expect(needs(sentence), sentence).toBe(true)
  })

  it('holds a Persian or Urdu sentence that opens on "he" for the speaker named before', () => {
    for (const sentence of [
      'وی افزود: میانگین قیمت صادراتی هر کیلوگرم پسته ۸ دلار بوده است.',
      'وی با اشاره به ترکیب کالاهای صادراتی گفت: گاز طبیعی بیشترین سهم را دارد.',
      'انہوں نے کہا کہ پہلے مرحلے میں شہر کو اضافی پانی فراہم کیا جائے گا۔',
      'ان کا کہنا تھا کہ حج آپریشن کے پہلے مرحلے میں روزانہ 12 پروازیں ہوں گی۔',
      'ان کے مطابق منصوبے کی لاگت 126 ارب روپے ہے۔',
    ]) expect(needs(sentence), sentence).toBe(true)
    for (const sentence of ['ویژه برنامه‌های نوروزی از امروز آغاز می‌شود.', 'وزیر نیرو گفت: ظرفیت نیروگاه افزایش یافت.', 'واپڈا حکام نے کہا ہے کہ منصوبہ مکمل ہو گیا۔'])
      expect(needs(sentence), sentence).toBe(false)
  })

  it('leaves a sentence that names its speaker, or opens on its own news', () => {
    for (const sentence of [
      'وأضاف الوزير أن المشروع سيكتمل العام المقبل.',
      'وأوضح الأمين العام في تصريح أن الصادرات ارتفعت.',
      'وقال لي جيان قوه، نائب رئيس الهيئة، إن التعاون سيتوسع.',
      'وبين الطرفين خلافات قديمة حول الحدود.',
      'من جهته، قال المتحدث باسم الجيش إن العملية انتهت.',
      'وقالت وزارة الصحة إن عدد الإصابات ارتفع.',
      'وهيئة الطرق تدرس المشروع منذ عامين.',
      'أعلنت الوزارة اليوم عن خطة جديدة.',
    ]) expect(needs(sentence), sentence).toBe(false)
  })
})
