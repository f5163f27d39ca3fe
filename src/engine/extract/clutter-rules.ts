/**
 * Arabic, Persian and Urdu clutter as data (and the commonest labels of Central Kurdish, Pashto, Sindhi and Uyghur
 * news sites): the phrases that label boilerplate on news pages.
 *
 * Phrases are written as pages write them; they are compared after `normalizePhrase` (hamza forms and
 * alef variants folded, tanween and tatweel dropped, punctuation turned to spaces, Persian/Urdu letters
 * folded to Arabic), so "إقرأ أيضاً:" "اقرأ ايضا" and "اقرا أيضًا" are one phrase. Each rule says how a
 * phrase marks clutter:
 * - `box`: the label of a box (a heading or first line followed by links): the whole box goes.
 * - `line`: a block that starts with the phrase and stays short is clutter (date lines, share lines).
 * - `exact`: a block that is the phrase and nothing more (short words like "التالي" that are fine in prose).
 * - `contains`: a block that contains the phrase anywhere is clutter (comment rules, disclaimers).
 */
import { normalizeArabic } from '../arabic/normalize.ts'

export type ClutterMatch = 'box' | 'line' | 'exact' | 'contains'

export interface ClutterRule {
  /** What the rule removes, for reasons and tests. */
  id: string
  match: ClutterMatch
  /** `line`/`contains`: longest block (in characters) the rule may remove; longer blocks are prose. */
  maxLength?: number
  /** `line`: the block must have a colon within this many characters of its start (a note's label, "نبذة عن X:"). */
  colonWithin?: number
  phrases: string[]
}

export const CLUTTER_RULES: ClutterRule[] = [
  {
    id: 'read-also',
    match: 'box',
    phrases: [
      // Arabic
      'اقرأ أيضا', 'إقرأ أيضاً', 'اقرأ/ي أيضًا', 'اقرأ كذلك', 'اقرأ المزيد', 'اقرأ أيضا في', 'طالع أيضا', 'شاهد أيضا', 'إقرأ المزيد',
      'ذات صلة', 'مواضيع ذات صلة', 'مقالات ذات صلة', 'أخبار ذات صلة', 'مواد ذات صلة', 'أخبار متعلقة', 'مقالات متعلقة',
      'قد يهمك أيضا', 'قد يهمك', 'قد يعجبك أيضا', 'ربما يهمك', 'اخترنا لكم', 'ترشيحاتنا', 'اقتراحاتنا',
      'قصص مقترحة', 'ترشيحات', 'المزيد حول هذه القصة', 'المزيد من الأخبار', 'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تصفحا',
      'الأكثر تداولا', 'الأكثر تعليقا', 'الأخبار الرئيسية', 'آخر الأخبار', 'أخر الأخبار', 'أحدث الأخبار',
      'يستحق الانتباه', 'زوارنا يقرأون الآن', 'مشاهدات عالية', 'تابع أيضا', 'مواضيع إضافية',
      // Other posts under a site builder's or a notebook's page (Google Sites' "أخبار أخرى", Notion's "منشورات أخرى").
      'أخبار أخرى', 'منشورات أخرى', 'مقالات أخرى', 'مواضيع أخرى',
      // A newsletter's teaser of its next issue (a Mailchimp campaign's "في العدد القادم").
      'في العدد القادم',
      'شريط الأخبار', 'شريط الأحداث', 'أخبار عاجلة', 'عاجل',
      // Persian
      'اخبار مرتبط', 'مطالب مرتبط', 'مطالب پیشنهادی', 'اخبار پیشنهادی', 'بیشتر بخوانید', 'همچنین بخوانید',
      'بخوانید', 'نوشته‌های مشابه', 'پربازدیدها', 'پربازدید ها', 'آخرین اخبار', 'پربحث ترین ها', 'سوژه‌های شما',
      // Urdu
      'متعلقہ مضامین', 'متعلقہ خبریں', 'مزید پڑھیں', 'یہ بھی پڑھیں', 'مزید پڑھیے', 'یہ بھی پڑھیے', 'مزید مضامین', 'مزید خبریں',
      'سب سے زیادہ پڑھی جانے والی خبریں', 'اس وقت سب سے زیادہ پڑھی جانے والی خبریں',
      // Central Kurdish
      'بابەتی پەیوەندیدار', 'هەواڵی پەیوەندیدار', 'پەیوەندیدار', 'بابەتی زیاتر', 'زیاتر بخوێنەرەوە', 'بخوێنەرەوە',
      'زۆرترین خوێندراو', 'دوایین هەواڵەکان', 'هەواڵی خێرا',
      // Pashto
      'اړوندې کیسې', 'اړوند خبرونه', 'اړوند', 'نورې خبرې', 'ډېرې لوستل شوې', 'دا هم ولولئ', 'نور ولولئ', 'وروستي خبرونه',
      // Sindhi
      'لاڳاپيل خبرون', 'وڌيڪ خبرون', 'هي به پڙهو', 'وڌيڪ پڙهو', 'مشهور خبرون', 'تازيون خبرون',
      // Uyghur
      'مۇناسىۋەتلىك خەۋەرلەر', 'ئوقۇپ بېقىڭ', 'ئەڭ يېڭى خەۋەرلەر', 'ئەڭ كۆپ كۆرۈلگەن',
    ],
  },
  {
    // A call to follow the site's channel, with its address or a line under it (a weekly's "ما را در تلگرام دنبال کنید"
    // box inside its text).
    id: 'follow-box',
    match: 'box',
    phrases: ['ما را در تلگرام دنبال کنید', 'ما را دنبال کنید', 'تابعونا على تلغرام', 'تابعونا على تيليجرام', 'تابعوا قناتنا على واتساب', 'ہمارا واٹس ایپ چینل جوائن کریں'],
  },
  {
    // A government or university page's "was this page useful?" widget, with its tally ("أفاد 87% من الزوار بأن المحتوى مفيد").
    id: 'page-feedback',
    match: 'contains',
    maxLength: 150,
    phrases: [
      'هل كان محتوى الصفحة مفيدا', 'هل كانت هذه الصفحة مفيدة', 'هل كان المحتوى مفيدا', 'بأن المحتوى مفيد', 'وجدوا هذا المحتوى مفيدا',
      'آیا این صفحه مفید بود', 'آیا این مطلب مفید بود', 'کیا یہ صفحہ مفید تھا',
    ],
  },
  {
    // A gallery's title standing alone over its thumbnails ("صور الحدث" under a university's news item).
    id: 'gallery-label',
    match: 'exact',
    phrases: ['صور الحدث', 'ألبوم الصور', 'معرض الصور', 'گالری تصاویر'],
  },
  {
    // A line offering the document a release announces ("تحميل القرار:" before a PDF icon, "ڈاؤن لوڈ کریں: پی ڈی ایف").
    id: 'download-line',
    match: 'line',
    maxLength: 60,
    phrases: ['تحميل القرار', 'تحميل الملف', 'تحميل البيان', 'ڈاؤن لوڈ کریں', 'دانلود فایل'],
  },
  {
    // A site's contact box under the text: its heading, address, hours and e-mail (a municipality's Google Sites page).
    id: 'contact-box',
    match: 'box',
    phrases: ['تواصلوا معنا', 'تواصل معنا', 'اتصل بنا', 'اتصلوا بنا', 'تماس با ما', 'ہم سے رابطہ کریں'],
  },
  {
    id: 'tags',
    match: 'line',
    maxLength: 400,
    phrases: [
      'الكلمات المفتاحية', 'كلمات مفتاحية', 'الكلمات الدالة', 'كلمات دالة', 'وسوم', 'الوسوم', 'تاجز', 'تاغ',
      'الموضوعات:', 'مواضيع:', 'برچسب ها', 'برچسب‌ها', 'کلیدواژه ها', 'کلمات کلیدی', 'متعلقہ عنوان', 'ٹیگز', 'Tags',
    ],
  },
  {
    id: 'date-line',
    match: 'line',
    maxLength: 90,
    phrases: [
      'نشرت في', 'نشر في', 'نشر بتاريخ', 'نشر يوم', 'تاريخ النشر', 'تم النشر', 'آخر تحديث', 'تاريخ التحديث',
      'تم التحديث', 'التاريخ:', 'بتاريخ:', 'تم نشر هذا المحتوى', 'تاریخ انتشار', 'زمان انتشار', 'به روز رسانی', 'اپ ڈیٹ:', 'شائع:',
      'Published', 'Updated',
    ],
  },
  {
    // A player that reads the article aloud, over the text: its label, its time and its note on the voice ("استمع إلى
    // المقال 00:00 / 04:36", "صوت مولَّد آليًا").
    id: 'listen-player',
    match: 'line',
    maxLength: 60,
    phrases: ['استمع إلى المقال', 'استمع للمقال', 'استمع إلى الخبر', 'استمع للخبر', 'صوت مولد آليا', 'بصوت مولد', 'قراءة آلية مولدة'],
  },
  {
    // The note under a summary a machine wrote ("تمت صياغة هذه النقاط بمساعدة الذكاء الاصطناعي ومراجعتها من طرف هيئة
    // التحرير"): the summary is the article's, the note is not.
    id: 'machine-summary-note',
    match: 'contains',
    maxLength: 220,
    phrases: ['تمت صياغة هذه النقاط', 'تم إنشاء هذا الملخص', 'هذا الملخص مولد', 'تمت كتابة هذا الملخص'],
  },
  {
    id: 'reading-time',
    match: 'line',
    maxLength: 40,
    phrases: ['وقت القراءة', 'مدة القراءة', 'زمن القراءة', 'دقائق القراءة', 'دقيقة قراءة', 'دقائق قراءة', 'دقائق للقراءة', 'دقيقة للقراءة', 'زمان مطالعه', 'مدت زمان مطالعه', 'min read'],
  },
  {
    id: 'source-link',
    match: 'line',
    maxLength: 60,
    // (And a copy's credit to the outlet it was taken from: "نقلا عن موقع المرصد الأردني".)
    phrases: ['مصدر الخبر', 'المصدر:', 'رابط الخبر', 'رابط المصدر', 'رابط مختصر', 'الرابط المختصر', 'مصادر إضافية', 'لینک کوتاه', 'منبع خبر:', 'منبع:', 'نقلا عن', 'نقلاً عن'],
  },
  {
    // A source line that also names the writer and the date, in one cell (a Uyghur paper's "مەنبە: شىنجاڭ گېزىتى
    // ئاپتور: … 2026-يىلى 5-ئاينىڭ 12-كۈنى"; "مەنبە" is "source").
    id: 'source-writer-line',
    match: 'line',
    maxLength: 120,
    phrases: ['مەنبە:'],
  },
  {
    id: 'share-follow',
    match: 'line',
    maxLength: 120,
    phrases: [
      'شارك الخبر', 'مشاركة الخبر', 'مشاركه الخبر', 'شارك المقال', 'شارك هذا', 'شاركها على', 'شارك على',
      'تابعونا', 'تابعنا على', 'تابعوا', 'تابعوا آخر', 'اشترك الآن', 'اشترك في نشرتنا', 'اشترك في النشرة',
      'إشترك لمشاهدة', 'اشترك لمشاهدة', 'اشترك في قناة', 'انضم الى ملايين', 'انضم إلى قناتنا', 'حمل الآن تطبيق',
      'حمل تطبيق', 'للاطلاع على آخر الأخبار', 'للإطلاع على أخر الأخبار', 'للاطلاع على العدد', 'أرسل لصديق', 'ارسل لصديق', 'نسخ الرابط', 'اشتراک گذاری', 'اشتراک‌گذاری', 'ارسال به دوستان',
      'نسخه چاپی', 'اندازه فونت', 'گزارش خطا', 'شیئر کریں', 'Share on', 'Follow us',
      'هاوبەشی بکە', 'شریک یې کړئ', 'شيئر ڪريو', 'ھەمبەھىرلەش',
      // A channel's call for readers' news under a post ("لإرسال الأخبار والصور: @…_bot").
      'لإرسال الأخبار', 'لإرسال أخباركم', 'أرسلوا أخباركم',
    ],
  },
  {
    id: 'share-word',
    match: 'exact',
    phrases: ['شارك', 'مشاركة', 'انشر', 'اشترك', 'إشترك', 'طباعة', 'حجم الخط', 'تكبير الخط', 'تصغير الخط', 'الدردشة', 'تابعنا', 'Share', 'Print', 'للمزيد', 'المزيد', 'واتساب', 'فيسبوك', 'تويتر', 'Google Play', 'App Store'],
  },
  {
    id: 'comments',
    match: 'contains',
    maxLength: 600,
    phrases: [
      'لن يتم نشر عنوان بريدك الإلكتروني', 'الحقول الإلزامية مشار إليها', 'اترك تعليقا', 'أضف تعليقك', 'أضف تعليقا',
      'إرسال التعليق', 'بالنقاش الحيوي والمفيد', 'الآراء الواردة أدناه لا تعبر', 'التعليقات المنشورة لا تعبر',
      'الآراء الواردة في التعليقات', 'للمشاركة في النقاش', 'ارسال نظر', 'نظرات کاربران', 'دیدگاه‌ها', 'دیدگاه ها',
      'کی رائے سے متفق ہونا ضروری نہیں',
      // "Give your opinion", "write your comment" over a comment box: Sindhi, Pashto, Central Kurdish, Uyghur.
      'پنهنجي راءِ ڏيو', 'خپل نظر ولیکئ', 'ڕای خۆت بنووسە', 'ئىنكاس يېزىڭ',
    ],
  },
  {
    id: 'back-to-top',
    match: 'line',
    maxLength: 40,
    phrases: ['زر الذهاب إلى الأعلى', 'العودة للأعلى', 'العودة إلى الأعلى', 'الذهاب للأعلى', 'إلى الأعلى', 'بازگشت به بالا'],
  },
  {
    id: 'agency-end-marker',
    match: 'exact',
    phrases: ['انتهى', 'النهاية', 'انتهی', 'انتهای پیام', 'انتهای پیام ی', 'انتهای خبر', 'ع ص', 'جاری ہے', 'ختم'],
  },
  {
    // A Persian agency's end marker with the desk's code after it: Fars's "انتهای پیام/ ک".
    id: 'coded-end-marker',
    match: 'line',
    maxLength: 20,
    phrases: ['انتهای پیام', 'انتهای خبر'],
  },
  {
    id: 'news-code',
    match: 'line',
    maxLength: 120,
    // (And a press release's number: a Punjab department's "ہینڈ آؤٹ نمبر: 412/ر".)
    phrases: ['کد خبر', 'شناسه خبر', 'رقم الخبر', 'كود الخبر', 'خبر کا کوڈ', 'ہینڈ آؤٹ نمبر'],
  },
  {
    id: 'image-credit',
    match: 'line',
    maxLength: 100,
    phrases: [
      'صدر الصورة', 'مصدر الصورة', 'حقوق الصورة', 'تصوير:', 'الصورة:', 'صورة أرشيفية', 'عکس:', 'منبع عکس', 'تصویر:', 'فوٹو:',
      'التعليق على الصورة',
    ],
  },
  {
    id: 'video-label',
    match: 'line',
    maxLength: 60,
    // And a player's duration label ("Duration 0:47", Sky News Arabia's live page).
    phrases: ['شاهد الفيديو', 'تشغيل الفيديو', 'مدة الفيديو', 'فيديو:', 'تشاهدون الآن', 'پخش ویدیو', 'ویدیو:', 'ویڈیو:', 'Play video', 'Duration'],
  },
  {
    // A wire service's notice to subscribers closing the public copy (Anadolu's "HAS" line).
    id: 'subscriber-notice',
    match: 'contains',
    maxLength: 300,
    phrases: ['للمشتركين في نظام تدفق الأخبار', 'للاشتراك يرجى التواصل معنا'],
  },
  {
    // Who edited the piece, closing it (DW's "تحرير: منى صالح", Xinhua's "【المحرر: 王丽】"): a credit, not body. The
    // colon is required.
    id: 'editor-credit',
    match: 'line',
    maxLength: 50,
    // (And a Uyghur paper's "مەسئۇل مۇھەررىر:", the responsible editor of Chinese publishing systems, 责任编辑.)
    // (And the translator's, under a piece translated from the site's English edition: "ترجمة: كريم فرج", Mada Masr.)
    phrases: ['تحرير:', 'مراجعة:', 'تحرير ومراجعة:', 'تدقيق:', 'المحرر:', '【المحرر:', 'مەسئۇل مۇھەررىر:', '责任编辑:', '责任编辑：', 'ترجمة:'],
  },
  {
    // A newsletter's or a desk's sign-off under the piece ("— فريق نشرة الموجز", "أسرة التحرير").
    id: 'team-signoff',
    match: 'line',
    maxLength: 40,
    phrases: ['فريق نشرة', 'فريق النشرة', 'فريق التحرير', 'فريق تحرير', 'أسرة التحرير', 'هيئة التحرير'],
  },
  {
    // A call to click (or scroll) in a short line: the print edition's PDF ("… اضغط هنا (ملف بصيغة PDF)"), a gallery.
    id: 'click-here',
    match: 'contains',
    maxLength: 150,
    // (And a sortable table's hint: "اضغط على عنوان أي عمود لترتيب الجدول".)
    // (And a scrolling story's "مرّر للأسفل لمتابعة الخريطة".)
    phrases: ['اضغط هنا', 'إضغط هنا', 'انقر هنا', 'کلیک کنید', 'یہاں کلک کریں', 'لترتيب الجدول', 'مرر للأسفل', 'مرر لأسفل'],
  },
  {
    // A gallery's title over its pictures under the text ("صور المباراة", Al-Anba's match report): a label, no text.
    id: 'gallery-label',
    match: 'exact',
    phrases: ['صور المباراة', 'ألبوم الصور', 'معرض الصور', 'صور الخبر', 'شاهد الصور'],
  },
  {
    // A press release's closing note on the company ("نبذة عن أرامكو السعودية: أرامكو السعودية شركة متكاملة …"), the
    // same under every release: the colon after the company's name is required, a section of the text opens without one.
    id: 'about-the-company',
    match: 'line',
    maxLength: 600,
    phrases: ['نبذة عن'],
    colonWithin: 60,
  },
  {
    // A broadcaster's closing credit to the outlets it drew on ("مع معلومات من الصحافة الكندية وسي بي سي", Radio-Canada
    // International): a credit line, as an agency's is.
    id: 'drawn-from-credit',
    match: 'line',
    maxLength: 90,
    phrases: ['مع معلومات من'],
  },
  {
    // A print edition's pointer to where the text goes on in the paper ("(تتمة ص 12)", Al-Ayyam's web copy of its pages):
    // the web copy runs on, so the pointer is no text.
    id: 'continuation-marker',
    match: 'contains',
    maxLength: 30,
    phrases: ['تتمة ص', 'التتمة ص', 'تتمة صفحة', 'تتمة في ص', 'التتمة في ص', 'البقية ص', 'البقية في ص'],
  },
  {
    // The label an ad slot prints over its empty box ("إعلان"), which survives when the slot is not filled.
    id: 'ad-label',
    match: 'exact',
    // (And Kurdish, Sindhi, Uyghur and Turkish: a Uyghur site in Istanbul prints "- Reklam -"; and French, which a Tunisian
    // or Moroccan site prints over its slots between Arabic paragraphs: "Publicité".)
    phrases: [
      'إعلان', 'إعلانات', 'مساحة إعلانية', 'إعلان تجاري', 'Advertisement', 'Ad', 'تبلیغات', 'آگهی', 'اشتہار', 'ڕیکلام', 'اشتهار', 'ئېلان',
      'Reklam', 'Publicité', 'Publicite',
    ],
  },
  {
    // A summary box's label standing alone ("ملخص" over Independent Arabia's lead box, Al Bawaba's "أبرز النقاط").
    id: 'summary-label',
    match: 'exact',
    phrases: ['ملخص', 'باختصار', 'أبرز النقاط', 'أهم النقاط', 'نقاط رئيسية'],
  },
  {
    // A contents box's label standing alone, its links gone as a list of links (Raseef22's "في هذا المقال", Zoomit's).
    id: 'contents-label',
    match: 'exact',
    phrases: ['في هذا المقال', 'محتويات المقال', 'جدول المحتويات', 'فهرس المقال', 'فهرست مطالب', 'آنچه در این مطلب می‌خوانید'],
  },
  {
    // A site's copyright notice under the text ("جميع المواد المنشورة في عدن الغد محمية بموجب حقوق النشر، ويُسمح بالاقتباس مع ذكر
    // المصدر."), and a call to support the site between paragraphs ("ادعم صحافة مستقلة …", Al-Taghyeer's banner).
    id: 'site-notice',
    match: 'contains',
    maxLength: 200,
    phrases: [
      'محمية بموجب حقوق النشر', 'يسمح بالاقتباس مع ذكر المصدر', 'جميع الحقوق محفوظة', 'ادعم صحافة مستقلة', 'ادعم الصحافة المستقلة',
      // (A collective's appeal closing its page: "إذا أردتم أن يستمر هذا العمل، ادعمونا باشتراك شهري.")
      'ادعمونا باشتراك', 'ادعمونا بتبرع',
      // (A Persian or Urdu blog's: "کلیه حقوق این وبلاگ برای … محفوظ است".)
      'کلیه حقوق', 'تمامی حقوق', 'جملہ حقوق',
      // The print edition's issue and page under a daily's web copy ("این مطلب در شماره ۵۰۸۴ روزنامه شرق، صفحه ۵ … منتشر شده است").
      'این مطلب در شماره', 'این گزارش در شماره', 'نشر هذا الموضوع في العدد الورقي', 'نشر هذا المقال في العدد الورقي',
      // A columnist's note under the column, in brackets: "(کالم نگار آبی وسائل کے ماہر …)" (Express).
      '(کالم نگار',
      // A feedback poll's question under the text (Zoomit's "این مقاله چقدر برایتان مفید بود؟").
      'این مقاله چقدر برایتان مفید بود', 'هل كان هذا المقال مفيدا', 'هل كان المقال مفيدا', 'هل أعجبك المقال',
      // A press release's contact line for journalists under the text (a central bank's, a ministry's).
      'للاستفسارات الإعلامية', 'للاستفسارات الصحفية', 'للتواصل الإعلامي',
      // A reader-supported newsletter's appeal under the piece ("تصل هذه النشرة مجانا بدعم من قرائها …").
      'بدعم من قرائها', 'بدعم من القراء',
      // An investigation's credit to the network that backed it ("تم إنجاز هذا التحقيق بدعم من شبكة … (أريج) وبإشراف …").
      'هذا التحقيق بدعم من', 'هذا التحقيق بإشراف',
      // A feedback bar's count under a listicle ("78% من القراء أعجبهم هذا المقال", Sasa Post).
      'أعجبهم هذا المقال',
      // Jang's call for readers' opinions under a column ("(کالم نگار کے نام کے ساتھ ایس ایم ایس اور واٹس ایپ رائےدیں …)").
      'کالم نگار کے نام کے ساتھ',
      // A fact-checker's call for claims to check and its note on Meta's programme under the text (AFP Factuel, Fatabyyano).
      'هل تريدون أن نتحقق من معلومة', 'شريك في برنامج ميتا للتحقق',
    ],
  },
  {
    // A translation credit closing an article adapted from a foreign paper: "أعدت "إيلاف" هذا التقرير
    // بتصرف عن "بلومبرغ". المادة الأصل منشورة على الرابط …".
    id: 'adapted-from',
    match: 'contains',
    maxLength: 400,
    phrases: [
      'هذا التقرير بتصرف عن', 'هذه المادة بتصرف عن', 'المادة الأصل منشورة على', 'المادة الأصلية منشورة على',
      // A translated op-ed's note on where it first ran: "* نُشر هذا المقال بالإنكليزية في صحيفة … بتاريخ …" (Al-Araby Al-Jadeed).
      'نشر هذا المقال بالإنكليزية', 'نشر هذا المقال بالإنجليزية', 'نشر هذا المقال بالفرنسية', 'نشر هذا المقال في الأصل',
    ],
  },
  {
    id: 'pagination',
    match: 'exact',
    // And the spinner's label of an infinite scroll under the last article loaded (keep-current-article.ts).
    phrases: ['التالي', 'السابق', 'المقال التالي', 'المقال السابق', 'الخبر التالي', 'الخبر السابق', 'Previous', 'Next', 'بعدی', 'قبلی', 'اگلا', 'پچھلا',
      'جاري تحميل المزيد', 'جار تحميل المزيد', 'جاري التحميل', 'جار التحميل', 'تحميل المزيد', 'در حال بارگذاری', 'مزید لوڈ ہو رہا ہے'],
  },
  {
    // A live page's own controls and labels (batch w: Sky News Arabia, BBC Arabic and Persian, Geo): the auto-refresh
    // switch, the stream's heading, its empty state.
    id: 'live-page-furniture',
    match: 'exact',
    phrases: [
      'تحديث تلقائي', 'التحديث التلقائي', 'التحديثات المباشرة', 'آخر التحديثات', 'لا توجد تحديثات حتى الآن', 'لا توجد تحديثات جديدة',
      'پوشش زنده', 'به‌روزرسانی خودکار', 'لائیو اپ ڈیٹس', 'تازہ ترین اپ ڈیٹس', 'Live updates', 'Auto update',
    ],
  },
  {
    // The notice of updates waiting to be shown: "3 تحديثات جديدة - اضغط للعرض", "2 نئی اپ ڈیٹس دیکھیں".
    id: 'new-updates-notice',
    match: 'contains',
    maxLength: 60,
    phrases: ['تحديثات جديدة', 'تحديث جديد', 'اضغط للعرض', 'به‌روزرسانی جدید', 'نئی اپ ڈیٹس', 'new updates', 'new update'],
  },
  {
    // A story's own "read also" line between paragraphs, left as text in a copy ("اقرأ أيضًا.. وزير التعليم يتفقد …", Nabd):
    // the box rule needs a box; a line so opened and a headline's length is the same promotion.
    id: 'read-also-line',
    match: 'line',
    maxLength: 160,
    phrases: ['اقرأ أيضا', 'إقرأ أيضا', 'اقرأ كذلك', 'طالع أيضا', 'شاهد أيضا', 'بیشتر بخوانید', 'یہ بھی پڑھیں'],
  },
  {
    id: 'skip-link',
    match: 'line',
    maxLength: 80,
    phrases: ['تخطى', 'تخطي', 'إذهب الى المحتوى', 'اذهب إلى المحتوى', 'انتقل إلى المحتوى', 'Skip to'],
  },
]

const PATTERNS = {
  /** A letter or digit of any script (used only for the rare characters outside the fast ranges). */
  wordChar: /[\p{L}\p{N}]/u,
} as const

/** Persian/Urdu and hamza-carrier letters folded further than normalizeArabic does, so one phrase matches all. */
const EXTRA_FOLDS: Record<string, string> = { 'ؤ': 'و', 'ئ': 'ي', 'ء': '' }
/** Arabic-block punctuation and signs that separate words (، ؛ ؟ ٪ ٫ ٬ ۔ and the like). */
const ARABIC_PUNCTUATION = new Set(['،', '؛', '؟', '٪', '٫', '٬', '۔', '؍', '؉', '؊', '٭', '۝', '۞', '۩'])

/**
 * normalizeArabic applied one code unit at a time through a cache, then word characters kept and
 * everything else turned to single spaces, in one pass. normalizeArabic works unit by unit with no
 * context, so the cached result is the same string; the single pass keeps the per-block cost low (a 5 MB
 * page has tens of thousands of blocks). The colon stays as its own token: "المصدر:" labels a source
 * line, "المصدر أكد" is prose. ZWNJ counts as a space ("برچسب‌ها" = "برچسب ها").
 */
const UNIT_CACHE = new Map<number, string>()
const UNIT_CACHE_LIMIT = 4096

function foldUnit(code: number, unit: string): string {
  let folded = UNIT_CACHE.get(code)
  if (folded === undefined) {
    const base = normalizeArabic(unit)
    folded = ''
    for (const c of base) {
      if (c in EXTRA_FOLDS) folded += EXTRA_FOLDS[c]
      else if (c === ':' || c === '\uFF1A') folded += ' : '
      else if (c === '\u200C' || ARABIC_PUNCTUATION.has(c) || !PATTERNS.wordChar.test(c)) folded += ' '
      else folded += c.toLowerCase()
    }
    if (UNIT_CACHE.size < UNIT_CACHE_LIMIT) UNIT_CACHE.set(code, folded)
  }
  return folded
}

/** The comparison form of a phrase or a block's text. */
export function normalizePhrase(text: string): string {
  let out = ''
  let pendingSpace = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let piece: string
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) piece = text[i]
    else if (code >= 65 && code <= 90) piece = String.fromCharCode(code + 32)
    else if (code < 128 && code !== 58) piece = ' '
    else piece = foldUnit(code, text[i])
    for (let k = 0; k < piece.length; k++) {
      const c = piece[k]
      if (c === ' ') pendingSpace = out.length > 0
      else {
        if (pendingSpace) out += ' '
        pendingSpace = false
        out += c
      }
    }
  }
  return out
}

export interface CompiledRule extends ClutterRule {
  normalized: string[]
}

/** Rules with their phrases normalised once, longest phrase first (so "اقرأ أيضا" wins over "اقرأ"). */
export const COMPILED_RULES: CompiledRule[] = CLUTTER_RULES.map((rule) => ({
  ...rule,
  normalized: [...new Set(rule.phrases.map(normalizePhrase))].sort((a, b) => b.length - a.length),
}))

function startsWithPhrase(norm: string, phrase: string): boolean {
  return norm === phrase || (norm.startsWith(phrase) && norm.charAt(phrase.length) === ' ')
}

/** A label's form without a trailing colon ("اقرأ أيضا :" → "اقرأ أيضا"). */
function withoutColon(norm: string): string {
  return norm.endsWith(' :') ? norm.slice(0, -2) : norm === ':' ? '' : norm
}

interface IndexedPhrase {
  rule: CompiledRule
  phrase: string
}

/**
 * Phrases of the start-anchored rules (box, line, exact) by their first word, so a block is compared with
 * the few phrases that could match it rather than all of them (a 5 MB page has tens of thousands of blocks).
 */
const BY_FIRST_WORD: Map<string, IndexedPhrase[]> = (() => {
  const index = new Map<string, IndexedPhrase[]>()
  for (const rule of COMPILED_RULES) {
    if (rule.match === 'contains') continue
    for (const phrase of rule.normalized) {
      const first = phrase.split(' ')[0]
      const list = index.get(first) ?? []
      list.push({ rule, phrase })
      index.set(first, list)
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.phrase.length - a.phrase.length)
  return index
})()

/** The `contains` rules with their phrases padded by a space each side once (a block is padded the same way). */
const CONTAINS_RULES = COMPILED_RULES.filter((rule) => rule.match === 'contains').map((rule) => ({
  rule,
  padded: rule.normalized.map((phrase) => ` ${phrase} `),
}))

/** The rule a block of text breaks, if any. `norm` is normalizePhrase(text); `length` the raw length. */
export function matchClutter(rawNorm: string, length: number, hasLinks = true): CompiledRule | undefined {
  const norm = withoutColon(rawNorm)
  if (!norm) return undefined
  const space = norm.indexOf(' ')
  const candidates = BY_FIRST_WORD.get(space < 0 ? norm : norm.slice(0, space)) ?? []
  for (const { rule, phrase } of candidates) {
    switch (rule.match) {
      case 'exact':
        if (norm === phrase) return rule
        break
      case 'box':
        // A box label alone on its line, or a label followed by a short linked teaser ("اقرأ أيضا: <a>…");
        // without a link, "آخر الأخبار تشير إلى …" is prose.
        if (norm === phrase || (hasLinks && startsWithPhrase(norm, phrase) && length <= 200)) return rule
        break
      case 'line': {
        if (length > (rule.maxLength ?? 120) || !startsWithPhrase(norm, phrase)) break
        if (rule.colonWithin === undefined) return rule
        const colon = rawNorm.indexOf(':')
        if (colon >= 0 && colon <= rule.colonWithin) return rule
        break
      }
    }
  }
  let padded: string | undefined
  for (const { rule, padded: phrases } of CONTAINS_RULES) {
    if (length > (rule.maxLength ?? 600)) continue
    padded ??= ` ${norm} `
    for (const phrase of phrases) if (padded.includes(phrase)) return rule
  }
  return undefined
}

/** True when a short label (a box heading) names a box of links to other stories. */
export function isBoxLabel(rawNorm: string): boolean {
  const norm = withoutColon(rawNorm)
  for (const rule of COMPILED_RULES) {
    if (rule.match !== 'box') continue
    for (const phrase of rule.normalized) if (norm === phrase) return true
  }
  return isMoreFromLabel(norm)
}

/** "المزيد من" with a section's name of a word or two: Al Jazeera's "المزيد من سياسة", "المزيد من ميدان" over the section's teasers. */
const MORE_FROM = normalizePhrase('المزيد من')
const MAX_SECTION_WORDS = 2

function isMoreFromLabel(norm: string): boolean {
  if (!norm.startsWith(`${MORE_FROM} `)) return false
  return norm.slice(MORE_FROM.length + 1).split(' ').length <= MAX_SECTION_WORDS
}
