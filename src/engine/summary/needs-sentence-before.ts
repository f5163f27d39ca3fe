/**
 * A sentence that cannot stand in a summary without the sentence before it: a speaker's next words with no speaker
 * named ("وأضاف أن …", "وأشار إلى أن …", "وقال لـ«الوطن» إن …", "ويقول إن …") or a pronoun for what came before
 * ("لكنه …", "وهي …"). In a news story the sentence before names who speaks ("وقال المتحدث باسم الوزارة … إن …"); a
 * summary that keeps the second without the first says "and he added that" of nobody the reader knows.
 *
 * Narrower than the learned scorer's `dependentOpener` feature (score-sentences.ts), which also counts "وأضاف
 * الوزير" and "من جهته": those name their subject, or point to the story as a whole, and read well alone. This
 * one is a rule of the choice, not a weight: the summary holds such a sentence only right after the one it leans
 * on (expected-overlap.ts and keep-an-amount.ts read it). Measured on the 537 articles of the
 * extraction pages (session 73): 27 of 1,050 summary sentences after the first opened so without the
 * sentence before them, and 4 Persian and Urdu ones on "he" ("وی افزود", "انہوں نے کہا"); EASC's encyclopaedic
 * articles have 14 such candidates in 1,083.
 */

/** Verbs of saying, past and present, masculine and feminine, normalised (normalizeArabicFast: no hamza on alef, ى → ي, ة → ه). */
const SAYING = [
  'اضاف', 'اضافت', 'يضيف', 'تضيف', 'تابع', 'تابعت', 'استطرد', 'استدرك', 'اردف', 'اوضح', 'اوضحت', 'اكد', 'اكدت', 'اشار',
  'اشارت', 'قال', 'قالت', 'يقول', 'تقول', 'لفت', 'لفتت', 'بين', 'بينت', 'شدد', 'شددت', 'ذكر', 'ذكرت', 'اعتبر', 'اعتبرت',
  'افاد', 'افادت', 'نوه', 'نوهت', 'زاد', 'ختم', 'مضي',
]

/**
 * What follows a verb of saying when no subject does: "أن"/"إن" and their pronoun forms, "بأن", "إلى أن", a colon
 * or comma, "قائلا", or a prepositional phrase ("في بيان", "خلال المؤتمر", "لـ«الوطن»", "لوكالة …", "للصحفيين"). The
 * tatweel of "لـ" is gone in the normalised text, so "ل" is followed by a quote, a space or the medium's word.
 */
const NO_SUBJECT = String.raw`\s+(?:ان|انه|انها|انهم|بان|بانه|بانها|الي ان|قائلا|قائله|في|خلال|ل(?:وكاله|صحيفه|جريده|مجله|قناه|موقع|شبكه|مراسل|لصحف|لصحاف|لاعلام|لتلفزيون|لاذاعه)\S*)(?=\s|$)|\s+ل(?=[\s"“«])|\s*[:،]`

/** Pronouns for what came before, opening the sentence: "لكنه" (but he), "غير أنها", "وهو", "وهي", "كما أنه". */
const PRONOUN_OPENERS = [
  'لكنه', 'لكنها', 'لكنهم', 'غير انه', 'غير انها', 'الا انه', 'الا انها', 'وهو', 'وهي', 'كما انه', 'كما انها',
  // Persian "وی" (he, she: "وی افزود"), Urdu "انہوں نے" (he, they), "ان کا کہنا" (his words were), "ان کے مطابق"
  // (according to him), as normalised ("ی" → "ي", "ک" → "ك", "ہ" → "ه"); none of them is an Arabic word.
  'وي', 'انهوں', 'انھوں', 'ان كا كهنا', 'ان كا مزيد كهنا', 'ان كي مطابق',
]

const PATTERNS = {
  /** Quotes or a bracket may open the sentence; "و"/"ف" and "كما" may come before the verb, "أيضا"/"كذلك" after it. */
  noSubject: new RegExp(String.raw`^[\s"“«(]*(?:و|ف)?(?:كما\s+)?(?:${SAYING.join('|')})(?:\s+(?:ايضا|كذلك))?(?:${NO_SUBJECT})`, 'u'),
  pronoun: new RegExp(String.raw`^[\s"“«(]*(?:و|ف)?(?:${PRONOUN_OPENERS.join('|')})(?=\s|$)`, 'u'),
} as const

/** Does this normalised opening (the first words of a sentence, normalizeArabicFast) need the sentence before it? */
export function needsSentenceBefore(opening: string): boolean {
  return PATTERNS.noSubject.test(opening) || PATTERNS.pronoun.test(opening)
}
