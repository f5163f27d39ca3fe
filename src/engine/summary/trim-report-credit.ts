import type { Span } from '../doc.ts'
import { normalizePhrase } from '../extract/clutter-rules.ts'
import { siteNameForms } from '../extract/site-name-words.ts'

/**
 * Where the news begins in a sentence that opens with a Persian paper's credit: "به گزارش خبرنگار اقتصادی خبرگزاری فارس،
 * مهدی کاظمی‌راد …", "به گزارش همشهری آنلاین، علیرضا نوروزیان …", "به گزارش ایسنا، …" ("according to the report of …"), the
 * way Persian news opens its first paragraph, as Arabic news opens it with a dateline (trim-dateline.ts). A summary shows the
 * news, not who filed it.
 *
 * Only a news outlet's credit goes: the page's own name, a known agency, or words that say a newsroom reports (a reporter,
 * an agency, "خبرگزاری رویترز" as "(رويترز) -" in an Arabic dateline). "به گزارش مرکز آمار، نرخ تورم …" (the statistics
 * centre's report), "به گزارش روزنامه شرق،" (another paper's) or "به گزارش روابط عمومی شهرداری،" (the city's press office)
 * say where the news comes from, and stay.
 */

const PATTERNS = {
  /** "به گزارش" (by the report of) or "به نقل از" (quoting), then the outlet, up to 80 characters, to the first comma. */
  credit: /^[\s"“«]*(?:به گزارش|به نقل از)\s+([^،,.:\n]{1,80}?)\s*[،,]\s*/u,
  /** Quotes around the outlet's name: "به گزارش "ورزش سه"،". */
  quotes: /["“”«»]/gu,
} as const

/** Words that say a newsroom reports, normalised (normalizePhrase): "خبرگزاری" (news agency), "خبرنگار" (reporter). */
const NEWSROOM_WORDS: ReadonlySet<string> = new Set(['خبرگزاری', 'خبرنگار', 'خبرنگاران'].map(normalizePhrase))

/**
 * The agencies of Iran and Afghanistan, credited by name ("به گزارش ایسنا،", "به گزارش ایرنا از تهران،"). Only as the credit's
 * first word: "استانداری فارس" (the province's governor's office) is no agency.
 */
const AGENCIES: ReadonlySet<string> = new Set(
  ['ایسنا', 'ایرنا', 'ایلنا', 'ایکنا', 'مهر', 'فارس', 'تسنیم', 'پانا', 'میزان', 'شبستان', 'برنا', 'پژواک', 'باختر'].map(normalizePhrase),
)

/** A sentence this short after its credit is not trimmed: the credit was most of it. */
const MIN_REST = 20

/** The start of `sentence` after its report credit, or its own start when it has none. */
export function reportCreditEnd(text: string, sentence: Span, siteName?: string): number {
  const credit = PATTERNS.credit.exec(text.slice(sentence.start, sentence.end))
  if (!credit) return sentence.start
  const outlet = normalizePhrase(credit[1].replace(PATTERNS.quotes, ' '))
  const words = outlet.split(' ')
  const isNewsroom =
    words.some((word) => NEWSROOM_WORDS.has(word)) || AGENCIES.has(words[0]) || (siteName !== undefined && siteNameForms(siteName).has(outlet))
  const end = sentence.start + credit[0].length
  return isNewsroom && sentence.end - end >= MIN_REST ? end : sentence.start
}
