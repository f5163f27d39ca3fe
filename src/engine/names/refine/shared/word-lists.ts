import { normalizeArabic } from '../../../arabic/normalize.ts'
import { GIVEN_NAMES, NEWER_GIVEN_NAMES } from '../../lists/known-names.ts'
import { PERSON_TITLES, SPEECH_VERBS } from '../../lists/trigger-words.ts'

// The rules compare these with the tokens' norms and stems, so they are normalised as the tokens are.
const norm = (word: string) => normalizeArabic(word)
export const normSet = (words: readonly string[]): Set<string> => new Set(words.map(norm))

const WITHOUT_ARTICLE = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>()
/**
 * `words.has('ال' + word)` without building that string: the rules ask it of nearly every token ("رئيس" after a
 * construct is the title "الرئيس"), and a concatenated key must be flattened and hashed each time. The lists are
 * never changed after they are built, so each one's article-less forms are collected once.
 */
export function hasWithArticle(words: ReadonlySet<string>, word: string): boolean {
  let bare = WITHOUT_ARTICLE.get(words)
  if (!bare) {
    // Literally the two letters, not isDefiniteStem: this must answer exactly as the concatenated lookup would.
    bare = new Set([...words].filter((entry) => entry.startsWith('ال')).map((entry) => entry.slice(2)))
    WITHOUT_ARTICLE.set(words, bare)
  }
  return bare.has(word)
}

/** Heads that are part of the usual name when indefinite and followed by the name ("حركة حماس"). */
export const NAME_HEADS = normSet(['حركة', 'حزب', 'جماعة', 'تنظيم', 'جبهة', 'كتائب', 'سرايا', 'مؤسسة', 'جامعة'])
/**
 * Armed units are named by what follows the unit word: "لواء الإسلام", "كتيبة التوحيد", "كتائب شهداء
 * القلمون". Without the article: "اللواء" before a name is a rank.
 */
export const UNIT_HEADS = normSet(['لواء', 'ألوية', 'كتيبة', 'كتائب', 'سرايا', 'فيلق', 'فوج'])
/** Words between a unit word and the name it honours: "كتائب شهداء القلمون", "لواء أحرار الشام". */
export const UNIT_LINKS = normSet(['شهداء', 'أحرار', 'أنصار', 'أبناء', 'جند', 'حماة', 'أسود'])
/**
 * Settlements are named right after the word: "قرية التويمية", "بلدة قلدون". Only these two: "مدينة" and
 * "منطقة" head common nouns too often ("مدينة الملاهي", "منطقة الحظر").
 */
export const SETTLEMENT_HEADS = normSet(['قرية', 'بلدة'])
/**
 * Heads that say the next word is a place of the kind they name: after them a name of PLACES_AFTER_A_HEAD
 * is the place ("مدينة صور", "محافظة حجة", "ولاية القصرين", "إقليم الحوز"). Hand-written.
 */
export const PLACE_KIND_HEADS = normSet(['مدينة', 'محافظة', 'ولاية', 'مديرية', 'إقليم', 'بلدة', 'قرية', 'قضاء', 'منطقة', 'مخيم'])
/** What a state calls itself before its nisba: "المملكة المغربية", "الجمهورية اللبنانية", "السلطنة العمانية". Hand-written. */
export const STATE_HEADS = normSet(['المملكة', 'الجمهورية', 'السلطنة', 'الإمارة'])
/**
 * The level of a local body, the adjective after its head ("المجلس الإقليمي", "المديرية الجهوية", "المجلس الشعبي
 * الولائي"): a body of every province or town, named only with its seat. Hand-written.
 */
export const LOCAL_LEVELS = normSet(['الجهوي', 'الجهوية', 'الإقليمي', 'الإقليمية', 'الولائي', 'الولائية', 'البلدي', 'الجماعي', 'المحلي', 'المحلية', 'القروي'])
/** Duals in the nominative that head two places ("بلدتا الحمرات وغانم العلي"), as their genitive forms do. Hand-written. */
const NOMINATIVE_DUAL_HEADS = normSet(['بلدتا', 'مدينتا', 'قريتا', 'محافظتا', 'منطقتا'])
/**
 * "جماعة": a Moroccan commune before a bare name the clusters never saw ("جماعة إيغرم"), and a group's head before a
 * definite one ("جماعة الحوثي"): as a place's head it takes no definite name.
 */
export const COMMUNE = normSet(['جماعة'])
/** Dual heads, each naming two places ("محافظتي الأحمدي والفروانية"): find-places.ts, findDualPlaces. Hand-written. */
export const DUAL_PLACE_HEADS = normSet(['حيي', 'بلدتي', 'مدينتي', 'قريتي', 'محافظتي', 'ولايتي', 'منطقتي', 'مديريتي', 'محليتي', 'مقاطعتي', 'جزيرتي', 'حقلي', 'بلديتي', 'معتمديتي',
  'ناحيتي', 'شاطئي', 'مخيمي', 'ضاحيتي', 'واحتي', ...NOMINATIVE_DUAL_HEADS])
/**
 * Heads after which a name the unlabelled text never had is a place of that kind ("ولاية هرات", "بقضاء
 * المتن", "حي الهرم"): PLACE_KIND_HEADS, a district's words, and plurals and duals that open a list of them
 * ("مناطق بولاق الدكرور وإمبابة والوراق", "بلدتي عيترون وبنت جبيل"). Hand-written.
 */
export const UNSEEN_PLACE_HEADS = new Set([
  ...PLACE_KIND_HEADS,
  ...normSet(['محافظات', 'ولايات', 'حي', 'حيي', 'ضاحية', 'مناطق', 'مدن', 'قرى', 'بلدات', 'بلدتي', 'مدينتي', 'قريتي', 'محافظتي', 'ولايتي', 'منطقتي', 'مديريتي', 'محليتي', 'مقاطعة', 'مقاطعتي']),
  // Session 19: "مديريات القطن وساه", "جزيرتي القرصاية والدهب", "حقلي الصابرية والرتقة", "ببلديتي مغنية وباب العسة".
  ...normSet(['مديريات', 'بلديات', 'مخيمات', 'جزيرتي', 'حقلي', 'بلديتي']),
  // Session 52: the nominative duals, "بلدتا الحمرات وغانم العلي".
  ...NOMINATIVE_DUAL_HEADS,
  // Session 56: Tunisia's delegations and sectors, "بمعتمدية الوسلاتية", "معتمديات ساقية الزيت وساقية الدائر", "عمادة الشرايع".
  ...normSet(['معتمدية', 'معتمديات', 'معتمديتي', 'عمادة']),
  // Session 57: Morocco's communes, "بجماعة إيغرم", "رئيس جماعة غسات" (a bare name only: COMMUNE).
  ...COMMUNE,
  // Session 59: Israeli settlements, "مستوطنة كرمي تسور" (the sets name the settlement with or without its head).
  ...normSet(['مستوطنة']),
  // And every dual head (session 60: "ناحيتي سيد صادق وخورمال", "شاطئي فويرط والغارية", "مخيمي جباليا والشاطئ").
  ...DUAL_PLACE_HEADS,
])
/** "بمحافظة الشرقية": a governorate, whose names include adjectives in ـية (الشرقية، الدقهلية، الداخلية). */
export const GOVERNORATE = normSet(['محافظة'])
/** "تحت لواء الأمم المتحدة": under its banner, not a unit. */
export const BANNER_BEFORE = normSet(['تحت'])
/** Ministries are named by their field: "وزارة الصحة", "وزارة الخارجية الروسية". */
export const MINISTRY = normSet(['وزارة', 'وزارات'])
/**
 * Institutions named by the country they belong to: head + nationality nisba. Not "الحكومة": the news sentences name "the
 * British government" in common words, no name (session 23: 33 false organisations on the sets read, two missed).
 */
export const NATIONAL_HEADS = normSet([
  'الائتلاف', 'المرصد', 'التحالف', 'السفارة', 'سفارة', 'القنصلية', 'الجيش', 'السلطة', 'الخارجية', 'الداخلية', 'الدفاع', 'القوات', 'البحرية',
  'الشرطة', 'الرئاسة', 'الاستخبارات', 'المخابرات', 'البرلمان', 'الكنيست', 'البنك', 'المصرف',
  'الاتحاد', 'القيادة',
  // A national airline: "الطيران العماني" (session 16).
  'الطيران',
  // Courts, councils and committees of a country: "المحكمة العليا الأمريكية", "المجلس العسكري السوداني",
  // "اللجنة الأولمبية المصرية" (session 11, hand-written).
  'المحكمة', 'المجلس', 'اللجنة', 'الهيئة', 'النيابة', 'الديوان',
  // A national team: "المنتخب المصري", "المنتخب الوطني المغربي" (session 13, hand-written).
  'المنتخب',
  // "الأكاديمية السويدية", "الشبكة السورية لحقوق الإنسان" (session 15).
  'الأكاديمية', 'الشبكة',
  // "الجامعة اللبنانية", "الجامعة الأردنية", "المتحف البريطاني", "الخطوط التونسية" (session 18).
  'الجامعة', 'المتحف', 'الخطوط',
])
/**
 * Indefinite heads of a body named by its field and its country: "هيئة النزاهة العراقية", "مجلس النواب
 * العراقي", "مصلحة الضرائب المصرية", "وكالة الفضاء الإماراتية" (rule 4). Not "مركز": "مركز الاعتقال الأمريكي"
 * (EASC) is a detention centre, not a body's name. Hand-written.
 */
export const CONSTRUCT_HEADS = normSet([
  // "دار الإفتاء المصرية", "دار الأوبرا المصرية", "مستشفى الجامعة الأردنية", "المكتبة الوطنية الفرنسية" (session 17).
  'دار', 'مستشفى', 'متحف', 'مكتبة',
  'هيئة', 'مجلس', 'مصلحة', 'شركة', 'مؤسسة', 'جهاز', 'ديوان', 'لجنة', 'مديرية', 'صندوق', 'بنك', 'سلطة',
  'اتحاد', 'نقابة', 'جمعية', 'رابطة', 'معهد', 'وكالة', 'منظمة', 'حزب', 'محكمة',
  // "سلاح الجو التركي" (session 14).
  'سلاح',
  // "دائرة الأرصاد الجوية الأردنية" (session 15).
  'دائرة',
])
/**
 * Ranks that end such a body's name in place of its country: "مجلس القضاء الأعلى", "محكمة التمييز
 * الاتحادية". Not "العام" or "الوطني", which describe common nouns as often. Hand-written.
 */
export const CONSTRUCT_RANKS = normSet(['الأعلى', 'العليا', 'الاتحادية', 'الاتحادي', 'العامة', 'العام'])
/**
 * Coalitions are named by the definite word after the head: "تحالف الفتح", "ائتلاف النصر". Not "كتلة":
 * "كتلة القمر" is the moon's mass (EASC); nor "حركة" or "تيار" ("حركة السير", "تيار الكهرباء"). Hand-written.
 */
export const BLOC_HEADS = normSet([
  'تحالف', 'ائتلاف',
  // Parties named by a common noun: "حزب الازدهار", "حزب الحركة القومية" (session 14). Not "حركة" ("حركة المرور",
  // "حركة الملاحة" are traffic) nor "تيار" ("تيار المعارضة" is the opposition's current).
  'حزب',
])
/**
 * A public body named "the general authority for …": a definite head, one or two of these adjectives, then
 * its field after لل ("الهيئة العامة للطيران المدني", "المؤسسة الوطنية للنفط", "المفوضية العليا المستقلة
 * للانتخابات", "المجلس الأعلى للقضاء") (rule 4). Hand-written.
 */
export const PUBLIC_BODY_HEADS = normSet([
  // Session 58: France's union confederation, "الكونفدرالية العامة للعمل".
  'الكونفدرالية',
  'الهيئة', 'المديرية', 'المؤسسة', 'الإدارة', 'المجلس', 'المركز', 'الشركة', 'اللجنة', 'المفوضية', 'الوكالة',
  'الجمعية', 'الاتحاد', 'النقابة', 'الصندوق', 'الجهاز', 'المصلحة', 'المنظمة', 'الجامعة',
  // "المكتب الوطني لمكافحة الفساد", "المكتب الوطني للسكك الحديدية" (session 14).
  'المكتب',
])
/**
 * Also "الملكية": Morocco's federations are "الجامعة الملكية المغربية لكرة القدم"; and "المسلحة", not
 * shaped like a nisba: "القوات المسلحة المصرية".
 */
export const PUBLIC_BODY_ADJECTIVES = normSet([
  'العامة', 'العام', 'الوطنية', 'الوطني', 'العليا', 'الأعلى', 'القومي', 'القومية', 'المستقلة', 'المستقل',
  'الملكية', 'الملكي', 'المسلحة',
  // Companies: "الشركة القابضة لمياه الشرب", "الشركة المتحدة للخدمات الإعلامية" (session 14).
  'القابضة', 'المتحدة',
])
/** Class words before a place that only say what it is ("ولاية ماريلاند" → "ماريلاند"); "قطاع غزة" keeps its head. */
export const PLACE_DESCRIPTORS = normSet(['مدينة', 'المدينة', 'ولاية', 'محافظة', 'بلدة', 'منطقة', 'قرية', 'العاصمة', 'إقليم', 'مديرية'])
/** Directions that begin a province's name after its descriptor: "محافظة شمال سيناء", "ولاية جنوب دارفور". */
export const DIRECTIONS = normSet(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط'])
/** Words that say the next name is a district, a town or a camp ("منطقة", "حي", "مخيم"): PLACE_DESCRIPTORS and a few more. */
export const DISTRICT_WORDS = new Set([...PLACE_DESCRIPTORS, ...normSet(['حي', 'مخيم', 'ضاحية', 'محلية'])])
/** Heads that are part of a place's usual name ("قطاع غزة", "غلاف غزة", "نهر النيل", "جبل طارق"). */
/** "شبه": "semi-" only before a peninsula or a continent ("شبه جزيرة سيناء", "شبه القارة"); else a verb or "likeness". */
export const SEMI = norm('شبه')
export const SEMI_PLACES = normSet(['جزيرة', 'الجزيرة', 'القارة'])
export const PLACE_NAME_HEADS = normSet(['قطاع', 'غلاف', 'جزيرة', 'جزر', 'شبه', 'هضبة', 'صحراء', 'نهر', 'بحيرة', 'جبل', 'جبال', 'خليج', 'مضيق', 'ريف', 'بحر'])
/**
 * First words of compound place names that never name a place alone: "تل حلف", "رأس العين", "دير الزور",
 * "كفر نبل", "بيت لحم", "خان يونس", "عين العرب", "بئر السبع", "أم قصر", "أبو ظبي", "بني مر", "مجدل شمس". A place the tagger
 * ended on one of them takes the next word.
 */
export const COMPOUND_PLACE_STARTS = normSet([
  'تل', 'رأس', 'دير', 'كفر', 'بيت', 'خان', 'عين', 'بئر', 'أم', 'أبو', 'بني', 'مجدل', 'ساوث', 'نورث', 'ويست', 'إيست',
  // "ريف ربيعة", "ريف دمشق": the countryside of a town, a governorate's name (session 15).
  'ريف',
  // "سد كفرنجة وسد زقلاب": a dam the tagger ended on its head (session 18).
  'سد',
  // Transliterations' first words ("سانت لويس", "بورت أو برنس", "لاس فيغاس") and the Maghreb's ("سيدي بوزيد",
  // "حاسي مسعود") (session 18).
  'سان', 'سانت', 'سانتا', 'بورت', 'لاس', 'لوس', 'ريو', 'سيدي', 'حاسي',
  // Portuguese "São" ("ساو باولو", "ساو جوزيه دوس كامبوس") (session 48).
  'ساو',
])
/** "San", "Saint", "Santa", "São" before a place name, transliterated ("سان أنطونيو", "سانت لويس", "ساو باولو"). Hand-written. */
export const SAINTS = normSet(['سان', 'سانت', 'سانتا', 'ساو'])
/** Transliterated directions that begin a place's name: "ساوث كارولاينا", "نورث تشارلستون" (session 14). */
export const TRANSLITERATED_DIRECTIONS = normSet(['ساوث', 'نورث', 'ويست', 'إيست'])
/**
 * Streets, squares and roundabouts named by a definite word or a given name ("شارع فيصل", "ميدان المساحة",
 * "دوار الداخلية", "كورنيش المنتزه"), a place with its head (find-places.ts, findNamedStreet). Hand-written.
 */
export const NAMED_STREET_HEADS = normSet(['شارع', 'ميدان', 'دوار', 'كورنيش'])
/**
 * What follows "ميدان" as a field, not a square's name: "ميدان المعركة" (the battlefield); and the town already named after
 * any street's head ("على كورنيش [المدينة]", the town's corniche). Hand-written.
 */
export const NOT_A_SQUARE = normSet(['المعركة', 'القتال', 'الحرب', 'العمل', 'السباق', 'الرماية', 'التنافس', 'الشرف', 'الاختبار', 'التدريب',
  'المدينة', 'البلدة', 'القرية', 'العاصمة'])
/**
 * Streets and squares named after people: "شارع جورج الخامس" is a place, not a person; so is a junction ("تقاطع الشيخ جابر
 * الأحمد الصباح", s61-b; the read sets write "تقاطع" into the junction's name).
 */
export const STREET_HEADS = normSet(['شارع', 'ميدان', 'ساحة', 'جادة', 'طريق', 'جسر', 'حي', 'مطار', 'ميناء', 'قصر', 'تقاطع'])
/**
 * Institutions named after a person are organisations, the person's name part of theirs (annotation
 * convention, no nested names): "جامعة الملك عبد الله للعلوم والتقنية", "مركز جون إف. كينيدي للفنون المسرحية".
 */
export const INSTITUTION_HEADS = normSet([
  'جامعة', 'مركز', 'مؤسسة', 'مستشفى', 'أكاديمية', 'معهد', 'كلية', 'مدرسة', 'مكتبة', 'متحف',
  // Companies named after their founder: "شركة طلعت مصطفى" (without it, rule 9 joined the company's name to
  // its chairman's after it, "شركة طلعت مصطفى هشام طلعت مصطفى"). Not "مجموعة": also an artist's collection
  // ("مجموعة محمديات").
  'شركة',
  // A secondary school named after a person or its town: "ثانوية الأمير عبد القادر", "ثانوية زحلة الرسمية" (session 46).
  'ثانوية',
])
/**
 * Bodies named after the place they serve: "حكومة الإمارات", "شرطة باريس" (annotation convention). Not
 * محافظة: "في محافظة الحسكة" is the governorate, a place ("الحسكة", annotated so), not its administration.
 */
export const BODY_OF_PLACE = normSet([
  'حكومة', 'شرطة', 'بلدية', 'جامعة', 'برلمان', 'سفارة', 'قنصلية', 'غرفة', 'بورصة', 'هيئة',
  // Banks, parties and clubs named by their place (session 13): "بنك مصر", "مصرف لبنان", "حزب روسيا الموحدة".
  'بنك', 'مصرف', 'حزب', 'نادي',
  // A city's municipality in the Levant and the Gulf: "أمانة عمّان الكبرى", "أمانة بغداد"; "مكتبة الإسكندرية" (session 14).
  'أمانة', 'مكتبة',
  // A newspaper named after its place: "صحيفة الخليج", "جريدة الأهرام" is the rules' list's (session 15).
  'صحيفة', 'جريدة',
])
/**
 * Titles in the construct state with the place their holder rules or serves: "محافظ نينوى", "والي الخرطوم",
 * "رئيس بلدية نواذيبو" (the word before the place is "بلدية"). Hand-written.
 */
export const PLACE_RULERS = normSet([
  'محافظ', 'حاكم', 'والي', 'عمدة', 'بلدية', 'أمير', 'ملك', 'سلطان', 'سفير', 'سفيرة', 'قنصل', 'مفتي',
  // A country's president: "رئيس جنوب أفريقيا سيريل رامافوزا", "رئيس جزر القمر غزالي عثماني" (session 15).
  'رئيس', 'رئيسة',
  // A village council's: "رئيس مجلس قروي عين يبرود فايز حمدان" (session 20).
  'قروي',
])
/**
 * Heads of bodies named by a construct chain ending in a place (combine-mentions.ts): "غرفة تجارة وصناعة البحرين",
 * "شبكة أطباء السودان", "دائرة صحة ذي قار", "هيئة تحرير الشام", "شركة نفط الكويت". Hand-written.
 */
export const CHAIN_HEADS = normSet([
  'غرفة', 'شبكة', 'دائرة', 'مجلس', 'هيئة', 'شركة', 'مؤسسة', 'منظمة', 'جمعية', 'اتحاد', 'نقابة', 'رابطة', 'صندوق', 'جهاز', 'مديرية', 'وكالة',
  'مركز', 'معهد', 'مجموعة', 'مصلحة', 'إدارة', 'قيادة',
])
/**
 * Heads before a company's, a platform's or an outlet's name in quotes (find-institutions.ts, findQuotedName):
 * "شركة "طلبات"", "منصة "شاهد"", "الشركة القابضة "إيه دي كيو"". Hand-written.
 */
export const QUOTED_NAME_HEADS = normSet([
  'شركة', 'الشركة', 'منصة', 'مجموعة', 'موقع', 'صحيفة', 'قناة', 'مجلة', 'جريدة', 'وكالة', 'علامة', 'متجر', 'مصرف', 'بنك', 'مجلس', 'هيئة',
  // Bodies of civil society and trade named in quotes: "منظمة «بنفسج»", "تنسيقية «تقدم»", "متاجر «إيون»" (session 20).
  'منظمة', 'جمعية', 'مؤسسة', 'تنسيقية', 'شبكة', 'تحالف', 'مبادرة', 'تجمع', 'متاجر', 'سلسلة', 'مصنع', 'مدرسة', 'مجمع',
  // An app, as the news sets name its platform: "تطبيق «طريقي»", "تطبيق «غوجيك»" (session 57).
  'تطبيق',
])
/**
 * A station's head and kinds: "محطة مترو المريوطية", "محطة قطارات بشتيل", "محطة كهرباء حزيز"; the name after the
 * kind is the station's (find-places.ts, findStation). Hand-written.
 */
export const STATION = normSet(['محطة'])
/** A station's kind before its name ("محطة مترو المريوطية"); desalination, water, transformer and treatment plants since session 48. */
export const STATION_KINDS = normSet(['مترو', 'قطارات', 'قطار', 'كهرباء', 'سكك', 'حافلات', 'تحلية', 'مياه', 'تحويل', 'معالجة', 'توليد', 'حاويات'])
/** Heads of a company's name (find-institutions.ts, findCompany): "شركة أوكرينرغو", "مجموعة بلاكستون الأمريكية". */
/** A group of companies is named with its head: "مجموعة بلاكستون", "مجموعة طلعت مصطفى" (a company without: "تسلا"). */
export const GROUP_HEADS = normSet(['مجموعة'])
export const COMPANY_HEADS = normSet(['شركة', 'مجموعة', 'شركات', 'وكالة'])
/** "محكمة جنايات القاهرة": a court named by its kind and the place it sits in is an organisation (rule 3). */
export const COURT = normSet(['محكمة'])
/** A court's kinds, which name it after "محكمة": "محكمة الاستئناف", "محكمة العدل الدولية". Hand-written. */
export const COURT_KINDS = normSet(['الاستئناف', 'النقض', 'التمييز', 'الجنايات', 'الجنح', 'الأسرة', 'العدل', 'التحكيم', 'الصلح', 'الأحداث'])
/**
 * Heads of a work's title ("فيلم «سيد الخواتم»"): a title in quotes after one is not a person, place
 * or organisation, whatever its words look like (MISC in ANERcorp, not annotated). Hand-written.
 */
export const WORK_HEADS = normSet([
  'فيلم', 'الفيلم', 'كتاب', 'الكتاب', 'رواية', 'الرواية', 'مسلسل', 'المسلسل', 'أغنية', 'الأغنية', 'برنامج',
  'البرنامج', 'مسرحية', 'المسرحية', 'ألبوم', 'الألبوم', 'قصيدة', 'القصيدة', 'لعبة', 'اللعبة', 'كتابه', 'فيلمه',
])
/**
 * Heads of a product's name ("تطبيق تشات جي بي تي", "هاتف آيفون"): a name never starts with one, and one
 * that ends a company's name is the product the sentence goes on to ("شركة أبل [هاتف] آيفون"). Hand-written.
 */
export const PRODUCT_HEADS = normSet(['تطبيق', 'منصة', 'هاتف', 'هواتف', 'جهاز', 'أجهزة', 'سيارة', 'سيارات', 'حاسوب', 'روبوت', 'عقار'])
/** Heads of a disease's name ("فيروس كورونا"): the name after them is not a person. Hand-written. */
export const DISEASE_HEADS = normSet(['فيروس', 'الفيروس', 'مرض', 'وباء', 'متحور', 'متحورة', 'سلالة', 'جائحة', 'حمى'])
/** Heads of Latin-script names ("صحيفة Le Parisien", "موقع Middle East Eye"). */
export const OUTLET_HEADS = normSet(['صحيفة', 'موقع', 'شبكة', 'قناة', 'مجلة', 'جريدة', 'وكالة', 'شركة', 'علامة'])
export const AGENCY = normSet(['وكالة'])
export const AGENCY_TAIL = normSet(['للأنباء', 'للانباء'])
/**
 * An institution's field after its name belongs to the name (annotation convention: the official name
 * whole): "المرصد السوري لحقوق الإنسان", "اللجنة الدولية للصليب الأحمر", "مركز الخليج للأبحاث". The
 * value is the words the field takes one of after it, if any. Hand-written.
 */
export const FIELD_TAILS = new Map<string, readonly string[] | null>(
  (
    [
      ['لحقوق', ['الإنسان']], ['للصليب', ['الأحمر']], ['للهلال', ['الأحمر']], ['للدراسات', null], ['للأبحاث', null],
      ['للتنمية', null], ['للسلام', null], ['للإغاثة', null], ['للطاقة', null], ['للنفط', null], ['للإعلام', null],
      ['للفنون', null], ['للثقافة', null], ['للعلوم', null], ['للتكنولوجيا', null], ['للاستثمار', null],
      // Session 19: the other ball games ("الاتحاد المصري لكرة اليد", "فريق دبي لكرة السلة").
      ['لكرة', ['القدم', 'اليد', 'السلة', 'الطائرة', 'الماء']],
      // Session 13: "المنظمة الدولية للهجرة", "منظمة الأمم المتحدة للطفولة", "الهيئة العامة للإحصاء".
      ['للهجرة', null], ['للطفولة', null], ['للتربية', null], ['للصحة', null], ['للتجارة', null], ['للطيران', null],
      ['للبيئة', null], ['للإحصاء', null], ['للسياحة', null], ['للتعليم', null], ['للإسكان', null], ['للمياه', null],
      ['للكهرباء', null], ['للزراعة', null], ['للاتصالات', null], ['للاجئين', null], ['للسكان', null], ['للتخطيط', null],
      // Session 14: "مركز محمد بن راشد للفضاء".
      ['للفضاء', null], ['للرياضة', null], ['للشباب', null], ['للمرأة', null], ['للكتاب', null], ['للنشر', null], ['للأمن', null],
      // Session 46: the disease control centres, "مراكز مكافحة الأمراض والوقاية [منها]".
      ['والوقاية', ['منها']],
    ] as const
  ).map(([tail, next]): [string, readonly string[] | null] => [norm(tail), next === null ? null : next.map(norm)]),
)
/**
 * Field nouns in the construct state after ل, naming an institution's field with the words they govern:
 * "معهد واشنطن لسياسة الشرق الأدنى", "مركز القاهرة لدراسات حقوق الإنسان". Hand-written.
 */
/**
 * Nouns that follow a subject's name as the verb's object, written without the tanween that would say so
 * ("ترأس رستم عمروف وفد بلاده", "وسجل يوري سيزار هدفين"), and are no family name. Hand-written.
 */
export const OBJECT_NOUNS = normSet(['وفد', 'هدف', 'هدفين', 'ثلاثية', 'ثنائية', 'رسالة', 'كلمة', 'زيارة'])
/**
 * What a verb's purpose clause begins with after a name ("وفد معهد قطر [للمشاركة] في", "مركز غزة [لبحث] التعاون"):
 * no field of an institution's. Verbal nouns, as the tokens' stems spell them after ل (with or without the article).
 */
export const PURPOSES = normSet([
  'بحث', 'مناقشة', 'مشاركة', 'المشاركة', 'تعزيز', 'دعم', 'متابعة', 'تقديم', 'توقيع', 'حضور', 'الحصول', 'تلقي', 'إجراء',
  'زيارة', 'لقاء', 'المطالبة', 'تنفيذ', 'استقبال', 'تسليم', 'مواجهة',
])
// ("الوكالة الأوروبية لسلامة الطيران", s61-b. Not "حماية", "مكافحة" or "رعاية": after a title they begin its portfolio
// as often, and trimPortfolio would cut the bodies they name: the read sets −7.)
export const FIELD_NOUNS = normSet(['سياسة', 'دراسات', 'أبحاث', 'بحوث', 'حقوق', 'شؤون', 'علوم', 'فنون', 'تكنولوجيا', 'سلامة'])
/** Heads that only say what a name is, left outside ("صحيفة كوميرسانت" → "كوميرسانت"). */
export const DESCRIPTOR_HEADS = normSet(['صحيفة', 'الصحيفة', 'موقع', 'شبكة', 'قناة', 'مجلة', 'جريدة'])
/**
 * Kin before a person's name say whose kin they are: "والدا بوشنل" (Bushnell's parents) names Bushnell,
 * and so do a friend and a colleague ("صديق بوشنل"); alone, such a word names no one ("خسارة صديق").
 * Matched on the whole word as well as the stem, since the tokenizer reads "والدا" as و + "الدا". Not the
 * nasab words (ابن، بن، بنت، أبو), which are part of names. Hand-written.
 */
export const KINSHIP = normSet([
  'والد', 'والده', 'والدة', 'والدا', 'والدي', 'شقيق', 'شقيقة', 'شقيقا', 'زوج', 'زوجة', 'أرملة',
  'نجل', 'نجلة', 'نجلي', 'حفيد', 'حفيدة', 'عم', 'خال', 'عمة', 'خالة', 'صديق', 'صديقة', 'زميل', 'زميلة',
])
/**
 * Ranks the tagger's title list lacks, for the rules only (the list feeds the model's features, which stay
 * as trained): Lebanon's army commander is "العماد رودولف هيكل". Hand-written.
 */
const MORE_RANKS = [
  'العماد', 'المقدم', 'الملازم', 'الرقيب', 'الأدميرال', 'المارشال', 'المرجع', 'المدعو', 'المدعوة',
  // Professions and conditions before a name: "الموسيقار عمر خيرت", "الأسيرة …", "الطالبة نيرة أشرف".
  'الموسيقار', 'الملحن', 'الملحنة', 'الروائية', 'المخرجة', 'اللاعبة', 'الطبيب', 'الطبيبة', 'النحات', 'الرسام',
  'المصور', 'المنتجة', 'الأسيرة', 'الشهيدة', 'المعتقلة', 'الطالب', 'الطالبة', 'الطفل', 'الطفلة', 'المواطن', 'المواطنة',
  'المبعوثة', 'المندوبة',
  // "الفرعون زوسر", "الفرعون رمسيس الثاني"; athletes: "العداء النرويجي ياكوب إنغبريغتسن" (session 14).
  'الفرعون', 'العداء', 'العداءة', 'السباح', 'السباحة', 'الملاكم', 'الملاكمة', 'المصارع', 'الدراج', 'الرباع', 'الرباعة',
  // A star of sport or song: "النجم البرازيلي نيمار" (session 17).
  'النجم', 'النجمة',
  // Session 46: the feminine of professions the list has: "المهندسة سميرة الكندري", "المحامية …", "الصحفية …".
  'المهندسة', 'المحامية', 'الصحفية', 'الكاتبة', 'الشاعرة', 'الفنانة', 'الممثلة', 'المغنية', 'الناشطة', 'الباحثة',
  // Session 58: the Coptic and Orthodox clergy's titles ("الأنبا مرقس", "الراهب مكسيموس الأنطوني", "القمص …"), and the
  // painters and storytellers of the culture pages ("الرسامة …", "القاصة …").
  'الأنبا', 'الراهب', 'الراهبة', 'القمص', 'الرسامة', 'القاص', 'القاصة',
]
export const TITLES = normSet([...PERSON_TITLES, ...MORE_RANKS])
/**
 * Titles of two or three words: religious ones, read as a person by the tagger ("[آية الله] علي السيستاني"),
 * a businessman's ("رجل الأعمال علي حداد") and the Maghreb's justice minister's second title ("حافظ الأختام"); a title
 * still, like TITLES. Normalised words; hand-written.
 */
export const TITLE_PHRASES: readonly (readonly string[])[] = ['آية الله', 'آية الله العظمى', 'حجة الإسلام', 'رجل الأعمال', 'سيدة الأعمال', 'أركان حرب', 'حافظ الأختام'].map((phrase) =>
  phrase.split(' ').map(norm),
)
/**
 * Words inside a person's name that never end it: "بن", "ولد" (Mauritanian), "آيت" (Amazigh, "خالد آيت
 * الطالب"), a kunya's "أبو". A person the tagger ended on one takes the next word. Hand-written.
 */
export const LINKING_PARTICLES = normSet(['بن', 'ابن', 'بنت', 'ولد', 'آيت', 'أيت', 'أبو', 'أبي', 'آل', 'عبد'])
/** Titles of those named with a regnal number: "الملك تشارلز الثالث", "البابا ليو الرابع عشر". Hand-written. */
export const REGNAL_TITLES = normSet(['الملك', 'الملكة', 'البابا', 'بابا', 'الإمبراطور', 'السلطان', 'العاهل', 'الخليفة'])
/**
 * Masculine ordinals with the article, first to tenth and the "الحادي" of eleventh: a day that names a place
 * ("مدينة السادس من أكتوبر", find-places.ts) and a regnal number ("الملك تشارلز الثالث", extend-given-names.ts).
 */
export const ORDINAL_WORDS = normSet(['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي'])
/** A kunya's first word, "father of" / "mother of": "أبو مهدي المهندس", "أم كلثوم". */
export const KUNYA = normSet(['أبو', 'أم'])
/** The days of the week with the article, as the news names them ("يوم الأحد", "صباح الثلاثاء"). Hand-written. */
export const WEEKDAY_WORDS = ['السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة'] as const
export const WEEKDAYS = normSet(WEEKDAY_WORDS)
export const GIVEN = normSet([...GIVEN_NAMES, ...NEWER_GIVEN_NAMES].map((name) => name.split(' ')[0]))
/**
 * Adverbs in the accusative that follow a name in news prose ("احتجزت الناشط علاء عبد الفتاح تعسفيا", "أعلن
 * ماكرون رسميا"): never part of a name, and a name ends before them. Hand-written.
 */
export const ADVERBS = normSet([
  'رسميا', 'تعسفيا', 'حاليا', 'سابقا', 'لاحقا', 'مجددا', 'أيضا', 'مؤقتا', 'نهائيا', 'شخصيا', 'فعليا', 'علنيا',
  'جزئيا', 'كليا', 'تلقائيا', 'يوميا', 'أسبوعيا', 'شهريا', 'سنويا', 'محليا', 'دوليا', 'إقليميا', 'عسكريا',
  'سياسيا', 'اقتصاديا', 'ميدانيا', 'هاتفيا', 'إلكترونيا', 'قضائيا', 'إداريا', 'غيابيا', 'حضوريا', 'فورا',
  'مباشرة', 'تقريبا', 'أمس', 'غدا', 'صباحا', 'مساء', 'ليلا', 'ظهرا', 'فجرا', 'عصرا', 'قريبا', 'طويلا',
])
/**
 * Words after which a person's name cannot go on: particles, relatives and prepositions. A given name
 * takes one more word freely and a second one only when what follows it ends the name.
 */
export const NAME_ENDERS: ReadonlySet<string> = new Set([
  ...normSet([
    'في', 'من', 'إلى', 'على', 'عن', 'مع', 'أن', 'إن', 'الذي', 'التي', 'و', 'أو', 'ثم', 'قد', 'لم', 'لن',
    'كما', 'بعد', 'قبل', 'خلال', 'حول', 'لدى', 'عند', 'منذ', 'بين', 'أمس', 'اليوم', 'إنه', 'إنها',
    'أمام', 'ضد', 'نحو', 'حتى', 'عبر', 'دون', 'تحت', 'فوق', 'ضمن', 'إثر', 'عقب', 'رغم',
  ]),
  // And the adverbs a name may be followed by ("رسميا").
  ...ADVERBS,
])
/**
 * Titles that are as often common nouns: "الفريق" is a general and a team ("الفريق سيعود أقوى"), "الحكم"
 * a referee and rule, "النجم" a star, "الأب" a priest and a father. After them only a known given name
 * starts a person (rule 6), not any word.
 */
export const COMMON_NOUN_TITLES = normSet([
  'الفريق', 'الحكم', 'النجم', 'النجمة', 'الأب', 'القائد', 'الحاكم', 'المحافظ',
  'الطالب', 'الطالبة', 'الطفل', 'الطفلة', 'المواطن', 'المواطنة', 'الطبيب', 'الطبيبة',
])
/**
 * Facilities named after a place, places themselves (annotation convention, LOC with their head): "قاعدة
 * لاكلاند الجوية", "مطار دبي الدولي", "معبر رفح". FACILITY_ADJECTIVES are the kinds that close such names.
 */
/** Heads of a facility that is a place whatever the tagger's type ("[سد النهضة]", "[قصر الحسينية]"). Hand-written. */
export const PLACE_FACILITY_HEADS = normSet(['سد', 'قصر', 'مسرح', 'مسجد', 'جامع', 'كنيسة', 'كاتدرائية', 'قاعدة', 'مطار', 'ميناء', 'معبر', 'استاد', 'ستاد', 'ملعب', 'مرفأ', 'منفذ', 'حلبة', 'برج', 'قلعة', 'محمية', 'منجم', 'حقل'])
/** Trades a company or an office is said to be in, indefinite after its head: "شركة صرافة", "مكتب صرافة", "شركة تأمين". Hand-written. */
export const COMPANY_TRADES = normSet(['صرافة', 'تأمين', 'مقاولات', 'حراسة', 'وساطة', 'سمسرة', 'شحن', 'توصيل'])
/** Indefinite adjectives that describe, never name: "محطة كهرباء [جديدة]", "حي [سكني]". Hand-written. */
export const DESCRIBING_ADJECTIVES = normSet([
  'جديد', 'جديدة', 'كبير', 'كبيرة', 'ضخم', 'ضخمة', 'حديث', 'حديثة', 'قديم', 'قديمة',
  'سكني', 'سكنية', 'تجاري', 'تجارية', 'صناعي', 'صناعية', 'زراعي', 'زراعية', 'شعبي', 'شعبية', 'عشوائي', 'عشوائية', 'راق', 'راقي', 'راقية',
  // Session 30: "[شركة استشارية] دولية" (Al-Ayam); names take these with the article ("الدولية"). Not the masculine
  // "دولي": Derek Dooley, "ديريك دولي", in the news sets.
  'استشارية', 'دولية',
  // Session 32: "في بلدة [متوسطة]" (a medium-sized town, Arab48), and a small or remote one.
  'متوسط', 'متوسطة', 'صغيرة', 'نائية',
  // "من مناطق [معتدلة]" (temperate regions, Independent Arabia), and regions by their climate or land.
  'معتدلة', 'باردة', 'دافئة', 'ريفية', 'حضرية', 'جبلية', 'ساحلية', 'صحراوية',
])
/**
 * Indefinite adjectives of what a facility or a line is for: "اكتشاف [حقل بحري] جديد" (an offshore field), "[منفذ بحري]",
 * "[بكابل] بحري" (a submarine cable, not Kabul). Not among DESCRIBING_ADJECTIVES, which end no name: "بحري" is a town
 * ("الخرطوم بحري", "محطة بحري"); not "بري" (Nabih Berri). Hand-written, session 57.
 */
export const PURPOSE_ADJECTIVES = normSet(['بحري', 'بحرية', 'جوي', 'جوية', 'نفطي', 'نفطية', 'غازية', 'ضوئي', 'ضوئية'])
/** What a venue hosts, after its name: "استاد لوسيل [النهائي]". Hand-written. */
export const HOSTED_EVENTS = normSet(['النهائي', 'المباراة', 'اللقاء', 'البطولة', 'الحفل'])
export const FACILITY_HEADS = normSet(['قاعدة', 'مطار', 'ميناء', 'معبر', 'استاد', 'ستاد', 'ملعب', 'مرفأ', 'منفذ', 'حقل', 'مصفاة', 'مصفى', 'حلبة', 'فندق', 'سجن', 'محمية'])
/**
 * A volcano's head, which the tagger reads with a transliterated name as a person ("[بركان رووانغ]", "بركان [هايلي غوبي]",
 * session 46). Not among FACILITY_HEADS, which no name ends on: "إقليم بركان" is a Moroccan province.
 */
export const VOLCANO = normSet(['بركان'])
/** The heads before which a name the tagger took for a person is the place they head: a facility's or a volcano's. */
export const PERSON_NAMED_PLACE_HEADS: ReadonlySet<string> = new Set([...FACILITY_HEADS, ...VOLCANO])
/**
 * Heads that end no person's name: the facilities', and "سد" (a dam, as often "blocking": "سد الثقوب"), which
 * names only the dams listed (known-places.ts): "[آبي أحمد] سد النهضة". Hand-written.
 */
export const NOT_A_NAME_END = new Set([...FACILITY_HEADS, ...normSet(['سد'])])
/** A stadium's heads: what follows is its name, even a common word ('استاد البيت'). Hand-written. */
export const STADIUM_HEADS = normSet(['استاد', 'ستاد'])
/**
 * A facility's kind after its name, part of it: "مطار دبي الدولي", "قاعدة لاكلاند الجوية". Not a crossing's "الحدودي",
 * which the sets leave outside ("منفذ طريبيل", 16 to 7; session 20). Hand-written.
 */
export const FACILITY_ADJECTIVES = normSet(['الجوية', 'البحرية', 'العسكرية', 'الدولي', 'الدولية', 'البري', 'الجوي'])
/**
 * A shrine's heads: named after the saint or the leader buried there ("ضريح صلاح الدين الأيوبي", "مقام السيدة خولة"), but
 * with the person's title between them the person is the name ("ضريح الرئيس الراحل ياسر عرفات"). Hand-written.
 */
export const SHRINE_HEADS = normSet(['ضريح', 'مقام'])
/** Venues named after people, places with their head ("مسرح أبو بكر سالم", "مسجد الشيخ زايد"). Hand-written. */
export const VENUE_HEADS = new Set([...normSet(['مسرح', 'مسجد', 'جامع', 'ملعب', 'استاد', 'قاعة', 'ميدان', 'صالة', 'كنيسة', 'كنيس', 'كاتدرائية', 'قوس']), ...SHRINE_HEADS])
/** Honorifics before a royal name that the title list lacks: "ملعب الأمير مولاي عبد الله". Hand-written. */
export const HONORIFICS = normSet(['مولاي', 'سيدي', 'للا'])
/** Heads of facilities often named after a titled person: "مطار الملك خالد", "جسر الملك فهد", "ملعب الأمير عبد الله الفيصل". */
export const FACILITY_NAMED_HEADS = normSet(['مطار', 'جسر', 'ملعب', 'استاد', 'مسجد', 'جامع', 'ميناء', 'مسرح', 'قاعة', 'صالة', 'طريق', 'شارع', 'ميدان'])
/** Words after which a club of the sports list is the club: "فريق الهلال", "ضيفه الاتحاد", "مدرب النصر". */
export const CLUB_HEADS = normSet([
  'فريق', 'نادي', 'ضيف', 'مضيف', 'منافس', 'غريم',
  // A club's people: "مدرب الهلال", "لاعب الاتحاد", "جماهير النصر". Not "قائد" ("قائد الجيش" is the army's).
  'مدرب', 'لاعب', 'لاعبو', 'لاعبي', 'جماهير', 'مهاجم', 'حارس', 'مدافع', 'نجم',
])
/**
 * Words that say an article is about sport (with MATCH_VERBS and the team heads): where a club's name
 * that is also a common noun is the club (drop-clubs-off-the-pitch.ts). Hand-written.
 */
export const SPORTS_WORDS = normSet([
  'مباراة', 'المباراة', 'مباريات', 'المباريات', 'الدوري', 'دوري', 'هدف', 'هدفا', 'هدفين', 'أهداف', 'الأهداف',
  'المدرب', 'مدرب', 'لاعب', 'اللاعب', 'لاعبي', 'اللاعبين', 'الملعب', 'ملعب', 'بطولة', 'البطولة', 'كأس', 'الكأس',
  'الموسم', 'الشوط', 'المنتخب', 'الفريق', 'النادي', 'مهاجم', 'المهاجم', 'حارس', 'الحارس', 'ركلة', 'جزاء',
  'ديربي', 'كلاسيكو', 'مشجع', 'المشجعين',
])
/** A national team named by its country after it: "منتخب مصر", "لمنتخب البرازيل" (hand-written). */
export const NATIONAL_TEAM_HEADS = normSet(['منتخب'])
/**
 * Verbs of a match, whose subject is a team ("فاز الهلال", "تغلب برشلونة على …"); hand-written. Not
 * "التقى" (met), which the news says of officials as often ("التقى الوزير مع الشباب"), nor "أقصى" (knocked
 * out), which is also "the farthest" ("أقصى الشمال").
 */
export const MATCH_VERBS = normSet([
  'فاز', 'يفوز', 'تغلب', 'يتغلب', 'هزم', 'يهزم', 'خسر', 'يخسر', 'تعادل', 'يتعادل', 'واجه', 'يواجه', 'توج', 'يتوج',
  'استضاف', 'يستضيف', 'يقصي', 'أطاح', 'يطيح', 'سحق', 'يسحق', 'اكتسح', 'يكتسح', 'تأهل', 'يتأهل',
  // And the nouns of a result: "في فوز ليفربول على مانشستر يونايتد".
  'فوز', 'خسارة', 'هزيمة', 'الفوز',
])
/**
 * Clubs named by their city, a team only in a match ("فاز ليفربول على …"); elsewhere the city. Hand-written;
 * clubs of other names are in KNOWN_ORGANIZATIONS ("برشلونة", "يوفنتوس", "ريال مدريد").
 */
/**
 * Words that make a foreign name a club's: "قيصري سبور", "آينتراخت فرانكفورت", "بوروسيا دورتموند", "نيوكاسل يونايتد".
 * Hand-written (session 17).
 */
export const CLUB_NAME_WORDS = normSet(['سبور', 'سبورت', 'سبورتس', 'آينتراخت', 'أينتراخت', 'بوروسيا', 'يونايتد', 'هوتسبير', 'ألبيون', 'سبورتنغ', 'ديبورتيفو'])
export const CLUB_CITIES = normSet([
  'ليفربول', 'نابولي', 'روما', 'ميلان', 'مرسيليا', 'ليون', 'فالنسيا', 'إشبيلية', 'بورتو', 'دورتموند', 'لايبزيغ',
  'موناكو', 'نيس', 'ليل', 'فياريال', 'إيفرتون', 'نيوكاسل', 'توتنهام', 'برايتون', 'ليستر', 'فيورنتينا', 'أتالانتا',
  'بولونيا', 'تورينو', 'ليفركوزن', 'فرانكفورت', 'شتوتغارت', 'فولفسبورغ', 'ستراسبورغ', 'لانس',
  // Session 15.
  'برشلونة', 'كالياري', 'برينتفورد', 'إسبانيول', 'بنفيكا', 'أياكس', 'بيتيس', 'سيلتيك', 'فنربخشة', 'بشكتاش', 'جنوى', 'أودينيزي',
])
/** Prepositions before a club in a report of sport: "عقده مع الهلال", "ضد النصر", "أمام الاتحاد". */
export const CLUB_PREPOSITIONS = normSet(['مع', 'ضد', 'أمام'])
/** A player's move between clubs: "انتقل … من ميلان إلى الهلال" (match-clubs.ts, findTransferClubs). Hand-written. */
export const TRANSFER_VERBS = normSet(['انتقل', 'ينتقل', 'انتقال', 'رحل', 'يرحل', 'رحيل', 'عاد', 'يعود'])
/** "مديرية": a directorate, a district's head in Yemen and an office's in Egypt ("مديرية التموين"). Normalised. */
export const DIRECTORATE = normalizeArabic('مديرية')
/** "في" (in), as normalised: "العقيد في القوات الجوية …", "الجامعة الأمريكية في الشارقة". */
export const IN = normalizeArabic('في')
export const FROM = normSet(['من'])
export const TO = normSet(['إلى'])
/** What stands before the other team of a match: "فاز الهلال على النصر", "خسر أمام الأهلي". */
export const OPPONENT_BEFORE = normSet(['على', 'أمام', 'مع'])
/** Awards named after people: the name is the award's ("جائزة نوبل", "جائزة الشيخ زايد للكتاب"). */
export const AWARD_HEADS = normSet(['جائزة', 'جوائز', 'وسام', 'قلادة'])
/** "نظيره الفرنسي": a counterpart, whose nationality follows (the name, if any, after it). */
export const COUNTERPART = normSet(['نظير', 'نظيرة'])
/** Spokespeople: "المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي", the name after the body they speak for. */
export const SPOKESPERSON = normSet(['المتحدث', 'المتحدثة', 'الناطق', 'الناطقة'])
export const ON_BEHALF_OF = normSet(['باسم'])
/** "Known as", "nicknamed": "محمد حمدان دقلو، المعروف بحميدتي" (find/nickname.ts; tagger/name-start.ts leaves the ب out). */
export const KNOWN_AS = normSet(['المعروف', 'الملقب', 'الشهير', 'المعروفة', 'الملقبة', 'الشهيرة'])
/**
 * Latin letters as Arabic writes them in initials ("جون إف. كينيدي", "جورج دبليو. بوش", "جي. كي.
 * رولينغ"). Hand-written.
 */
export const LETTER_NAMES = normSet([
  'إيه', 'أيه', 'اي', 'إي', 'آي', 'بي', 'سي', 'دي', 'إف', 'جي', 'جيه', 'إتش', 'إيتش', 'كيه', 'كي', 'إل', 'إم',
  'إن', 'أو', 'كيو', 'آر', 'إس', 'تي', 'يو', 'في', 'دبليو', 'إكس', 'واي', 'زد',
])
/**
 * Number words, which are no names: after "المتهم" (a title) rule 6 took "بحبس المتهم أربعة أيام" and
 * "خمسة عشر يوما" for persons. Hand-written.
 */
export const NUMBER_WORDS = normSet([
  'واحد', 'واحدة', 'اثنان', 'اثنين', 'اثنتين', 'ثلاث', 'ثلاثة', 'أربع', 'أربعة', 'خمس', 'خمسة', 'ست', 'ستة',
  'سبع', 'سبعة', 'ثمان', 'ثماني', 'ثمانية', 'تسع', 'تسعة', 'عشر', 'عشرة', 'أحد', 'إحدى', 'عشرين', 'عشرون',
  'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين', 'مئة', 'مائة', 'مئتي', 'مئات', 'ألف',
  'آلاف', 'مليون', 'ملايين', 'مليار', 'عشرات', 'بضعة', 'بضع',
])
/**
 * Adjectives between a title or nationality and the name they describe: "الفنان السوري الكبير دريد لحام",
 * "الرئيس السابق حسني مبارك", "رئيس الحكومة المكلف نواف سلام". Rule 6 looks past one of them for the title,
 * and a person the tagger began on one starts after it ("[القدير نور الشريف]"). Hand-written.
 */
export const NAME_ADJECTIVES = normSet([
  'الكبير', 'الكبيرة', 'القدير', 'القديرة', 'الشهير', 'الشهيرة', 'الراحل', 'الراحلة', 'الشاب', 'الشابة',
  'المخضرم', 'المخضرمة', 'المعروف', 'المعروفة', 'البارز', 'البارزة', 'الصاعد', 'الصاعدة', 'السابق',
  'السابقة', 'الأسبق', 'الحالي', 'الحالية', 'الجديد', 'الجديدة', 'المنتخب', 'المنتخبة', 'المكلف', 'المكلفة',
  // A religious authority's adjectives: "المرجع الشيعي علي السيستاني", "المرجع الديني الأعلى".
  'الشيعي', 'السني', 'الديني', 'الدينية', 'الأعلى',
  // A field's or a stance's: "الناشط الحقوقي جمال عيد", "المحلل السياسي", "الكاتب المعارض".
  'الحقوقي', 'الحقوقية', 'السياسي', 'السياسية', 'العسكري', 'الاقتصادي', 'الاقتصادية', 'المعارض', 'المعارضة',
  'المستقل', 'المستقلة', 'المتقاعد',
])
/**
 * Palaces that name a presidency or a royal court, which follow "قصر" as its name ("قصر الإليزيه", "قصر
 * بعبدا", "قصر المرادية"): the palace is a place; "الإليزيه" alone, as "الكرملين", is the presidency (an
 * organisation, in the known list). Not every word after قصر: "قصر النظر" is short sight. Hand-written.
 */
export const PALACE_NAMES = normSet([
  'الإليزيه', 'بعبدا', 'المرادية', 'قرطاج', 'الاتحادية', 'عابدين', 'القبة', 'باكنغهام', 'فرساي', 'الكرملين',
  'الصنوبر', 'اليمامة', 'الصفا', 'المشير', 'باردو', 'تشانكايا', 'الحسينية', 'رغدان', 'الصخير', 'الوجبة',
  // Kuwait's seat of government, Oman's palaces (session 16).
  'بيان', 'العلم', 'البركة',
  // Bahrain's, Kuwait's, Abu Dhabi's, Egypt's and Baghdad's (session 63, s61-b).
  'القضيبية', 'السيف', 'دسمان', 'الشاطئ', 'الوطن', 'المنتزه', 'الرحاب', 'المشور',
])
export const PALACE = normSet(['قصر'])
/**
 * Directions that are part of a place's name after it ("القدس الشرقية", "تيمور الشرقية", "كوريا الشمالية",
 * "بيروت الغربية"): rule 1 cuts nisba adjectives after a place, not these. Hand-written.
 */
export const DIRECTION_ADJECTIVES = normSet([
  'الشرقية', 'الغربية', 'الشمالية', 'الجنوبية', 'الشرقي', 'الغربي', 'الشمالي', 'الجنوبي',
])
/**
 * Where a party stands, said after its name: "حزب الحرية [اليميني]", "حزب التقدم [اليميني الشعبوي]", "حزب العدالة
 * والتنمية [الحاكم]". Hand-written (session 17).
 */
export const ORIENTATIONS = normSet([
  'اليميني', 'اليمينية', 'اليساري', 'اليسارية', 'الشعبوي', 'الشعبوية', 'المتطرف', 'المتطرفة', 'الحاكم', 'الحاكمة',
  'المعارض', 'المعارضة', 'الانفصالي', 'الانفصالية', 'الوسطي', 'الليبرالي', 'الليبرالية',
])
/** The verbs of saying a sentence's subject follows, normalised as written ("وقال" too). */
export const SPEECH_VERB_STEMS = normSet(SPEECH_VERBS)
/** The two spellings of 'ali': "علي" is a name, "على" (alef maqsura) the preposition; keep them apart. */
export const PREPOSITION_ALA = 'على'
/** "الله" as the tokens' norm spells it: the second word of a theophoric name ("عبد الله", "صنع الله", "هبة الله"). */
export const ALLAH = normalizeArabic('الله')

