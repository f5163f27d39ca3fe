/**
 * The news sentences (data/news-sentences) name things as a reader expects: "مدينة الرياض", "أرامكو السعودية",
 * "الجيش الإسرائيلي". ANERcorp, whose convention `qari tag` keeps, mostly leaves a place's head and an
 * organisation's nationality outside ("مدينة B-LOC" is "O B-LOC", "نوكيا الفنلندية" is "B-ORG O") and many bodies
 * untagged ("الجيش الإسرائيلي" is "O O"). For `qari tag`'s model to learn from the news sentences (train-names
 * --conll-news), each of their names is put in ANERcorp's convention, read from ANERcorp's own training tags word by
 * word, not written by hand (toAnercorpConvention says how); a name the sets let be ORG or LOC takes the type
 * ANERcorp gives names under its head (typeByHead).
 */
import { normalizeArabicFast as normalizeArabic } from '../src/engine/arabic/normalize.ts'
import type { EntityType } from '../src/engine/doc.ts'
import type { Gazetteer } from '../src/engine/names/tagger/gazetteer.ts'
import type { ConllSentence } from '../src/engine/names/training/read-conll.ts'
import { isNationalityNisba } from '../src/engine/names/refine/shared/nationality-nisba.ts'

/** How often ANERcorp keeps a word inside the name it borders, and how often outside. */
interface Sides {
  inside: number
  outside: number
}

export interface AnercorpConvention {
  /** Core of a word → as the word before a name: opening it (B- then I-) or outside it (O then B-). */
  heads: Map<string, Sides>
  /** Core of a word → as the word after a name's word: inside (I-) or outside (O). */
  tails: Map<string, Sides>
  /** Core of a word → how often ANERcorp tags it as (part of) a name, and how often it leaves it out. */
  named: Map<string, Sides>
  /** Core of a word → the types of the names it opens or stands before ("ملعب": MISC and LOC, "جامعة": ORG). */
  headTypes: Map<string, Map<string, number>>
  core: (word: string) => string
  gazetteer: Gazetteer
}

/** Fewer sightings than this say nothing about a word. */
const MIN_SIGHTINGS = 5

/** Proclitics the corpus leaves on a word ("بمدينة", "والشركة"), longest first. */
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك']

/** A word's core: without a proclitic when the rest is a word the corpus knows ("لل" gives back "ال"). */
function coreOf(vocabulary: ReadonlyMap<string, number>): (word: string) => string {
  return (raw) => {
    const word = normalizeArabic(raw)
    if (word.startsWith('لل') && (vocabulary.get('ال' + word.slice(2)) ?? 0) >= 3) return 'ال' + word.slice(2)
    for (const clitic of PROCLITICS) {
      const rest = word.slice(clitic.length)
      if (word.startsWith(clitic) && rest.length >= 3 && (vocabulary.get(rest) ?? 0) >= 3) return rest
    }
    return word
  }
}

const bump = (map: Map<string, Sides>, key: string, side: keyof Sides) => {
  const sides = map.get(key) ?? { inside: 0, outside: 0 }
  sides[side]++
  map.set(key, sides)
}

/** Reads the convention from ANERcorp's training sentences (never the development split). */
export function learnAnercorpConvention(sentences: readonly ConllSentence[], gazetteer: Gazetteer): AnercorpConvention {
  const vocabulary = new Map<string, number>()
  for (const s of sentences) for (const w of s.words) vocabulary.set(normalizeArabic(w), (vocabulary.get(normalizeArabic(w)) ?? 0) + 1)
  const core = coreOf(vocabulary)
  const heads = new Map<string, Sides>()
  const tails = new Map<string, Sides>()
  const named = new Map<string, Sides>()
  const headTypes = new Map<string, Map<string, number>>()
  const countType = (word: string, tag: string) => {
    const types = headTypes.get(core(word)) ?? new Map<string, number>()
    types.set(tag.slice(2), (types.get(tag.slice(2)) ?? 0) + 1)
    headTypes.set(core(word), types)
  }
  for (const { words, tags } of sentences) {
    words.forEach((word, i) => bump(named, core(word), tags[i] === 'O' || tags[i] === '' ? 'outside' : 'inside'))
    for (let i = 0; i + 1 < words.length; i++) {
      const [here, next] = [tags[i], tags[i + 1]]
      if (here.startsWith('B-') && next === `I-${here.slice(2)}`) {
        bump(heads, core(words[i]), 'inside')
        countType(words[i], here)
      } else if (here === 'O' && next.startsWith('B-')) {
        bump(heads, core(words[i]), 'outside')
        countType(words[i], next)
      }
      if (here === 'O' || here === '') continue
      const side: keyof Sides | undefined = next === `I-${here.slice(2)}` ? 'inside' : next === 'O' ? 'outside' : undefined
      if (!side) continue
      bump(tails, core(words[i + 1]), side)
    }
  }
  return { heads, tails, named, headTypes, core, gazetteer }
}

const leansOutside = (sides: Sides | undefined) => !!sides && sides.inside + sides.outside >= MIN_SIGHTINGS && sides.outside > sides.inside

/**
 * A word ANERcorp mostly leaves untagged ("الجيش", "الفضاء", "الشيخ"): a name that would be left with only such
 * words once trimmed is not a name to ANERcorp without its head or nationality ("الجيش السوداني", "وكالة
 * الفضاء"), so it keeps them. Unseen words ("سوناطراك") are not common.
 */
function common(word: string, convention: AnercorpConvention): boolean {
  return leansOutside(convention.named.get(convention.core(word)))
}

/**
 * The type ANERcorp gives a name the sets allow two types ("ORG/LOC": a stadium, a university, a hospital): the
 * one its head opens or stands before most often there, among the allowed and MISC ("مطار" a place, "جامعة" an
 * organisation); the sets' first type when ANERcorp has not seen the head.
 */
export function typeByHead(convention: AnercorpConvention): (span: string, types: readonly EntityType[]) => EntityType {
  const label: Record<EntityType, string> = { person: 'PERS', organization: 'ORG', place: 'LOC', other: 'MISC' }
  return (span, types) => {
    const seen = convention.headTypes.get(convention.core(span.split(' ')[0]))
    if (!seen || types.length < 2) return types[0]
    // ANERcorp calls venues MISC as often as not ("ملعب", "مطار"): that too, when it is its most frequent.
    const allowed: readonly EntityType[] = [...types, 'other']
    return allowed.reduce((best, type) => ((seen.get(label[type]) ?? 0) > (seen.get(label[best]) ?? 0) ? type : best), types[0])
  }
}

/** A word ANERcorp has seen open a name or stand before one ("البنك", "مجلس", "شركة"). */
function seenAsHead(word: string, convention: AnercorpConvention): boolean {
  const sides = convention.heads.get(convention.core(word))
  return !!sides && sides.inside + sides.outside >= MIN_SIGHTINGS
}

/** The words are a place the gazetteer knows whole ("جنوب أفريقيا", "ساحل العاج"). */
function knownPlace(words: readonly string[], convention: AnercorpConvention): boolean {
  const cores = words.map((word) => convention.core(word))
  return (convention.gazetteer.places.get(cores[0]) ?? []).some((entry) => entry.join(' ') === cores.join(' '))
}

/**
 * The sentence's names (B-/I- runs) in ANERcorp's convention. A name of two or more common words is
 * none to ANERcorp ("الجيش الإسرائيلي", "مجلس النواب اللبناني" are all O there). Others lose one word at each end at most: a head
 * ANERcorp leaves outside ("مدينة", "شركة", "قطاع") when the next word is no common word, and a last word it
 * leaves outside ("المكرمة"), or a nationality after a proper name ("سوناطراك الجزائرية"; after a head it stays
 * in, "وكالة الأنباء المصرية"). Persons are left whole: the sets write them without titles, as ANERcorp does.
 */
export function toAnercorpConvention(sentence: ConllSentence, convention: AnercorpConvention): ConllSentence {
  const { words } = sentence
  const tags = sentence.tags.slice()
  for (let start = 0; start < tags.length; start++) {
    if (!tags[start].startsWith('B-')) continue
    const type = tags[start].slice(2)
    let end = start + 1
    while (end < tags.length && tags[end] === `I-${type}`) end++
    let [first, last] = [start, end - 1]
    const span = words.slice(start, end)
    if (type !== 'PERS' && !knownPlace(span, convention)) {
      if (span.length > 1 && span.every((word) => common(word, convention))) [first, last] = [end, start - 1]
      else if (last > first) {
        const head = convention.core(words[first])
        if (leansOutside(convention.heads.get(head)) && !isNationalityNisba(head, convention.gazetteer) && !common(words[first + 1], convention)) first++
        const tail = convention.core(words[last])
        const own = convention.tails.get(tail)
        const tailGoes = own && own.inside + own.outside >= MIN_SIGHTINGS
          ? own.outside > own.inside
          : isNationalityNisba(tail, convention.gazetteer) && !seenAsHead(words[first], convention)
        if (last > first && tailGoes) last--
      }
    }
    for (let i = start; i < end; i++) tags[i] = i < first || i > last ? 'O' : i === first ? `B-${type}` : `I-${type}`
    start = end - 1
  }
  return { words, tags }
}
