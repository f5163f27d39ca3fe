import { normalizeArabicFast } from '../../arabic/normalize.ts'
import { spansFromTags } from './score-spans.ts'
import { lookupForms } from './word-features.ts'

/**
 * Corpus text (CoNLL: whitespace tokens that keep their clitics, no document marks) gets the tagger's
 * names copied to the occurrences it left untagged: "بلنسية" tagged LOC twice in nearby sentences is a
 * place where it stands bare as well. The second pass already sees how the first pass tagged a word
 * elsewhere (document-context.ts), but only as a feature; this settles what it leaves. Articles get the
 * same idea, more boldly, from refine-mentions (rule 7: found once, found everywhere), since an article is
 * one document; here the window of sentences can cross from one article into the next, hence the limits.
 */
export interface PropagateOptions {
  /** Sentences either side that count as the same document (the model's conllWindow). */
  window: number
  /** How often a name must be tagged in the window, always with one type, to be copied. */
  minCount: number
  /** Longest name copied, in words. */
  maxWords: number
  /**
   * A one-word name must be at least this long without its article, and tagged at least as often as it is
   * left untagged in the window: "الجزيرة" the channel and "الجزيرة" the island, "فارس" the man and the
   * word, are both common, and a short core is often a word.
   */
  minCoreLength: number
}

/**
 * Chosen on the out-of-fold tags of ANERcorp's training sentences (train-names --dump-oof), seeds 20071 and
 * 7; docs/names-experiments.md has the numbers.
 */
export const PROPAGATE_DEFAULTS: Omit<PropagateOptions, 'window'> = { minCount: 2, maxWords: 3, minCoreLength: 4 }

interface Occurrence {
  /** Ids of the name's keys (one per form of its first word). */
  keys: number[]
  /** Its type's index in TYPES. */
  type: number
  /** A longer name's first-word form ids (none for a one-word name): candidates start only at these. */
  heads: number[]
}

const ARABIC_LETTER = /[\u0621-\u064a]/u
const ARTICLE = /^ال/u

/**
 * A word's forms: normalised as written and without each proclitic it may carry ("ببلنسية" is also
 * "بلنسية", "بالقاهرة" also "القاهرة"). A name is matched by its first word's forms, each followed by the
 * other words as written. Memoised per call: a corpus repeats its words.
 */
function wordForms(): { forms: (word: string) => readonly string[]; norm: (word: string) => string } {
  const forms = new Map<string, readonly string[]>()
  const norms = new Map<string, string>()
  const norm = (word: string) => {
    let value = norms.get(word)
    if (value === undefined) norms.set(word, (value = normalizeArabicFast(word)))
    return value
  }
  return {
    norm,
    forms: (word: string) => {
      let value = forms.get(word)
      if (!value) forms.set(word, (value = lookupForms(norm(word)).filter((form) => ARABIC_LETTER.test(form))))
      return value
    },
  }
}

/**
 * IOB2 tags for `sentences` with the untagged occurrences of nearby names tagged; `tags` are not changed.
 * Only runs of O are tagged, so no name the tagger found is cut or retyped.
 */
export function propagateNames(
  sentences: readonly (readonly string[])[],
  tags: readonly (readonly string[])[],
  options: Pick<PropagateOptions, 'window'> & Partial<PropagateOptions>,
): string[][] {
  const { window, minCount, maxWords, minCoreLength } = { ...PROPAGATE_DEFAULTS, ...options }
  const { forms, norm } = wordForms()
  const rest = (words: readonly string[], from: number, to: number) => {
    let text = ''
    for (let k = from; k < to; k++) text += ' ' + norm(words[k])
    return text
  }
  // Keys are interned, so the window's counts are array cells, not map entries (a corpus moves every
  // sentence in and out of the window once).
  const ids = new Map<string, number>()
  const intern = (key: string) => {
    let id = ids.get(key)
    if (id === undefined) ids.set(key, (id = ids.size))
    return id
  }
  const names: Occurrence[][] = sentences.map((words, s) =>
    spansFromTags(tags[s]).flatMap(({ start, end, type }) => {
      const tail = rest(words, start + 1, end)
      const first = forms(words[start])
      const index = TYPES.indexOf(type)
      if (index < 0 || first.length === 0) return []
      return [{ keys: first.map((form) => intern(form + tail)), type: index, heads: end - start > 1 ? first.map(intern) : [] }]
    }),
  )
  const wordIds = new Map<string, number[]>()
  const idsOf = (word: string) => {
    let value = wordIds.get(word)
    if (!value) wordIds.set(word, (value = forms(word).map(intern)))
    return value
  }
  const untagged: number[][] = sentences.map((words, s) => {
    const out: number[] = []
    for (let t = 0; t < words.length; t++) if (tags[s][t] === 'O') out.push(...idsOf(words[t]))
    return out
  })
  // Per key: how often each type was tagged in the window, how often any type was, how often the word form
  // was left untagged, and how many longer names start with it.
  const K = ids.size
  const typed = new Int32Array(K * TYPES.length)
  const any = new Int32Array(K)
  const bare = new Int32Array(K)
  const heads = new Int32Array(K)
  const apply = (s: number, sign: 1 | -1) => {
    for (const name of names[s]) {
      for (const key of name.keys) {
        typed[key * TYPES.length + name.type] += sign
        any[key] += sign
      }
      for (const form of name.heads) heads[form] += sign
    }
    for (const form of untagged[s]) bare[form] += sign
  }
  // The type `key` was tagged with often enough, and only with, in the window.
  const matchingType = (id: number | undefined, key: () => string, oneWord: boolean): string | undefined => {
    if (id === undefined || any[id] < minCount) return undefined
    if (oneWord && (key().replace(ARTICLE, '').length < minCoreLength || bare[id] > any[id])) return undefined
    for (let type = 0; type < TYPES.length; type++) {
      const count = typed[id * TYPES.length + type]
      if (count > 0) return count === any[id] ? TYPES[type] : undefined
    }
    return undefined
  }
  const n = sentences.length
  const span = Number.isFinite(window) ? window : n
  let lo = 0
  let hi = -1
  return sentences.map((words, s) => {
    while (hi < Math.min(n - 1, s + span)) apply(++hi, 1)
    while (lo < Math.max(0, s - span)) apply(lo++, -1)
    const out = tags[s].slice()
    const isFree = (t: number, size: number) => {
      for (let u = t; u < t + size; u++) if (out[u] !== 'O') return false
      // A name may not end right before an I- tag that would then continue it.
      return t + size >= words.length || !out[t + size].startsWith('I-')
    }
    for (let t = 0; t < words.length; t++) {
      if (out[t] !== 'O') continue
      const firstForms = forms(words[t])
      const firstIds = idsOf(words[t])
      if (firstIds.length === 0) continue
      // Longer names are tried only where one of them starts with this word (most words start none).
      const startsLonger = firstIds.some((id) => heads[id] > 0)
      const longest = startsLonger ? Math.min(maxWords, words.length - t) : 1
      let found: { size: number; type: string } | undefined
      for (let size = longest; size >= 1 && !found; size--) {
        if (!isFree(t, size)) continue
        const tail = size > 1 ? rest(words, t + 1, t + size) : ''
        for (let k = 0; k < firstIds.length && !found; k++) {
          const id = size > 1 ? ids.get(firstForms[k] + tail) : firstIds[k]
          const type = matchingType(id, () => firstForms[k], size === 1)
          if (type) found = { size, type }
        }
      }
      if (!found) continue
      for (let u = t; u < t + found.size; u++) out[u] = (u === t ? 'B-' : 'I-') + found.type
      t += found.size - 1
    }
    return out
  })
}

const TYPES = ['PERS', 'LOC', 'ORG', 'MISC']
