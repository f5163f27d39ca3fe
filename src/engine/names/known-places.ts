/**
 * Places of the news that the article rules know (find-places.ts, findKnownPlace): the Arab world's
 * regions, provinces, cities and towns, the places of the wars the news has followed since 2011 (Syria,
 * Iraq, Yemen, Libya, Sudan, Gaza and the West Bank, southern Lebanon, Ukraine), and capitals and cities
 * of the world. Hand-written, Arabic as the news spells it.
 *
 * Why a list of its own: the tagger knows the places it was trained with (the gazetteer in the model
 * file, CLDR's names and EXTRA_PLACES), which 2007 news seldom named: of the places here, a probe
 * sentence ("وقعت اشتباكات عنيفة في X أمس.") found 65 of 119 Arab and war places before this list, missing
 * "مسقط", "ذي قار", "نينوى", "الفاشر", "خاركيف", and 46 of 102 world cities ("دبلن", "كمبالا", "أسمرة"). Adding places to the features needs a retrained model and moved
 * cross-validation within its noise when tried (2,609 places, train-names.ts header); the rules fill the
 * gaps without moving the model.
 *
 * Left out on purpose: names that are as often common words, given names or words of scripture, which
 * a list cannot tell apart: "صور" pictures, "العين" the eye, "حائل" barrier, "سرت" spread, "الخبر" the
 * news, "جنين" an embryo, "حمص" chickpeas, "الرمادي" grey, "الموصل" a conductor, "الأقصر" the shortest,
 * "حماة" protectors, "تدمر" destroys, "الرقة" softness, "الكفرة" the unbelievers, "ينبع" springs,
 * "بعقوبة" with a penalty, "عدن" of "جنات عدن", "الجليل" venerable, "البقاع" spots, "دوما" the Duma,
 * "البندقية" the rifle, "بالي" on my mind, "ليما" why, "دار السلام", "بورتو" (the club),
 * "المنصورة", "حجة", "البيضاء", "الزاوية", "مشهد", "قم", "إب". The tagger still finds them where its context says
 * so ("حمص" and "جنين" in news were found before this list).
 */
export const NEWER_PLACES = [
  // Iraq
  'ذي قار', 'الأنبار', 'نينوى', 'ديالى', 'كربلاء', 'النجف', 'بابل', 'ميسان', 'البصرة', 'كركوك', 'أربيل',
  'دهوك', 'السليمانية', 'الفلوجة', 'تكريت', 'سامراء', 'السماوة', 'الديوانية',
  'تلعفر', 'سنجار', 'الكوت',
  // Syria
  'إدلب', 'دير الزور', 'السويداء', 'اللاذقية', 'طرطوس', 'القنيطرة', 'الحسكة',
  'القامشلي', 'عفرين', 'منبج', 'كوباني', 'معرة النعمان', 'سراقب', 'خان شيخون', 'الغوطة الشرقية',
  'داريا', 'الزبداني',
  // Lebanon
  'الضاحية الجنوبية', 'النبطية', 'بعلبك', 'جونية', 'زحلة', 'صيدا', 'عكار', 'مرجعيون', 'بنت جبيل',
  'الناقورة', 'شبعا', 'كفرشوبا',
  // Gaza, the West Bank, Israel
  'جباليا', 'بيت لاهيا', 'بيت حانون', 'النصيرات', 'البريج', 'الشجاعية', 'دير البلح', 'خان يونس',
  'رفح', 'طولكرم', 'نابلس', 'قلقيلية', 'طوباس', 'سلفيت', 'أريحا', 'بيت لحم', 'رام الله',
  'حيفا', 'عسقلان', 'سديروت', 'أسدود', 'بئر السبع', 'إيلات', 'النقب', 'صفد', 'طبريا', 'الناصرة',
  // Yemen
  'صعدة', 'مأرب', 'الحديدة', 'تعز', 'المكلا', 'حضرموت', 'شبوة', 'ذمار', 'لحج',
  // Sudan
  'الفاشر', 'نيالا', 'ود مدني', 'كادقلي', 'الدمازين', 'سنار', 'القضارف', 'عطبرة', 'بورتسودان',
  'أم درمان', 'دارفور', 'كردفان',
  // Libya
  'بنغازي', 'مصراتة', 'درنة', 'غريان', 'ترهونة',
  // Egypt
  'المنيا', 'سوهاج', 'أسيوط', 'الفيوم', 'بني سويف', 'دمياط', 'طنطا', 'الزقازيق', 'بورسعيد', 'الغردقة',
  'شرم الشيخ', 'مرسى مطروح', 'العلمين', 'العريش', 'أسوان',
  // The Gulf
  'الجهراء', 'صلالة', 'صحار', 'نزوى', 'مسقط', 'المحرق', 'الظهران', 'الأحساء', 'القصيم', 'بريدة',
  'خميس مشيط', 'نيوم', 'أبها', 'جازان', 'نجران', 'عسير', 'الباحة', 'مكة المكرمة', 'المدينة المنورة', 'القطيف', 'الفجيرة', 'رأس الخيمة', 'عجمان', 'أم القيوين',
  // The Maghreb and Mauritania
  'قسنطينة', 'عنابة', 'تلمسان', 'سطيف', 'باتنة', 'البليدة', 'بجاية', 'تيزي وزو', 'ورقلة', 'غرداية',
  'صفاقس', 'القيروان', 'بنزرت', 'قابس', 'مدنين', 'قفصة', 'سيدي بوزيد', 'مكناس', 'تطوان',
  'الحسيمة', 'الناظور', 'نواذيبو',
  // Ukraine and Russia, Iran, Turkey
  'خاركيف', 'دونيتسك', 'لوغانسك', 'باخموت', 'أوديسا', 'زابوريجيا', 'خيرسون', 'دنيبرو', 'لفيف', 'كورسك',
  'بيلغورود', 'أصفهان', 'شيراز', 'تبريز', 'الأهواز', 'نطنز', 'فوردو', 'بندر عباس', 'إزمير', 'غازي عنتاب',
  'هاتاي', 'ديار بكر',
  // Straits, canals and regions of the news
  'باب المندب', 'قناة السويس', 'شبه جزيرة القرم', 'التبت', 'دافوس',
  // Holy places (the tagger takes "المسجد الأقصى" for MISC, which the reader does not show)
  'المسجد الأقصى', 'المسجد الحرام', 'المسجد النبوي', 'المسجد الإبراهيمي', 'الحرم الإبراهيمي', 'قبة الصخرة',
  'كنيسة القيامة', 'كنيسة المهد', 'حائط البراق', 'الحرم القدسي', 'الحرم المكي', 'الحرم النبوي',
  // Capitals and cities of the world news that CLDR's names do not give the tagger
  'بلغراد', 'يريفان', 'تبليسي', 'أستانا', 'طشقند', 'بيشكك', 'دوشنبه', 'عشق آباد', 'تالين', 'زغرب', 'سكوبيي',
  'فاليتا', 'دبلن', 'إدنبرة', 'مرسيليا', 'تولوز', 'نابولي', 'فلورنسا', 'فالنسيا', 'أنتويرب', 'سانت بطرسبرغ',
  'سوتشي', 'كازان', 'فلاديفوستوك', 'أوساكا', 'هيروشيما', 'ناغازاكي', 'ووهان', 'شنتشن', 'ماكاو', 'هانوي',
  'هوشي منه', 'تايبيه', 'ملبورن', 'هيوستن', 'سياتل', 'أتلانتا', 'لاس فيغاس', 'بالتيمور', 'ديترويت', 'فانكوفر',
  'مكسيكو سيتي', 'كيتو', 'لاباز', 'مونتيفيديو', 'جوبا', 'كمبالا', 'كيغالي', 'لواندا', 'هراري', 'أكرا',
  'أبيدجان', 'ياوندي', 'انجامينا', 'نجامينا', 'بانغي', 'مونروفيا', 'كوناكري', 'أسمرة', 'نيامي', 'كينشاسا',
] as const

/**
 * Places left out of NEWER_PLACES as common words too (see its comment), found only after a place's head
 * that says what they are ("مدينة صور", "محافظة حجة", "ولاية القصرين"; find-places.ts, findHeadedPlace).
 * Hand-written.
 */
export const PLACES_AFTER_A_HEAD = [
  'صور', 'العين', 'حائل', 'سرت', 'الخبر', 'جنين', 'حمص', 'الرمادي', 'الموصل', 'الأقصر', 'حماة', 'تدمر', 'الرقة',
  'الكفرة', 'ينبع', 'بعقوبة', 'عدن', 'الجليل', 'البقاع', 'دوما', 'المنصورة', 'حجة', 'البيضاء', 'الزاوية', 'مشهد',
  'قم', 'إب', 'الأبيض', 'القصرين', 'الحوز', 'حرض', 'الجوف', 'المهرة', 'أبين', 'عمران', 'الضالع', 'المحويت', 'ريمة',
  'الكاف', 'سوسة', 'المهدية', 'نابل', 'باجة', 'الجديدة', 'آسفي', 'الصويرة', 'خنيفرة', 'سنار', 'كسلا', 'الجنينة',
  'نيالا', 'القضارف', 'الدمازين', 'كادقلي', 'الضعين', 'زالنجي', 'عطبرة', 'مروي', 'حلوان', 'العريش', 'الطور',
] as const

/** Words after which a place of the list is a common expression: "مسقط رأسه" is his birthplace. */
export const NOT_A_PLACE_BEFORE: ReadonlyMap<string, readonly string[]> = new Map([['مسقط', ['رأس', 'رأسه', 'رأسها', 'رأسهم']]])
