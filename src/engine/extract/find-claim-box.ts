/**
 * A fact-check's claim box: the claim checked, the verdict and the short finding, which fact-checking sites set in a
 * box of its own between the headline and the text (Misbar's "ClaimBox": "نتيجة التحقق: مضلل", "الادعاء", "الحقيقة").
 * It is the heart of the article, though no paragraph-dense container holds it. Looked for only on a page that
 * declares a schema.org ClaimReview, in the page as served: the prepared clone has lost the verdict, a "badge".
 */
import type { BlockPiece } from './build-blocks.ts'
import { buildBlocks } from './build-blocks.ts'

/** A box holds a few short blocks; more is the article itself or a page region. */
const MAX_BOX_CHARS = 1500
const MIN_BOX_CHARS = 20
/** Bounds the page-wide look on a hostile page. */
const MAX_CANDIDATES = 5000

const PATTERNS = {
  /** A class naming the claim or the verdict as a component: "ClaimBox_box__H7dWs", "claim-box", "fc-verdict". */
  claimClass: /(?:^|[\s_-])(?:claim|verdict)(?:[\s_-]?box)?(?:$|[\s_-])/iu,
} as const

/** The first claim or verdict box of the page, as blocks without links; none when there is no such box. */
export function findClaimBox(document: Document): BlockPiece[] {
  const candidates = Array.from(document.querySelectorAll('[class]')).slice(0, MAX_CANDIDATES)
  for (const element of candidates) {
    if (!PATTERNS.claimClass.test(element.getAttribute('class') ?? '')) continue
    // (Not a teaser's badge in a list, nor anything in the page's chrome.)
    if (element.closest('nav, aside, footer, header:not(article header), li, a')) continue
    const length = (element.textContent ?? '').trim().length
    if (length < MIN_BOX_CHARS || length > MAX_BOX_CHARS) continue
    return buildBlocks(element).filter((piece) => piece.kind !== 'image' && (piece.linkChars ?? 0) === 0)
  }
  return []
}
