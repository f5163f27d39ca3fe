/**
 * A byline as a name: the verbs and labels pages put before it ("كتب:", "بقلم", "حوار", "إعداد",
 * "Author,"; Uyghur "مۇخبىرىمىز" "our reporter", Pashto "لیکوال", Kurdish "نووسینی") go, and so do place/agency tails in parentheses. Editorial-desk names ("هيئة التحرير",
 * "admin") are not bylines: they name nobody, so they return undefined.
 */
import { normalizePhrase } from './clutter-rules.ts'

const PATTERNS = {
  label: /^(?:كتبت|كتب|بقلم|نص من|توسط|حوار|إعداد|اعداد|تقرير|متابعة|تحرير|نويسندگان|نویسندگان|نويسنده|نویسنده|خبرنگار|تحریر|رپورٹ|قصة بقلم|مۇخبىرىمىز|مۇخبىر|ئاپتور|لیکوال|نووسینی|نووسەر|written by|by|author)\s*[:،,\-–—/]?\s*/iu,
  /** Punctuation left at the ends once the label is gone ("كتب- أحمد عبدالمنعم:"). */
  edgePunctuation: /^[\s:،,\-–—]+|[\s:،,\-–—]+$/gu,
  /**
   * The place a report is filed from (and by whom), before a colon: "الرباط: كريم الوزاني", "طرابلس - بوابة
   * الوسط: أسامة المهدوي" (a short head, then a name of two to four words).
   */
  placeColon: /^[^:،,]{2,40}?\s*:\s*(?=(?:[^\s:،,]+\s){1,3}[^\s:،,]+$)/u,
  /**
   * Place and site before the reporter, dash-separated ("جدة - كووورة - بندر السبيعي", "الرياض ـ سامي الغامدي"):
   * heads of one or two words, then a name of two to four.
   */
  dashedHeads: /^(?:[^\s\-–—ـ:]+(?:\s[^\s\-–—ـ:]+)?\s+[-–—ـ]\s+)+(?=(?:[^\s\-–—ـ:]+\s){1,3}[^\s\-–—ـ:]+$)/u,
  /**
   * The place after a reporter's name, dash-separated ("عبدالعزيز الحربي - جدة"): a name of two to four words, then one
   * word. (A site's name and the place, "الحرة - بغداد", has one word before the dash and stays whole.)
   */
  placeTail: /^((?:[^\s\-–—ـ:]+\s){1,3}[^\s\-–—ـ:]+)\s+[-–—ـ]\s+[^\s\-–—ـ:]+$/u,
  /** A weekday run into the name's last word by a date span set beside it: "ياسمين علاءالخميس، 21 نوفمبر" (Youm7's AMP page). */
  gluedWeekday: /(?<=\p{L}{2})(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)$/u,
  whitespace: /\s+/gu,
} as const

/** Desk names that stand for no person. */
const DESK_NAMES = new Set(
  ['هيئة التحرير', 'فريق التحرير', 'المحرر', 'محرر الموقع', 'التحرير', 'admin', 'administrator', 'editor', 'تحریریه', 'سردبیر', 'ادارہ'].map(normalizePhrase),
)

export function cleanByline(raw: string | null | undefined): string | undefined {
  let text = (raw ?? '').replace(PATTERNS.whitespace, ' ').trim()
  for (let i = 0; i < 2; i++) text = text.replace(PATTERNS.label, '').trim()
  text = text.replace(PATTERNS.edgePunctuation, '').replace(PATTERNS.gluedWeekday, '').replace(PATTERNS.placeColon, '').replace(PATTERNS.dashedHeads, '').replace(PATTERNS.placeTail, '$1')
  // (The label after the place it was written in: "جنين - كتب خالد سليم:", Al-Ayyam's writer line.)
  text = text.replace(PATTERNS.label, '').replace(PATTERNS.edgePunctuation, '')
  if (!text || text.length > 100) return undefined
  if (DESK_NAMES.has(normalizePhrase(text))) return undefined
  if (/^https?:/iu.test(text)) return undefined
  return text
}

/** "خاص" (exclusive), normalised, with the space after it. */
const EXCLUSIVE = `${normalizePhrase('خاص')} `

/**
 * What follows "خاص" in a credit ("خاص صفا": the piece is the site's own), normalised, or undefined when the credit is
 * no such mark. It names the site, no writer.
 */
export function exclusiveTo(norm: string): string | undefined {
  return norm.startsWith(EXCLUSIVE) ? norm.slice(EXCLUSIVE.length) : undefined
}
