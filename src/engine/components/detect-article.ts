/**
 * detect-article: a cheap verdict for the content script. Bundled alone into it, so no Readability and
 * no big tables; it reads a bounded slice of the page.
 */
import { countLetters } from '../arabic/letters.ts'

export interface DetectVerdict {
  isArticle: boolean
  lang: string
  confidence: number
  reasons: string[]
}

/** Cheap verdict: is this page an Arabic-script news article? */
export function detectArticle(document: Document, url?: string): DetectVerdict {
  void url
  const reasons: string[] = []
  const body = document.body
  if (!body) return { isArticle: false, lang: 'und', confidence: 1, reasons: ['no body'] }
  let paragraphChars = 0
  let sample = ''
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const t = p.textContent ?? ''
    if (t.length >= 80) {
      paragraphChars += t.length
      if (sample.length < 5000) sample += t
    }
  }
  const stats = countLetters(sample)
  const letters = stats.arabicScript + stats.latin
  if (!letters || stats.arabicScript / letters < 0.3) return { isArticle: false, lang: 'und', confidence: 0.9, reasons: ['not Arabic script'] }
  const isArticle = paragraphChars >= 500
  reasons.push(isArticle ? 'long paragraphs' : 'too little paragraph text')
  return { isArticle, lang: 'ar', confidence: 0.5, reasons }
}
