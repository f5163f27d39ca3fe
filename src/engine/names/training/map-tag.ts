/**
 * Brings a corpus tag into ANERcorp's tag set: AQMAR writes PER and MIS0–MIS3 (and a few typos such as
 * "B-MISS1", "I--ORG", "OO"); anything that is not a recognisable B-/I- tag of a known type becomes O.
 */

const PATTERNS = {
  tag: /^([BI])-+([A-Za-z]+)/u,
} as const

const TYPE_OF: Record<string, string> = { PERS: 'PERS', PER: 'PERS', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' }

export function mapTag(tag: string): string {
  const match = PATTERNS.tag.exec(tag)
  if (!match) return 'O'
  const name = match[2].toUpperCase()
  const type = TYPE_OF[name] ?? (name.startsWith('MIS') ? 'MISC' : null)
  return type ? `${match[1]}-${type}` : 'O'
}
