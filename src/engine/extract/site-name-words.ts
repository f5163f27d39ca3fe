/**
 * The words around a site's own name, shared by the byline rules (extract-article.ts, filter-blocks.ts) and the credit
 * reader (read-credit.ts), so that each reads "صحيفة الثورة", "Alsumaria | السومرية" alike. Hand-written.
 */

/** A paper's kind before its name: "صحيفة السوداني", "جريدة الخليج", "مجلة المجلة". */
export const PAPER_KINDS = ['صحيفة', 'جريدة', 'مجلة'] as const

/** Any site's kind before its name: a paper's, or "موقع" (a website). */
export const SITE_KINDS = [...PAPER_KINDS, 'موقع'] as const

/** A kind of `kinds` opening a name, with the space after it: strip it to get the name ("صحيفة الثورة" → "الثورة"). */
export function kindBefore(kinds: readonly string[]): RegExp {
  return new RegExp(`^(?:${kinds.join('|')})\\s+`, 'u')
}

/** Between the parts of a site's name written twice: "خبرگزاری تسنیم | Tasnim", "Alsumaria | السومرية", "وكالة السودان للأنباء - سونا". */
export const SITE_NAME_PARTS = /\s+[|\-–—]\s+/u
