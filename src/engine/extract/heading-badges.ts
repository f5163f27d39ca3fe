/**
 * Badges and stamps set inside a heading as elements of their own: a live page's label before its headline (BBC's
 * "زنده" / "مباشر" with its screen-reader copy "زنده، "), a post's time ("۱۸ دقیقه پیش") and "خبر فوری" before the post's
 * title. Read as text they run into the title ("۵ ساعت پیشخبر فوری, شمار کشته‌ها …"); the reader shows the title alone.
 * A label written in the heading's own text ("مباشر | فيضان …", Al Jazeera) is the site's wording and stays.
 */
import { normalizePhrase } from './clutter-rules.ts'

const BADGES: ReadonlySet<string> = new Set(
  [
    'مباشر', 'تغطية مباشرة', 'بث مباشر', 'عاجل', 'خبر عاجل', 'حصري', 'زنده', 'پوشش زنده', 'خبر فوری', 'فوری', 'لائیو', 'براہ راست',
    'تازہ ترین', 'live', 'breaking',
    // A featured item's flag (Joomla K2's "Featured" in a <sup> after the title).
    'مميز', 'ویژه', 'featured',
  ].map(normalizePhrase),
)

const PATTERNS = {
  letter: /\p{L}/u,
} as const

/** The longest heading looked into, and the longest badge. */
const MAX_HEADING_CHARS = 400
const MAX_BADGE_CHARS = 30

/** Removes the heading's badge and time elements when the heading says more than they do. */
export function stripHeadingBadges(heading: Element): void {
  // A heading is a line: one holding more (an unclosed <h2> swallowing the page) has no badge to look for, and walking it
  // for each of its nested headings cost a mutated page 17 s.
  const whole = heading.textContent ?? ''
  if (whole.length > MAX_HEADING_CHARS) return
  const doomed: Element[] = []
  for (const element of Array.from(heading.querySelectorAll('*'))) {
    if (doomed.some((d) => d.contains(element))) continue
    const text = element.textContent ?? ''
    if (element.localName.toLowerCase() !== 'time' && (text.length > MAX_BADGE_CHARS || !BADGES.has(normalizePhrase(text)))) continue
    doomed.push(element)
    // The punctuation a badge is followed by for screen readers (", ").
    const next = element.nextElementSibling
    if (next && !PATTERNS.letter.test(next.textContent ?? '')) doomed.push(next)
  }
  if (!doomed.length) return
  const left = doomed.reduce((text, element) => text.replace(element.textContent ?? '', ''), whole)
  if (!PATTERNS.letter.test(left)) return
  for (const element of doomed) element.remove()
}
