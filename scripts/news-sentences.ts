/**
 * The modern news sentences of data/news-sentences/ (README there): reading a set, finding an expected name in
 * its sentence, scoring the reader's names against the expectations, and the sentences as CoNLL training
 * sentences (train-names --modern). Shared by scripts/eval-news-sentences.ts and scripts/train-names.ts.
 */
import { readFileSync } from 'node:fs'
import type { EntityType } from '../src/engine/doc.ts'
import { tokenizeText } from '../src/engine/components/tokenize.ts'
import { taggerWords } from '../src/engine/names/tagger/tagger-words.ts'
import type { ConllSentence } from '../src/engine/names/training/read-conll.ts'

/** One expected name: its alternates (span as written, the types it may have), and whether it is debatable. */
export interface Expectation {
  raw: string
  optional: boolean
  alternates: { span: string; types: EntityType[] }[]
}

export interface NewsSentence {
  id: number
  text: string
  expected: Expectation[]
}

const TYPES: Record<string, EntityType[]> = {
  PER: ['person'],
  ORG: ['organization'],
  LOC: ['place'],
  'ORG/LOC': ['organization', 'place'],
}

/**
 * Reads a set: "ID<TAB>sentence" lines, each followed by "=> " and its expectations separated by " ; "
 * ("-" for none); an item is "[?]TYPE:span[|alt…]", an alternate may carry its own "TYPE:".
 */
export function readNewsSentences(path: string): NewsSentence[] {
  const items: NewsSentence[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue
    const head = /^(\d+)\t(.*)$/u.exec(line)
    if (head) {
      items.push({ id: Number(head[1]), text: head[2], expected: [] })
      continue
    }
    if (!line.startsWith('=> ')) throw new Error(`${path}: unexpected line ${line}`)
    const body = line.slice(3).trim()
    if (body === '-') continue
    for (let part of body.split(' ; ')) {
      part = part.trim()
      const optional = part.startsWith('?')
      if (optional) part = part.slice(1)
      let types: EntityType[] | undefined
      const alternates = part.split('|').map((alternate) => {
        const typed = /^(PER|ORG|LOC|ORG\/LOC):(.*)$/u.exec(alternate)
        if (typed) types = TYPES[typed[1]]
        if (!types) throw new Error(`${path}: no type in ${part}`)
        return { span: typed ? typed[2] : alternate, types }
      })
      items[items.length - 1].expected.push({ raw: (optional ? '?' : '') + part, optional, alternates })
    }
  }
  return items
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c)

/**
 * Where a span occurs in the text as a name: a whole word at its end, with at most three attached letters of
 * و ف ب ل ك before it; and ل + ال written لل, where the span starts at the second lam.
 */
export function locate(text: string, span: string): [number, number][] {
  const found: [number, number][] = []
  for (let i = text.indexOf(span); i >= 0; i = text.indexOf(span, i + 1)) {
    const end = i + span.length
    let j = i
    while (j > 0 && isWordChar(text[j - 1])) j--
    const attached = text.slice(j, i)
    // (A clitic may be joined by a tatweel: "بـE1".)
    if ((!isWordChar(text[end]) || text[end] === '+') && attached.length <= 3 && /^[وفبلك]*ـ?$/u.test(attached)) found.push([i, end])
  }
  if (span.startsWith('ال')) {
    for (const [start, end] of locate(text, span.slice(1))) {
      let j = start
      while (j > 0 && isWordChar(text[j - 1])) j--
      if (start - j >= 1 && text[start - 1] === 'ل' && /^[وفل]*$/u.test(text.slice(j, start))) found.push([start, end])
    }
  }
  return found
}

/** A name the reader showed: its type and span. */
export interface FoundMention {
  type: EntityType
  start: number
  end: number
  text: string
}

export type ErrorKind = 'missed' | 'boundary' | 'boundary+type' | 'type' | 'false'

export interface SentenceErrors {
  id: number
  errors: { kind: ErrorKind; expected: string; found: string }[]
}

/**
 * The errors of one sentence: each required name is right (same span and one of its types), of the wrong type,
 * of the wrong boundary (overlapping mentions), or missed; a mention matching nothing is false. Debatable items
 * count no error, and mentions overlapping them are ignored; a second mention of a matched span is no error.
 */
export function scoreSentence(sentence: NewsSentence, found: readonly FoundMention[]): SentenceErrors {
  const mentions = found.map((m) => ({ ...m, used: false }))
  const errors: SentenceErrors['errors'] = []
  const located = sentence.expected.map((expectation) => {
    const places = expectation.alternates.flatMap((alternate) => locate(sentence.text, alternate.span).map(([start, end]) => ({ start, end, types: alternate.types })))
    if (places.length === 0) throw new Error(`cannot locate ${expectation.raw} in sentence ${sentence.id}`)
    return { expectation, places }
  })
  const status = new Map<number, string>()
  located.forEach(({ places }, k) => {
    const m = mentions.find((m) => !m.used && places.some((p) => p.start === m.start && p.end === m.end && p.types.includes(m.type)))
    if (m) {
      m.used = true
      status.set(k, 'ok')
    }
  })
  located.forEach(({ expectation, places }, k) => {
    if (status.has(k)) return
    const m = mentions.find((m) => !m.used && places.some((p) => p.start === m.start && p.end === m.end))
    if (!m) return
    m.used = true
    status.set(k, 'type')
    if (!expectation.optional) errors.push({ kind: 'type', expected: expectation.raw, found: `${m.type}:${m.text}` })
  })
  located.forEach(({ expectation, places }, k) => {
    if (status.has(k)) return
    const hits = mentions.filter((m) => places.some((p) => m.start < p.end && p.start < m.end))
    hits.forEach((m) => (m.used = true))
    if (expectation.optional) return
    if (hits.length === 0) {
      errors.push({ kind: 'missed', expected: expectation.raw, found: '' })
      return
    }
    const typed = hits.some((m) => places.some((p) => p.types.includes(m.type)))
    errors.push({ kind: typed ? 'boundary' : 'boundary+type', expected: expectation.raw, found: hits.map((m) => `${m.type}:${m.text}`).join(', ') })
  })
  for (const m of mentions) {
    if (m.used) continue
    const duplicate = located.some(({ places }) => places.some((p) => p.start === m.start && p.end === m.end))
    if (!duplicate) errors.push({ kind: 'false', expected: '', found: `${m.type}:${m.text}` })
  }
  return { id: sentence.id, errors }
}

/** The labels of the tagger's training data for a type. */
const CONLL_TYPE: Record<EntityType, string> = { person: 'PERS', organization: 'ORG', place: 'LOC', other: 'MISC' }

/**
 * The sentences as the tagger reads them (tagger-words.ts: words with their clitics, punctuation as words), each
 * required name's first alternate tagged B-/I- on the words it overlaps (ANERcorp's convention: "بالقاهرة
 * B-LOC"), the first of its types (or `typeOf`'s choice among them); debatable names stay O.
 */
export function toConll(
  sentences: readonly NewsSentence[],
  typeOf: (span: string, types: readonly EntityType[]) => EntityType = (_, types) => types[0],
): ConllSentence[] {
  return sentences.map((sentence) => {
    const { text } = sentence
    const tokens = tokenizeText(text)
    const words = taggerWords(text, [{ start: 0, end: text.length }], tokens)[0]
    const tags = words.map(() => 'O')
    for (const expectation of sentence.expected) {
      if (expectation.optional) continue
      const { span, types } = expectation.alternates[0]
      const type = typeOf(span, types)
      for (const [start, end] of locate(text, span)) {
        const covered = words.flatMap((word, i) => (word.token >= 0 && tokens[word.token].start < end && start < tokens[word.token].end ? [i] : []))
        if (covered.length === 0 || covered.some((i) => tags[i] !== 'O')) continue
        covered.forEach((i, k) => (tags[i] = `${k === 0 ? 'B' : 'I'}-${CONLL_TYPE[type]}`))
      }
    }
    return { words: words.map((word) => word.word), tags }
  })
}
