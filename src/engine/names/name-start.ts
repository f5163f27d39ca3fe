import { normalizeWithMap } from '../arabic/normalize.ts'
import type { EntityType, Token } from '../doc.ts'
import { type Gazetteer, WORD_CLASS } from './gazetteer.ts'

/**
 * Where a name starts inside its first token. The annotation convention leaves the attached و ف ب ل ك
 * out of a name and keeps the article ("بموسكو" → "موسكو", "والسفارة" → "السفارة", "للقوات" →
 * "لقوات"). The tokenizer's clitic split is deliberately conservative and has no lexicon, so it keeps
 * "لغزة" whole (a three-letter remainder) and splits "بريان" (Brian) into ب + ريان. A name has better
 * evidence than a word: the remainder being a known place, organisation or given name, or standing
 * alone elsewhere in the same article, decides first; without evidence, a person's name loses only a
 * conjunction (و ف), since "ب/ل/ك + person" is rarer than a person's name beginning with those letters.
 */
export interface NameEvidence {
  gazetteer: Gazetteer
  /** Normalised forms of every token in the article. */
  docWords: ReadonlySet<string>
}

/** Proclitic letter sequences, longest first. */
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك']
const CONJUNCTIONS = new Set(['و', 'ف'])
/** Heads that begin names and are three letters or more: "بريف دمشق" → "ريف دمشق", "بشرطة باريس" → "شرطة باريس". */
const HEAD_WORDS = new Set(['ريف', 'قطاع', 'مدينه', 'وزاره', 'حركه', 'شرطه', 'حكومه', 'جامعه', 'سفاره', 'شارع', 'ميدان', 'جماعه', 'حزب'])
/** A remainder this short ("ان" after "ب" in "بان") matches too many words to count as evidence. */
const MIN_EVIDENCE_LENGTH = 3

function isKnownName(form: string, gazetteer: Gazetteer): boolean {
  return (
    gazetteer.places.has(form) ||
    gazetteer.organizations.has(form) ||
    ((gazetteer.classes.get(form) ?? 0) & WORD_CLASS.givenName) !== 0
  )
}

/** How many normalised letters of the token are proclitics to leave out of the name. */
export function procliticLength(token: Token, type?: EntityType, evidence?: NameEvidence): number {
  const splitter = token.clitics.pre.filter((clitic) => clitic !== 'ال')
  const splitterLength = splitter.join('').length
  if (!evidence) return splitterLength
  const norm = token.norm
  if (isKnownName(norm, evidence.gazetteer)) return 0
  for (const prefix of PROCLITICS) {
    if (!norm.startsWith(prefix)) continue
    const rest = norm.slice(prefix.length)
    // ل + ال is written لل: the remainder "لقوات" is looked up as "القوات".
    const forms = rest.startsWith('ل') && prefix.endsWith('ل') ? [rest, 'ا' + rest] : [rest]
    for (const form of forms) {
      if (form.length < MIN_EVIDENCE_LENGTH) continue
      if (isKnownName(form, evidence.gazetteer) || HEAD_WORDS.has(form) || evidence.docWords.has(form)) return prefix.length
    }
  }
  if (type === 'person') {
    let length = 0
    for (const clitic of splitter) {
      if (!CONJUNCTIONS.has(clitic)) break
      length += clitic.length
    }
    return length
  }
  return splitterLength
}

/** Source offset where the name starts in its first token (see the module comment). */
export function nameStart(text: string, token: Token, type?: EntityType, evidence?: NameEvidence): number {
  const letters = procliticLength(token, type, evidence)
  if (letters === 0) return token.start
  const normalized = normalizeWithMap(text.slice(token.start, token.end))
  if (letters >= normalized.norm.length) return token.start
  return token.start + normalized.map[letters]
}
