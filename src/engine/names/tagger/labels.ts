/**
 * The tag set of the names tagger: IOB2 over ANERcorp's four types. Index 0 is O so that an empty
 * weight row (an unseen word) leans to "no name".
 */
export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const

export type NameLabel = (typeof LABELS)[number]

export type NameType = 'PERS' | 'LOC' | 'ORG' | 'MISC'

export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((label, index) => [label, index]))

/** True when `next` may follow `prev` in IOB2 (an I- tag continues a name of the same type). */
export function isAllowedTransition(prev: string | null, next: string): boolean {
  if (!next.startsWith('I-')) return true
  if (prev === null || prev === 'O') return false
  return prev.slice(2) === next.slice(2)
}
