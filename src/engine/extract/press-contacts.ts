import type { BlockPiece } from './build-blocks.ts'

/**
 * How an office's contact note opens, in Arabic: "لمزيد من المعلومات"، "للاستفسارات"، "للتواصل". A regular-expression
 * alternation, shared with filter-blocks.ts's one-line contact note (contactLine).
 */
export const CONTACT_LABELS = 'لمزيد من المعلومات|للمزيد من المعلومات|للاستفسار|للاستفسارات|للاستعلام|للتواصل'

/**
 * The press contacts that close an organisation's release, the label on a line of its own and each contact's name, post,
 * office, e-mail and phone on the lines after it (WHO EMRO's "للمزيد من المعلومات، يرجى الاتصال بـ:"): the office's, not
 * the text's. filter-blocks.ts drops a contact line that holds label and number in one (contactLine); this is the same
 * note set out over several lines.
 */
const PATTERNS = {
  /** The label alone: "للمزيد من المعلومات، يرجى الاتصال بـ:", "للاستفسارات الإعلامية:", "Media contacts:". */
  label: new RegExp(`^(?:${CONTACT_LABELS}|جهات الاتصال|media contacts?|for more information)[^.]{0,50}:$`, 'iu'),
  /** A line that reaches someone: an e-mail address, or a phone's, e-mail's or fax's label. */
  reach: /@|(?:البريد الإلكتروني|الهاتف|هاتف|الجوال|المحمول|فاكس|تلفون|e-?mail|phone|tel)\s*:/iu,
} as const

/** A contact's line is short: a name, a post, an office, an address. */
const MAX_CONTACT_LINE_CHARS = 120

/** Drops the closing press contacts, the label and every line after it, when each is short and one reaches someone. */
export function dropPressContacts(kept: BlockPiece[], drop: (piece: BlockPiece, reason: string) => void): void {
  const at = kept.findLastIndex((piece) => piece.kind !== 'image' && PATTERNS.label.test((piece.text ?? '').trim()))
  if (at < 0 || at === kept.length - 1) return
  const after = kept.slice(at + 1)
  const short = after.every((piece) => piece.kind !== 'image' && (piece.text ?? '').trim().length <= MAX_CONTACT_LINE_CHARS)
  if (!short || !after.some((piece) => PATTERNS.reach.test(piece.text ?? ''))) return
  for (const piece of kept.splice(at)) drop(piece, 'press-contacts')
}
