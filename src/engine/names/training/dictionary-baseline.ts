import { normalizeArabic } from '../../arabic/normalize.ts'
import type { ConllSentence } from './read-conll.ts'
import { spansFromTags } from '../tagger/score-spans.ts'

/**
 * The baseline issue 5 names: a dictionary of the names seen in training, matched longest first on the
 * normalised tokens of new text, each name getting the type it had most often in training. Built at
 * evaluation time from the training file; never shipped (the model carries no such list).
 */
export interface NameDictionary {
  /** First normalised token → names starting with it (token lists with their type), longest first. */
  byFirst: Map<string, { words: string[]; type: string }[]>
}

export function buildNameDictionary(sentences: readonly ConllSentence[]): NameDictionary {
  const votes = new Map<string, Map<string, number>>()
  for (const sentence of sentences) {
    for (const span of spansFromTags(sentence.tags)) {
      const key = sentence.words.slice(span.start, span.end).map((w) => normalizeArabic(w)).join(' ')
      const counts = votes.get(key) ?? new Map<string, number>()
      counts.set(span.type, (counts.get(span.type) ?? 0) + 1)
      votes.set(key, counts)
    }
  }
  const byFirst = new Map<string, { words: string[]; type: string }[]>()
  for (const [key, counts] of votes) {
    const type = [...counts].sort((a, b) => b[1] - a[1])[0][0]
    const words = key.split(' ')
    const list = byFirst.get(words[0]) ?? []
    list.push({ words, type })
    byFirst.set(words[0], list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  return { byFirst }
}

/** IOB2 tags of one sentence by longest dictionary match. */
export function tagWithDictionary(dictionary: NameDictionary, words: readonly string[]): string[] {
  const norms = words.map((w) => normalizeArabic(w))
  const tags = words.map(() => 'O')
  for (let i = 0; i < norms.length; ) {
    const match = dictionary.byFirst.get(norms[i])?.find((name) => name.words.every((w, k) => norms[i + k] === w))
    if (!match) {
      i++
      continue
    }
    match.words.forEach((_, k) => (tags[i + k] = `${k === 0 ? 'B' : 'I'}-${match.type}`))
    i += match.words.length
  }
  return tags
}
