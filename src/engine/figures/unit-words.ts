/**
 * Words that follow a number and say what it counts: currencies (ISO 4217), measures, time units and
 * people. Normalised forms; every entry lists the singular, the accusative (-ا) and the plural news uses.
 */

export interface CurrencyWord {
  /** ISO 4217 when the word alone settles it ('USD' for دولار in Arabic news); undefined otherwise. */
  code?: string
  /** A nationality adjective after the word picks the currency (دينار كويتي → KWD). */
  by?: Record<string, string>
}

const forms = (stems: string[], value: CurrencyWord) => Object.fromEntries(stems.map((s) => [s, value]))

const NATIONAL: Record<string, Record<string, string>> = {
  dinar: { كويتي: 'KWD', اردني: 'JOD', عراقي: 'IQD', بحريني: 'BHD', ليبي: 'LYD', تونسي: 'TND', جزائري: 'DZD', صربي: 'RSD' },
  riyal: { سعودي: 'SAR', قطري: 'QAR', عماني: 'OMR', يمني: 'YER', ايراني: 'IRR' },
  pound: { مصري: 'EGP', استرليني: 'GBP', سوداني: 'SDG', لبناني: 'LBP', سوري: 'SYP' },
  lira: { لبنانيه: 'LBP', سوريه: 'SYP', تركيه: 'TRY', لبناني: 'LBP', سوري: 'SYP', تركي: 'TRY' },
  dirham: { اماراتي: 'AED', مغربي: 'MAD' },
  dollar: { امريكي: 'USD', اميركي: 'USD', كندي: 'CAD', استرالي: 'AUD', هونغ: 'HKD', سنغافوري: 'SGD' },
}

export const CURRENCY_WORDS: Record<string, CurrencyWord> = {
  // "دولار" alone is the US dollar in Arabic news (annotations/README: beirutobserver).
  ...forms(['دولار', 'دولارا', 'دولارات', 'دولاران', 'دولارين'], { code: 'USD', by: NATIONAL.dollar }),
  ...forms(['يورو', 'يوروهات'], { code: 'EUR' }),
  ...forms(['جنيه', 'جنيها', 'جنيهات', 'جنيهان', 'جنيهين'], { code: 'EGP', by: NATIONAL.pound }),
  ...forms(['استرليني'], { code: 'GBP' }),
  ...forms(['ريال', 'ريالا', 'ريالات'], { code: 'SAR', by: NATIONAL.riyal }),
  ...forms(['درهم', 'درهما', 'دراهم'], { code: 'AED', by: NATIONAL.dirham }),
  ...forms(['دينار', 'دينارا', 'دنانير'], { by: NATIONAL.dinar }),
  ...forms(['ليره', 'ليرات'], { by: NATIONAL.lira }),
  ...forms(['شيكل', 'شيقل', 'شواكل', 'شيكلا', 'شيقلا'], { code: 'ILS' }),
  ...forms(['روبل', 'روبلا', 'روبلات'], { code: 'RUB' }),
  ...forms(['يوان'], { code: 'CNY' }),
  ...forms(['ين'], { code: 'JPY' }),
  ...forms(['روبيه', 'روبيات'], { code: 'INR' }),
  ...forms(['فرنك', 'فرنكا', 'فرنكات'], { code: 'CHF' }),
  ...forms(['بيتكوين'], { code: 'XBT' }),
}

export const CURRENCY_SYMBOLS: Record<string, string> = { '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₪': 'ILS' }

/** Measures: normalised word → unit id. Two-word forms ("كيلو متر") are listed with a space. */
export const MEASURE_WORDS: Record<string, string> = {
  كيلومتر: 'km', كيلومترا: 'km', كيلومترات: 'km', كلم: 'km', كم: 'km', 'كيلو متر': 'km', 'كيلو مترات': 'km',
  متر: 'm', مترا: 'm', امتار: 'm', 'متر مربع': 'm2', 'مترا مربعا': 'm2', 'كيلومتر مربع': 'km2', 'كيلومترا مربعا': 'km2',
  سنتيمتر: 'cm', سنتيمترا: 'cm', سم: 'cm', مليمتر: 'mm', ملم: 'mm', بوصه: 'inch', بوصات: 'inch', انش: 'inch', انشات: 'inch', ميل: 'mile', ميلا: 'mile', اميال: 'mile',
  كيلوغرام: 'kg', كيلوغراما: 'kg', كيلوجرام: 'kg', كيلوجراما: 'kg', كغ: 'kg', كجم: 'kg', 'كيلو غرام': 'kg',
  غرام: 'g', غراما: 'g', جرام: 'g', جراما: 'g', طن: 'ton', طنا: 'ton', اطنان: 'ton',
  برميل: 'barrel', برميلا: 'barrel', براميل: 'barrel',
  لتر: 'l', لترا: 'l', لترات: 'l', ليتر: 'l', ليترا: 'l', ليترات: 'l', 'ميلي لتر': 'ml', مليلتر: 'ml',
  ميغاواط: 'MW', ميجاوات: 'MW', ميغاوات: 'MW', ميجاواط: 'MW', كيلوواط: 'kW', غيغاواط: 'GW', جيجاوات: 'GW',
  هكتار: 'ha', هكتارا: 'ha', هكتارات: 'ha', دونم: 'dunam', دونما: 'dunam', دونمات: 'dunam', فدان: 'feddan', فدانا: 'feddan', افدنه: 'feddan',
  درجه: 'degree', درجات: 'degree', 'درجه مئويه': '°C', 'درجات مئويه': '°C',
  'قدم مكعب': 'ft3', 'متر مكعب': 'm3', 'مترا مكعبا': 'm3', 'امتار مكعبه': 'm3',
  // Points of an index or a league table ("120 نقطة", "3 نقاط").
  نقطه: 'point', نقاط: 'point',
  // A central bank's basis points ("200 نقطة أساس") and percentage points ("3 نقاط مئوية").
  'نقطه اساس': 'bp', 'نقاط اساس': 'bp', 'نقطه مئويه': 'pp', 'نقاط مئويه': 'pp',
  // Speeds and an earthquake's magnitude, said in more words than the measure alone.
  ...Object.fromEntries(['كيلومتر', 'كيلومترا', 'كيلومترات', 'كم', 'كلم'].map((km) => [`${km} في الساعه`, 'km/h'])),
  ...Object.fromEntries(['ميل', 'ميلا', 'اميال'].map((mile) => [`${mile} في الساعه`, 'mph'])),
  'درجه علي مقياس ريختر': 'richter', 'درجات علي مقياس ريختر': 'richter', 'درجه بمقياس ريختر': 'richter', 'درجات بمقياس ريختر': 'richter',
}

/** Time units: normalised word → unit id and how many the word itself says (dual forms say two). */
export const TIME_UNIT_WORDS: Record<string, { unit: string; count?: number }> = (() => {
  const table: Record<string, { unit: string; count?: number }> = {}
  const add = (unit: string, words: string[], duals: string[]) => {
    for (const w of words) table[w] = { unit }
    for (const w of duals) table[w] = { unit, count: 2 }
  }
  add('second', ['ثانيه', 'ثوان', 'ثواني', 'ثانيا'], ['ثانيتين', 'ثانيتان'])
  add('minute', ['دقيقه', 'دقائق', 'دقايق'], ['دقيقتين', 'دقيقتان'])
  add('hour', ['ساعه', 'ساعات', 'الساعات'], ['ساعتين', 'ساعتان'])
  add('day', ['يوم', 'يوما', 'ايام', 'الايام'], ['يومين', 'يومان'])
  add('week', ['اسبوع', 'اسبوعا', 'اسابيع', 'الاسابيع'], ['اسبوعين', 'اسبوعان'])
  add('month', ['شهر', 'شهرا', 'اشهر', 'شهور', 'الاشهر', 'الشهور'], ['شهرين', 'شهران'])
  add('year', ['سنه', 'سنوات', 'سنين', 'عام', 'عاما', 'اعوام', 'السنوات', 'الاعوام'], ['سنتين', 'سنتان', 'عامين', 'عامان'])
  add('decade', ['عقد', 'عقدا', 'عقود', 'العقود'], ['عقدين', 'عقدان'])
  add('century', ['قرن', 'قرنا', 'قرون'], ['قرنين', 'قرنان'])
  return table
})()

/** People counted after a number: the figure gets unit 'person' and the noun stays outside the span. */
export const PERSON_WORDS = new Set([
  'شخص', 'شخصا', 'اشخاص', 'قتيل', 'قتيلا', 'قتلي', 'جريح', 'جريحا', 'جرحي', 'مصاب', 'مصابا', 'مصابين', 'اصابه',
  'شهيد', 'شهيدا', 'شهداء', 'ضحيه', 'ضحايا', 'طفل', 'طفلا', 'اطفال', 'امراه', 'نساء', 'سيده', 'رجل', 'رجلا', 'رجال',
  'مدني', 'مدنيا', 'مدنيين', 'جندي', 'جنديا', 'جنود', 'عسكري', 'عسكريا', 'عسكريين', 'لاجئ', 'لاجئا', 'لاجئين',
  'نازح', 'نازحا', 'نازحين', 'معتقل', 'معتقلا', 'معتقلين', 'اسير', 'اسيرا', 'اسري', 'رهينه', 'رهائن', 'محتجز', 'محتجزا', 'محتجزين',
  'مواطن', 'مواطنا', 'مواطنين', 'مهاجر', 'مهاجرا', 'مهاجرين', 'عامل', 'عاملا', 'عمال', 'طالب', 'طالبا', 'طلاب',
  'مسلح', 'مسلحا', 'مسلحين', 'مقاتل', 'مقاتلا', 'مقاتلين', 'عنصر', 'عنصرا', 'عناصر', 'ناخب', 'ناخبا', 'ناخبين',
  'موظف', 'موظفا', 'موظفين', 'مريض', 'مريضا', 'مرضي', 'زائر', 'زائرا', 'زوار', 'حاج', 'حاجا', 'حجاج', 'نسمه',
  'متظاهر', 'متظاهرا', 'متظاهرين', 'سائح', 'سائحا', 'سياح', 'مستوطن', 'مستوطنا', 'مستوطنين', 'صحفي', 'صحفيا', 'صحفيين',
  'فرد', 'فردا', 'افراد', 'عضو', 'عضوا', 'اعضاء', 'لاعب', 'لاعبا', 'لاعبين', 'ضابط', 'ضابطا', 'ضباط',
  'فلسطيني', 'فلسطينيا', 'فلسطينيين', 'اسرائيلي', 'اسرائيليا', 'اسرائيليين', 'سوري', 'سوريا', 'سوريين',
  'لبناني', 'لبنانيا', 'لبنانيين', 'عراقي', 'عراقيا', 'عراقيين', 'يمني', 'يمنيا', 'يمنيين', 'مصري', 'مصريا', 'مصريين',
  'سوداني', 'سودانيا', 'سودانيين', 'افغاني', 'افغانيا', 'افغان', 'اوكراني', 'اوكرانيا', 'اوكرانيين', 'روسي', 'روسيا', 'روس',
  'امريكي', 'امريكيا', 'امريكيين', 'اميركي', 'اميركيا', 'اميركيين', 'ايراني', 'ايرانيا', 'ايرانيين', 'اجنبي', 'اجنبيا', 'اجانب',
  // Deaths counted ("17 وفاة") and the others of a toll ("وأصيب سبعة آخرون").
  'وفاه', 'وفيات', 'اخرون', 'اخرين',
  // Members of a parliament counted ("269 نائبا من أصل 329").
  'نائب', 'نائبا', 'نواب', 'برلماني', 'برلمانيا', 'برلمانيين',
  // Crowds and professions counted in the news ("60 ألف مشجع", "200 ألف مشارك", "أطباء").
  'مشجع', 'مشجعا', 'مشجعين', 'مشارك', 'مشاركا', 'مشاركين', 'متطوع', 'متطوعا', 'متطوعين', 'سجين', 'سجينا', 'سجناء',
  'طبيب', 'طبيبا', 'اطباء', 'معلم', 'معلما', 'معلمين',
])
