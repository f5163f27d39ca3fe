/**
 * A light Arabic stemmer in the manner of Larkey's Light10: strip one conjunction, one definite
 * article and the common inflectional suffixes, nothing morphological. Input is a normalised word
 * (normalizeArabic: alef forms folded, ة→ه, ى→ي, no diacritics), so the affix lists below are written
 * in normalised spelling. Used for ROUGE (the standard light stemming that Arabic summarisation papers
 * report with) and for the summariser's word overlap, so that "الحركة" and "والحركه" count as one word.
 */

/** Definite articles with their attached prepositions/conjunctions, longest first (وال before ال). */
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'] as const

/** Light10's suffixes in its order (duals/plurals and attached pronouns), normalised spelling. */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const

/**
 * Stems one normalised word. Short words are left alone: Light10 only strips when at least two
 * letters remain, which keeps particles such as "في" and "ان" intact.
 */
export function lightStem(word: string): string {
  let stem = word
  // و is stripped only from words of 4+ letters: "وزير" keeps its root و… but "ولد" is also a word,
  // and Light10's length condition is the usual compromise.
  if (stem.length > 3 && stem.startsWith('و')) stem = stem.slice(1)
  for (const article of ARTICLES) {
    if (stem.startsWith(article) && stem.length - article.length > 1) {
      stem = stem.slice(article.length)
      break
    }
  }
  if (stem.length > 2) {
    for (const suffix of SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length - suffix.length > 1) stem = stem.slice(0, -suffix.length)
    }
  }
  return stem
}
