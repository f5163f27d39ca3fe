import type { ConllSentence } from './read-conll.ts'

/**
 * Mention replacement (Dai & Adel 2020, "An Analysis of Simple Data Augmentation for Named Entity
 * Recognition"): a copy of a training sentence in which each gold name is replaced by another name of the
 * same type, so the same context is seen around names it never saw ("الجنرال الفرنسي [آلان بيللغريني]"
 * with another person in the brackets). A tagger that memorises name words then has to credit the
 * context too. Used by scripts/train-names.ts only; nothing in the extension imports it.
 *
 * ANERcorp writes a name's proclitics on its first word ("وبوش", "للقاهرة"): a name whose first word is
 * a proclitic plus the first word of another name of the data ("و" + "بوش") keeps that proclitic on its
 * replacement (ل + ال written لل, as the data writes it), and only names without one enter the pool.
 */

export interface MentionPool {
  /** Names without a proclitic by type (tags in ANERcorp's set, e.g. "PERS"), each a list of words. */
  byType: Map<string, string[][]>
  /** The first words of all the names seen (proclitics and all): what tells a proclitic off. */
  firstWords: Set<string>
  /**
   * Names from outside the data (hand-written lists: withAddedNames) by type, drawn instead of the
   * data's own with probability `addedShare`, so the copies also show names no training sentence holds.
   */
  added?: Map<string, string[][]>
  addedShare?: number
}

interface Mention {
  start: number
  end: number
  type: string
}

/** Proclitic sequences a name's first word may carry, longest first (و/ف, then ب/ك/ل). */
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'] as const

function mentionsOf(tags: readonly string[]): Mention[] {
  const mentions: Mention[] = []
  for (let t = 0; t < tags.length; t++) {
    const tag = tags[t]
    if (tag.length < 3 || tag[1] !== '-') continue
    const type = tag.slice(2)
    const open = mentions[mentions.length - 1]
    if (tag[0] === 'I' && open && open.end === t && open.type === type) open.end = t + 1
    else mentions.push({ start: t, end: t + 1, type })
  }
  return mentions
}

/**
 * The proclitic of a name's first word when the rest is the first word of a known name ("وبوش" →
 * "و" with "بوش" known), else ''. ل before the article is written لل ("للقاهرة" = ل + "القاهرة").
 */
export function splitProclitic(word: string, firstWords: ReadonlySet<string>): { proclitic: string; bare: string } {
  for (const proclitic of PROCLITICS) {
    if (!word.startsWith(proclitic) || word.length - proclitic.length < 2) continue
    const rest = word.slice(proclitic.length)
    if (firstWords.has(rest)) return { proclitic, bare: rest }
    if (proclitic.endsWith('ل') && rest.startsWith('ل') && firstWords.has('ا' + rest)) return { proclitic, bare: 'ا' + rest }
  }
  return { proclitic: '', bare: word }
}

/** `proclitic` written onto `word` as the data writes it: ل + "القاهرة" → "للقاهرة". */
export function attachProclitic(proclitic: string, word: string): string {
  if (proclitic.endsWith('ل') && word.startsWith('ال')) return proclitic + word.slice(1)
  return proclitic + word
}

/**
 * Whether a name may go into the pool: not when its first word may carry a proclitic, which would then
 * be doubled on a word that carries its own ("و" + "وأسكتلندا"). Stricter than splitProclitic (a
 * name kept out only makes the pool smaller): a first word starting with و / ف is out ("وزارة",
 * "واشنطن" go with it), and one starting with ب / ل / ك whose rest is a word of the text ("لفرانس").
 */
function poolable(first: string, firstWords: ReadonlySet<string>, vocabulary: ReadonlySet<string>): boolean {
  if (first.startsWith('و') || first.startsWith('ف')) return false
  if (splitProclitic(first, firstWords).proclitic !== '') return false
  return !splitProclitic(first, vocabulary).proclitic
}

/** The distinct names of `sentences` (IOB2 tags) that may take a proclitic, by type. */
export function collectMentions(sentences: readonly ConllSentence[], types: readonly string[]): MentionPool {
  const all: { words: string[]; type: string }[] = []
  const vocabulary = new Set<string>()
  for (const { words, tags } of sentences) {
    for (const word of words) vocabulary.add(word)
    for (const m of mentionsOf(tags)) if (types.includes(m.type)) all.push({ words: words.slice(m.start, m.end), type: m.type })
  }
  const firstWords = new Set(all.map((m) => m.words[0]))
  const byType = new Map<string, string[][]>(types.map((type) => [type, []]))
  const seen = new Set<string>()
  for (const m of all) {
    const key = `${m.type} ${m.words.join(' ')}`
    if (seen.has(key) || !poolable(m.words[0], firstWords, vocabulary)) continue
    seen.add(key)
    byType.get(m.type)!.push(m.words)
  }
  return { byType, firstWords }
}

/**
 * `pool` with hand-written names of each type (each a list of words, no proclitic) drawn instead of the
 * data's own with probability `share` (0.5: half the replacements are new names).
 */
export function withAddedNames(pool: MentionPool, added: ReadonlyMap<string, readonly string[][]>, share: number): MentionPool {
  return { ...pool, added: new Map([...added].map(([type, names]) => [type, [...names]])), addedShare: share }
}

/** A replacement of `type`: from the added names with probability addedShare, else from the data's. */
function pickName(pool: MentionPool, type: string, names: readonly string[][], random: () => number): string[] {
  const added = pool.added?.get(type)
  // No extra draw without added names, so the data-only copies stay those of the same seed.
  if (added && added.length > 0 && (pool.addedShare ?? 0) > 0 && random() < pool.addedShare!) {
    return added[Math.floor(random() * added.length)]
  }
  return names[Math.floor(random() * names.length)]
}

/**
 * `sentence` with each name of a pooled type replaced by a name of that type drawn from `pool`; the
 * same name (same words, proclitic aside) gets the same replacement wherever `memo` is shared, so a
 * name repeated in a document stays one name (the second pass's document context sees it recur).
 * Tags must be IOB2 in ANERcorp's set; names of other types are left as they are.
 */
export function replaceMentions(
  sentence: ConllSentence,
  pool: MentionPool,
  random: () => number,
  memo: Map<string, string[]>,
): ConllSentence {
  const words: string[] = []
  const tags: string[] = []
  let t = 0
  for (const m of mentionsOf(sentence.tags)) {
    const names = pool.byType.get(m.type)
    if (!names || names.length === 0) continue
    for (; t < m.start; t++) {
      words.push(sentence.words[t])
      tags.push(sentence.tags[t])
    }
    const original = sentence.words.slice(m.start, m.end)
    const { proclitic, bare } = splitProclitic(original[0], pool.firstWords)
    const key = `${m.type} ${[bare, ...original.slice(1)].join(' ')}`
    let replacement = memo.get(key)
    if (!replacement) memo.set(key, (replacement = pickName(pool, m.type, names, random)))
    replacement.forEach((word, k) => {
      words.push(k === 0 ? attachProclitic(proclitic, word) : word)
      tags.push(`${k === 0 ? 'B' : 'I'}-${m.type}`)
    })
    t = m.end
  }
  for (; t < sentence.words.length; t++) {
    words.push(sentence.words[t])
    tags.push(sentence.tags[t])
  }
  return { words, tags }
}
