import { describe, expect, it } from 'vitest'
import type { EntityType } from '../../../src/engine/doc.ts'
import { analyzeArticle } from '../../../src/engine/index.ts'
import { plainTextDoc } from '../../../src/engine/summary/plain-text-doc.ts'

/**
 * The shipped tagger and the article rules together, on sentences of the 2020s news written for this test
 * (session 13's probes: politics, war, sport, business, culture, the Maghreb and the Gulf). The expected
 * names are what a reader should see, written by hand; each line once read a name wrong or not at all,
 * or is a control that must stay right.
 */
async function namesOf(text: string): Promise<[string, EntityType][]> {
  const doc = await analyzeArticle(plainTextDoc(text))
  return (doc.entities ?? []).map((entity) => [entity.name, entity.type])
}

describe('names in modern news sentences (model and article rules)', () => {
  it.each<[string, string, [string, EntityType][]]>([
    ['a national team by its country', 'وتأهل منتخب المغرب إلى نصف النهائي.', [['منتخب المغرب', 'organization']]],
    ['a national team by its nationality', 'وخسر المنتخب الوطني السعودي أمام منتخب كوريا الجنوبية.', [['المنتخب الوطني السعودي', 'organization'], ['منتخب كوريا الجنوبية', 'organization']]],
    ['an institution of Saudi Arabia', 'وقال إن الجيش السعودي تقدم.', [['الجيش السعودي', 'organization']]],
    ['the royal court', 'وأعلن الديوان الملكي السعودي وفاة الأمير.', [['الديوان الملكي السعودي', 'organization']]],
    ['a person before a verb in the future', 'وأكد أن الرئيس إيمانويل ماكرون سيزور الجزائر.', [['إيمانويل ماكرون', 'person'], ['الجزائر', 'place']]],
    ['a person before a verb in the future and its object', 'وأكد أن الرئيس عباس سيلقي خطابا.', [['عباس', 'person']]],
    ['a family name "إمام"', 'وتوفي الفنان المصري الكبير عادل إمام أمس.', [['عادل إمام', 'person']]],
    ['a definite family name before reported speech', 'وقال أشرف القدرة إن عدد الضحايا ارتفع.', [['أشرف القدرة', 'person']]],
    ['a spokesperson named Basem', 'وقال المتحدث باسم الحكومة باسم السعدي إن الوضع مستقر.', [['باسم السعدي', 'person']]],
    ['a title holder named after the body', 'وقتل القيادي في حزب الله فؤاد شكر في غارة.', [['حزب الله', 'organization'], ['فؤاد شكر', 'person']]],
    ['a think tank named after a city', 'وقال الباحث في معهد واشنطن لسياسة الشرق الأدنى ديفيد شينكر إن الإدارة مترددة.', [['معهد واشنطن لسياسة الشرق الأدنى', 'organization'], ['ديفيد شينكر', 'person']]],
    ['a religious authority', 'وقال المرجع الديني الأعلى علي السيستاني إن الانتخابات ضرورية.', [['علي السيستاني', 'person']]],
    ['a holy place', 'وأقيمت صلاة الجمعة في المسجد الأقصى.', [['المسجد الأقصى', 'place']]],
    ['a royal palace', 'واستقبل الملك عبد الله الثاني في قصر الحسينية وزير الدفاع.', [['عبد الله الثاني', 'person'], ['قصر الحسينية', 'place']]],
    ['places that are common words after their head', 'وسيطرت قوات الحوثيين على مديرية حرض في محافظة حجة.', [['حرض', 'place'], ['حجة', 'place']]],
    ['an irregular nationality before a name', 'وقال المدرب الأوروغواياني رونالد أراوخو إن الفريق جاهز.', [['رونالد أراوخو', 'person']]],
    ['a Sudanese city after its head', 'واندلعت اشتباكات في مدينة الأبيض عاصمة ولاية شمال كردفان.', [['الأبيض', 'place'], ['شمال كردفان', 'place']]],
    ['an agreement, not a club', 'ورحبت الجامعة العربية بالاتفاق، وقالت إنه خطوة مهمة.', [['الجامعة العربية', 'organization']]],
    ['a given name of the news the tagger never saw, after a nationality', 'وقال وزير الدفاع الإسرائيلي يوآف غالانت إن العملية ستستمر.', [['يوآف غالانت', 'person']]],
    ['a club after its coach', 'وقال مدرب الهلال البرتغالي جورجي جيسوس عقب المباراة إن فريقه قدم أداء كبيرا.', [['الهلال', 'organization'], ['جورجي جيسوس', 'person']]],
    ['a hat-trick is no family name', 'ثم اختتم البرازيلي مالكوم الثلاثية في الدقيقة 80.', [['مالكوم', 'person']]],
    ['a kunya and its epithet', 'وقتل نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس في غارة قرب مطار بغداد.', [['الحشد الشعبي', 'organization'], ['أبو مهدي المهندس', 'person'], ['مطار بغداد', 'place']]],
    ['a kunya after "المدعو"', 'واعتقلت السلطات العراقية المدعو أبو علي البصري في بغداد.', [['أبو علي البصري', 'person'], ['بغداد', 'place']]],
    ['a name past the adjective of a field', 'وقال الناشط الحقوقي جمال عيد إن الشبكة أغلقت.', [['جمال عيد', 'person']]],
    ['lives claimed, no person "Hayat" and no car maker', 'وأودت الفيضانات في منطقة فالنسيا الإسبانية بحياة 220 شخصا. وأودى الحريق بحياة 12 شخصا.', [['فالنسيا', 'place']]],
    ['an airport named after a king', 'ووصلت البعثة إلى مطار الملك خالد الدولي في الرياض.', [['مطار الملك خالد الدولي', 'place'], ['الرياض', 'place']]],
    ['a bridge named after a king', 'وأغلقت السلطات جسر الملك فهد أمس.', [['جسر الملك فهد', 'place']]],
    ['a stadium named after a prince', 'وأقيمت المباراة على ملعب الأمير مولاي عبد الله.', [['ملعب الأمير مولاي عبد الله', 'place']]],
    ['where a king went, not his family name', 'وزار الملك فهد الرياض.', [['فهد', 'person'], ['الرياض', 'place']]],
    ['a city named after a date, and the date itself', 'ويقع المصنع في مدينة السادس من أكتوبر. وتوقف القتال في السادس من أكتوبر.', [['السادس من أكتوبر', 'place']]],
    ['a street named after a date', 'وتظاهر المئات في شارع 26 يوليو وسط القاهرة.', [['شارع 26 يوليو', 'place'], ['القاهرة', 'place']]],
    ['a leader after his title and his movement', 'وصل زعيم التيار الصدري مقتدى الصدر إلى مدينة النجف.', [['التيار الصدري', 'organization'], ['مقتدى الصدر', 'person'], ['النجف', 'place']]],
    ['a theophoric given name', 'وقال زعيم حركة طالبان هبة الله آخوند زاده إن الحركة لن تتراجع.', [['حركة طالبان', 'organization'], ['هبة الله', 'person']]],
    ['an actor, not the month of his name', 'ويشارك الفنان محمد رمضان في مسلسل يعرض في شهر رمضان المقبل. وقال رمضان إن العمل مختلف.', [['محمد رمضان', 'person']]],
    ['a foreign place that begins with ب, after its head', 'وقصفت القوات الروسية بلدة بوكروفسك.', [['القوات الروسية', 'organization'], ['بوكروفسك', 'place']]],
    ['a club that begins with ل, after a match\'s verb', 'وفاز ليفربول على تشيلسي.', [['ليفربول', 'organization'], ['تشيلسي', 'organization']]],
    ['a city that begins with ل, after its head', 'وتقع مدينة ليماسول في قبرص.', [['ليماسول', 'place'], ['قبرص', 'place']]],
    ['an adverb after a name', 'واحتجزت السلطات الناشط علاء عبد الفتاح تعسفيا.', [['علاء عبد الفتاح', 'person']]],
    ['a profession before a name', 'وقال الموسيقار عمر خيرت إن الحفل سيقام في موعده.', [['عمر خيرت', 'person']]],
    ['a currency after a number is no person', 'وتبلغ قيمة المنحة 3 ملايين دينار كويتي.', []],
    ['a parliament by its own name', 'وقالت وكالة الأنباء الكويتية (كونا) إن مجلس الأمة سيعقد جلسة طارئة.', [['وكالة الأنباء الكويتية', 'organization'], ['مجلس الأمة', 'organization']]],
    ['a title in the construct state with its body', 'وقال شيخ الأزهر أحمد الطيب إن الحوار ضروري.', [['الأزهر', 'organization'], ['أحمد الطيب', 'person']]],
    ['a military spokesperson', 'أعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع استهداف سفينة تجارية في البحر الأحمر.', [['جماعة الحوثي', 'organization'], ['يحيى سريع', 'person'], ['البحر الأحمر', 'place']]],
    ['a pope with his regnal number', 'واستقبل الرئيس بابا الفاتيكان ليو الرابع عشر.', [['الفاتيكان', 'place'], ['ليو الرابع عشر', 'person']]],
    ['a king with his regnal number', 'وتوج الملك تشارلز الثالث في لندن.', [['تشارلز الثالث', 'person'], ['لندن', 'place']]],
    ['clubs after "مع" and "و" in a report of sport', 'وانضم النجم البرازيلي نيمار إلى نادي سانتوس بعد انتهاء عقده مع الهلال، وحضر مباراة الأهلي والنصر.', [['نيمار', 'person'], ['سانتوس', 'organization'], ['الهلال', 'organization'], ['الأهلي', 'organization'], ['النصر', 'organization']]],
    ['but the youth elsewhere', 'والتقى الوزير مع الشباب في القاعة.', []],
    ['a stadium of a transliterated name', 'وسجل محمد صلاح هدفا على ملعب أنفيلد.', [['محمد صلاح', 'person'], ['ملعب أنفيلد', 'place']]],
    ['a border crossing closed by its kind', 'وأغلقت السلطات منفذ طريبيل الحدودي مع الأردن.', [['منفذ طريبيل الحدودي', 'place'], ['الأردن', 'place']]],
    ['a port of a city', 'وتعرض مرفأ بيروت لأضرار جديدة.', [['مرفأ بيروت', 'place']]],
    ['no facility in known words', 'وأقيمت المباراة في ملعب كبير.', []],
    ['the teams of a win', 'وسجل محمد صلاح هدفين في فوز ليفربول على مانشستر يونايتد.', [['محمد صلاح', 'person'], ['ليفربول', 'organization'], ['مانشستر يونايتد', 'organization']]],
    ['a holy city whole, behind its preposition', 'واحتشد المصلون في المسجد الحرام بمكة المكرمة.', [['المسجد الحرام', 'place'], ['مكة المكرمة', 'place']]],
    ['a name whose last word begins like a verb in the future', 'قال الرئيس البرازيلي لولا دا سيلفا إن بلاده ستستضيف القمة.', [['لولا دا سيلفا', 'person']]],
    ['a known given name after a construct title and its complement', 'وبرزت شخصية شيخ الشهداء عمر المختار في تلك الفترة.', [['عمر المختار', 'person']]],
    ['a bank and a party named by their country', 'وأعلن بنك مصر عن شهادات جديدة، وفاز حزب روسيا الموحدة بالانتخابات.', [['بنك مصر', 'organization'], ['حزب روسيا الموحدة', 'organization']]],
    ['a given name that begins with و keeps it', 'وقال حاكم مصرف لبنان بالإنابة وسيم منصوري إن الاحتياطيات مستقرة.', [['مصرف لبنان', 'organization'], ['وسيم منصوري', 'person']]],
    ['a president after his title and the state', 'والتقى رئيس الجمهورية اللبنانية جوزاف عون في قصر بعبدا الوفد.', [['جوزاف عون', 'person'], ['قصر بعبدا', 'place']]],
    ['a country and a given name that is a country too', 'واستقبل الرئيس رئيسة وزراء إيطاليا جورجيا ميلوني.', [['إيطاليا', 'place'], ['جورجيا ميلوني', 'person']]],
    ['an adjective with the tanween is no place', 'وتلقت الحكومة دعماً روسياً كبيراً، وزار الرئيس روسيا.', [['روسيا', 'place']]],
    ['a list of persons goes on', 'وشارك في الاجتماع الوزراء محمد العسومي وأحمد الخطيب وعلي المري.', [['محمد العسومي', 'person'], ['أحمد الخطيب', 'person'], ['علي المري', 'person']]],
    ['an outlet in quotes after "لـ"', 'وقال مصدر أمني لـ"العربية" إن الهجوم وقع فجرا.', [['العربية', 'organization']]],
    ['an envoy after the place he is sent to', 'ووصل المبعوث الأميركي إلى سوريا توم باراك إلى دمشق.', [['سوريا', 'place'], ['توم باراك', 'person'], ['دمشق', 'place']]],
    ['an envoy closed by a word with a preposition', 'والتقت المبعوثة الأممية إلى ليبيا هانا تيتيه بالرئيس.', [['ليبيا', 'place'], ['هانا تيتيه', 'person']]],
    // Session 14.
    ['a player\'s given name that begins with ل, after his title', 'وصل اللاعب لامين يامال إلى برشلونة أمس.', [['لامين يامال', 'person'], ['برشلونة', 'place']]],
    ['a governor and the province he governs', 'وقال محافظ نينوى عبد القادر الدخيل إن الوضع مستقر.', [['نينوى', 'place'], ['عبد القادر الدخيل', 'person']]],
    ['a mayor and his town\'s municipality', 'وأكد رئيس بلدية نواذيبو محمد ولد أحمد أن المدينة تستعد.', [['بلدية نواذيبو', 'organization'], ['محمد ولد أحمد', 'person']]],
    ['a port with a definite name', 'ورست السفينة في ميناء الشويخ أمس.', [['ميناء الشويخ', 'place']]],
    ['a district the word clusters never saw, after its head', 'وقعت الحادثة بولاية السويق، وأغلقت الطرق في قضاء المتن.', [['السويق', 'place'], ['المتن', 'place']]],
    ['a list of districts after a plural head', 'قطعت المياه عن مناطق بولاق الدكرور وإمبابة والوراق.', [['بولاق الدكرور', 'place'], ['إمبابة', 'place'], ['الوراق', 'place']]],
    ['a governorate named by an adjective', 'وضبطت الشرطة 3 أطنان من الدقيق بمحافظة الشرقية.', [['الشرقية', 'place']]],
    ['a province split by the tokenizer', 'والتقى شيوخ العشائر في محافظة واسط.', [['واسط', 'place']]],
    ['a village of "بني"', 'وطالب أهالي قرية بني مر بمشروع الصرف.', [['بني مر', 'place']]],
    ['no place in a verb or an adjective after the head', 'تعيش الدببة في منطقة تتقاطع مع منطقة أخرى، ولا يسافر أحد من منطقة موبوءة أو منطقة متنازع عليها.', []],
    ['a party named by a common noun, and its leader', 'وقال زعيم حزب الحركة القومية دولت بهتشلي إن الحل قريب.', [['حزب الحركة القومية', 'organization'], ['دولت بهتشلي', 'person']]],
    ['a governor after the state he governs, closed by the verb\'s object', 'ووقّع حاكم ولاية كاليفورنيا غافين نيوسوم قانوناً جديداً.', [['كاليفورنيا', 'place'], ['غافين نيوسوم', 'person']]],
    ['a sultan\'s title and country apart from his name', 'استقبل سلطان عُمان هيثم بن طارق الرئيس الإيراني مسعود بزشكيان.', [['عُمان', 'place'], ['هيثم بن طارق', 'person'], ['مسعود بزشكيان', 'person']]],
    ['a businessman', 'وأمر القاضي بإيداع رجل الأعمال علي حداد الحبس المؤقت.', [['علي حداد', 'person']]],
    ['an acronym in brackets is the organisation before it', 'وتراجع سهم بيت التمويل الكويتي (بيتك) في البورصة.', [['بيت التمويل الكويتي', 'organization']]],
    ['a capital after its country\'s nisba, not a verb there', 'وتظاهر آلاف في العاصمة المالية باماكو، فيما العاصمة الأمريكية تشهد احتجاجات.', [['باماكو', 'place']]],
    ['a crossing, a camp and a hospital named like persons', 'وضبطت كميات قرب معبر جابر، ونقل مصابون من مخيم نور شمس إلى مستشفى أبو الريش.', [['معبر جابر', 'place'], ['نور شمس', 'place'], ['مستشفى أبو الريش', 'organization']]],
    ['his governor is no governorate', 'وفق ما أعلنه محافظه حسن عبد الله.', [['حسن عبد الله', 'person']]],
    ['a government of a region, a city\'s municipality', 'وأعلنت حكومة إقليم كوردستان وأمانة عمّان الكبرى خططا جديدة.', [['حكومة إقليم كوردستان', 'organization'], ['أمانة عمّان الكبرى', 'organization']]],
    ['a body and its country read as the country', 'وأعلنت هيئة الأفلام السعودية والهيئة العامة للإحصاء السعودية أرقاما جديدة.', [['هيئة الأفلام السعودية', 'organization'], ['الهيئة العامة للإحصاء السعودية', 'organization']]],
    ['one nationality to a body; the next is the coach\'s', 'وعين الاتحاد الجزائري لكرة القدم السويسري فلاديمير بيتكوفيتش مدرباً.', [['الاتحاد الجزائري لكرة القدم', 'organization'], ['فلاديمير بيتكوفيتش', 'person']]],
    ['a known name behind a preposition the tokenizer left on', 'وقال الأمين العام لحلف شمال الأطلسي مارك روته إن الإنفاق سيرتفع.', [['حلف شمال الأطلسي', 'organization'], ['مارك روته', 'person']]],
    ['an athlete\'s unseen name after his nationality, closed by a preposition', 'وفاز العداء النرويجي ياكوب إنغبريغتسن بسباق 1500 متر.', [['ياكوب إنغبريغتسن', 'person']]],
    ['streets and squares named by a word or a given name', 'وأزيلت الإشغالات من شارع فيصل ومحيط ميدان المساحة، لا في ميدان المعركة.', [['شارع فيصل', 'place'], ['ميدان المساحة', 'place']]],
    ['the clubs of a transfer, not the cities of a move', 'وانتقل المدافع ثيو هيرنانديز من ميلان إلى الهلال، وانتقل الموظف من القاهرة إلى الرياض.', [['ثيو هيرنانديز', 'person'], ['ميلان', 'organization'], ['الهلال', 'organization'], ['القاهرة', 'place'], ['الرياض', 'place']]],
    // Controls: right before this session, to stay right.
    ['a minister and his counterparts', 'وحضر الاجتماع وزير الخارجية أيمن الصفدي ونظيره المصري بدر عبد العاطي.', [['أيمن الصفدي', 'person'], ['بدر عبد العاطي', 'person']]],
    ['a ruler with his family name', 'واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني رئيس الوزراء الباكستاني شهباز شريف.', [['قطر', 'place'], ['تميم بن حمد آل ثاني', 'person'], ['شهباز شريف', 'person']]],
    ['a foreign name with particles', 'وقالت أورسولا فون دير لاين رئيسة المفوضية الأوروبية إن الاتحاد سيدعم أوكرانيا.', [['أورسولا فون دير لاين', 'person'], ['المفوضية الأوروبية', 'organization'], ['أوكرانيا', 'place']]],
    ['an agency and its acronym', 'وأفادت وكالة الأنباء السعودية (واس) بأن ولي العهد استقبل الوفد.', [['وكالة الأنباء السعودية', 'organization']]],
    ['a court of a country', 'وقضت محكمة النقض المصرية بتأييد الحكم بحق الناشط علاء عبد الفتاح.', [['محكمة النقض المصرية', 'organization'], ['علاء عبد الفتاح', 'person']]],
    ['a council and its general', 'وقال رئيس مجلس السيادة السوداني الفريق أول عبد الفتاح البرهان إن الجيش سيحسم المعركة.', [['مجلس السيادة السوداني', 'organization'], ['عبد الفتاح البرهان', 'person']]],
  ])('%s', async (_label, text, expected) => {
    expect(await namesOf(text)).toEqual(expected)
  })
})
