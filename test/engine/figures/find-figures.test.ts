import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findFigures, findFiguresInText } from '../../../src/engine/components/find-figures.ts'
import type { Figure } from '../../../src/engine/doc.ts'
import { joinBlocks } from '../../../src/engine/doc.ts'

/** The one figure whose text is `span` in `text` (fails when absent), checked to land on the surface. */
function figureAt(text: string, span: string): Figure {
  const figures = findFiguresInText(text)
  for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text)
  const hit = figures.find((f) => f.text === span)
  expect(hit, `no figure [${span}] in ${JSON.stringify(figures.map((f) => f.text))}`).toBeDefined()
  return hit!
}

type Expect = Partial<Pick<Figure, 'kind' | 'value' | 'valueTo' | 'unit' | 'currency' | 'date' | 'time' | 'approx'>>

function check(text: string, span: string, want: Expect): void {
  const f = figureAt(text, span)
  for (const [key, value] of Object.entries(want)) {
    if (key === 'value' || key === 'valueTo') expect(f[key]).toBeCloseTo(value as number, 6)
    else if (key === 'date') expect(f.date).toMatchObject(value as object)
    else expect(f[key as keyof Figure]).toEqual(value)
  }
}

describe('digits in three scripts, separators and signs', () => {
  it.each<[string, string, Expect]>([
    ['قتل 1400 شخص', '1400', { value: 1400 }],
    ['قتل ١٤٠٠ شخص', '١٤٠٠', { value: 1400 }],
    ['قتل ۱۴۰۰ شخص', '۱۴۰۰', { value: 1400 }],
    ['بلغ العدد 1,400 حالة', '1,400', { value: 1400 }],
    ['بلغ العدد ١٬٤٠٠ حالة', '١٬٤٠٠', { value: 1400 }],
    ['نما بمعدل 2.5 نقطة', '2.5 نقطة', { value: 2.5, unit: 'point' }],
    ['نما بمعدل ٣٫٥ نقطة', '٣٫٥ نقطة', { value: 3.5, unit: 'point' }],
    ['وزنه ٠,٠٨ غرام', '٠,٠٨ غرام', { value: 0.08, kind: 'quantity', unit: 'g' }],
    ['بلغ 1,234,567 زائرا', '1,234,567', { value: 1234567 }],
    ['بلغت الحرارة -5 درجات', '-5 درجات', { value: -5, unit: 'degree' }],
    ['سجل سالب خمسة', 'سالب خمسة', { value: -5 }],
    ['نحو ٣/٤ الكمية', '٣/٤', { value: 0.75 }],
    ['العدد ١ ٢٣٤ ٥٦٧', '١ ٢٣٤ ٥٦٧', { value: 1234567 }],
  ])('%s → [%s]', (text, span, want) => check(text, span, want))

  it('splits digit groups that make no single number (an IP address)', () => {
    expect(findFiguresInText('العنوان 192.168.1.2').map((f) => f.value)).toEqual([192, 168, 1, 2])
  })
})

describe('mixed digits and scale words', () => {
  it.each<[string, string, Expect]>([
    ['نزح 2.5 مليون شخص', '2.5 مليون', { value: 2_500_000, kind: 'count', unit: 'person' }],
    ['قتل 7 آلاف مدني', '7 آلاف', { value: 7000, unit: 'person' }],
    ['كلف 30 ألف دولار', '30 ألف دولار', { value: 30000, kind: 'money', currency: 'USD' }],
    ['بلغت 3 مليارات يورو', '3 مليارات يورو', { value: 3e9, currency: 'EUR' }],
    ['أعطاه ٣ مئة و ٢١ قطعة', '٣ مئة و ٢١', { value: 321 }],
    ['مليون و 200 ألف نسمة', 'مليون و 200 ألف', { value: 1_200_000 }],
  ])('%s → [%s]', (text, span, want) => check(text, span, want))

  it('takes the scale said again after its fraction ("مليون ونصف مليون", "ألف ونصف ألف")', () => {
    check('تم تطعيم أكثر من مليون ونصف مليون طفل', 'مليون ونصف مليون', { value: 1.5e6 })
    check('ألف ونصف ألف', 'ألف ونصف ألف', { value: 1500 })
  })

  it('gives a decimal times a scale exactly ("4.1 مليار" is 4,100,000,000, not 4,099,999,999.9999995)', () => {
    expect(findFiguresInText('إلى 4.1 مليار يورو')[0].value).toBe(4.1e9)
    expect(findFiguresInText('نحو 1.15 مليون')[0].value).toBe(1.15e6)
  })

  it('keeps two scales apart when the second is larger ("7 آلاف و2.5 مليون")', () => {
    const values = findFiguresInText('سجل 7 آلاف و2.5 مليون').map((f) => f.value)
    expect(values).toEqual([7000, 2_500_000])
  })
})

describe('number words', () => {
  it.each<[string, string, number]>([
    ['في الحديقة ثلاثة أشجار', 'ثلاثة', 3],
    ['وصل خمس عشرة سيدة', 'خمس عشرة', 15],
    ['اشترى اثني عشر كتابا', 'اثني عشر', 12],
    ['حضر أحد عشر لاعبا', 'أحد عشر', 11],
    ['عاد عشرون جنديا', 'عشرون', 20],
    ['مرت واحد وعشرون دقيقة', 'واحد وعشرون دقيقة', 21],
    ['سجل خمسة وتسعين هدفا', 'خمسة وتسعين', 95],
    ['مئة وستة عشر صفحة', 'مئة وستة عشر', 116],
    ['مائة وواحد وستون', 'مائة وواحد وستون', 161],
    ['دفع مئتي جنيه', 'مئتي جنيه', 200],
    ['ثلاثمئة طالب', 'ثلاثمئة', 300],
    ['ثلاث مئة وواحد', 'ثلاث مئة وواحد', 301],
    ['تسعمائة وتسعة وتسعون', 'تسعمائة وتسعة وتسعون', 999],
    ['ألف شخص', 'ألف', 1000],
    ['ألفان وخمسمئة', 'ألفان وخمسمئة', 2500],
    ['دفع بألفين ومائتين درهم', 'ألفين ومائتين درهم', 2200],
    ['سبعة آلاف فلسطيني', 'سبعة آلاف', 7000],
    ['عشرة آلاف متظاهر', 'عشرة آلاف', 10000],
    ['مائة ألف', 'مائة ألف', 100000],
    ['ثلاثة ملايين', 'ثلاثة ملايين', 3e6],
    ['مليونا نسمة', 'مليونا', 2e6],
    ['نصف مليون', 'نصف مليون', 5e5],
    ['مليون ونصف', 'مليون ونصف', 1.5e6],
    ['ثلاثة ملايين ونصف', 'ثلاثة ملايين ونصف', 3.5e6],
    ['ثلاثة فاصلة خمسة', 'ثلاثة فاصلة خمسة', 3.5],
    ['دزينتين من البيض', 'دزينتين', 24],
    ['خمسة مليارات', 'خمسة مليارات', 5e9],
    ['اثنا عشر مليار', 'اثنا عشر مليار', 12e9],
    ['واحد وعشرون تريليون وثلاث مائة', 'واحد وعشرون تريليون وثلاث مائة', 21e12 + 300],
    ['ألف وتسعمائة وثمانية وسبعون', 'ألف وتسعمائة وثمانية وسبعون', 1978],
  ])('%s → [%s] = %d', (text, span, value) => check(text, span, { value }))

  it.each<[string, string, number]>([
    ['شربت نصف الكوب', 'نصف', 0.5],
    ['مضى ربع قرن', 'ربع قرن', 0.25],
    ['ثلث السكان', 'ثلث', 1 / 3],
    ['قرأت ثلثي الكتاب', 'ثلثي', 2 / 3],
    ['ثلاثة أرباع المسافة', 'ثلاثة أرباع', 0.75],
    ['خمسة وربع', 'خمسة وربع', 5.25],
    ['مئة وثلاثة أرباع', 'مئة وثلاثة أرباع', 100.75],
    ['أكلت خمس الفطيرة', 'خمس', 0.2],
    ['واحد من ثلاثة', 'واحد من ثلاثة', 1 / 3],
    ['جزء من مئة', 'جزء من مئة', 0.01],
  ])('fraction %s → [%s]', (text, span, value) => check(text, span, { value }))

  it.each([
    ['أي واحد تفضل؟'],
    ['أحد المشتبه بهم'],
    ['واحد تلو الآخر'],
    ['لست أدري'],
    ['وصلوا يوم الاثنين'],
    ['اجتمعوا الاثنين الماضي'],
    ['بلغ عشرات الآلاف'],
    ['بساعات قليلة'],
    ['كمية هائلة'],
    ['سلوك البنوك'],
    ['بلغ المنتخب ربع النهائي'],
    ['في الدور نصف النهائي'],
    ['فاز في نصف نهائي الكأس'],
    ['ارتفعت المبيعات بالربع الأخير'],
    ['ارتفعت المبيعات للربع الأخير'],
    ['وأثنى الوزير على جهود الشرطة'],
    ['وعرض فيلم «الست» في القاهرة'],
    ['وعرض فيلم "الست" أمس'],
    ['ويقع المصنع في مدينة السادس من أكتوبر'],
    ['وتظاهروا في شارع 26 يوليو'],
  ])('no figure in %s', (text) => {
    expect(findFiguresInText(text)).toEqual([])
  })
})

describe('ordinals', () => {
  it.each<[string, string, number]>([
    ['المركز الأول', 'الأول', 1],
    ['الكلمة الأولى', 'الأولى', 1],
    ['الدورة الثانية', 'الثانية', 2],
    ['الطابق العاشر', 'العاشر', 10],
    ['الصف الحادي عشر', 'الحادي عشر', 11],
    ['الحادية عشرة', 'الحادية عشرة', 11],
    ['الدورة التاسعة عشرة', 'التاسعة عشرة', 19],
    ['القرن العشرين', 'العشرين', 20],
    ['المرة الخامسة والعشرون', 'الخامسة والعشرون', 25],
    ['السيارة الواحد والعشرون', 'الواحد والعشرون', 21],
    ['الذكرى الحادية والثلاثين', 'الحادية والثلاثين', 31],
  ])('%s → [%s] = %d', (text, span, value) => check(text, span, { kind: 'ordinal', value }))

  it('leaves out the idiom "للمرة الأولى"', () => {
    expect(findFiguresInText('وذلك للمرة الأولى منذ اندلاع الحرب')).toEqual([])
  })

  it('leaves out "the first name" ("باسمه الأول", "الاسم الأول")', () => {
    expect(findFiguresInText('وطلب الكشف عن هويته باسمه الأول فقط')).toEqual([])
    expect(findFiguresInText('ذكرت الاسم الأول للضحية')).toEqual([])
    check('الاسم الثاني في القائمة', 'الثاني', { kind: 'ordinal', value: 2 })
  })

  it('reads "الأولي" with ي after a masculine definite noun as the adjective "initial"', () => {
    expect(findFiguresInText('وعلى الرغم من إزالة مقطع الفيديو الأولي الذي نشره')).toEqual([])
    expect(findFiguresInText('تعتمد على طبيعة العنصر الأوليّ العاكس')).toEqual([])
  })

  it.each([
    ['after a feminine noun (Egyptian spelling)', 'فازت بالمرتبة الأولي في المسابقة', 'الأولي'],
    ['after a feminine noun in ى', 'في الذكرى الأولي لرحيله', 'الأولي'],
    ['after an indefinite plural', 'يقسم التاريخ الي ثلاث مراحل الاولي الصين القديمه', 'الاولي'],
    ['after a comma', 'يتكون من طبقتين, الأولي خارجية والثانية داخلية', 'الأولي'],
    ['written with ى after any noun', 'في الفصل الأولى من الرواية', 'الأولى'],
  ])('keeps "الأولي" as the first %s', (_name, text, span) => {
    check(text, span, { kind: 'ordinal', value: 1 })
  })
})

describe('a time unit with the article after a duration cue', () => {
  it('is one whole of it after "طوال", but the thing itself after "مدة" ("مدة العقد", the contract\'s term)', () => {
    check('سأغادر طوال اليوم', 'اليوم', { kind: 'duration', value: 1, unit: 'day' })
    expect(findFiguresInText('مدة العقد ثلاث سنوات قابلة للتجديد').map((f) => f.text)).toEqual(['ثلاث سنوات'])
  })
})

describe('a year word before a percentage', () => {
  it('is an adjective ("الدين العام 120%" is the public debt), not the year 120', () => {
    expect(findFiguresInText('بلغ الدين العام 120% من الناتج المحلي').map((f) => [f.text, f.kind, f.value])).toEqual([['120%', 'percent', 120]])
  })
})

describe('percentages', () => {
  it.each<[string, string, number]>([
    ['ارتفع 10%', '10%', 10],
    ['ارتفع ١٠٠٪', '١٠٠٪', 100],
    ['ارتفع 2.5 في المئة', '2.5 في المئة', 2.5],
    ['ارتفع 2.5 في المائة', '2.5 في المائة', 2.5],
    ['تراجع 5 بالمئة', '5 بالمئة', 5],
    ['تراجع ثلاثين بالمائة', 'ثلاثين بالمائة', 30],
    ['انخفض بنسبة 12', '12', 12],
    ['بنسبة 1/4 من السكان', '1/4', 25],
  ])('%s → [%s] = %d%%', (text, span, value) => check(text, span, { kind: 'percent', value }))
})

describe('money, quantities and people', () => {
  it.each<[string, string, Expect]>([
    ['بقيمة 700 ألف دولار', '700 ألف دولار', { kind: 'money', value: 700000, currency: 'USD' }],
    ['بلغ 5 ملايين دولار أمريكي', '5 ملايين دولار أمريكي', { currency: 'USD', value: 5e6 }],
    ['نحو 50 مليون يورو', '50 مليون يورو', { currency: 'EUR', approx: 'about' }],
    ['ألف جنيه مصري', 'ألف جنيه مصري', { currency: 'EGP', value: 1000 }],
    ['ألف جنيه استرليني', 'ألف جنيه استرليني', { currency: 'GBP' }],
    ['مئة ريال قطري', 'مئة ريال قطري', { currency: 'QAR', value: 100 }],
    ['ألف درهم', 'ألف درهم', { currency: 'AED' }],
    ['عشرة دنانير كويتي', 'عشرة دنانير كويتي', { value: 10, currency: 'KWD' }],
    ['500 دينار كويتي', '500 دينار كويتي', { currency: 'KWD' }],
    ['مليون ليرة لبنانية', 'مليون ليرة لبنانية', { currency: 'LBP' }],
    ['دفع $500', '$500', { currency: 'USD', value: 500 }],
    ['تسجيل 17 وفاة جديدة', '17', { kind: 'count', value: 17, unit: 'person' }],
    ['قتل ثلاثة وأصيب سبعة آخرون', 'سبعة', { kind: 'count', value: 7, unit: 'person' }],
    ['وحضر الجلسة 269 نائبا', '269', { kind: 'count', value: 269, unit: 'person' }],
    ['وحضر المباراة نحو 60 ألف مشجع', '60 ألف', { kind: 'count', value: 60000, unit: 'person' }],
    ['دفع 20€', '20€', { currency: 'EUR', value: 20 }],
    ['على بعد 40 كيلومترا', '40 كيلومترا', { kind: 'quantity', unit: 'km' }],
    ['على بعد 40 كلم', '40 كلم', { unit: 'km' }],
    ['سبعين كيلو متر', 'سبعين كيلو متر', { unit: 'km', value: 70 }],
    ['وارتفع المؤشر 120 نقطة', '120 نقطة', { kind: 'quantity', unit: 'point', value: 120 }],
    ['رفع الفائدة بمقدار 200 نقطة أساس', '200 نقطة أساس', { kind: 'quantity', unit: 'bp', value: 200 }],
    ['وتراجعت البطالة 3 نقاط مئوية', '3 نقاط مئوية', { kind: 'quantity', unit: 'pp', value: 3 }],
    ['رياح بسرعة 120 كيلومترا في الساعة', '120 كيلومترا في الساعة', { kind: 'quantity', unit: 'km/h', value: 120 }],
    ['بسرعة 75 ميلا في الساعة', '75 ميلا في الساعة', { unit: 'mph' }],
    ['زلزال بقوة 6.8 درجات على مقياس ريختر', '6.8 درجات على مقياس ريختر', { kind: 'quantity', unit: 'richter', value: 6.8 }],
    ['120 كيلومترا، أي 75 ميلا', '75 ميلا', { unit: 'mile', value: 75 }],
    ['ألف طن من القمح', 'ألف طن', { unit: 'ton', value: 1000 }],
    ['مليون برميل يوميا', 'مليون برميل', { unit: 'barrel', value: 1e6 }],
    ['بقدرة 300 ميغاواط', '300 ميغاواط', { unit: 'MW' }],
    ['مقتل 1400 شخص', '1400', { kind: 'count', unit: 'person', value: 1400 }],
    ['أكثر من 1400 قتيل', '1400', { unit: 'person', approx: 'more-than' }],
    ['إصابة 25 جريحا', '25', { unit: 'person' }],
    ['200 شخص على الأقل', '200', { unit: 'person', approx: 'at-least' }],
    ['نحو 1.8 مليون فلسطيني', '1.8 مليون', { unit: 'person', value: 1.8e6, approx: 'about' }],
  ])('%s → [%s]', (text, span, want) => check(text, span, want))
})

describe('approximations stay outside the span', () => {
  it.each<[string, string, NonNullable<Figure['approx']>]>([
    ['أكثر من سبعة آلاف', 'سبعة آلاف', 'more-than'],
    ['أقل من 10 حالات', '10', 'less-than'],
    ['نحو 30 حقيبة', '30', 'about'],
    ['حوالي 250 رهينة', '250', 'about'],
    ['قرابة 100 عائلة', '100', 'about'],
    ['ما يقرب من 40 دولة', '40', 'about'],
    ['ما لا يقل عن 20 طفلا', '20', 'at-least'],
    ['ما يزيد على 500 منزل', '500', 'more-than'],
  ])('%s → [%s] %s', (text, span, approx) => check(text, span, { approx }))
})

describe('dates', () => {
  it.each<[string, string, Expect['date']]>([
    ['في 27/10/2023 وقع', '27/10/2023', { year: 2023, month: 10, day: 27 }],
    ['في 2023-10-27 وقع', '2023-10-27', { year: 2023, month: 10, day: 27 }],
    ['في ٢٧/١٠/٢٠٢٣ وقع', '٢٧/١٠/٢٠٢٣', { year: 2023, month: 10, day: 27 }],
    ['في 27.10.2023 وقع', '27.10.2023', { year: 2023, month: 10, day: 27 }],
    ['يوم 22/04 وصل', '22/04', { month: 4, day: 22 }],
    ['في 23 أبريل 1966', '23 أبريل 1966', { year: 1966, month: 4, day: 23 }],
    ['في 2 يناير', '2 يناير', { month: 1, day: 2 }],
    ['يصل الإنتاج إلى 12 مليون برميل بحلول 2027', '2027', { year: 2027 }],
    ['يفتتح المشروع في الربع الأول من 2025', '2025', { year: 2025 }],
    ['يعقد الاجتماع في 25 من الشهر الجاري', '25 من الشهر الجاري', { day: 25 }],
    ['تنتهي المهلة في العاشر من الشهر المقبل', 'العاشر من الشهر المقبل', { day: 10 }],
    ['ارتفعت الأرباح في النصف الثاني من 2023', '2023', { year: 2023 }],
    ['وتستضيف السعودية كأس العالم 2034', '2034', { year: 2034 }],
    ['لتحقيق رؤية 2030', '2030', { year: 2030 }],
    ['والنصف الثاني من 2024', '2024', { year: 2024 }],
    ['في 12 يونيه', '12 يونيه', { month: 6, day: 12 }],
    ['في 14 شباط 2005', '14 شباط 2005', { year: 2005, month: 2, day: 14 }],
    ['في 9 نيسان', '9 نيسان', { month: 4, day: 9 }],
    ['في 1 كانون الثاني', '1 كانون الثاني', { month: 1, day: 1 }],
    ['في 3 تشرين الأول', '3 تشرين الأول', { month: 10, day: 3 }],
    ['في 11 جانفي 2011', '11 جانفي 2011', { year: 2011, month: 1, day: 11 }],
    ['في 20 فيفري', '20 فيفري', { month: 2, day: 20 }],
    ['في 5 جويلية', '5 جويلية', { month: 7, day: 5 }],
    ['في 16 ماي 2003', '16 ماي 2003', { year: 2003, month: 5, day: 16 }],
    ['السابع من أكتوبر/ تشرين الأول', 'السابع من أكتوبر/ تشرين الأول', { month: 10, day: 7 }],
    ['في 5 مايو/أيار 2020', '5 مايو/أيار 2020', { year: 2020, month: 5, day: 5 }],
    ['منذ أغسطس/آب', 'أغسطس/آب', { month: 8 }],
    ['في الأول من يناير', 'الأول من يناير', { month: 1, day: 1 }],
    ['في الحادي والعشرين من مايو', 'الحادي والعشرين من مايو', { month: 5, day: 21 }],
    ['أول يناير', 'أول يناير', { month: 1, day: 1 }],
    ['الأربعاء، 22 يناير', 'الأربعاء، 22 يناير', { month: 1, day: 22 }],
    ['الاثنين، يناير الثاني والعشرين، 2018', 'الاثنين، يناير الثاني والعشرين، 2018', { year: 2018, month: 1, day: 22 }],
    ['عاد يوم الخميس 21 ليلا', 'الخميس 21', { day: 21 }],
    ['في العاشر من سبتمبر، ألفين', 'العاشر من سبتمبر، ألفين', { year: 2000, month: 9, day: 10 }],
    ['في 15 رمضان 1445 هـ', '15 رمضان 1445 هـ', { year: 1445, month: 9, day: 15, calendar: 'hijri' }],
    ['في العاشر من ذي الحجة', 'العاشر من ذي الحجة', { month: 12, day: 10, calendar: 'hijri' }],
    ['في شهر رمضان', 'رمضان', { month: 9, calendar: 'hijri' }],
    ['عام 1929', 'عام 1929', { year: 1929 }],
    ['في العام 2023م', 'العام 2023م', { year: 2023 }],
    ['سنة 1966', 'سنة 1966', { year: 1966 }],
    ['منذ 2020', '2020', { year: 2020 }],
    ['في أغسطس من العام 2001', 'أغسطس من العام 2001', { year: 2001, month: 8 }],
    ['في 26 أكتوبر عام 1863', '26 أكتوبر عام 1863', { year: 1863, month: 10, day: 26 }],
  ])('%s → [%s]', (text, span, date) => check(text, span, { kind: 'date', date }))

  it.each([
    ['وصل الجمعة إلى موسكو'],
    ['يوم الأحد الماضي'],
    ['مارس ضغوطا كبيرة'],
    ['رجب طيب أردوغان'],
    ['قال أب الضحية'],
  ])('no date in %s', (text) => {
    expect(findFiguresInText(text).filter((f) => f.kind === 'date')).toEqual([])
  })

  it('gives the first day of a range the month of the second ("من 4 إلى 22 يناير")', () => {
    const [a, b] = findFiguresInText('من 4 إلى 22 يناير 2017')
    expect(a).toMatchObject({ kind: 'date', text: '4', date: { day: 4, month: 1, year: 2017 } })
    expect(b).toMatchObject({ kind: 'date', date: { day: 22, month: 1, year: 2017 } })
  })
})

describe('times', () => {
  it.each<[string, string, { hour: number; minute?: number }]>([
    ['في 16:40 بتوقيت', '16:40', { hour: 16, minute: 40 }],
    ['عند ١٦:٤٠', '١٦:٤٠', { hour: 16, minute: 40 }],
    ['7:56 مساء', '7:56 مساء', { hour: 19, minute: 56 }],
    ['الساعة الرابعة عصرا', 'الساعة الرابعة عصرا', { hour: 16 }],
    ['الساعة 7', 'الساعة 7', { hour: 7 }],
    ['الساعة السابعة والنصف صباحا', 'الساعة السابعة والنصف صباحا', { hour: 7, minute: 30 }],
    ['الثامنة والربع', 'الثامنة والربع', { hour: 8, minute: 15 }],
    ['الساعة 8 إلا ربع', 'الساعة 8 إلا ربع', { hour: 7, minute: 45 }],
    ['8 صباحا', '8 صباحا', { hour: 8 }],
    ['الساعة العاشرة ليلا', 'الساعة العاشرة ليلا', { hour: 22 }],
    ['منتصف الليل', 'منتصف الليل', { hour: 0 }],
    ['بعد الظهر 7:00', 'بعد الظهر 7:00', { hour: 19, minute: 0 }],
    ['الساعة الواحدة ظهرا', 'الساعة الواحدة ظهرا', { hour: 13 }],
    ['الثانية عشرة ظهرا', 'الثانية عشرة ظهرا', { hour: 12 }],
  ])('%s → [%s]', (text, span, time) => check(text, span, { kind: 'time', time }))

  it('a number after "بين" and و is a range, not a time', () => {
    expect(findFiguresInText('بين 10 و20')[0]).toMatchObject({ kind: 'range', value: 10, valueTo: 20 })
  })
})

describe('durations', () => {
  it.each<[string, string, Expect]>([
    ['قبل نحو ثلاثة أسابيع', 'ثلاثة أسابيع', { kind: 'duration', value: 3, unit: 'week', approx: 'about' }],
    ['بعد 5 دقائق', '5 دقائق', { value: 5, unit: 'minute' }],
    ['البالغ من العمر 36 عامًا', '36 عامًا', { value: 36, unit: 'year' }],
    ['عن عمر يناهز الـ36 عامًا', 'الـ36 عامًا', { value: 36, unit: 'year', approx: 'about' }],
    ['في الثلاث سنوات الأخيرة', 'الثلاث سنوات', { value: 3, unit: 'year' }],
    ['منذ ست سنوات', 'ست سنوات', { value: 6, unit: 'year' }],
    ['لمدة 3 ساعات', '3 ساعات', { value: 3, unit: 'hour' }],
    ['لمدة أسبوعين', 'أسبوعين', { value: 2, unit: 'week' }],
    ['لمدة ساعتين ونصف', 'ساعتين ونصف', { value: 2.5, unit: 'hour' }],
    ['لمدة ساعة ونصف', 'ساعة ونصف', { value: 1.5, unit: 'hour' }],
    ['لمدة شهر', 'شهر', { value: 1, unit: 'month' }],
    ['طوال أسبوع', 'أسبوع', { value: 1, unit: 'week' }],
    ['يوم كامل', 'يوم كامل', { value: 1, unit: 'day' }],
    ['نصف ساعة', 'نصف ساعة', { value: 0.5, unit: 'hour' }],
    ['عشرين دقيقة', 'عشرين دقيقة', { value: 20, unit: 'minute' }],
    ['خلال عقدين', 'عقدين', { value: 2, unit: 'decade' }],
    ['في الأيام الثلاثة الماضية', 'الأيام الثلاثة', { value: 3, unit: 'day' }],
    ['منذ أكثر من أربعة عشر قرناً', 'أربعة عشر قرناً', { value: 14, unit: 'century', approx: 'more-than' }],
  ])('%s → [%s]', (text, span, want) => check(text, span, want))

  it('a watch (ساعة) alone is not a duration', () => {
    expect(findFiguresInText('وساعة من علامة كارتييه')).toEqual([])
  })
})

describe('ranges', () => {
  it.each<[string, string, Expect]>([
    ['بين 10 و20 شخصا', '10 و20', { kind: 'range', value: 10, valueTo: 20 }],
    ['بين عشرة وعشرين', 'عشرة وعشرين', { value: 10, valueTo: 20 }],
    ['من 5 إلى 7 سنوات', '5 إلى 7 سنوات', { value: 5, valueTo: 7, unit: 'year' }],
    ['من نحو 12 ألف دولار إلى 26 ألف دولار', '12 ألف دولار إلى 26 ألف دولار', { value: 12000, valueTo: 26000, currency: 'USD' }],
    ['في الفترة 2014-2018', '2014-2018', { value: 2014, valueTo: 2018 }],
    ['نطاق 1000 – 5000', '1000 – 5000', { value: 1000, valueTo: 5000 }],
    ['قتل ما بين 60 و100 ألف شخص', '60 و100 ألف', { value: 60000, valueTo: 100000, unit: 'person' }],
    ['من 5 إلى 1000 شخص', '5 إلى 1000', { value: 5, valueTo: 1000 }],
    ['موسم 2023-24 كان', '2023-24', { kind: 'range', value: 2023, valueTo: 2024 }],
    ['در فصل 24-2023 در', '24-2023', { kind: 'range', value: 2023, valueTo: 2024 }],
    ['عرض النهر 30/40 متر', '30/40 متر', { kind: 'range', value: 30, valueTo: 40, unit: 'm' }],
  ])('%s → [%s]', (text, span, want) => check(text, span, want))

  it('keeps a slash fraction with a small numerator, and a number next to a year that is not its season', () => {
    check('أكل ٣/٤ الفطيرة', '٣/٤', { kind: 'number', value: 0.75 })
    check('نسبة 15/100', '15/100', { kind: 'percent', value: 15 })
    check('في الفترة 2014-2018', '2014-2018', { kind: 'range', value: 2014, valueTo: 2018 })
    check('من 25 إلى 2030', '25 إلى 2030', { kind: 'range', value: 25, valueTo: 2030 })
  })

  it('reads a range of percentages as a percentage with its upper bound', () => {
    check('الفائدة عند مستوى 5.25-5.5%.', '5.25-5.5%', { kind: 'percent', value: 5.25, valueTo: 5.5 })
    check('بين 5% و10%', '5% و10%', { kind: 'percent', value: 5, valueTo: 10 })
  })

  it('reads a score as two numbers, not a range from high to low', () => {
    expect(findFiguresInText('وانتهت بركلات الترجيح 4-3.').map((f) => [f.kind, f.value])).toEqual([['number', 4], ['number', 3]])
    expect(findFiguresInText('وتعادل الفريقان 1-1').map((f) => f.kind)).toEqual(['number', 'number'])
  })
})

describe('never inside a word or a name', () => {
  it.each([
    ['أصيب بفيروس كوفيد 19 العام الماضي', '19'],
    ['نقلت فرانس24/ رويترز', '24'],
    ['طائرات إف-16 الأمريكية', '16'],
    ['هاتف iPhone 15 الجديد', '15'],
    ['أريد ١٨٠ميلي لتر', '١٨٠'],
  ])('%s has no figure [%s]', (text, digits) => {
    expect(findFiguresInText(text).some((f) => f.text.includes(digits))).toBe(false)
  })

  it('keeps figures after a glued conjunction or preposition ("و20", "ب2.5")', () => {
    expect(findFiguresInText('ارتفع ب2.5 و20').map((f) => f.text)).toEqual(['2.5', '20'])
  })
})

describe('other languages in Arabic script', () => {
  it('reads only digit figures in Persian text ("جوان" is "young", not June)', () => {
    const figures = findFiguresInText('این بازیکن جوان ۲۵ سال دارد و سته', { lang: 'fa' })
    expect(figures.map((f) => f.text)).toEqual(['۲۵'])
  })
})

describe('figures are sorted, non-overlapping and land on the surface', () => {
  it('on a mixed paragraph', () => {
    const text =
      'قُتل أكثر من ١٤٠٠ شخصٍ في السابع من أكتوبر/ تشرين الأول، ونزح 1.8 مليون فلسطيني خلال ثلاثة أسابيع، بنسبة 5%.'
    const figures = findFiguresInText(text)
    for (let k = 0; k < figures.length; k++) {
      expect(text.slice(figures[k].start, figures[k].end)).toBe(figures[k].text)
      if (k) expect(figures[k].start).toBeGreaterThanOrEqual(figures[k - 1].end)
    }
    expect(figures.map((f) => f.kind)).toEqual(['count', 'date', 'count', 'duration', 'percent'])
  })

  it('never spans a block boundary', () => {
    const figures = findFiguresInText('عددهم ثلاثة\n\nآلاف الأشخاص')
    expect(figures.map((f) => f.text)).toEqual(['ثلاثة'])
  })
})

describe('the seed article (test/fixtures/pages/seed-wordpress)', () => {
  const truth = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/pages/seed-wordpress/truth.json'), 'utf8')) as { body: string[] }
  const { text, blocks } = joinBlocks(truth.body.map((p) => ({ kind: 'paragraph' as const, text: p })))
  const doc = findFigures.run({ url: '', lang: 'ar', dir: 'rtl', title: '', text, blocks })
  const figures = doc.figures

  it('offsets land on the surface text', () => {
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text)
  })

  it.each<[string, number, Expect]>([
    ['1400', 2, { value: 1400, unit: 'person' }],
    ['سبعة آلاف', 2, { value: 7000 }],
    ['220', 1, { value: 220, unit: 'person', approx: 'more-than' }],
    ['ثلاثة أسابيع', 1, { kind: 'duration', value: 3, unit: 'week' }],
    ['السابع من أكتوبر/ تشرين الأول', 2, { kind: 'date', date: { month: 10, day: 7 } }],
  ])('[%s] × %d', (span, count, want) => {
    const hits = figures.filter((f) => f.text === span)
    expect(hits).toHaveLength(count)
    for (const f of hits) {
      for (const [key, value] of Object.entries(want)) {
        if (key === 'date') expect(f.date).toMatchObject(value as object)
        else expect(f[key as keyof Figure]).toEqual(value)
      }
    }
  })

  it('finds nothing else: no weekday, no "للمرة الأولى", no "فرانس24"', () => {
    expect(figures.map((f) => f.text).sort()).toEqual(
      ['1400', '1400', '220', 'السابع من أكتوبر/ تشرين الأول', 'السابع من أكتوبر/ تشرين الأول', 'ثلاثة أسابيع', 'سبعة آلاف', 'سبعة آلاف'].sort(),
    )
  })
})

describe('findFigures after the names', () => {
  it('leaves a figure inside a name to the name, and keeps the others', () => {
    const text = 'سرق لصوص 30 حقيبة من شقة في شارع جورج الخامس بباريس.'
    const street = text.indexOf('شارع جورج الخامس')
    const entities = [{ id: 'e1', type: 'place' as const, name: 'شارع جورج الخامس', mentions: [{ start: street, end: street + 'شارع جورج الخامس'.length }] }]
    const doc = findFigures.run({ url: '', lang: 'ar', dir: 'rtl', title: '', text, blocks: [], entities })
    expect(doc.figures.map((f) => f.text)).toEqual(['30'])
    expect(findFigures.run({ url: '', lang: 'ar', dir: 'rtl', title: '', text, blocks: [] }).figures.map((f) => f.text)).toEqual(['30', 'الخامس'])
  })
})

describe('fractions in phrases', () => {
  it.each<[string, string, Expect]>([
    ['وبلغت قيمة الصفقة مليارا ونصف المليار دولار', 'مليارا ونصف المليار دولار', { kind: 'money', value: 1.5e9, currency: 'USD' }],
    ['يقطنها مليون ونصف المليون نسمة', 'مليون ونصف المليون', { value: 1.5e6 }],
    ['ارتفعت الأرباح في الربع الثالث من العام', 'الربع الثالث', { kind: 'ordinal', value: 3 }],
    ['وبالنصف الأول من 2024', 'النصف الأول', { kind: 'ordinal', value: 1 }],
    ['نتائجها المالية للربع الثالث', 'لربع الثالث', { kind: 'ordinal', value: 3 }],
    ['ويعيش نصف السكان في المدن', 'نصف', { value: 0.5 }],
  ])('%s → [%s]', (text, span, want) => check(text, span, want))
})

describe('two years with a slash', () => {
  it('reads a fiscal year as a range of two years, not a fraction', () => {
    expect(findFiguresInText('خطة الحكومة للعام المالي ٢٠٢٤/٢٠٢٥').map((f) => [f.text, f.kind, f.value, f.valueTo])).toEqual([['٢٠٢٤/٢٠٢٥', 'range', 2024, 2025]])
  })
})
