import { describe, expect, it } from 'vitest'
import type { EntityType } from '../../../src/engine/doc.ts'
import { tokenizeText } from '../../../src/engine/components/tokenize.ts'
import { buildGazetteer } from '../../../src/engine/names/tagger/gazetteer.ts'
import { refineMentions, type TokenMention } from '../../../src/engine/names/refine-mentions.ts'
import { clusterKey } from '../../../src/engine/names/tagger/word-clusters.ts'
import { splitProcliticsForFeatures } from '../../../src/engine/names/tagger/word-features.ts'
import { normalizeArabic } from '../../../src/engine/arabic/normalize.ts'

const gazetteer = buildGazetteer(['روسيا', 'إيران', 'إسرائيل', 'أمريكا', 'سوريا', 'السعودية', 'باريس', 'دمشق', 'موسكو', 'واشنطن العاصمة', 'الولايات المتحدة', 'القدس'])

/** Runs the rules on `text` with the tagger's mentions given as [surface, type] (first occurrence). */
function refine(text: string, tagged: [string, EntityType][] = [], withGazetteer = gazetteer): [string, EntityType][] {
  const tokens = tokenizeText(text)
  const mentions: TokenMention[] = tagged.map(([surface, type]) => {
    const start = text.indexOf(surface)
    const first = tokens.findIndex((t) => t.start <= start && start < t.end)
    const last = tokens.findIndex((t) => t.start < start + surface.length && start + surface.length <= t.end)
    return { type, first, last }
  })
  return refineMentions(text, tokens, withGazetteer, mentions).map((m) => [text.slice(tokens[m.first].start, tokens[m.last].end), m.type])
}

describe('refineMentions', () => {
  it.each([
    ['drops a nisba after a proper name', 'نقلت صحيفة كوميرسانت الروسية', [['كوميرسانت الروسية', 'organization']], [['كوميرسانت', 'organization']]],
    ['keeps a nisba that ends a person, the family name', 'وأكد رئيس الوزراء محمد شياع السوري أن', [['محمد شياع السوري', 'person']], [['محمد شياع السوري', 'person']]],
    ['keeps a nisba after a common-noun head', 'أصدرت السفارة الروسية بيانا', [['السفارة الروسية', 'organization']], [['السفارة الروسية', 'organization']]],
    ['takes the agency head and tail around the name the tagger found alone', 'وإلى ذلك، ذكرت وكالة تاس للأنباء الجمعة', [['تاس', 'organization']], [['وكالة تاس للأنباء', 'organization']]],
    ['finds an armed unit by its name', 'إن مقاتلين من لواء الاسلام وكتيبة التوحيد قصفوا', [], [['لواء الاسلام', 'organization'], ['وكتيبة التوحيد', 'organization']]],
    ['with a word between unit and name, taking in the place the tagger found', 'وقوات المغاوير و كتائب شهداء القلمون، وعدة كتائب أخرى', [['القلمون', 'place']], [['كتائب شهداء القلمون', 'organization']]],
    ['but not a rank, nor a banner', 'قال اللواء الركن إنهم تحت لواء الأمم المتحدة', [], [['الأمم المتحدة', 'organization']]],
    ['finds a settlement named after قرية or بلدة', 'مخزنا بالقرب من بلدة قلدون في منطقة، وفي قرية التويمية، الواقعة', [], [['قلدون', 'place'], ['التويمية', 'place']]],
    ['with a compound name', 'في محيط بلدة تل حلف قرب المدينة', [], [['تل حلف', 'place']]],
    ['but not an adjective of the settlement', 'في قرية صغيرة قرب بلدة سورية وفي القرية المجاورة', [], []],
    ['joins the head of a usual name', 'وفد من حركة حماس في', [['حماس', 'organization']], [['حركة حماس', 'organization']]],
    ['cuts a place the organisation ran into', 'في وفد حركة حماس بموسكو وهو', [['حركة حماس بموسكو', 'organization']], [['حركة حماس', 'organization'], ['بموسكو', 'place']]],
    ['drops a class word before a place', 'في ولاية ماريلاند أمس', [['ولاية ماريلاند', 'place']], [['ماريلاند', 'place']]],
    ['makes a street of a person after شارع', 'قرب شارع جورج الخامس المرموق', [['جورج الخامس', 'person']], [['شارع جورج الخامس', 'place']]],
    ['makes a place of a titled person after a district word', 'من طرف آخر في منطقة السيدة زينب أمس', [['زينب', 'person']], [['السيدة زينب', 'place']]],
    ['but leaves a titled person after another word', 'التقى وفد المنطقة السيد محمد الأحمد', [['محمد الأحمد', 'person']], [['محمد الأحمد', 'person']]],
    ['makes a body of a place an organisation', 'الخاصة بشرطة باريس أمس', [['باريس', 'place']], [['بشرطة باريس', 'organization']]],
    ['drops a nisba-shaped place after a definite noun', 'شقة الأميرة السعودية في', [['السعودية', 'place']], []],
    ['joins the Gaza envelope to its place', 'هاجم مسلحون بلدات غلاف غزة الإسرائيلية', [['غزة', 'place']], [['غلاف غزة', 'place']]],
    ['joins a region head to its place', 'مخازن بريف دمشق أمس', [['بريف', 'place'], ['دمشق', 'place']], [['بريف دمشق', 'place']]],
    ['completes a compound place cut after its first word', 'في محيط بلدة تل حلف قرب', [['تل', 'place']], [['تل حلف', 'place']]],
    ['with an article on its second word', 'قرب مدينة رأس العين بين', [['رأس', 'place']], [['رأس العين', 'place']]],
    ['extends a place to the known multi-word place it starts', 'خطاب ألقاه في واشنطن العاصمة موجة', [['واشنطن', 'place']], [['واشنطن العاصمة', 'place']]],
    ['but not across a comma', 'خطاب ألقاه في واشنطن، العاصمة الأمريكية', [['واشنطن', 'place']], [['واشنطن', 'place']]],
    ['but not across a comma, nor into a particle', 'وصلوا إلى دير، ثم عين في البلدة', [['دير', 'place'], ['عين', 'place']], [['دير', 'place'], ['عين', 'place']]],
    ['completes a name the tagger cut short after a nationality', 'مع الوزير الإيراني علي باقري كني، الذي', [['علي باقري', 'person']], [['علي باقري كني', 'person']]],
    ['leaves it when the third word may be the predicate', 'إن الإيراني علي باقري موجود في', [['علي باقري', 'person']], [['علي باقري', 'person']]],
    ['starts a name at the given name the tagger cut off', 'وأخيرا حقق الفنان سمير غانم حلمه في الوقوف', [['غانم', 'person']], [['سمير غانم', 'person']]],
    ['and then completes it', 'مع الوزير الإيراني علي باقري كني، الذي', [['باقري', 'person']], [['علي باقري كني', 'person']]],
    ['takes in the field after an organisation', 'وقال المرصد السوري لحقوق الإنسان إن', [['المرصد السوري', 'organization']], [['المرصد السوري لحقوق الإنسان', 'organization']]],
    ['but not half of it', 'وقال المرصد السوري لحقوق المرأة إن', [['المرصد السوري', 'organization']], [['المرصد السوري', 'organization']]],
    ['nor across a comma', 'وقال المرصد السوري، للدراسات', [['المرصد السوري', 'organization']], [['المرصد السوري', 'organization']]],
    ['lets a known organisation take over the names inside it', 'مقاتلي الدولة الإسلامية في العراق والشام قرب', [['الدولة', 'place'], ['العراق', 'place'], ['والشام', 'place']], [['الدولة الإسلامية في العراق والشام', 'organization']]],
    ['and a person the tagger started inside it takes back the word it lost', 'قال زعيم التيار الصدري مقتدى الصدر إن الحكومة فشلت', [['الصدري مقتدى', 'person']], [['التيار الصدري', 'organization'], ['مقتدى الصدر', 'person']]],
    ['and gives back the words a mention ran on past it', 'اجتماع الدولة الإسلامية في العراق والشام محمد حسن أمس', [['والشام محمد حسن', 'person']], [['الدولة الإسلامية في العراق والشام', 'organization'], ['محمد حسن', 'person']]],
    ['runs an organisation the tagger ended inside a known name on to its end', 'فيما رحبت حركة الجهاد الإسلامي بالمبادرة', [['حركة الجهاد', 'organization']], [['حركة الجهاد الإسلامي', 'organization']]],
    ['but not a name that runs past it', 'اجتماع مجلس الأمن الدولي أمس', [['مجلس الأمن الدولي', 'organization']], [['مجلس الأمن الدولي', 'organization']]],
    ['leaves a nationality before the name out of the person', 'ووصل الرئيس الإيراني محمد حسن إلى', [['الإيراني محمد حسن', 'person']], [['محمد حسن', 'person']]],
    ['leaves kin out of the person they belong to', 'ورفض والدا بوشنل التعليق', [['والدا بوشنل', 'person']], [['بوشنل', 'person']]],
    ['drops a title in quotes after a work head', 'وكان يحب فيلم "سيد الخواتم" كثيرا', [['سيد الخواتم', 'person']], []],
    ['drops the nationality of a counterpart taken for a person', 'وبحث مع نظيره الإيراني سبل التعاون', [['الإيراني', 'person']], []],
    ['drops "on behalf of" after a spokesperson, taken for the name Basem', 'وقال المتحدث باسم وزارة الخارجية الروسية إن', [['باسم وزارة', 'person'], ['الخارجية الروسية', 'organization']], [['وزارة الخارجية الروسية', 'organization']]],
    ['trims a role in the accusative after a person', 'وأعلن الاتحاد تعيين حسام حسن مدربا للمنتخب', [['حسام حسن مدربا', 'person']], [['حسام حسن', 'person']]],
    ['finds a federation named by its country, with its sport', 'وأعلن الاتحاد الروسي لكرة القدم أمس', [], [['الاتحاد الروسي لكرة القدم', 'organization']]],
    ['joins a known country right after a place into one', 'وقال مسؤول في كردستان إيران إن', [['كردستان', 'place'], ['إيران', 'place']], [['كردستان إيران', 'place']]],
    ['but not across و', 'بين سوريا والعراق أمس', [['سوريا', 'place'], ['والعراق', 'place']], [['سوريا', 'place'], ['والعراق', 'place']]],
    ['begins a province with its direction after the descriptor', 'في محافظة شمال سيناء أمس', [['سيناء', 'place']], [['شمال سيناء', 'place']]],
    ['but not a direction alone', 'في شمال سوريا أمس', [['سوريا', 'place']], [['سوريا', 'place']]],
    ['drops a name further inside a quoted title after a work head', 'وحصل فيلم "وداعا جوليا" على جائزة', [['جوليا', 'person']], []],
    ['cuts the person the tagger ran an institution into', 'وقال محافظ البنك المركزي الروسي فاتح قره خان إن التضخم', [['البنك المركزي الروسي فاتح قره', 'organization']], [['البنك المركزي الروسي', 'organization'], ['فاتح قره خان', 'person']]],
    ['makes an organisation of a body of a place the tagger took for a place whole', 'أستاذ في جامعة دمشق الدكتور', [['جامعة دمشق', 'place']], [['جامعة دمشق', 'organization']]],
    ['takes a definite place alone in quotes for the outlet named after it', 'وقال مصدر لـ"الشرق الأوسط" إن', [['الشرق الأوسط', 'place']], [['الشرق الأوسط', 'organization']]],
    ['but not a country in quotes', 'وتواصل "إسرائيل" عدوانها', [['إسرائيل', 'place']], [['إسرائيل', 'place']]],
    ['starts no person at any word after a title that is also a common noun', 'وقال إن الفريق سيعود أقوى في الموسم', [], []],
    ['starts no lone person at a verb after a title', 'وأكد أن جلسة انتخاب الرئيس ستعقد في موعدها', [], []],
    ['nor at a derived perfect ("الوزير استمع")', 'وقال إن الوزير استمع إلى شكاوى المرضى', [], []],
    ['starts no lone person at a preposition and noun after a title', 'وتقدم المحامي بطعن أمام محكمة النقض', [], [['محكمة النقض', 'organization']]],
    ['does not spread a definite word the tagger took once for a name and left alone more often', 'يعزف على الناي. والناي آلة قديمة. وصنع الناي من القصب. وتعلم الناي صغيرا.', [['الناي', 'place']], [['الناي', 'place']]],
    ['makes a chamber or an authority of a place an organisation', 'ورحبت غرفة دبي بالمشروع', [['دبي', 'place']], [['غرفة دبي', 'organization']]],
    ['finds a club of the sports list after a team word', 'فاز فريق الهلال على ضيفه الاتحاد أمس', [], [['الهلال', 'organization'], ['الاتحاد', 'organization']]],
    ['but not an ordinary word after it', 'وصل فريق الإنقاذ إلى الموقع', [], []],
    ['cuts a verb in the future off a person of two words', 'وأكد أن الرئيس إيمانويل ماكرون سيزور باريس', [['إيمانويل ماكرون سيزور', 'person']], [['إيمانويل ماكرون', 'person'], ['باريس', 'place']]],
    ['and takes no such verb as the third word', 'وقال إن المدرب علي حسن سيرحل.', [], [['علي حسن', 'person']]],
    ['but keeps a name of that shape after one word', 'وقال المتعاقد إدوارد سنودن إن', [['إدوارد سنودن', 'person']], [['إدوارد سنودن', 'person']]],
    ['takes "إمام" with its hamza below as a family name, past the title\'s adjective', 'وتوفي الفنان الكبير عادل إمام أمس', [], [['عادل إمام', 'person']]],
    ['but not "أمام", the preposition', 'ووقف الفنان عادل أمام الجمهور', [], []],
    ['lets a known given name the tagger found alone take a definite family name closed by a particle', 'وقال أشرف القدرة إن', [['أشرف', 'person']], [['أشرف القدرة', 'person']]],
    ['but not a day of the week', 'وقال محمد الخميس إن', [['محمد', 'person']], [['محمد', 'person']]],
    ['nor a definite word the name does not end at', 'وقال محمد القرار الأخير إن', [['محمد', 'person']], [['محمد', 'person']]],
    ['finds a spokesperson named Basem with a definite family name, and leaves "on behalf of" alone', 'وقال المتحدث باسم الحكومة باسم السعدي إن', [], [['باسم السعدي', 'person']]],
    ['nor spreads the given name Basem to "on behalf of"', 'وقال المتحدث باسم الحكومة باسم إن الوضع مستقر', [], [['باسم', 'person']]],
    ['nor takes the object after a verb and its subject', 'وزار محمد المستشفى، ثم أبلغ علي الصحفيين أن', [['محمد', 'person'], ['علي', 'person']], [['محمد', 'person'], ['علي', 'person']]],
    ['finds a spokesperson after the body and its seat', 'وأوضح المتحدث باسم وزارة الصحة في غزة أشرف القدرة أن', [['غزة', 'place']], [['وزارة الصحة', 'organization'], ['غزة', 'place'], ['أشرف القدرة', 'person']]],
    ['completes the one word of a title holder\'s name the tagger found after the body', 'وقتل القيادي في حزب الله فؤاد شكر في غارة', [['حزب الله', 'organization'], ['فؤاد', 'person']], [['حزب الله', 'organization'], ['فؤاد شكر', 'person']]],
    ['makes an institution named after a place and its field one organisation', 'وقال الباحث في معهد واشنطن لسياسة الشرق الأدنى إن', [['واشنطن', 'place'], ['الشرق الأدنى', 'place']], [['معهد واشنطن لسياسة الشرق الأدنى', 'organization']]],
    ['with a known field and its adjective', 'وقال مركز دمشق للدراسات الاستراتيجية إن', [['دمشق', 'place']], [['مركز دمشق للدراسات الاستراتيجية', 'organization']]],
    ['but not a place\'s hospital and a purpose', 'ونقل إلى مستشفى دمشق للعلاج', [['دمشق', 'place']], [['دمشق', 'place']]],
    ['leaves out an irregular nationality before a person', 'وقال المدرب الدنماركي توماس فرانك إن', [['الدنماركي توماس فرانك', 'person']], [['توماس فرانك', 'person']]],
    ['finds a royal palace', 'واستقبل الملك في قصر الحسينية الوزير', [], [['قصر الحسينية', 'place']]],
    ['finds a place that is also a common word after a head of its kind', 'وقصفت الطائرات مدينة صور ومحافظة حجة', [], [['صور', 'place'], ['حجة', 'place']]],
    ['but not without the head, nor spreads it', 'وقصفت الطائرات مدينة صور. ونشرت صور الدمار', [], [['صور', 'place']]],
    ['cuts a verb in the future before its object off a person', 'وأكد أن الرئيس عباس سيلقي خطابا', [['عباس سيلقي', 'person']], [['عباس', 'person']]],
    ['but not before a conjunction in ما', 'وبعدما أفاق جوزيف ستالين مما ألم به', [['جوزيف ستالين', 'person']], [['جوزيف ستالين', 'person']]],
    ['looks past two adjectives for a religious title', 'وقال المرجع الديني الأعلى علي السيستاني إن', [['السيستاني', 'person']], [['علي السيستاني', 'person']]],
    ['drops a club\'s name that is a common noun after a preposition, in an article about no sport', 'ورحبت الجامعة العربية بالاتفاق', [['الجامعة العربية', 'organization'], ['بالاتفاق', 'organization']], [['الجامعة العربية', 'organization']]],
    ['but keeps it in an article about sport', 'وأشاد المدرب بالاتفاق بعد المباراة', [['بالاتفاق', 'organization']], [['بالاتفاق', 'organization']]],
    ['finds a club named once with its country alone after it, in a report of sport', 'فاز الهلال السعودي في المباراة. ورفع الهلال رصيده', [['الهلال السعودي', 'organization']], [['الهلال السعودي', 'organization'], ['الهلال', 'organization']]],
    ['but not an army whose name is also a club\'s', 'قصف الجيش الأمريكي المواقع. وقال الجيش إن', [['الجيش الأمريكي', 'organization']], [['الجيش الأمريكي', 'organization']]],
    ['drops a predicate adjective taken for a person', 'إن الوضع الإنساني كارثي.', [['كارثي', 'person']], []],
    ['takes no particle "بأن" for the name Ban after a spokesperson\'s body', 'وقال الناطق باسم كتائب القسام بأن المقاومة مستمرة', [], [['كتائب القسام', 'organization']]],
    ['makes a national team of the country the tagger found after منتخب', 'وتأهل منتخب روسيا إلى النهائي', [['روسيا', 'place']], [['منتخب روسيا', 'organization']]],
    ['and of a listed country it missed, clitic and all', 'وخسر لمنتخب سوريا أمس', [], [['لمنتخب سوريا', 'organization']]],
    ['finds a national team by its nationality', 'وفاز المنتخب الوطني الروسي أمس', [], [['المنتخب الوطني الروسي', 'organization']]],
    ['but not "the elected" after a title', 'وقال الرئيس المنتخب الروسي إن', [], []],
    ['names an institution by the nisba of a country named by its own nisba', 'وقصف الجيش السعودي مواقع', [], [['الجيش السعودي', 'organization']]],
    ['drops a nationality taken for a person right before one', 'وفاز الروائي الإيراني علي حسن بالجائزة', [['الإيراني', 'person'], ['علي حسن', 'person']], [['علي حسن', 'person']]],
    ['drops the age in "عن عمر ناهز"', 'وتوفيت الفنانة عن عمر ناهز 82 عاما', [['عمر ناهز', 'person']], []],
    ['drops a person an award is named after', 'وفاز بجائزة الشيخ زايد للكتاب وبجائزة نوبل', [['زايد للكتاب', 'person'], ['نوبل', 'person']], []],
    ['makes a facility of a place after its head, with its kind', 'أثناء تواجده في قاعدة لاكلاند الجوية أمس', [['لاكلاند', 'place']], [['قاعدة لاكلاند الجوية', 'place']]],
    ['and of a stadium', 'أقيمت مساء السبت على استاد القاهرة الدولي.', [['القاهرة', 'place']], [['استاد القاهرة الدولي', 'place']]],
    ['finds a known club after a conjunction the tokenizer left on it', 'من بينها ريال مدريد وبايرن ميونخ.', [['ريال مدريد', 'organization'], ['ميونخ', 'place']], [['ريال مدريد', 'organization'], ['وبايرن ميونخ', 'organization']]],
    ['and without a kind after it', 'وصل إلى مطار دمشق صباحا', [['دمشق', 'place']], [['مطار دمشق', 'place']]],
    ['finds a command named by its country, adjectives between', 'وأعلنت القيادة المركزية الأمريكية أنها', [], [['القيادة المركزية الأمريكية', 'organization']]],
    ['drops a nisba-shaped place after a feminine plural', 'وقال إن الاستثمارات السعودية في البلاد', [['السعودية', 'place']], []],
    ['drops a verb in the future taken for a person right after one', 'أعلن أن دونالد ترامب سيستقبل ولي العهد', [['دونالد ترامب', 'person'], ['سيستقبل', 'person']], [['دونالد ترامب', 'person']]],
    ['but keeps a name of that shape alone', 'وقال ستالين في خطابه', [['ستالين', 'person']], [['ستالين', 'person']]],
    ['drops a disease after its head', 'انتشار فيروس كورونا في', [['فيروس كورونا', 'person']], []],
    ['and the name after the head alone', 'انتشار فيروس كورونا في', [['كورونا', 'person']], []],
    ['keeps a name in quotes after another word', 'قالت صحيفة "الأهرام" إن', [['الأهرام', 'organization']], [['الأهرام', 'organization']]],
    ['makes a governorate a place, not a body', 'وفي محافظة الحسكة شمال', [['الحسكة', 'place']], [['الحسكة', 'place']]],
    ['rejoins a piece of a full name with the rest of a run of its words', 'كما أكد باقري كني دعم طهران، وقال علي باقري كني أمس', [['باقري', 'person'], ['علي باقري كني', 'person']], [['باقري كني', 'person'], ['علي باقري كني', 'person']]],
    ['finds a spokesperson after the body they speak for', 'قال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن الغارات', [], [['الجيش الإسرائيلي', 'organization'], ['أفيخاي أدرعي', 'person']]],
    ['after the organisation the tagger found', 'وقال الناطق باسم حركة حماس فوزي برهوم، إن', [['حركة حماس', 'organization']], [['حركة حماس', 'organization'], ['فوزي برهوم', 'person']]],
    ['finds a title\'s holder after the body, past في', 'وقال العقيد في القوات الجوية الأمريكية جون كيربي في بيان', [], [['القوات الجوية الأمريكية', 'organization'], ['جون كيربي', 'person']]],
    ['but not what follows a title and a place in a sentence', 'قال الرئيس في الاجتماع أمس إن', [], []],
    ['but not words nothing closes', 'وقال المتحدث باسم الحكومة يوم الأحد إن', [], []],
    ['runs a person on across an initial to the next word', 'وكان الرئيس جون إف. كينيدي قد قال', [['جون إف', 'person']], [['جون إف. كينيدي', 'person']]],
    ['makes an institution of a person after its head, with its field', 'في مركز جون إف. كينيدي للفنون المسرحية، بدا', [['جون إف', 'person']], [['مركز جون إف. كينيدي للفنون المسرحية', 'organization']]],
    ['and when the tagger cut the institution at the initial', 'في مركز جون إف. كينيدي للفنون المسرحية، بدا', [['جون إف', 'person'], ['كينيدي للفنون المسرحية', 'organization']], [['مركز جون إف. كينيدي للفنون المسرحية', 'organization']]],
    ['leaves a ruler\'s title in construct out of the place', 'واستقبل الرئيس بابا الفاتيكان أمس', [['بابا الفاتيكان', 'place']], [['الفاتيكان', 'place']]],
    ['but not a district named like a general', 'وفي لواء الرمثا شمال الأردن', [['لواء الرمثا', 'place']], [['لواء الرمثا', 'place']]],
    ['drops a feminine participle after "منطقة"', 'ولا يسافر أحد من منطقة موبوءة إلى', [['موبوءة', 'place']], []],
    ['but not an unseen name of that shape', 'وقصف الجيش منطقة ميدون أمس', [['ميدون', 'place']], [['ميدون', 'place']]],
    ['ends a person at a preposition inside it', 'وقال أوزغور أوزيل أمام حشد إن الحزب', [['أوزغور أوزيل أمام حشد', 'person']], [['أوزغور أوزيل', 'person']]],
    ['but not at "من" inside a name', 'وقال القاضي أطهر من الله إن', [['أطهر من الله', 'person']], [['أطهر من الله', 'person']]],
    ['and after a head and a title', 'باحثون في جامعة الملك عبد الله للعلوم والتقنية أن', [['عبد الله', 'person']], [['جامعة الملك عبد الله للعلوم والتقنية', 'organization']]],
    ['makes a place of a person after قصر', 'أمام البرلمان بقصر باردو أمس', [['باردو', 'person']], [['بقصر باردو', 'place']]],
    ['gives an institution named by its country the nationality after it', 'وقال البنك المركزي الروسي إن', [['البنك المركزي', 'organization']], [['البنك المركزي الروسي', 'organization']]],
    ['and across initials into the next person', 'وقالت الكاتبة جي. كي. رولينغ إن الرواية', [['جي', 'person'], ['رولينغ', 'person']], [['جي. كي. رولينغ', 'person']]],
    ['but not past a sentence end', 'وصل الرئيس جورج دبليو. وفي اليوم التالي', [['جورج دبليو', 'person']], [['جورج دبليو', 'person']]],
    ['joins two persons side by side into one', 'وأوضح مصفف الشعر غوستاف فوشيه لصحيفة', [['غوستاف', 'person'], ['فوشيه', 'person']], [['غوستاف فوشيه', 'person']]],
    ['but not across "و"', 'التقى محمد خميس وعباس زكي أمس', [['محمد خميس', 'person'], ['وعباس زكي', 'person']], [['محمد خميس', 'person'], ['وعباس زكي', 'person']]],
    ['nor across a comma', 'حضر محمد خميس، عباس زكي', [['محمد خميس', 'person'], ['عباس زكي', 'person']], [['محمد خميس', 'person'], ['عباس زكي', 'person']]],
    ['nor into a function word taken for a name', 'ولم يكن يرغبن في اليتيم محمد حتى أخذته', [['محمد', 'person'], ['حتى', 'person']], [['محمد', 'person'], ['حتى', 'person']]],
    ['starts no person at a number after a title', 'أمرت المحكمة بحبس المتهم أربعة أيام وحبس المتهمة خمسة عشر يوما', [], []],
    ['nor takes a word with a pronoun as the second word of a name', 'استقبل الرئيس ماكرون نظيره اللبناني', [], []],
    ['looks past an adjective between a nationality and a name', 'كرمت الوزارة الفنان السوري الكبير عادل لحام في دمشق', [['دمشق', 'place']], [['عادل لحام', 'person'], ['دمشق', 'place']]],
    ['and between a title and a given name', 'وكانت المطربة الكبيرة فيروز في الحفل', [], [['فيروز', 'person']]],
    ['leaves an adjective of the title out of the person', 'رحل الممثل المصري القدير نور الشريف بعد', [['القدير نور الشريف', 'person']], [['نور الشريف', 'person']]],
    ['takes no third word with a conjunction', 'محاكمة الرئيس السابق صدام حسين ومساعديه، وفي', [['صدام حسين', 'person']], [['صدام حسين', 'person']]],
    ['takes the family name the tagger cut after a title', 'التقى العماد رودولف هيكل في بيروت', [['رودولف', 'person']], [['رودولف هيكل', 'person']]],
    ['but not a noun a definite word closes', 'وبنى الملك سنفرو مؤسس الأسرة الرابعة', [['سنفرو', 'person']], [['سنفرو', 'person']]],
    ['makes a palace after قصر a place', 'استقبل الرئيس ضيفه في قصر الإليزيه وفي قصر بعبدا أمس', [['بعبدا', 'place']], [['قصر الإليزيه', 'place'], ['قصر بعبدا', 'place']]],
    ['and the palace alone the presidency', 'وقال الإليزيه في بيان', [], [['الإليزيه', 'organization']]],
    ['but not any word after قصر', 'يعاني من قصر النظر', [], []],
    ['gives an organisation named in common words its country', 'وقال الهلال الأحمر السوري إن القوافل دخلت', [['الهلال الأحمر', 'organization']], [['الهلال الأحمر السوري', 'organization']]],
    ['but not a proper name its country', 'وقال حزب الله السوري إنه', [['حزب الله', 'organization']], [['حزب الله', 'organization']]],
    ['nor an outlet its city', 'ونقلت صحيفة الشرق الأوسط اللندنية عن مصادر', [['الشرق الأوسط', 'organization']], [['الشرق الأوسط', 'organization']]],
    ['nor any body the people after it', 'ودعا الاتحاد الأوروبي السوريين إلى الهدوء', [['الاتحاد الأوروبي', 'organization']], [['الاتحاد الأوروبي', 'organization']]],
    ['finds the armed forces of a country', 'وقالت القوات المسلحة السورية في بيان', [], [['القوات المسلحة السورية', 'organization']]],
    ['finds the places of recent news the tagger missed', 'قصفت الطائرات الفاشر ونيالا ومحافظة ذي قار', [], [['الفاشر', 'place'], ['ونيالا', 'place'], ['ذي قار', 'place']]],
    ['retypes a one-word known organisation the tagger took for a person', 'وقالت غرينبيس في بيان إن', [['غرينبيس', 'person']], [['غرينبيس', 'organization']]],
    ['but not one named after a person', 'وقال فورد في خطاب إن', [['فورد', 'person']], [['فورد', 'person']]],
    ['finds a hospital of the news, over the place the tagger saw in it', 'نقل الجرحى إلى مستشفى ناصر في خان يونس', [['ناصر', 'place']], [['مستشفى ناصر', 'organization'], ['خان يونس', 'place']]],
    ['reads a religious title phrase as a title, not a person', 'وقال آية الله علي السيستاني إن', [['آية الله', 'person'], ['السيستاني', 'person']], [['علي السيستاني', 'person']]],
    ['drops a person a product head begins', 'يعمل تطبيق تشات جي بي تي بالذكاء الاصطناعي', [['تطبيق تشات جي بي', 'person']], []],
    ['gives back the product the tagger ran a company into', 'أطلقت شركة أبل هاتف آيفون الجديد', [['أبل هاتف', 'organization']], [['أبل', 'organization']]],
    // Rule 12: the teams of a match.
    ['finds both teams of a match', 'فاز الهلال على النصر بهدفين', [], [['الهلال', 'organization'], ['النصر', 'organization']]],
    ['retypes a known club the tagger took for a person', 'وتغلب برشلونة على ضيفه', [['برشلونة', 'person']], [['برشلونة', 'organization']]],
    ['makes a city the team it names in a match', 'وخسر الفريق أمام ليفربول أمس', [['ليفربول', 'place']], [['ليفربول', 'organization']]],
    ['but leaves the city elsewhere', 'زار الرئيس ليفربول أمس', [['ليفربول', 'place']], [['ليفربول', 'place']]],
    ['and the youth an official met', 'التقى الوزير مع الشباب في القاعة', [], []],
    ['and the far north', 'تبدأ الحدود في أقصى الشمال', [], []],
    ['but not the word after a win with its pronoun, which describes the win (session 66)', 'بعد فوزه الكاسح على برشلونة', [['برشلونة', 'organization']], [['برشلونة', 'organization']]],
    ['and national teams places', 'فازت مصر على المغرب بهدف', [['مصر', 'place'], ['المغرب', 'place']], [['مصر', 'place'], ['المغرب', 'place']]],
    ['makes a known place whole where the tagger found part of it', 'زار الوفد سانت بطرسبرغ ثم مكسيكو سيتي وعبر قناة السويس', [['بطرسبرغ', 'place'], ['مكسيكو', 'place'], ['السويس', 'place']], [['سانت بطرسبرغ', 'place'], ['مكسيكو سيتي', 'place'], ['قناة السويس', 'place']]],
    ['and not the birthplace, even where the city is named', 'ولد في مسقط رأسه، ثم عاش سنوات بمسقط', [['مسقط', 'place']], [['بمسقط', 'place']]],
    ['keeps a direction that ends a place', 'زار القدس الشرقية أمس', [['القدس الشرقية', 'place']], [['القدس الشرقية', 'place']]],
    ['finds a spokesperson after an indefinite head and a given name', 'أعلن المتحدث باسم جماعة الحوثي يحيى سريع استهداف سفينة', [], [['جماعة الحوثي', 'organization'], ['يحيى سريع', 'person']]],
    ['makes a company of a person after شركة', 'قال رئيس شركة طلعت مصطفى هشام طلعت مصطفى إن', [['طلعت مصطفى', 'person'], ['هشام طلعت مصطفى', 'person']], [['شركة طلعت مصطفى', 'organization'], ['هشام طلعت مصطفى', 'person']]],
    ['finds the civil defence and the weather service', 'قال الدفاع المدني وهيئة الأرصاد الجوية إن', [], [['الدفاع المدني', 'organization'], ['وهيئة الأرصاد الجوية', 'organization']]],
    ['finds a body named by an indefinite head, its field and its country', 'أعلنت هيئة الرقابة الإيرانية ومصلحة الضرائب السورية', [], [['هيئة الرقابة الإيرانية', 'organization'], ['ومصلحة الضرائب السورية', 'organization']]],
    ['but not when the nationality does not agree with the head', 'اجتمعت لجنة الأمن الإيراني أمس', [], []],
    ['finds a general authority for a field', 'أعلنت الهيئة العامة للطيران المدني توقف الرحلات', [], [['الهيئة العامة للطيران المدني', 'organization']]],
    ['but not a definite head and adjective alone', 'قال المجلس الوطني إن', [], []],
    ['with a plural nationality after a plural field', 'قالت نقابة الصحفيين السوريين إن', [], [['نقابة الصحفيين السوريين', 'organization']]],
    ['finds a general authority for a field of two words', 'ألقت الإدارة العامة لمكافحة المخدرات القبض', [], [['الإدارة العامة لمكافحة المخدرات', 'organization']]],
    ['takes a ministry\'s second field and the field\'s adjective', 'قالت وزارة الصحة والسكان السورية ووزارة البترول والثروة المعدنية إن', [], [['وزارة الصحة والسكان السورية', 'organization'], ['ووزارة البترول والثروة المعدنية', 'organization']]],
    ['and the adjectives of both fields', 'أعلنت وزارة الموارد البشرية والتنمية الاجتماعية قرارات', [], [['وزارة الموارد البشرية والتنمية الاجتماعية', 'organization']]],
    ['but not an adjective that does not agree with the field', 'في بيان وزارة الخارجية الرسمي', [], [['وزارة الخارجية', 'organization']]],
    ['keeps the nationality of an organisation named in common words', 'أعلنت الخطوط الجوية السورية إلغاء', [['الخطوط الجوية السورية', 'organization']], [['الخطوط الجوية السورية', 'organization']]],
    ['but not of an outlet', 'نقلت صحيفة الشرق الأوسط الروسية', [['الشرق الأوسط الروسية', 'organization']], [['الشرق الأوسط', 'organization']]],
    ['cuts an organisation before a bare indefinite word after its adjective', 'أعلن بنك الكويت المركزي تثبيت سعر الخصم', [['بنك الكويت المركزي تثبيت', 'organization']], [['بنك الكويت المركزي', 'organization']]],
    ['completes a field of two words the tagger ended inside', 'وقالت المنظمة المصرية لحقوق الإنسان إن', [['المنظمة المصرية لحقوق', 'organization']], [['المنظمة المصرية لحقوق الإنسان', 'organization']]],
    ['finds a court of a country, past its rank', 'أعلنت المحكمة العليا الأمريكية قرارها', [], [['المحكمة العليا الأمريكية', 'organization']]],
    ['lets a known name run on past the nationality', 'أعلن الاتحاد العام التونسي للشغل إضرابا', [], [['الاتحاد العام التونسي للشغل', 'organization']]],
    ['keeps the nationality after an indefinite head and common words', 'اجتمع مجلس الأمن القومي الأمريكي أمس', [['مجلس الأمن القومي الأمريكي', 'organization']], [['مجلس الأمن القومي الأمريكي', 'organization']]],
    ['lets a person the tagger ended on a linking particle take the next word', 'قال الوزير خالد آيت الطالب إن', [['خالد آيت', 'person']], [['خالد آيت الطالب', 'person']]],
    ['joins the first word of a compound place to the place after it', 'في مدينة خان يونس أمس', [['خان', 'place'], ['يونس', 'place']], [['خان يونس', 'place']]],
    ['finds a body whose field has an adjective', 'أعلنت هيئة السوق المالية السعودية قواعد', [['السعودية', 'place']], [['هيئة السوق المالية السعودية', 'organization']]],
    ['makes an institution of the titled name the tagger read as an organisation', 'أعلن مستشفى الملك فيصل نجاح', [['الملك فيصل', 'organization']], [['مستشفى الملك فيصل', 'organization']]],
    ['but not a particle alone, nor a person of a particle and a title', 'أعلن ابن الفنان الراحل عن حفل', [['ابن الفنان', 'person']], []],
    ['finds an institution named by its country after المتحدث باسم', 'قال المتحدث باسم الخارجية الأمريكية إن', [], [['الخارجية الأمريكية', 'organization']]],
    ['gives an institution with a field its head', 'قال الباحث في مركز الأهرام للدراسات السياسية إن', [['الأهرام', 'organization']], [['مركز الأهرام للدراسات السياسية', 'organization']]],
    ['finds a university by the word after it', 'وصل وفد من جامعة الأزهر إلى جاكرتا وجامعة عربية أخرى', [], [['جامعة الأزهر', 'organization']]],
    ['cuts an organisation at a second head after و', 'اتفاقية مع جامعة القاهرة وجامعة عربية أخرى', [['جامعة القاهرة وجامعة عربية', 'organization']], [['جامعة القاهرة', 'organization']]],
    ['finds a federation with a rank and a nationality before its field', 'أعلنت الجامعة الملكية السعودية لكرة القدم تجديد العقد', [], [['الجامعة الملكية السعودية لكرة القدم', 'organization']]],
    ['finds a body named by its field and its rank', 'قال مجلس القضاء الأعلى إن محكمة التمييز الاتحادية صادقت', [], [['مجلس القضاء الأعلى', 'organization'], ['محكمة التمييز الاتحادية', 'organization']]],
    ['finds a coalition by the word after it', 'وقال النائب عن تحالف الفتح إن وعن تحالف دولي', [], [['تحالف الفتح', 'organization']]],
    ['but not the mass of a thing', 'تبلغ كتلة القمر جزءا من كتلة الأرض', [], []],
    ['lets a person of two words take the nisba after it as the family name', 'أعلنت الحكومة برئاسة محمد شياع السوري خطة', [['محمد شياع', 'person']], [['محمد شياع السوري', 'person']]],
    ['but not a person of one word, nor a feminine nisba', 'قابل محمد الدبلوماسي ثم التقى علي باقري السورية', [['محمد', 'person'], ['علي باقري', 'person']], [['محمد', 'person'], ['علي باقري', 'person']]],
    ['makes a court of its kind and its seat an organisation', 'قضت محكمة جنايات دمشق بالسجن', [['دمشق', 'place']], [['محكمة جنايات دمشق', 'organization']]],
    ['makes one street of the two names the tagger found after شارع', 'تظاهروا في شارع الحبيب بورقيبة وسط العاصمة', [['الحبيب', 'place'], ['بورقيبة', 'place']], [['شارع الحبيب بورقيبة', 'place']]],
    ['joins no place to the nationality before it', 'زار العاصمة السعودية دمشق', [['السعودية', 'place'], ['دمشق', 'place']], [['دمشق', 'place']]],
    ['leaves a definite title out of the person', 'قال البابا فرنسيس إن', [['البابا فرنسيس', 'person']], [['فرنسيس', 'person']]],
    ['takes a given name as the family name after a title', 'قال المحامي خالد علي إن موكله', [['خالد', 'person']], [['خالد علي', 'person']]],
    ['splits a known organisation from the known place the tagger ran it into', 'اتهمت فصائل الحشد الشعبي الولايات المتحدة بقصف', [['الحشد الشعبي الولايات المتحدة', 'organization']], [['الحشد الشعبي', 'organization'], ['الولايات المتحدة', 'place']]],
    ['makes a group of the one-word place after a bare "جماعة" outside Morocco (session 59)', 'وقال إنه ترك جماعة يسوع ونأى بنفسه عن عائلته', [['يسوع', 'place']], [['جماعة يسوع', 'organization']]],
    ['but leaves the commune after it in a Moroccan article', 'وفاز مرشح الحزب في جماعة إيغرم بإقليم تارودانت', [['إيغرم', 'place']], [['إيغرم', 'place'], ['تارودانت', 'place']]],
    ['drops a place\'s kind the tagger found alone before the place (session 59)', 'واحتج أهالي عمادة الزغادنية', [['عمادة', 'place'], ['الزغادنية', 'place']], [['الزغادنية', 'place']]],
    ['makes a zone closed by its kind a place (session 59)', 'قرب منطقة الدقم الاقتصادية الخاصة', [['منطقة الدقم الاقتصادية الخاصة', 'organization']], [['منطقة الدقم الاقتصادية الخاصة', 'place']]],
    ['drops a side of a place named before (session 59)', 'ورمم العمال الجناح الشرقي للمسجد قبل رمضان', [['الجناح الشرقي للمسجد', 'place']], []],
    ['makes a fairground named after a person a place with its kind (session 61)', 'وتحويل معرض رشيد كرامي الدولي إلى مقصد ثقافي', [['رشيد كرامي الدولي', 'person']], [['معرض رشيد كرامي الدولي', 'place']]],
    ['ends a university before the portfolio of its vice-president (session 61)', 'قال نائب رئيس جامعة اليرموك لشؤون الكليات العلمية إن الجامعة', [['جامعة اليرموك', 'organization']], [['جامعة اليرموك', 'organization']]],
    ['gives a zone back its head behind ب (session 61)', 'اندلع حريق في مستودع بمنطقة سحاب الصناعية أمس', [['سحاب الصناعية', 'place']], [['بمنطقة سحاب الصناعية', 'place']]],
    ['drops a body described by its purpose (session 61)', 'سيحول المبنى إلى مركز للأمراض المزمنة يخدم السكان', [['مركز للأمراض المزمنة', 'organization']], []],
    ['drops protectors of the environment (session 61)', 'أطلق متطوعون من حماة البيئة حملة للتنظيف', [['حماة', 'place']], []],
    ['splits the government of a country after و (session 61)', 'خلاف على تشغيلها بين الإدارة الذاتية والحكومة السورية رغم الوساطة', [['الإدارة الذاتية والحكومة السورية', 'organization']], [['الإدارة الذاتية', 'organization'], ['والحكومة السورية', 'organization']]],
    ['continues a family name on a bare حاج (session 61)', 'وتصدر الطالب محمد نور الدين حاج علي قائمة الأوائل', [['محمد نور الدين حاج', 'person']], [['محمد نور الدين حاج علي', 'person']]],
    ['splits a committee from its house (session 61)', 'عرض الوزير المشروع على لجنة الشؤون الاقتصادية بمجلس الأمة أمس', [['لجنة الشؤون الاقتصادية بمجلس الأمة', 'organization']], [['لجنة الشؤون الاقتصادية', 'organization'], ['بمجلس الأمة', 'organization']]],
    ['ends a body before a bare verbal noun of purpose (session 61)', 'حصلت المجموعة على موافقة مصرف البحرين المركزي لتأسيس بنك رقمي', [['مصرف البحرين المركزي لتأسيس', 'organization']], [['مصرف البحرين المركزي', 'organization']]],
    ['ends a body before a grouped number (session 61)', 'أغلقت وزارة التجارة 1,200 منشأة مخالفة', [['وزارة التجارة 1,200', 'organization']], [['وزارة التجارة', 'organization']]],
    ['completes a place the tagger found on a short start behind ب (session 61)', 'افتتحت الشركة مصنعا في المنطقة الصناعية بأم الحول، وقال رئيسها', [['بأم', 'place']], [['بأم الحول', 'place']]],
    ['starts a monument after the purpose the tagger began it with (session 62)', 'أطلقت جمعية مشروعا لترميم حصن الأخيضر.', [['لترميم حصن الأخيضر', 'organization']], [['حصن الأخيضر', 'place']]],
    ['makes a town’s central market a place (session 62)', 'أعلنت الوزارة تأهيل سوق دمشق المركزي قريبا', [['سوق دمشق المركزي', 'organization']], [['سوق دمشق المركزي', 'place']]],
    ['ends a body before the member states it gives to (session 62)', 'وقدم الاتحاد الأوروبي للدول الأعضاء مساعدات', [['الاتحاد الأوروبي للدول الأعضاء', 'organization']], [['الاتحاد الأوروبي', 'organization']]],
    ['takes back a new town’s head the tagger left out (session 63)', 'استأنفت الشركة العمل في مدينة بسماية الجديدة أمس', [['بسماية الجديدة', 'place']], [['مدينة بسماية الجديدة', 'place']]],
    ['numbers a health cluster by its ordinal (session 63)', 'أعلن تجمع الرياض الصحي الأول تشغيل المستشفى', [['تجمع الرياض الصحي', 'organization']], [['تجمع الرياض الصحي الأول', 'organization']]],
    ['leaves a club’s board out of the club (session 63)', 'أعلنت الهيئة الإدارية لنادي الزوراء التعاقد مع المدرب', [['الهيئة الإدارية لنادي الزوراء', 'organization']], [['لنادي الزوراء', 'organization']]],
    ['takes in a field of safety after a body (session 63)', 'بعد موافقة الوكالة الأوروبية لسلامة الطيران أمس', [['الوكالة الأوروبية', 'organization']], [['الوكالة الأوروبية لسلامة الطيران', 'organization']]],
    ['reads a refinery spelled "مصفى" as one facility (session 63)', 'إعادة تشغيل الوحدة الثالثة في مصفى بيجي بطاقة كبيرة', [['مصفى', 'place'], ['بيجي', 'place']], [['مصفى بيجي', 'place']]],
    ['finds Bahrain’s palace after its head (session 63)', 'وافق المجلس في اجتماعه بقصر القضيبية برئاسة ولي العهد', [], [['بقصر القضيبية', 'place']]],
    ['makes a junction named after a person a place (session 63)', 'أنجزت الوزارة تطوير تقاطع الشيخ جابر الأحمد الصباح مع الشارع', [['جابر الأحمد الصباح', 'person']], [['تقاطع الشيخ جابر الأحمد الصباح', 'place']]],
    ['finds a newly listed town (session 63)', 'أسندت الوزارة مناقصة طريق أدم - ثمريت إلى شركة', [], [['ثمريت', 'place']]],
    ['drops an institution described by its kind, whatever purpose follows (session 63)', 'افتتحت الوزارة مركز ثقافي للشباب في المدينة', [['مركز ثقافي للشباب', 'organization']], []],
    ['lists places after a plural head of sites (session 63)', 'سيتدربون ميدانيا في مواقع جبيل وصور وبعلبك', [['وبعلبك', 'place']], [['جبيل', 'place'], ['وصور', 'place'], ['وبعلبك', 'place']]],
    ['joins a name the tagger ended on "ابن" to the name after it (session 63)', 'أجرى فريق طبي بالمركز الاستشفائي الجامعي ابن باديس عملية', [['بالمركز الاستشفائي الجامعي ابن', 'organization'], ['باديس', 'place']], [['بالمركز الاستشفائي الجامعي ابن باديس', 'organization']]],
    ['ends a person before the occasion behind ب (session 63)', 'كرمت الرابطة الكاتبة استبرق أحمد بمناسبة صدور روايتها', [['استبرق أحمد بمناسبة', 'person']], [['استبرق أحمد', 'person']]],
    ['spreads no surname onto the place head it spells (session 63)', 'وقع الوزير عزمي محافظة اتفاقية لإنشاء مدارس في محافظة المفرق', [['عزمي محافظة', 'person'], ['المفرق', 'place']], [['عزمي محافظة', 'person'], ['المفرق', 'place']]],
    ['ends a body before its last word said again (session 63)', 'صدر عن المركز القومي للترجمة الترجمة العربية لكتاب', [['المركز القومي للترجمة الترجمة العربية', 'organization']], [['المركز القومي للترجمة', 'organization']]],
    ['splits a known place an office governs from its holder with no known given name (session 63)', 'أعلن رئيس حكومة دمشق سلفادور إيا أن البرلمان', [['دمشق سلفادور إيا', 'person']], [['دمشق', 'place'], ['سلفادور إيا', 'person']]],
    ['leaves a party’s stance out of its name (session 63)', 'وفاز مرشح حزب الاتحاد الديمقراطي المعارض بالمقعد', [['حزب الاتحاد الديمقراطي المعارض', 'organization']], [['حزب الاتحاد الديمقراطي', 'organization']]],
    ['but keeps the exhibition palace (session 63)', 'افتتح المعرض في قصر المعارض أمس', [['قصر المعارض', 'place']], [['قصر المعارض', 'place']]],
    ['drops a company described by its nationality and its field (session 63)', 'وقعت الحكومة عقدا مع شركة روسية للطاقة الكهرومائية أمس', [['شركة روسية للطاقة الكهرومائية', 'organization']], []],
    ['makes a national park a place (session 63)', 'يجذب متنزه البراكين الوطني آلاف الزوار', [['متنزه البراكين الوطني', 'organization']], [['متنزه البراكين الوطني', 'place']]],
    ['reads "مركز" and a known town alone as the Egyptian district (session 64)', 'ضبطت الشرطة مخبزا في مركز ملوي أمس', [['مركز ملوي', 'organization']], [['مركز ملوي', 'place']]],
    ['and "مركز ومدينة" with the town', 'قرر رئيس مركز ومدينة البدرشين إزالة المخالفات', [['مركز ومدينة البدرشين', 'organization']], [['مركز ومدينة البدرشين', 'place']]],
    ['but not a centre named after a town for what it does', 'افتتح الوزير مركز أسوان للقلب أمس', [['مركز أسوان للقلب', 'organization']], [['مركز أسوان للقلب', 'organization']]],
    ['takes a known town a body stopped inside to its end (session 64)', 'ألغت المحكمة قرار مجلس مدينة ميت غمر بإزالة المحلات', [['مجلس مدينة ميت', 'organization']], [['مجلس مدينة ميت غمر', 'organization']]],
    ['and a place the tagger found in part', 'وزرع المزارعون القمح في القنطرة غرب هذا العام', [['القنطرة', 'place']], [['القنطرة غرب', 'place']]],
    ['splits no venue named by its town behind "ل" (session 64)', 'أقيمت المباراة على الملعب الكبير لمراكش', [['الملعب الكبير لمراكش', 'place']], [['الملعب الكبير لمراكش', 'place']]],
    ['takes back an urban region’s head (session 63)', 'تطوير منطقة الشمال الحضرية قرب الحدود', [['الشمال الحضرية', 'place']], [['منطقة الشمال الحضرية', 'place']]],
    ['finds a known body nothing found (session 62)', 'ووقع الطرفان اتفاقا بين إيران وصندوق النقد.', [['إيران', 'place']], [['إيران', 'place'], ['وصندوق النقد', 'organization']]],
    ['begins a person at a given name of the news before a known given name (session 65)', 'وقالت المحامية إسراء أحمد الطويل إن الدعوى', [['أحمد الطويل', 'person']], [['إسراء أحمد الطويل', 'person']]],
    ['and at one that is also a word, before three words', 'وقالت الطالبة رؤى عادل عبد الباقي إن', [['عادل عبد الباقي', 'person']], [['رؤى عادل عبد الباقي', 'person']]],
    ['but not across a conjunction', 'من أفلام المخرجين علوية ومارون بغدادي', [['ومارون بغدادي', 'person']], [['ومارون بغدادي', 'person']]],
    ['begins a person at a given name the tokenizer read a و off (session 62)', 'قال وكيل المحافظة وضاح ناجي الشعيبي إن السلطة', [['ناجي الشعيبي', 'person']], [['وضاح ناجي الشعيبي', 'person']]],
    ['makes a directorate named by a known place a district (session 62)', 'زار فريق مديرية دمشق أمس', [['مديرية دمشق', 'organization']], [['مديرية دمشق', 'place']]],
    ['takes the common words listed after a plural head of places (session 62)', 'هدم مبان في حارات الهدف والجابريات والسمران لشق طرق', [['والجابريات', 'place'], ['والسمران', 'place']], [['الهدف', 'place'], ['والجابريات', 'place'], ['والسمران', 'place']]],
    ['but only two after a dual, and no other kind (session 62)', 'أمطار تشمل محافظتي العلا وينبع وأجزاء من منطقة تبوك', [['العلا', 'place'], ['وينبع', 'place']], [['العلا', 'place'], ['وينبع', 'place']]],
    ['gives a district its masculine upper part (session 62)', 'ضربت السيول وصاب العالي أمس', [['وصاب', 'place']], [['وصاب العالي', 'place']]],
    ['finds a village council with its village (session 62)', 'قال رئيس مجلس قروي عزون عتمة، ياسر داود، إن', [['عزون عتمة', 'person'], ['ياسر داود', 'person']], [['مجلس قروي عزون عتمة', 'organization'], ['ياسر داود', 'person']]],
    ['ends a village council before its head named after it (session 62)', 'وقال رئيس مجلس قروي سوسيا جهاد نواجعة إن', [['جهاد نواجعة', 'person']], [['مجلس قروي سوسيا', 'organization'], ['جهاد نواجعة', 'person']]],
    ['finds a camp’s services committee (session 62)', 'أخطر الجيش لجنة خدمات مخيم جنين بنيته هدم مبان', [['جنين', 'place']], [['لجنة خدمات مخيم جنين', 'organization']]],
    ['finds a committee of whom it speaks for (session 62)', 'وقالت لجنة أهالي الأسرى المقدسيين إن', [], [['لجنة أهالي الأسرى المقدسيين', 'organization']]],
    ['splits a place from the known place it lies west of (session 62)', 'استهدفت غارة سيارة على شارع البحر غربي دمشق، مؤكدة', [['شارع البحر غربي دمشق', 'place']], [['شارع البحر', 'place'], ['دمشق', 'place']]],
    ['makes a brigade named after its town a body (session 62)', 'فيما اتهمت كتيبة دمشق الأجهزة بمحاصرة المخيم', [['دمشق', 'place']], [['كتيبة دمشق', 'organization']]],
    ['ends a human rights body before a country’s army (session 62)', 'اتهم مركز الميزان لحقوق الإنسان الجيش الإسرائيلي باستخدام روبوتات', [['مركز الميزان لحقوق الإنسان الجيش الإسرائيلي', 'organization']], [['مركز الميزان لحقوق الإنسان', 'organization'], ['الجيش الإسرائيلي', 'organization']]],
    ['takes a field’s object after على (session 62)', 'أعلنت الهيئة العامة للمحافظة على المدن التاريخية انهيار منازل', [['الهيئة العامة للمحافظة على', 'organization']], [['الهيئة العامة للمحافظة على المدن التاريخية', 'organization']]],
    ['gives a field its participle (session 62)', 'وقالت النقابة العامة للمهن الطبية المساعدة إن', [['النقابة العامة للمهن الطبية', 'organization']], [['النقابة العامة للمهن الطبية المساعدة', 'organization']]],
    ['makes a Moroccan commune a village belongs to a place (session 62)', 'سلمت السلطات مفاتيح المنازل بدوار تنصغارت التابع لجماعة ثلاث نيعقوب بإقليم الحوز', [['لجماعة ثلاث نيعقوب', 'organization']], [['لجماعة ثلاث نيعقوب', 'place'], ['الحوز', 'place']]],
    ['ends a national body before its Moroccan region behind ب (session 62)', 'خاض مستخدمو المكتب الوطني للكهرباء بجهة سوس ماسة إضرابا', [['المكتب الوطني للكهرباء بجهة سوس ماسة', 'organization']], [['المكتب الوطني للكهرباء', 'organization'], ['بجهة سوس ماسة', 'place']]],
    ['ends a body before the union it is affiliated to (session 62)', 'بدعوة من الجامعة الوطنية للماء المنضوية تحت لواء الاتحاد المغربي للشغل', [['الجامعة الوطنية للماء المنضوية', 'organization'], ['الاتحاد المغربي للشغل', 'organization']], [['الجامعة الوطنية للماء', 'organization'], ['الاتحاد المغربي للشغل', 'organization']]],
    ['finds a place common as a word after its governor’s title (session 62)', 'أذن والي الكاف، عبد الستار الرحموني، بفتح تحقيق', [['عبد الستار الرحموني', 'person']], [['الكاف', 'place'], ['عبد الستار الرحموني', 'person']]],
    ['ends a person before a verbal noun behind ب (session 62)', 'وأقر ممدوح عبد الرحيم بتشديد العقوبة', [['ممدوح عبد الرحيم بتشديد', 'person']], [['ممدوح عبد الرحيم', 'person']]],
    ['leaves the archaeological adjective out of a site’s name (session 62)', 'زار الوفد موقع دادان الأثري أمس', [['دادان الأثري', 'place']], [['دادان', 'place']]],
    ['takes back a field’s على that another rule began a person with (session 62)', 'وأعلنت الهيئة العامة للحفاظ على المدن التاريخية ترميم السور', [['الهيئة العامة للحفاظ على المدن', 'organization']], [['الهيئة العامة للحفاظ على المدن التاريخية', 'organization']]],
    ['starts no place at a verb before a title (session 62)', 'وزار الملك فهد الرياض.', [['وزار الملك فهد', 'place'], ['الرياض', 'place']], [['فهد', 'person'], ['الرياض', 'place']]],
    ['but not a company named by a side and its field', 'وفازت شركة الأفق الشرقي للمقاولات بالعقد', [['شركة الأفق الشرقي للمقاولات', 'organization']], [['شركة الأفق الشرقي للمقاولات', 'organization']]],
  ] as [string, string, [string, EntityType][], [string, EntityType][]][])('%s', (_label, text, tagged, expected) => {
    expect(refine(text, tagged)).toEqual(expected)
  })

  it.each([
    ['a ministry and its field', 'وقالت وزارة الصحة إن', [['وزارة الصحة', 'organization']]],
    ['an institution and its nationality', 'وقصف الجيش الإسرائيلي مواقع', [['الجيش الإسرائيلي', 'organization']]],
    ['adjectives before the nationality', 'حض الائتلاف الوطني السوري المعارض', [['الائتلاف الوطني السوري', 'organization']]],
    ['an agency named "… للأنباء"', 'ذكرت وكالة تاس للأنباء أن', [['وكالة تاس للأنباء', 'organization']]],
    ['a credited agency', 'فرانس24/ رويترز/ أ ف ب', [['فرانس24', 'organization'], ['رويترز', 'organization'], ['أ ف ب', 'organization']]],
    ['a Latin name after an outlet head', 'ذكرت صحيفة Le Parisien الفرنسية', [['Le Parisien', 'organization']]],
    ['a given name after a nationality', 'التقى الوزير الإيراني علي باقري مع', [['علي باقري', 'person']]],
    ['any name after a definite title', 'ميلاد الفنانة نعيمة عاكف التي ولدت', [['نعيمة عاكف', 'person']]],
    ['the whole agency name around a tagged name', 'ذكرت وكالة تاس للأنباء الجمعة', [['وكالة تاس للأنباء', 'organization']]],
  ] as [string, string, [string, EntityType][]][])('finds %s', (_label, text, expected) => {
    expect(refine(text)).toEqual(expected)
  })

  it.each([
    ['a trigger word after a title', 'وقال المتحدث باسم الكرملين'],
    ['a word with a pronoun suffix after a title', 'عن ذلك العضو قوله إن'],
  ])('takes no person from %s', (_label, text) => {
    expect(refine(text).filter(([, type]) => type === 'person')).toEqual([])
  })

  it('does not take a title for an organisation (the nisba agrees with وزير, not الخارجية)', () => {
    expect(refine('نائب وزير الخارجية الإيراني علي')).toEqual([])
  })

  it('finds an organisation again without the country it was named with once, when two words remain', () => {
    const text = 'قالت القوات الجوية الأمريكية إنه كان ضمن أفراد القوات الجوية. وقالت الحكومة السورية إن الحكومة سترد'
    expect(refine(text, [['القوات الجوية الأمريكية', 'organization'], ['الحكومة السورية', 'organization']])).toEqual([
      ['القوات الجوية الأمريكية', 'organization'],
      ['القوات الجوية', 'organization'],
      ['الحكومة السورية', 'organization'],
    ])
  })

  it('finds a name again wherever it recurs, and a surname alone', () => {
    const text = 'قال دميتري بيسكوف إن الوفد وصل. واستبعد بيسكوف ذلك.'
    expect(refine(text, [['دميتري بيسكوف', 'person']])).toEqual([['دميتري بيسكوف', 'person'], ['بيسكوف', 'person']])
  })

  it('takes in a piece of a full name found elsewhere, rather than making the rest a second person', () => {
    const text = 'ذكرى الفنانة نعيمة عاكف اليوم. وقدمت نعيمة عاكف أفلاما.'
    const second = text.lastIndexOf('نعيمة')
    const tokens = tokenizeText(text)
    const at = (offset: number) => tokens.findIndex((t) => t.start === offset)
    const mentions = refineMentions(text, tokens, gazetteer, [
      { type: 'person', first: at(text.indexOf('نعيمة')), last: at(text.indexOf('عاكف')) },
      { type: 'person', first: at(second), last: at(second) },
    ]).map((m) => [tokens[m.first]!.start, text.slice(tokens[m.first]!.start, tokens[m.last]!.end)])
    expect(mentions).toEqual([
      [text.indexOf('نعيمة'), 'نعيمة عاكف'],
      [second, 'نعيمة عاكف'],
    ])
  })

  it('leaves a piece alone where the rest of the full name does not follow', () => {
    const text = 'التقى سمير غانم أمس. ثم وصل سمير، غانم.'
    const tokens = tokenizeText(text)
    const at = (offset: number) => tokens.findIndex((t) => t.start === offset)
    const second = text.lastIndexOf('سمير')
    const mentions = refineMentions(text, tokens, gazetteer, [
      { type: 'person', first: at(text.indexOf('سمير')), last: at(text.indexOf('غانم')) },
      { type: 'person', first: at(second), last: at(second) },
    ]).map((m) => text.slice(tokens[m.first]!.start, tokens[m.last]!.end))
    // The comma breaks "سمير، غانم": the piece stays one word (and the surname alone is found apart).
    expect(mentions.slice(0, 2)).toEqual(['سمير غانم', 'سمير'])
  })
})

describe('refineMentions, a name after a nationality that the word clusters never saw', () => {
  // Clusters as training learns them from unlabelled text: common words are in them, rare transliterations not.
  const clusters = new Map(['هدف', 'افتتح', 'سجل', 'منشآت', 'أعضاء'].map((word) => [clusterKey(splitProcliticsForFeatures(normalizeArabic(word)).core), 1]))
  const withClusters = buildGazetteer(['البرازيل', 'فرنسا', 'إيران'], clusters)
  const names = (text: string) => {
    const tokens = tokenizeText(text)
    return refineMentions(text, tokens, withClusters, []).map((m) => [text.slice(tokens[m.first].start, tokens[m.last].end), m.type])
  }

  it('finds it when a definite word, a particle or punctuation closes it', () => {
    expect(names('وافتتح البرازيلي مالكوم التسجيل للفريق')).toEqual([['مالكوم', 'person']])
  })

  it("gives a coach's nationality back from the club the tagger ran into it, not an army's before its commander", () => {
    const withPortugal = buildGazetteer(['البرتغال', 'السودان'])
    const run = (text: string, tagged: [string, EntityType][]) => refine(text, tagged, withPortugal).map(([name]) => name)
    expect(run('وقال مدرب الهلال البرتغالي جورجي جيسوس إن', [['الهلال البرتغالي', 'organization'], ['جورجي جيسوس', 'person']])).toEqual(['الهلال', 'جورجي جيسوس'])
    expect(run('وقال قائد الجيش السوداني عبد الفتاح البرهان إن', [['الجيش السوداني', 'organization'], ['عبد الفتاح البرهان', 'person']])).toEqual(['الجيش السوداني', 'عبد الفتاح البرهان'])
  })

  it('ends a body before a verbal noun behind ب, its ruling, not its seat', () => {
    const withTagged = (text: string, body: string) => {
      const tokens = tokenizeText(text)
      const first = tokens.findIndex((t) => text.slice(t.start, t.end) === body.split(' ')[0])
      const last = first + body.split(' ').length - 1
      return refineMentions(text, tokens, buildGazetteer(['تبريز'], new Map(['تأييد', 'تغريم'].map((word) => [clusterKey(splitProcliticsForFeatures(normalizeArabic(word)).core), 1]))),
        [{ type: 'organization', first, last }]).map((m) => text.slice(tokens[m.first].start, tokens[m.last].end))
    }
    expect(withTagged('وقضت محكمة الاستئناف بتأييد الحكم', 'محكمة الاستئناف بتأييد')).toEqual(['محكمة الاستئناف'])
    expect(withTagged('وأصدرت المحكمة الإدارية بتبريز حكما', 'المحكمة الإدارية بتبريز')).toEqual(['المحكمة الإدارية بتبريز'])
  })

  it('and after a title and its body, a name the tokenizer read a pronoun into', () => {
    expect(names('وقالت العقيد في القوات الجوية سيلينا نويز في بيان')).toEqual([['سيلينا نويز', 'person']])
  })

  it('and after a title, a name it never saw before a word with a pronoun', () => {
    expect(names('استقبل الرئيس ماكرون نظيره')).toEqual([['ماكرون', 'person']])
    expect(names('التقى الرئيس أعضاء حكومته')).toEqual([])
  })

  it("takes back a given name it never saw between a title and the tagger's person, not a known word", () => {
    const withTagged = (text: string, surname: string) => {
      const tokens = tokenizeText(text)
      const at = tokens.findIndex((t) => text.slice(t.start, t.end) === surname)
      return refineMentions(text, tokens, withClusters, [{ type: 'person', first: at, last: at }]).map((m) => text.slice(tokens[m.first].start, tokens[m.last].end))
    }
    expect(withTagged('وقال المدرب بيب غوارديولا إن فريقه جاهز', 'غوارديولا')).toEqual(['بيب غوارديولا'])
    expect(withTagged('وقال المدرب هدف غوارديولا', 'غوارديولا')).toEqual(['غوارديولا'])
    expect(withTagged('التقى الرئيس نظيره ماكرون', 'ماكرون')).toEqual(['ماكرون'])
  })

  it('but not a common word, a verb, a plural nationality, or after another noun', () => {
    expect(names('وسجل الفرنسي هدف التعادل')).toEqual([])
    expect(names('وقال الإيراني يشككون في ذلك')).toEqual([])
    expect(names('فقد جعله الفرنسيون ذريعة قوية للقول')).toEqual([])
    expect(names('وأطلقت وكالة الفضاء البرازيلية مسبار الأمل')).toEqual([['وكالة الفضاء البرازيلية', 'organization']])
    expect(names('وتلقى البرازيلي جرعات اللقاح')).toEqual([])
    expect(names('وأنتج البرازيلي فيلما وثائقيا عن البحر')).toEqual([])
  })
})

describe('refineMentions, rules 6, 10 and 11 and the body a spokesperson speaks for', () => {
  it.each<[string, string, [string, EntityType][], [string, EntityType][]]>([
    // Rule 10: a transliterated English place head.
    ['takes the head after a name found as something else', 'وقفة في تايمز سكوير، نيويورك', [['تايمز', 'organization']], [['تايمز سكوير', 'place']]],
    ['makes a place of a name ending in one, with the San before it', 'وقفة أقيمت في سان أنطونيو بارك، قال', [['أنطونيو بارك', 'person']], [['سان أنطونيو بارك', 'place']]],
    ['but not a head with clitics ("and he blessed")', 'وصل الرئيس عبد المجيد تبون وبارك الفوز', [['عبد المجيد تبون', 'person']], [['عبد المجيد تبون', 'person']]],
    ['nor across a comma', 'قالت سارة، بارك الله فيك', [['سارة', 'person']], [['سارة', 'person']]],
    ['nor after a person without a saint ("Park" is also a Korean family name)', 'وقالت سارة بارك إن', [['سارة', 'person']], [['سارة', 'person']]],
    // An institution named by its country after "المتحدث باسم", not after a title.
    ['finds the body a spokesperson speaks for', 'وقال المتحدث باسم الخارجية الأمريكية ماثيو ميلر إن', [['ماثيو ميلر', 'person']], [['الخارجية الأمريكية', 'organization'], ['ماثيو ميلر', 'person']]],
    ['but not the ministry of a title', 'وقال وزير الخارجية الإيراني عباس عراقجي إن', [['عباس عراقجي', 'person']], [['عباس عراقجي', 'person']]],
    // Rule 6: a person never ends on a kunya or nasab particle.
    ['takes the word after "أبو"', 'وسجل المهاجم وسام أبو علي هدف المباراة', [['وسام أبو', 'person']], [['وسام أبو علي', 'person']]],
    ['and after "بن" then "عبد"', 'استقبل الملك سلمان بن عبد العزيز الوفد', [['سلمان بن', 'person']], [['سلمان بن عبد العزيز', 'person']]],
    ['but not across a comma', 'قال وسام أبو، وهو لاعب', [['وسام أبو', 'person']], [['وسام أبو', 'person']]],
    // Rule 11: a lone definite common word taken for a person.
    ['drops one nothing in the article supports as a name', 'جاء الحكيم إلى المجلس، ثم التفت الحكيم إلى الأمير', [['الحكيم', 'person']], []],
    ['but keeps a surname the full name supports', 'هنأ محمود الخطيب الجماهير، ثم قال الخطيب إن', [['محمود الخطيب', 'person'], ['الخطيب', 'person']], [['محمود الخطيب', 'person'], ['الخطيب', 'person']]],
    ['one a title stands before somewhere', 'قال الرئيس الأسد إن، وأضاف الأسد أن', [['الأسد', 'person']], [['الأسد', 'person'], ['الأسد', 'person']]],
    ['and a nisba-shaped name', 'وكتب المتنبي قصيدته', [['المتنبي', 'person']], [['المتنبي', 'person']]],
    // Session 19: a body the tagger ran into the title of an officer after it.
    ['ends a body before a bare title after its definite word', 'وقالت وزارة الصحة مدير المستشفى الأهلي إن', [['وزارة الصحة مدير المستشفى الأهلي', 'organization']], [['وزارة الصحة', 'organization']]],
    ['but not a title right after the head', 'وأعلن مكتب رئيس الوزراء أن', [['مكتب رئيس الوزراء', 'organization']], [['مكتب رئيس الوزراء', 'organization']]],
    // Session 20: words in a verb's shape, a group of people, a street's head alone.
    ['drops a verb\'s present plural alone', 'وهم يرتدون الزي ويبتسمون ابتسامات كبيرة', [['ويبتسمون', 'place']], []],
    ['and a reflexive verb\'s present alone, with the head it ran on from', 'تعيش في منطقة تتقاطع مع منطقة أخرى', [['منطقة تتقاطع', 'place']], []],
    ['but not a place that begins so with an alef', 'وزار جمهورية تتارستان', [['تتارستان', 'place']], [['تتارستان', 'place']]],
    ['drops a colour alone taken for a place', 'قد تؤدي إلى تحول اللون نحو الوردي بدلا من الدرجة الباردة', [['الوردي', 'place']], []],
    // Session 28, names seen on the extraction pages of batch f.
    ['drops a currency alone, of any type', 'بلغت الأرباح 86.4 مليون ريال مقابل 63.1 مليون ريال', [['ريال', 'organization']], []],
    ['but keeps Real Madrid by its article', 'وفاز الريال على برشلونة', [['الريال', 'organization'], ['برشلونة', 'organization']], [['الريال', 'organization'], ['برشلونة', 'organization']]],
    ['drops the English word of a media name alone taken for a person, and finds the listed outlet (session 65)', 'السومرية نيوز/ بغداد', [['نيوز', 'person']], [['السومرية نيوز', 'organization']]],
    ['cuts a pronoun after a given name, and a word with a digit, off a person', 'وتقول سعاد هي التي بدأت، وقالت منى لرصيف22 إن', [['سعاد هي', 'person'], ['منى لرصيف22', 'person']], [['سعاد', 'person'], ['منى', 'person']]],
    ['but not the end of a Korean name', 'وقال كيم جونغ هو إن', [['كيم جونغ هو', 'person']], [['كيم جونغ هو', 'person']]],
    ['splits a known place, "و" and another place into two', 'بينها البصرة وذي قار والديوانية', [['البصرة وذي قار', 'place']], [['البصرة', 'place'], ['وذي قار', 'place'], ['والديوانية', 'place']]],
    // Session 29, names seen on the extraction pages of batch h.
    ['drops a month\'s name in a date taken for Nissan', 'صادق عليه الكنيست في نيسان/ أبريل 2017، وبلغت الحركة حتى نهاية نيسان 693 ألفا', [['نيسان', 'organization'], ['نيسان', 'organization']], [['الكنيست', 'organization']]],
    ['but keeps the car maker', 'وأعلنت شركة نيسان عن طراز جديد', [['نيسان', 'organization']], [['نيسان', 'organization']]],
    ['drops traffic taken for a movement', 'وبلغت حركة الركاب في المطار 693 ألفا', [['حركة الركاب', 'organization']], []],
    ['cuts a word giving an example off the place after it', 'في بلدات عربية مثل كفر قاسم والطيرة', [['مثل كفر قاسم', 'place']], [['كفر قاسم', 'place'], ['والطيرة', 'place']]],
    ['and off a town a settlement\'s head ran into', 'العائلة الشابة في بلدة مثل كفر قاسم أو الطيرة', [['بلدة مثل كفر قاسم', 'place']], [['كفر قاسم', 'place'], ['الطيرة', 'place']]],
    ['takes no technology\'s acronym for an outlet, but an outlet\'s', 'تعمل بتقنية LED الموفرة للطاقة، وذكرت CNN أن', [], [['CNN', 'organization']]],
    ['takes no adjective after a district\'s head for its name', 'حي سكني على أطراف الطيرة صدرت بحق مبانيه أوامر', [], [['الطيرة', 'place']]],
    ['drops a bare word counted by the number before it', 'تشمل 183 صومعة حديثة و267 شونة وهنجرا مطورا', [['شونة', 'place']], []],
    ['drops a picture\'s credit and a crop taken for names', 'معامل مؤسسة كهرباء لبنان (أرشيف). وارتفعت صادرات الأفوكادو', [['أرشيف', 'organization'], ['الأفوكادو', 'place']], [['مؤسسة كهرباء لبنان', 'organization']]],
    // Session 31, the names on batch m's pages.
    ['takes no preposition written apart with a tatweel for a name\'s third word', 'كشف النائب خليل العبادي لـ”رأي اليوم” أن', [['خليل العبادي', 'person']], [['خليل العبادي', 'person']]],
    ['drops a Levantine month glossed in brackets, and its gloss', 'اعتبارا من الأول من نيسان (أبريل)، في', [['نيسان', 'organization']], []],
    ['drops the Maghreb\'s "end of February" taken for a person', 'لتبلغ 612 مليون دينار موفى فيفري 2024', [['موفى فيفري', 'person']], []],
    ['drops a list of things the tagger read as places after a first item it left out', 'تهم على الخصوص سلاسل أركان والصبار والعسل والزعفران', [['والصبار', 'place'], ['والعسل', 'place'], ['والزعفران', 'place']], []],
    ['but not a list of places that opens on one', 'وشملت الأمطار الجهراء والفروانية والأحمدي', [['الجهراء', 'place'], ['والفروانية', 'place'], ['والأحمدي', 'place']], [['الجهراء', 'place'], ['والفروانية', 'place'], ['والأحمدي', 'place']]],
    ['nor one that names a place the lists know', 'زار الوفد المدرسة وموسكو والقاهرة', [['وموسكو', 'place'], ['والقاهرة', 'place']], [['وموسكو', 'place'], ['والقاهرة', 'place']]],
    ['drops an idiom\'s noun taken for a place', 'تسعيرة تأخذ في الحسبان عدد الساعات', [['الحسبان', 'place']], []],
    ['drops a currency with its country\'s adjective taken for Real Madrid', 'وواصل الريال الإيراني تراجعه أمام الدولار', [['الريال الإيراني', 'organization']], []],
    ['joins a stadium named after a person and the family name the tagger took for a place', 'على ملعب عبد اللطيف أبو رجيلة في', [['ملعب عبد اللطيف', 'place'], ['أبو رجيلة', 'place']], [['ملعب عبد اللطيف أبو رجيلة', 'place']]],
    ['drops owners taken for a person and "سد" (to close) before a gap taken for a dam', 'ويقول أصحاب مخابز إن الحكومة حاولت سد الفجوة عبر قروض', [['أصحاب مخابز', 'person'], ['سد الفجوة', 'place']], []],
    ['but keeps a dam', 'وتواصل إثيوبيا ملء سد النهضة', [['سد النهضة', 'place']], [['سد النهضة', 'place']]],
    ['keeps a place behind "و" apart from a place-name head before it', 'الشائعة في مصانع الخليج ومصر', [['الخليج', 'place'], ['ومصر', 'place']], [['الخليج', 'place'], ['ومصر', 'place']]],
    ['but keeps the club', 'وفاز الريال على برشلونة', [['الريال', 'organization']], [['الريال', 'organization'], ['برشلونة', 'organization']]],
    // Session 30, names seen again on the extraction pages.
    ['makes places of a list the tagger read as one body after a plural place head', 'و11 حديقة في أحياء الجامعة والقريات والسنابل جنوب جدة', [['الجامعة والقريات والسنابل', 'organization']], [['الجامعة', 'place'], ['والقريات', 'place'], ['والسنابل', 'place']]],
    ['but not the bodies whose areas they are', 'وتقدمت القوات في مناطق المعارضة والنظام', [['المعارضة والنظام', 'organization']], [['المعارضة والنظام', 'organization']]],
    ['drops fish and the balance of accounts taken for places', 'والأسماك كالسلمون والتونة، وعجزا في ميزان النقد', [['كالسلمون', 'place'], ['والتونة', 'place'], ['ميزان', 'place']], []],
    ['drops a second adjective taken for a town', 'بكتلة هوائية باردة ورطبة، تنخفض معها', [['ورطبة', 'place']], []],
    ['but not a town after a town', 'وصل الوفد إلى جدة ورابغ', [['جدة', 'place'], ['ورابغ', 'place']], [['جدة', 'place'], ['ورابغ', 'place']]],
    ['drops a second masculine adjective taken for a place', 'نقل المصاب إلى مكان مظلل وبارد، وتخفيف ملابسه', [['وبارد', 'place']], []],
    ['but not a town after a town named in a list', 'زار الوفد مدن الرياض وحائل', [['الرياض', 'place'], ['وحائل', 'place']], [['الرياض', 'place'], ['وحائل', 'place']]],
    ['cuts a verb of saying in the past off the surname after it', 'وفي ما يخص المواقع، بيّن الغامدي أن الفرق، وأكد العتيبي أن', [['بيّن الغامدي', 'person'], ['وأكد العتيبي', 'person']], [['الغامدي', 'person'], ['العتيبي', 'person']]],
    ['but not "بين" as written without its shadda (Ben)', 'وقال بين ستوكس إن', [['بين ستوكس', 'person']], [['بين ستوكس', 'person']]],
    ['ends a name at a table cell\'s edge', 'نواف الخنيزي\tكوفي مينساه', [['نواف الخنيزي\tكوفي مينساه', 'person']], [['نواف الخنيزي', 'person'], ['كوفي مينساه', 'person']]],
    ['drops a media name\'s tail of two words taken for a person', 'فلسطين أون لاين: أعلنت البلدية', [['أون لاين', 'person']], []],
    ['cuts a present verb with its object off a street\'s name, and the head left alone', 'لمطعم في شارع يرتاده التجار العرب', [['شارع يرتاده', 'place']], []],
    ['drops a dish taken for a place', 'تقدم الشاورما والمنسف والكبسة', [['والمنسف', 'place']], []],
    ['drops a storm\'s name taken for a person', 'وكان إعصار دانيال قد ضرب مدن الجبل الأخضر', [['دانيال', 'person']], [['الجبل الأخضر', 'place']]],
    ['finds no company in a company\'s kind', 'بالتعاون مع شركة استشارية دولية تتوقع أن يرتفع', [], []],
    ['takes an Arabic outlet credited in a caption whole', 'مربو أغنام في ريف حلب (عنب بلدي/ سامر العلي)', [['عنب', 'organization']], [['عنب بلدي', 'organization']]],
    ['but not a place known by both names whole', 'في محافظة رام الله والبيرة أمس', [['رام الله والبيرة', 'place']], [['رام الله والبيرة', 'place']]],
    ['cuts a verb of saying in the present off the name after it', 'وتضيف سليمان أن الجمعية', [['وتضيف سليمان', 'person']], [['سليمان', 'person']]],
    ['but keeps a colour in a longer name, and a feminine one that is a city', 'عبرت البحر الأحمر إلى الزرقاء', [['البحر الأحمر', 'place'], ['الزرقاء', 'place']], [['البحر الأحمر', 'place'], ['الزرقاء', 'place']]],
    ['drops a group of people after مجموعة', 'وخاضت تجارب مع مجموعة ملحنين', [['مجموعة ملحنين', 'organization']], []],
    ['but not a company named by a given name', 'واستحوذت مجموعة زين على الحصة', [['مجموعة زين', 'organization']], [['مجموعة زين', 'organization']]],
    ['drops a road\'s head alone', 'ويربط المحور الجسر بالطريق، ثم', [['بالطريق', 'place']], []],
    ['splits a place after its kind\'s head from the person who rules it', 'وقال حاكم ولاية ريو غراندي دو سول إدواردو ليتي إن', [['ريو غراندي دو سول إدواردو ليتي', 'place']], [['ريو غراندي دو سول', 'place'], ['إدواردو ليتي', 'person']]],
    ['and a village after its council, taken for a person with its head: the council and its head (session 62)', 'وقال رئيس مجلس قروي رنتيس عبد الفتاح شقير إن', [['رنتيس عبد الفتاح شقير', 'person']], [['مجلس قروي رنتيس', 'organization'], ['عبد الفتاح شقير', 'person']]],
    ['ends a body at a district behind ب, which is where it is', 'ونقل إلى مستشفى حراء العام بحي الشرائع أمس', [['مستشفى حراء العام بحي الشرائع', 'organization']], [['مستشفى حراء العام', 'organization'], ['بحي الشرائع', 'place']]],
    ['and a head with a possessive pronoun heads no name', 'وعقد اجتماعا في مكتبه بحي البراق', [['بحي البراق', 'place']], [['بحي البراق', 'place']]],
    ['splits two bodies the tagger ran together at the second\'s head behind و', 'واتفق الجيش المالي وجبهة تحرير أزواد على الهدنة', [['الجيش المالي وجبهة تحرير أزواد', 'organization']], [['الجيش المالي', 'organization'], ['وجبهة تحرير أزواد', 'organization']]],
    ['but not a management, as often a field of the first', 'وقالت وزارة الطوارئ وإدارة الكوارث السورية إن', [['وزارة الطوارئ وإدارة الكوارث السورية', 'organization']], [['وزارة الطوارئ وإدارة الكوارث السورية', 'organization']]],
    ['completes a facility named after a compound place the tagger ended on its first word', 'ورست السفينة في ميناء راس لفان أمس', [['ميناء راس', 'place']], [['ميناء راس لفان', 'place']]],
    ['makes a venue of a name the tagger typed an organisation after a stadium\'s head', 'وتعادل الفريقان على استاد برج العرب أمس', [['برج العرب', 'organization']], [['استاد برج العرب', 'place']]],
    ['and reads no word before the first (a name at the start of the text)', 'برج العرب يستضيف المباراة', [['برج العرب', 'organization']], [['برج العرب', 'place']]],
    ['keeps a zone\'s head with the adjective of its kind, after the name or in it', 'وعثر الباحثون في منطقة سقارة الأثرية، ثم في منطقة الجرف الصناعية', [['منطقة سقارة', 'place'], ['الجرف الصناعية', 'place']], [['منطقة سقارة الأثرية', 'place'], ['منطقة الجرف الصناعية', 'place']]],
    ['and a district its head', 'واندلعت اشتباكات في حي أبو سليم أمس', [['حي أبو سليم', 'place']], [['حي أبو سليم', 'place']]],
    ['drops the outskirts before a place, not an ocean', 'وتدور معارك في محيط كادقلي وفي المحيط الهادئ', [['محيط كادقلي', 'place'], ['المحيط الهادئ', 'place']], [['كادقلي', 'place'], ['المحيط الهادئ', 'place']]],
    ['and the heights before a place', 'وتساقطت الثلوج على مرتفعات إفران أمس', [['مرتفعات إفران', 'place']], [['إفران', 'place']]],
    ['takes the countryside\'s direction into its name', 'وقصفت المدفعية قرى ريف دمشق الغربي أمس', [['ريف دمشق', 'place']], [['ريف دمشق الغربي', 'place']]],
    ['takes no word between two quoted names for an acronym', 'واتهمت الهيئة "سوريون للعدالة" فصيل "فرقة الحمزات" أمس', [['سوريون للعدالة', 'organization']], [['سوريون للعدالة', 'organization'], ['فرقة الحمزات', 'organization']]],
    ['finds a country\'s armed forces by their name, not its forces alone', 'وقالت القوات المسلحة السورية إن القوات الروسية انسحبت', [], [['القوات المسلحة السورية', 'organization']]],
    ['session 49: a portfolio after its officer is no part of the body the tagger ran into it', 'فيما زار وكيل وزارة الأشغال لشؤون الطرق الموقع', [['وزارة الأشغال لشؤون الطرق', 'organization']], [['وزارة الأشغال', 'organization']]],
    ['session 49: a monument the tagger typed a body is a place', 'وأطلقت جمعية مشروعا لتوثيق حصن الأخيضر أمس', [['حصن الأخيضر', 'organization']], [['حصن الأخيضر', 'place']]],
    ['session 49: a zone named without its adjective takes head and adjective', 'وافتتح المصنع قرب منطقة الدقم الاقتصادية الخاصة أمس', [['الدقم', 'place']], [['منطقة الدقم الاقتصادية الخاصة', 'place']]],
    ['session 49: a venue\'s lone head joins its patron over his title', 'ولعب اليد على صالة الشيخ سعد بن عبدالله أمس', [['صالة', 'organization'], ['سعد بن عبدالله', 'person']], [['صالة الشيخ سعد بن عبدالله', 'place']]],
    ['session 49: what a device is names no person', 'واستخدم الأطباء جهاز رنين مغناطيسي أمس', [['رنين مغناطيسي', 'person']], []],
    ['session 49: an agricultural scheme is a place', 'وأعلنت إدارة مشروع حلفا الجديدة الزراعي بدء الموسم', [['مشروع حلفا الجديدة الزراعي', 'organization']], [['مشروع حلفا الجديدة الزراعي', 'place']]],
    ['but not a place named after a king', 'وزار مدينة الملك عبدالله بن عبدالعزيز الاقتصادية', [['مدينة الملك عبدالله بن عبدالعزيز الاقتصادية', 'place']], [['مدينة الملك عبدالله بن عبدالعزيز الاقتصادية', 'place']]],
  ])('%s', (_name, text, tagged, want) => {
    expect(refine(text, tagged)).toEqual(want)
  })
})

describe('refineMentions, from batches p to r of the extraction pages (session 32)', () => {
  it.each<[string, string, [string, EntityType][], [string, EntityType][]]>([
    ['takes the town after a countryside the tokenizer left its ب on', 'وفي قرية الحمام بريف الطبقة، قال المزارع', [['بريف', 'place']], [['الحمام', 'place'], ['بريف الطبقة', 'place']]],
    ['ends a place before a comparative', 'وسجلت محطة المطار في العين أعلى كمية أمطار', [['العين أعلى', 'place']], [['العين', 'place']]],
    ['but not a person ("Ali Akbar")', 'واستقبل الوزير علي أكبر ولايتي أمس', [['علي أكبر ولايتي', 'person']], [['علي أكبر ولايتي', 'person']]],
    ['names a United Nations body the tagger ran on past the United Nations with its head', 'وفق تقديرات لجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا أمس', [['الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا', 'organization']], [['لجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا', 'organization']]],
    ['but not the United Nations alone after a committee', 'وقالت لجنة الأمم المتحدة إن', [['الأمم المتحدة', 'organization']], [['الأمم المتحدة', 'organization']]],
    ['ends a ministry before the day it spoke', 'أعلنت وزارة السياحة اليوم أن الإنفاق ارتفع', [['وزارة السياحة اليوم', 'organization']], [['وزارة السياحة', 'organization']]],
    ['but not a paper named after the day', 'وقالت صحيفة المصري اليوم إن', [['المصري اليوم', 'organization']], [['المصري اليوم', 'organization']]],
    ['drops a conjunction the tagger took for a person', 'ورد أمام الجمعية الوطنية بأن الدعم يذهب إلى الأغنياء', [['الجمعية الوطنية', 'organization'], ['بأن', 'person']], [['الجمعية الوطنية', 'organization']]],
    ['starts no person at a title in the accusative after a title', 'ثم عيّنه الرئيس وزيرا أول في فبراير خلفا للحكومة', [], []],
    ['makes no road of "by way of" before a titled player', 'وسجل هدف التقدم عن طريق المهاجم حسام عادل في الدقيقة 12', [['حسام عادل', 'person']], [['حسام عادل', 'person']]],
    ['but a road named after a titled person is one', 'وافتتح طريق الملك فهد الجديد أمس', [['فهد', 'person']], [['طريق الملك فهد', 'place']]],
    ['opens no player\'s name on the side of his position', 'من عرضية الظهير الأيمن عمر الشافعي', [['الأيمن عمر الشافعي', 'person']], [['عمر الشافعي', 'person']]],
    ['drops a town described by its size', 'وتصل الميزانية في بلدة متوسطة إلى 150 مليون شيكل', [['بلدة متوسطة', 'place']], []],
  ])('%s', (_name, text, tagged, want) => {
    expect(refine(text, tagged)).toEqual(want)
  })

  // The rule asks the word clusters whether the word without its ending is a known word.
  const withClusters = buildGazetteer([], new Map(['حفاظ', 'رض', 'خطط'].map((word) => [clusterKey(splitProcliticsForFeatures(normalizeArabic(word)).core), 1])))
  it.each<[string, string, [string, EntityType][], [string, EntityType][]]>([
    ['drops a verbal noun of purpose before its preposition', 'وأغلقت الشرطة الطرق أمام الزوار حفاظا على سلامتهم', [['حفاظا', 'person']], []],
    ['but not a given name in ا before a preposition', 'واستقبل الوزير رضا على هامش المؤتمر', [['رضا', 'person']], [['رضا', 'person']]],
    ['nor a known word in ا with no preposition after it', 'وأشاد حفاظا بالجهود', [['حفاظا', 'person']], [['حفاظا', 'person']]],
    ['finds no region described by its climate after a districts\' head', 'ينصح الأطباء القادمين من مناطق معتدلة بالحذر', [], []],
    ['drops a body whose first word has a possessive pronoun', 'اعتماد الاستراتيجية العامة للمركز وخططه التشغيلية وإقرار موازنته', [['وخططه التشغيلية', 'organization']], []],
  ])('%s', (_name, text, tagged, want) => {
    expect(refine(text, tagged, withClusters)).toEqual(want)
  })
})

describe('refineMentions, from batches u and v of the extraction pages (session 33)', () => {
  // Known words, with and without the ending: "البنا" (a family name) and "البن" (coffee), "مشهورا" and "مشهور".
  const withClusters = buildGazetteer([], new Map(['البن', 'البنا', 'مشهور', 'مشهورا'].map((word) => [clusterKey(splitProcliticsForFeatures(normalizeArabic(word)).core), 1])))
  it.each<[string, string, [string, EntityType][], [string, EntityType][]]>([
    ['keeps a definite family name ending in ا, which takes no tanween ("البنا" is no accusative of "البن")', 'وقال حسام الدين البنا رئيس الشعبة إن', [['حسام الدين البنا', 'person']], [['حسام الدين البنا', 'person']]],
    ['but ends a person before a known word in the accusative', 'وصار بافاروتي مشهورا في العالم', [['بافاروتي مشهورا', 'person']], [['بافاروتي', 'person']]],
    ['drops committees before the definite word they are of, taken for "to Jean"', 'في حين تتحدث لجان المستأجرين عن عدد أقل', [['لجان المستأجرين', 'person']], []],
    ['but not "to Jean" before the rest of his name', 'وقال لجان إيف لودريان إن فرنسا تدعم الحوار', [['لجان إيف لودريان', 'person']], [['لجان إيف لودريان', 'person']]],
  ])('%s', (_name, text, tagged, want) => {
    expect(refine(text, tagged, withClusters)).toEqual(want)
  })
})

describe('refineMentions, from batch v of the extraction pages again (session 34)', () => {
  it.each<[string, string, [string, EntityType][], [string, EntityType][]]>([
    ['reads a mother called by her son’s given name as a person, not a town of "أم"', 'إذ قالت أم عبدالله، وهي أم لثلاثة طلاب، إن الرسوم ارتفعت', [['أم عبدالله', 'place']], [['أم عبدالله', 'person']]],
    ['but leaves a town of "أم" a place', 'وصلت السفينة إلى أم قصر قرب أم درمان', [['أم درمان', 'place']], [['أم قصر', 'place'], ['أم درمان', 'place']]],
    ['reads a surname run into the verb after it as the person', 'وقال عبد اللطيف بنكيران إن الأزمة عميقة. لكن بنكيران نبّه إلى أن التحلية لا تكفي', [['عبد اللطيف بنكيران', 'person'], ['بنكيران نبّه', 'place']], [['عبد اللطيف بنكيران', 'person'], ['بنكيران', 'person']]],
    ['but not a company named after the family', 'وقال فهد الماجد إن الماجد للعود افتتحت فرعا', [['فهد الماجد', 'person'], ['الماجد للعود', 'organization']], [['فهد الماجد', 'person'], ['الماجد للعود', 'organization']]],
    ['reads a tower named after its head as a place', 'زار الوفد برج خليفة في دبي', [['برج خليفة', 'organization']], [['برج خليفة', 'place']]],
    ['and a castle and a reserve', 'وزار الوفد قلعة عجلون ثم محمية ضانا', [['قلعة عجلون', 'organization'], ['محمية ضانا', 'organization']], [['قلعة عجلون', 'place'], ['محمية ضانا', 'place']]],
    ['drops a body described by an indefinite nationality', 'ووقعت الوزارة عقدا مع تحالف أمريكي ومؤسسة تمويل أمريكية', [['تحالف أمريكي', 'organization'], ['مؤسسة تمويل أمريكية', 'organization']], []],
    ['spreads no name whose core is two letters ("وان", Van, to every "إن")', 'وصلت الفرق عبر ولاية وان، وقال المسؤول إن الوضع صعب وأن الطرق مقطوعة', [['وان', 'place']], [['وان', 'place']]],
    ['drops a place’s head alone with the article where the article names a place by it ("السد" after "سد أيت حمد")', 'وبُني سد أيت حمد سنة 2009، ويبلغ ارتفاع السد 86 مترا', [['سد أيت حمد', 'place'], ['السد', 'place']], [['سد أيت حمد', 'place']]],
    ['but not the club "السد" in an article naming no dam', 'وفاز السد على الريان في الدوحة', [['السد', 'organization'], ['الريان', 'organization'], ['الدوحة', 'place']], [['السد', 'organization'], ['الريان', 'organization'], ['الدوحة', 'place']]],
    ['finds no place in "the open air"', 'وقضى مئات السكان الليلة في العراء', [['العراء', 'place']], []],
    ['keeps an Iranian town whose second word is a common one', 'ووصلت فرق الإنقاذ إلى مدينة سربل ذهاب فجرا', [['سربل', 'place']], [['سربل ذهاب', 'place']]],
    ['but keeps a body named with the nationality’s article', 'ووقعت الوزارة عقدا مع شركة أرامكو السعودية', [['شركة أرامكو السعودية', 'organization']], [['شركة أرامكو السعودية', 'organization']]],
  ])('%s', (_name, text, tagged, want) => {
    expect(refine(text, tagged)).toEqual(want)
  })
})

describe('refineMentions, Latin text (session 32)', () => {
  it('drops a Latin name inside a run of English, not one among Arabic words', () => {
    const english = 'قال ماركس: "I think developers don\'t want to rewrite the code you already have running today"، مضيفا أن'
    expect(refine(english, [['developers don', 'person']])).toEqual([])
    const arabic = 'وأطلقت شركة جوجل أداة Google AI Studio للمطورين في الشرق الأوسط'
    expect(refine(arabic, [['Google AI Studio', 'organization']])).toContainEqual(['Google AI Studio', 'organization'])
  })
})

describe('refineMentions, session 49: a definite head run into the sentence, a family name after a foreign particle', () => {
  // The rule asks the word clusters whether the verbal noun is a known word.
  const clusters = new Map(['ترميم', 'البوابة'].map((word) => [clusterKey(splitProcliticsForFeatures(normalizeArabic(word)).core), 1]))
  const withClusters = buildGazetteer(['كربلاء'], clusters)

  it('reads a definite general head and a bare verbal noun as the verb\'s subject and object, no name', () => {
    expect(refine('أنهت الهيئة ترميم البوابة الشمالية أمس', [['الهيئة ترميم البوابة الشمالية', 'organization']], withClusters)).toEqual([])
  })

  it('runs a person the tagger ended on the name after a foreign particle on to an unseen family name', () => {
    expect(refine('حذرت الحاكمة مارينا ديل بيلار أفيلا من عجز المراكز', [['مارينا ديل بيلار', 'person']], withClusters)).toEqual([['مارينا ديل بيلار أفيلا', 'person']])
  })

  it('but not on to a word with an accusative\'s tanween or a feminine ending', () => {
    expect(refine('وعين النادي روبن فان بيرسي مدرباً للفريق', [['روبن فان بيرسي', 'person']], withClusters)).toEqual([['روبن فان بيرسي', 'person']])
    expect(refine('وافتتح دومينيك دي بياتسا سهرة الطقس', [['دومينيك دي بياتسا', 'person']], withClusters)).toEqual([['دومينيك دي بياتسا', 'person']])
  })

  it('finds a known place of two words after a "و" the tokenizer kept on a word that begins like a common one', () => {
    const places = buildGazetteer(['كربلاء'], new Map())
    expect(refine('ووصلت الشحنات إلى النعمة وعدل بكرو أمس', [], places).map(([name]) => name)).toContain('وعدل بكرو')
  })

  it('keeps a body whose head a definite word follows', () => {
    expect(refine('وقالت الهيئة العامة للآثار أمس', [['الهيئة العامة للآثار', 'organization']], withClusters)).toEqual([['الهيئة العامة للآثار', 'organization']])
  })
})

describe('refineMentions, session 63: works named by a word the clusters never saw', () => {
  const clusters = new Map(['يعمل', 'العمال', 'شمالي', 'البلاد', 'ذهب'].map((word) => [clusterKey(splitProcliticsForFeatures(normalizeArabic(word)).core), 1]))
  const withClusters = buildGazetteer(['كربلاء'], clusters)

  it('finds a mine named by an unseen word, with its head', () => {
    expect(refine('يعمل العمال في منجم سياما شمالي البلاد', [], withClusters)).toEqual([['منجم سياما', 'place']])
  })

  it('but not a factory named by what it makes', () => {
    expect(refine('يعمل العمال في مصنع إسمنت شمالي البلاد', [], withClusters)).toEqual([])
    expect(refine('يعمل العمال في منجم ذهب شمالي البلاد', [], withClusters)).toEqual([])
  })
})

describe('refineMentions, session 64: a directorate named by its field', () => {
  const clusters = new Map(['قال', 'مدير', 'إن', 'الحصة', 'زار'].map((word) => [clusterKey(splitProcliticsForFeatures(normalizeArabic(word)).core), 1]))
  const withClusters = buildGazetteer([], clusters)

  it('finds no district in a directorate named by a verbal noun', () => {
    expect(refine('وقال مدير مديرية التموين إن الحصة', [], withClusters)).toEqual([])
  })

  it('but a district after the same head named by a word the clusters never saw', () => {
    expect(refine('وزار مديرية الصليف', [], withClusters)).toEqual([['الصليف', 'place']])
  })
})

describe('refineMentions, session 65: the listed persons, as written', () => {
  const clusters = new Map(['الكفة', 'رجحت', 'زيارة', 'الوزير', 'قال', 'إن', 'العربية', 'اللغة', 'مجمع'].map((word) => [clusterKey(splitProcliticsForFeatures(normalizeArabic(word)).core), 1]))
  const withClusters = buildGazetteer(['السعودية', 'القاهرة'], clusters)

  it('ends a listed person the tagger ran into a common word after it', () => {
    expect(refine('رجحت زيارة حمدين صباحي الكفة', [['حمدين صباحي الكفة', 'person']], withClusters)).toEqual([['حمدين صباحي', 'person']])
  })

  it('and into a verb\'s future, clusters or not', () => {
    expect(refine('وقال إن أحمد شفيق سيترأس الوفد', [['أحمد شفيق سيترأس', 'person']], withClusters)).toEqual([['أحمد شفيق', 'person']])
  })

  it('splits two persons the tagger read as one', () => {
    expect(refine('استقبل غابرييل أتال جيريمي كوربن أمس', [['غابرييل أتال جيريمي كوربن', 'person']], withClusters))
      .toEqual([['غابرييل أتال', 'person'], ['جيريمي كوربن', 'person']])
  })

  it('drops a common word the tagger ran in before a listed person', () => {
    expect(refine('قال الوزير ستيفان سيجورنيه إن', [['الوزير ستيفان سيجورنيه', 'person']], withClusters)).toEqual([['ستيفان سيجورنيه', 'person']])
  })

  it('completes a listed person the tagger cut, and finds one it missed', () => {
    expect(refine('وصل محمد سعد الكتاتني إلى القاهرة', [['سعد الكتاتني', 'person']], withClusters)).toEqual([['محمد سعد الكتاتني', 'person']])
    expect(refine('وقال حنفي جبالي إن الجلسة انتهت', [], withClusters)).toEqual([['حنفي جبالي', 'person']])
  })

  it('keeps a longer name that holds a listed one, and a street named after one', () => {
    expect(refine('قال تيدروس أدهانوم غيبريسوس إن', [['تيدروس أدهانوم غيبريسوس', 'person']], withClusters)).toEqual([['تيدروس أدهانوم غيبريسوس', 'person']])
    expect(refine('يقع المبنى في شارع أحمد شفيق وسط المدينة', [['شارع أحمد شفيق', 'place']], withClusters)).toEqual([['شارع أحمد شفيق', 'place']])
  })

  it('gives a body listed in common words the country\'s nisba after it', () => {
    expect(refine('قال مجمع اللغة العربية السعودي إن', [['مجمع اللغة العربية', 'organization'], ['السعودي', 'place']], withClusters))
      .toEqual([['مجمع اللغة العربية السعودي', 'organization']])
  })
})
