/**
 * The words around a site's own name, shared by the byline rules (extract-article.ts, filter-blocks.ts), the credit
 * reader (read-credit.ts) and the summary's dateline reader (summary/trim-dateline.ts), so that each reads "صحيفة الثورة",
 * "Alsumaria | السومرية" alike. Hand-written.
 */
import { normalizePhrase } from './clutter-rules.ts'

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

const PATTERNS = {
  /**
   * An agency's, network's or channel's kind before its name: "وكالة سرايا الإخبارية", "شبكة قدس الإخبارية", "قناة العالم",
   * Persian "خبرگزاری خراسان‌نما" (news agency).
   */
  kindBefore: /^(?:وكالة|شبكة|قناة|خبرگزاری)\s+/u,
  /** What a news site calls itself after its name: "… الإخبارية", "… الإلكترونية", "… للأنباء". */
  kindAfter: /\s+(?:الإخبارية|الإخباري|الاخبارية|الاخباري|الإلكترونية|الالكترونية|للأنباء|للانباء)$/u,
  /** A paper's country after its name: "جريدة الدستور الأردنية" signs "الدستور". */
  countryAfter: /\s+ال[^\s]+(?:ية|ي)$/u,
} as const

/**
 * The forms a site signs its own text with, normalised (normalizePhrase): its name whole, each part of a name written
 * twice, and the name without its kind or country around it ("وكالة سرايا الإخبارية" → "سرايا", "جريدة الدستور الأردنية"
 * → "الدستور").
 */
export function siteNameForms(siteName: string): Set<string> {
  const forms = new Set<string>()
  for (const part of [siteName, ...siteName.split(SITE_NAME_PARTS)]) {
    const named = part.replace(kindBefore(SITE_KINDS), '').replace(PATTERNS.kindBefore, '')
    for (const form of [part, named, named.replace(PATTERNS.kindAfter, ''), named.replace(PATTERNS.countryAfter, '')]) {
      const name = normalizePhrase(form)
      if (name) forms.add(name)
    }
  }
  return forms
}
