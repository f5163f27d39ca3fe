import { countLetters, isArabicScriptLang, isOtherScriptLang } from '../arabic/letters.ts'

/** Letters of the Arabic script a box marked with its language must hold to be the article’s: a few paragraphs of text, not a link or a heading. */
const MIN_ARTICLE_LETTERS = 300

/**
 * A site in another language that publishes an Arabic-script article marks the article's box with its language, and its
 * own boxes with theirs: UNICEF's English Drupal site puts a release in `<article lang="ar" dir="rtl">` among sections
 * marked `lang="en"` ("Notes to editors", "About UNICEF"); a research centre's story shows its Arabic tab and hides the
 * English one (`<div class="tab-pane" lang="en">`) with a stylesheet's compound selector. Outside the article's box, a box
 * marked with a language of another script is the page's other text, not the article's: it goes. `marked` are the
 * elements with a lang attribute (prepare-clone's walk collects them; `<html>` is not among them), in document order.
 */
export function dropOtherLanguageBoxes(marked: readonly Element[]): void {
  // (Most pages mark no box with another script's language: their Arabic boxes' text is then never read.)
  const others = marked.filter((box) => isOtherScriptLang(box.getAttribute('lang') ?? ''))
  if (others.length === 0) return
  const articleBoxes = marked.filter((box) => isArabicScriptLang(box.getAttribute('lang') ?? '') && countLetters(box.textContent ?? '').arabicScript >= MIN_ARTICLE_LETTERS)
  if (articleBoxes.length === 0) return
  for (const box of others) {
    if (!box.parentNode) continue
    // (Not a box around the article, nor a quotation in another language inside it.)
    if (articleBoxes.some((article) => article.contains(box) || box.contains(article))) continue
    box.remove()
  }
}
