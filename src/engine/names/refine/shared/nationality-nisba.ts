import { normalizeArabic } from '../../../arabic/normalize.ts'
import type { Gazetteer } from '../../tagger/gazetteer.ts'
import { PATTERNS } from './patterns.ts'

/** Answers per gazetteer: the rules ask about the same words again and again, for every token. */
const answers = new WeakMap<Gazetteer, Map<string, boolean>>()
/** Distinct words remembered before the memo starts over. */
const MEMO_LIMIT = 50_000

/** True for a nationality nisba: "الروسية" (روسيا), "الإيراني" (إيران), "الأمريكية" (أمريكا). */
export function isNationalityNisba(word: string, gazetteer: Gazetteer): boolean {
  let memo = answers.get(gazetteer)
  if (!memo || memo.size >= MEMO_LIMIT) answers.set(gazetteer, (memo = new Map()))
  let answer = memo.get(word)
  if (answer === undefined) memo.set(word, (answer = nisbaOfPlace(word, gazetteer)))
  return answer
}

/**
 * Nationalities whose nisba is not the country's name plus ي ("الدنماركي" of الدنمارك, "النمساوي" of
 * النمسا, "الإيفواري" of كوت ديفوار), as the bases nisbaOfPlace computes (the word without ال and its
 * ending). Not "المالي", which is as often "financial". Hand-written.
 */
const IRREGULAR_NATIONALITIES: ReadonlySet<string> = new Set(
  [
    'بوسن', 'مجر', 'دنمارك', 'اسكتلند', 'نمساو', 'تشيل', 'بيروف', 'إنجليز', 'إنكليز', 'ويلز', 'إيفوار', 'كونغول',
    'أوروغوايان', 'أوروغويان', 'أورغوايان', 'باراغوايان', 'باراغويان', 'سلفادور', 'هندوراس', 'كوستاريك', 'بنم',
  ].map((base) => normalizeArabic(base)),
)

/**
 * Nisbas of a place that news uses in another sense only: "الرياضي" is sporting ("مجلس دبي الرياضي", "نادي الرجاء
 * الرياضي"), not of Riyadh; "البحري" is maritime ("شركة أسياد للنقل البحري", "مشاة البحرية"). Normalised. Hand-written.
 */
const NOT_OF_A_PLACE: ReadonlySet<string> = new Set(['الرياضي', 'الرياضية', 'البحري', 'البحرية'].map((word) => normalizeArabic(word)))

function nisbaOfPlace(word: string, gazetteer: Gazetteer): boolean {
  if (!PATTERNS.nisba.test(word) || NOT_OF_A_PLACE.has(word)) return false
  const base = word.slice(2).replace(PATTERNS.nisbaEnding, '')
  if (base.length < 3) return IRREGULAR_NATIONALITIES.has(base)
  if (IRREGULAR_NATIONALITIES.has(base)) return true
  for (const key of [base, base + 'ا', base + 'يا', base + 'ه', base + 'ستان', 'ال' + base]) {
    if (gazetteer.places.has(key)) return true
  }
  return false
}

/**
 * Looser, for a nationality after an institution ("البنك الأهلي السعودي"): also the nisba of a country
 * whose name is its own feminine nisba ("السعودية"). Not for trimming a nisba after a proper name, where
 * "أرامكو السعودية" keeps its word.
 */
export function isCountryNisba(word: string, gazetteer: Gazetteer): boolean {
  if (isNationalityNisba(word, gazetteer)) return true
  if (!PATTERNS.nisba.test(word)) return false
  return gazetteer.places.has('ال' + word.slice(2).replace(PATTERNS.nisbaEnding, '') + 'يه')
}
