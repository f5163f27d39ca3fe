/**
 * Drops the boilerplate that survives into the article container, block by block: clutter lines named by
 * the rules (date lines, reading time, source links, share/follow lines, tags, comment rules, agency end
 * markers, image credits, video labels, pagination), meta lines (view counts, bare dates, "2min"),
 * headline repeats, link lists (teasers, tag clouds), chrome images and repeated images.
 * Also returns what it learnt on the way: bylines written as "كتب: …" and an agency credit line.
 */
import type { BlockPiece } from './build-blocks.ts'
import { matchClutter, normalizePhrase } from './clutter-rules.ts'
import { parseDate } from './parse-date.ts'
import { cleanByline } from './clean-byline.ts'
import { readCredit } from './read-credit.ts'

const PATTERNS = {
  /** A bare counter or badge: "0", "1٬245 مشاهدة", "28.8K بازدید", "2min", "5 دقائق", "دقيقتان". */
  metaLine:
    /^(?:\d[\d.,٬]*\s*[kKmM]?\s*(?:مشاهده|مشاهدات|قراءه|قراءات|تعليق|تعليقات|بازديد|ديدگاه|نظر|views?|comments?|min|mins|minutes?|دقيقه|دقائق|دقيقتان|دقيقتين|منٹ|منٹس|منت)?|دقيقتان|دقيقتين|دقيقه واحده)$/iu,
  /** Words that may sit beside a date on a date line: weekdays, labels, times, calendar marks. */
  dateWords:
    /^(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|شنبه|يكشنبه|دوشنبه|سه|چهارشنبه|پنجشنبه|جمعه|اتوار|پير|منگل|بدھ|بده|جمعرات|هفته|ساعت|الساعه|م|ص|gmt|utc|هـ|ه|ء|اخر|تحديث|اخر تحديث|بتوقيت|مكه|القدس|بيروت|am|pm|\d{1,4}|:)$/iu,
  /** A byline written in the text: "كتب: فلان", "بقلم فلان", "حوار: فلان", "نویسنده: …". */
  bylineLine: /^(?:كتب|كتبت|بقلم|حوار|اعداد|إعداد|تقرير|نويسنده|نویسنده|تحریر)\s*:?\s*/u,
} as const

/** A block of links this long or longer is a list of other stories (teasers, tags, prev/next). */
const LINK_SHARE = 0.6

export interface FilterContext {
  title: string
}

export interface FilterResult {
  pieces: BlockPiece[]
  byline?: string
  credit?: string
  /** Why blocks went, for tests and debugging: rule id per dropped text. */
  dropped: { text: string; reason: string }[]
}

/** True when the line is a date and nothing else (weekday, time, "آخر تحديث" may sit beside it). */
export function isDateOnlyLine(text: string): boolean {
  if (text.length > 90 || !parseDate(text)) return false
  const words = normalizePhrase(text).split(' ')
  let other = 0
  for (const word of words) if (!PATTERNS.dateWords.test(word) && !isMonthWord(word)) other++
  return other === 0
}

function isMonthWord(word: string): boolean {
  // parseDate on "1 <word> 2000" succeeds only when <word> is a month name.
  return Boolean(parseDate(`1 ${word} 2000`))
}

export function filterBlocks(pieces: BlockPiece[], context: FilterContext): FilterResult {
  const titleNorm = normalizePhrase(context.title)
  const dropped: FilterResult['dropped'] = []
  const kept: BlockPiece[] = []
  const seenImages = new Set<string>()
  let byline: string | undefined
  const drop = (piece: BlockPiece, reason: string) => dropped.push({ text: piece.text ?? piece.src ?? '', reason })

  for (const piece of pieces) {
    if (piece.kind === 'image') {
      if (!piece.src || seenImages.has(piece.src)) {
        drop(piece, 'repeated-image')
        continue
      }
      seenImages.add(piece.src)
      kept.push(piece)
      continue
    }
    const text = piece.text ?? ''
    const norm = normalizePhrase(text)
    if (!norm) {
      drop(piece, 'no-words')
      continue
    }
    if (titleNorm && (norm === titleNorm || (piece.kind === 'heading' && titleNorm.includes(norm) && norm.length > titleNorm.length * 0.8))) {
      drop(piece, 'headline-repeat')
      continue
    }
    const rule = matchClutter(norm, text.length)
    if (rule) {
      drop(piece, rule.id)
      continue
    }
    if (PATTERNS.metaLine.test(norm)) {
      drop(piece, 'meta-line')
      continue
    }
    if (isDateOnlyLine(text)) {
      drop(piece, 'date-line')
      continue
    }
    if ((piece.linkChars ?? 0) >= LINK_SHARE * text.length) {
      drop(piece, 'link-list')
      continue
    }
    const bylineMatch = text.length <= 80 ? PATTERNS.bylineLine.exec(text) : null
    if (bylineMatch && bylineMatch[0].length < text.length) {
      byline ??= cleanByline(text)
      drop(piece, 'byline')
      continue
    }
    kept.push(piece)
  }
  // Images left with no text around them belong to nothing; and a trailing image after the last text
  // block is a teaser or an ad more often than a picture of the story.
  while (kept.length && kept[kept.length - 1].kind === 'image') drop(kept.pop()!, 'trailing-image')
  const credit = findCredit(kept)
  return { pieces: kept, byline, credit, dropped }
}

/** The agency credit is the last text block when it names agencies only ("فرانس24/ رويترز/ أ ف ب"). */
function findCredit(pieces: BlockPiece[]): string | undefined {
  for (let i = pieces.length - 1; i >= 0 && i >= pieces.length - 3; i--) {
    const piece = pieces[i]
    if (piece.kind === 'image') continue
    return readCredit(piece.text ?? '')
  }
  return undefined
}
