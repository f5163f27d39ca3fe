/**
 * An agency credit line: a short line made only of agency names and separators
 * ("فرانس24/ رويترز/ أ ف ب", "(وكالات)", "المصدر: الأناضول", "ایرنا"), or a paper's kind and name ("صحيفة السوداني").
 * Returns the line as the page wrote it.
 */
import { normalizePhrase } from './clutter-rules.ts'
import { kindBefore, PAPER_KINDS } from './site-name-words.ts'

/** Agencies and wire credits seen on Arabic, Persian and Urdu news pages (normalised when compared). */
const AGENCIES = [
  'وكالات', 'وكالة', 'رويترز', 'أ ف ب', 'ا ف ب', 'فرانس برس', 'فرانس24', 'فرانس 24', 'أ ب', 'أسوشيتد برس', 'د ب أ',
  'الأناضول', 'أ ش أ', 'سانا', 'وام', 'واس', 'قنا', 'كونا', 'بنا', 'العمانية', 'بترا', 'وفا', 'سبأ', 'سبوتنيك', 'شينخوا',
  'سي إن إن', 'بي بي سي', 'الجزيرة', 'العربية', 'سكاي نيوز', 'CNN', 'AFP', 'Reuters', 'AP', 'DPA',
  'ایرنا', 'ایسنا', 'فارس', 'تسنیم', 'مهر', 'ایلنا', 'باشگاه خبرنگاران', 'اے پی پی', 'آن لائن', 'ثنا نیوز',
  'المصدر', 'مصادر', 'متابعات', 'البيان', 'وكالات الأنباء',
]

const AGENCY_WORDS = new Set(AGENCIES.flatMap((a) => normalizePhrase(a).split(' ')))

/** A paper credited by its kind and name, closing a copy of its story: "صحيفة السوداني" (Alnilin's). */
const PUBLICATION_CREDIT = new RegExp(`${kindBefore(PAPER_KINDS).source}[^\\s.،:؟!]+(?:\\s[^\\s.،:؟!]+){0,2}$`, 'u')

export function readCredit(line: string): string | undefined {
  const text = line.trim()
  if (!text || text.length > 60) return undefined
  if (PUBLICATION_CREDIT.test(text)) return text
  const words = normalizePhrase(text).split(' ').filter((w) => w !== ':')
  if (!words.length) return undefined
  return words.every((w) => AGENCY_WORDS.has(w)) ? text : undefined
}
