/**
 * A byline as a name: the verbs and labels pages put before it ("كتب:", "بقلم", "حوار", "إعداد",
 * "Author,") go, and so do place/agency tails in parentheses. Editorial-desk names ("هيئة التحرير",
 * "admin") are not bylines: they name nobody, so they return undefined.
 */
import { normalizePhrase } from './clutter-rules.ts'

const PATTERNS = {
  label: /^(?:كتب|كتبت|بقلم|حوار|إعداد|اعداد|تقرير|متابعة|تحرير|نويسنده|نویسنده|تحریر|رپورٹ|by|author)\s*[:،,]?\s*/iu,
  whitespace: /\s+/gu,
} as const

/** Desk names that stand for no person. */
const DESK_NAMES = new Set(
  ['هيئة التحرير', 'فريق التحرير', 'المحرر', 'محرر الموقع', 'التحرير', 'admin', 'administrator', 'editor', 'تحریریه', 'سردبیر', 'ادارہ'].map(normalizePhrase),
)

export function cleanByline(raw: string | null | undefined): string | undefined {
  let text = (raw ?? '').replace(PATTERNS.whitespace, ' ').trim()
  for (let i = 0; i < 2; i++) text = text.replace(PATTERNS.label, '').trim()
  if (!text || text.length > 100) return undefined
  if (DESK_NAMES.has(normalizePhrase(text))) return undefined
  if (/^https?:/iu.test(text)) return undefined
  return text
}
