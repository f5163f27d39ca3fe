/**
 * A line that is only a time: a post's clock time ("03:40 م", "07:12 PM") or its age ("قبل 8 دقائق", "۱۸ دقیقه پیش",
 * "5 منٹ پہلے", "2 hours ago"). Live pages stamp every update so (session 34's batch w: Al Jazeera, BBC Arabic and
 * Persian, Sky News Arabia, Geo), and teaser lists their items; such a line is never prose. Read on the line's
 * normalizePhrase form (digits folded, a colon spaced, Persian and Urdu letters folded toward Arabic).
 */
import { normalizePhrase } from './clutter-rules.ts'

const words = (list: string[]) => list.map(normalizePhrase).join('|')

/** Units of an age, in every form a count takes ("دقيقة", "دقائق", "دقيقتين"), as normalizePhrase leaves them. */
const UNITS = words([
  'ثانية', 'ثوان', 'ثواني', 'دقيقة', 'دقيقتين', 'دقيقتان', 'دقائق', 'ساعة', 'ساعتين', 'ساعتان', 'ساعات', 'يوم', 'يومين', 'أيام',
  'ثانیه', 'دقیقه', 'ساعت', 'روز', 'سیکنڈ', 'منٹ', 'گھنٹہ', 'گھنٹے', 'دن',
  'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'h', 'm',
])
/** A count: figures, or one ("یک", "ایک", "an", "a"), or none ("منذ ساعة"). */
const COUNT = `(?:(?:\\d{1,3}|${words(['یک', 'ایک', 'چند', 'an', 'a'])}) )?`

const PATTERNS = {
  /** "03 : 40 م", "07 : 12 pm", "11 : 40 ص", "15 : 31". */
  clock: new RegExp(`^\\d{1,2} : \\d{2}(?: (?:${words(['ص', 'م', 'am', 'pm', 'صباحا', 'مساء', 'ظهرا', 'بتوقيت غرينتش', 'gmt'])}))?$`, 'u'),
  /** "قبل 8 دقائق", "منذ ساعتين". */
  agoBefore: new RegExp(`^(?:${words(['قبل', 'منذ'])}) ${COUNT}(?:${UNITS})$`, 'u'),
  /** "18 دقيقه پيش", "5 منٹ پہلے", "2 hours ago". */
  agoAfter: new RegExp(`^${COUNT}(?:${UNITS}) (?:${words(['پیش', 'قبل', 'پہلے', 'ago'])})$`, 'u'),
} as const

/** The normalised line is a clock time or an age and nothing else. */
export function isTimeStampLine(norm: string): boolean {
  return PATTERNS.clock.test(norm) || PATTERNS.agoBefore.test(norm) || PATTERNS.agoAfter.test(norm)
}
