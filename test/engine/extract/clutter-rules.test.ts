import { describe, expect, it } from 'vitest'
import { matchClutter, normalizePhrase } from '../../../src/engine/extract/clutter-rules.ts'

const rule = (text: string) => matchClutter(normalizePhrase(text), text.length)?.id

describe('clutter rules', () => {
  it.each([
    ['اقرأ أيضا', 'read-also'],
    ['إقرأ أيضاً: الصين تعلن استعدادها للتنسيق', 'read-also'],
    ['اقرا ايضا', 'read-also'],
    ['اقرأ أيضًا', 'read-also'],
    ['مقالات ذات صلة', 'read-also'],
    ['اخبار مرتبط', 'read-also'],
    ['یہ بھی پڑھیں', 'read-also'],
    ['نشرت في: 27/10/2023 – 16:40', 'date-line'],
    ['وقت القراءة: 4 دقائق', 'reading-time'],
    ['مصدر الخبر', 'source-link'],
    ['المصدر: وكالات', 'source-link'],
    ['شارك الخبر: فيسبوك تويتر', 'share-follow'],
    ['تابعوا أخبار الإمارات من البيان عبر غوغل نيوز', 'share-follow'],
    ['الكلمات المفتاحية: غزة، روسيا', 'tags'],
    ['برچسب‌ها: کتابخانه', 'tags'],
    ['تاجز', 'tags'],
    ['لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *', 'comments'],
    ['زر الذهاب إلى الأعلى', 'back-to-top'],
    ['انتهای پیام/ی', 'agency-end-marker'],
    ['(انتهى)', 'agency-end-marker'],
    ['(جاری ہے)', 'agency-end-marker'],
    ['کد خبر : 2022643 | 31 اردیبهشت 1403', 'news-code'],
    ['صدر الصورة، Getty Images', 'image-credit'],
    ['التالي', 'pagination'],
    ['تخطى قصص مقترحة وواصل القراءة', 'skip-link'],
    ['تحرير: منى صالح', 'editor-credit'],
    ['للاطلاع على العدد 449 من جريدة «الوسط» اضغط هنا (ملف بصيغة PDF)', 'share-follow'],
    ['لمشاهدة الصور كاملة اضغط هنا', 'click-here'],
    ['رابط مختصر', 'source-link'],
    ['مصادر إضافية • أ ف ب، أنسا', 'source-link'],
    ['مواضيع إضافية', 'read-also'],
    ['(النهاية)', 'agency-end-marker'],
    ['دقائق القراءة: 3', 'reading-time'],
    ['يحتوي موقع وكالة الأناضول على جزء فقط من القصص الإخبارية المقدمة للمشتركين في نظام تدفق الأخبار (HAS)، وبشكل ملخّص.', 'subscriber-notice'],
    ['حجم الخط', 'share-word'],
    ['أبرز النقاط', 'summary-label'],
    ['ترشيحات:', 'read-also'],
    ['للمشاركة في النقاش قم بتسجيل الدخول أو التسجيل', 'comments'],
    ['الدردشة', 'share-word'],
    ['إعلان', 'ad-label'],
    ['Advertisement', 'ad-label'],
    ['Publicité', 'ad-label'],
    ['ملخص', 'summary-label'],
    ['أعدت "إيلاف" هذا التقرير بتصرف عن "بلومبرغ". المادة الأصل منشورة على الرابط https://x.example/a', 'adapted-from'],
  ])('%s → %s', (text, id) => {
    expect(rule(text)).toBe(id)
  })

  it.each([
    'المصدر أكد أن الاجتماع سيعقد الأسبوع المقبل في العاصمة.',
    'شارك في الاجتماع وزراء خارجية الدول العربية.',
    'التاريخ يعيد نفسه في هذه المدينة.',
    'اشترك آلاف المتطوعين في حملة التشجير.',
    'قالت روسيا الجمعة إنه من الضروري الحفاظ على التواصل مع كل أطراف الصراع.',
    'فرانس24/ رويترز/ أ ف ب',
    'إعلان الحكومة خطة جديدة لدعم المزارعين.',
    'ملخص الاجتماع نشر على موقع الوزارة.',
    'تحرير الأسعار خطوة طالب بها صندوق النقد الدولي منذ سنوات.',
  ])('prose stays: %s', (text) => {
    expect(rule(text)).toBeUndefined()
  })
})
