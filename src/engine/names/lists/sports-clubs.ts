import { NEWS_CLUB_WORDS } from './news-organizations.ts'
/**
 * Football clubs of the Arab world, one word each (written for Qari from general knowledge of Arab
 * league football, not cut from any corpus). Sports pages name them bare ("تجمع العربي مع الوكرة",
 * "فاز الغرافة على الخور"), without a "نادي" or "فريق" to say what they are, and most are unseen
 * in training. Many are also ordinary words ("العربي" Arab, "الشمال" north, "الوحدة" unity), so they are
 * a word class of their own (WORD_CLASS.sportsClub) whose weight the tagger learns, never a mark that
 * makes a name by itself. Multi-word clubs ("أم صلال") are in KNOWN_ORGANIZATIONS.
 */
export const SPORTS_CLUBS = [
  // Qatar
  'السد', 'الريان', 'الغرافة', 'الوكرة', 'الخور', 'العربي', 'الأهلي', 'الشمال', 'الخريطيات', 'المرخية',
  'السيلية', 'الدحيل', 'لخويا', 'الشحانية', 'معيذر', 'العنابي',
  // Saudi Arabia
  'الهلال', 'النصر', 'الاتحاد', 'الشباب', 'الاتفاق', 'الفتح', 'التعاون', 'الفيصلي', 'الرائد', 'القادسية',
  'الوحدة', 'الحزم', 'الفيحاء', 'الطائي', 'الخليج', 'الرياض', 'النهضة', 'الوطني',
  // United Arab Emirates
  'العين', 'الوصل', 'الشارقة', 'الجزيرة', 'عجمان', 'الظفرة', 'كلباء', 'دبا', 'حتا', 'الإمارات',
  // Kuwait, Bahrain, Oman
  'الكويت', 'السالمية', 'كاظمة', 'الجهراء', 'الساحل', 'التضامن', 'الفحيحيل', 'اليرموك', 'خيطان',
  'المحرق', 'الرفاع', 'الحد', 'النجمة', 'البسيتين', 'المالكية', 'ظفار', 'السيب', 'صحم', 'العروبة',
  'السويق', 'فنجاء',
  // Egypt
  'الزمالك', 'الإسماعيلي', 'المصري', 'الترسانة', 'إنبي', 'بتروجت', 'سموحة', 'الجونة', 'المقاولون',
  'الاتصالات', 'المحلة',
  // Levant and Iraq
  'الوحدات', 'الرمثا', 'البقعة', 'الحسين', 'الزوراء', 'الطلبة', 'الشرطة',
  'الجوية', 'الكرامة', 'تشرين', 'الجيش', 'الأنصار', 'العهد', 'الصفاء',
  // North Africa and Sudan
  'الترجي', 'الإفريقي', 'الصفاقسي', 'الوداد', 'الرجاء', 'المريخ', 'المولودية', 'الشبيبة', 'الوفاق',
]

/**
 * Clubs the article rules read beside SPORTS_CLUBS, as one of them, but the tagger's features do not (a list they read
 * changes what the shipped model was trained on; tagger-feature-lists.test.ts fingerprints those). Session 60, from s60-b's
 * errors and general knowledge of Arab league football: Iraq's, Syria's, Yemen's and Libya's clubs named by common words
 * ("الميناء" the port, "الكهرباء" electricity, "الفتوة" youth, "التحدي" the challenge); not "المدينة" (Libya's Al-Madina),
 * as often the city in a report of sport ("ملعب المدينة").
 */
export const NEWER_SPORTS_CLUBS = [
  'الميناء', 'الكهرباء', 'النفط', 'حطين', 'الفتوة', 'الحرية', 'الوثبة', 'الطليعة', 'التلال', 'الصقر', 'التحدي', 'السويحلي',
  'الأخضر', 'الصداقة',
  // Session 64: the Arab leagues' clubs named by one definite common word (news-organizations.ts).
  ...NEWS_CLUB_WORDS,
]
