import type { Entity, Span } from '../doc.ts'

/**
 * Where the news begins in an article's first sentence, after its dateline: "دمشق، سوريا (CNN) -- أكدت
 * جهات …", "القاهرة - (أ ش أ): …", "بيروت - «القدس العربي»: …". A summary shows the news, not where it
 * was filed from. The dateline is read only with evidence: it must open with a place the names found,
 * then at most a second place, a source in brackets or guillemets, and a dash or colon, or a wire service's day
 * and name ("دبي في 14 نوفمبر/ وام/ أصدر …"); an opening that is a clause ("أكدت الوزارة: …") is no place and stays.
 */
const PATTERNS = {
  /** Between two places of a dateline: "دمشق، سوريا". */
  placeJoin: /^\s*[،,]\s*$/u,
  /** After the places: an optional source in brackets or guillemets, then the separator. */
  tail: /^\s*(?:\([^()\n]{1,30}\)|«[^«»\n]{1,30}»)?\s*(?:--|[-–—:])\s*(?:(?:\([^()\n]{1,30}\)|«[^«»\n]{1,30}»|[^\s:()«»\n.،]{2,15}(?:\s[^\s:()«»\n.،]{2,15}){0,2})\s*:\s*)?/u,
  leadingSpace: /^[\s"“«]*/u,
  /**
   * Or, after the place, a wire service's stamp: a date ending on a number or a number and its month, then the agency
   * right after it, with or without slashes: "دبي في 14 نوفمبر/ وام/", "المنامة في 20 نوفمبر/ بنا/", "الرياض 18 جمادى الأولى
   * 1446 هـ الموافق 20 نوفمبر 2024 م واس".
   */
  wireTail: /^\s*(?:في\s+)?[^.،:\n]{0,60}?\d{1,4}(?:\s*(?:م|هـ)|\s+[^\s\d/.،:]+)?\s*\/?\s*(?:وام|واس|بنا|قنا|كونا|سانا|وفا|بترا|العمانية|سبأ)(?:\s*\/)?\s+/u,
} as const

/** A sentence this short after its dateline is not trimmed: the dateline was most of it. */
const MIN_REST = 20

/** The start of `sentence` after its dateline, or its own start when it has none. */
export function datelineEnd(text: string, sentence: Span, entities: readonly Entity[] = []): number {
  const places = entities
    .filter((entity) => entity.type === 'place')
    .flatMap((entity) => entity.mentions)
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    .sort((a, b) => a.start - b.start)
  const opening = sentence.start + (PATTERNS.leadingSpace.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0)
  if (places.length === 0 || places[0].start !== opening) return sentence.start
  let end = places[0].end
  if (places[1] && PATTERNS.placeJoin.test(text.slice(end, places[1].start))) end = places[1].end
  const rest = text.slice(end, sentence.end)
  const tail = PATTERNS.wireTail.exec(rest) ?? PATTERNS.tail.exec(rest)
  if (!tail) return sentence.start
  const start = end + tail[0].length
  return sentence.end - start >= MIN_REST ? start : sentence.start
}
