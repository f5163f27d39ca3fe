import { normalizeArabicFast as normalizeArabic } from '../../arabic/normalize.ts'
import { GIVEN_NAMES } from '../lists/known-names.ts'
import { ARTICLE_ORGANIZATIONS, KNOWN_ORGANIZATIONS } from '../lists/known-organizations.ts'
import { NEWER_PLACES } from '../lists/known-places.ts'
import { SPORTS_CLUBS } from '../lists/sports-clubs.ts'
import type { WordClusters } from './word-clusters.ts'
import { NAME_PARTICLES, ORG_CUES, ORG_HEADS, ORG_TAILS, PERSON_TITLES, PLACE_CUES, PLACE_HEADS, SPEECH_VERBS } from '../lists/trigger-words.ts'

/**
 * The word classes the tagger's features look up, normalised once. Places come from the model file (CLDR
 * names captured at training time plus EXTRA_PLACES); the trigger lists are code.
 */
export interface Gazetteer {
  /** Normalised word → bit set of WORD_CLASS flags (single-word triggers and names). */
  classes: Map<string, number>
  /** Multi-word places: first normalised word → the whole entries (as word lists), longest first. */
  places: Map<string, string[][]>
  /** Known organisations (KNOWN_ORGANIZATIONS), the same way: what the tagger's features read. */
  organizations: Map<string, string[][]>
  /**
   * The organisations the article rules know (ARTICLE_ORGANIZATIONS: those and NEWER_ORGANIZATIONS), the
   * same way. Apart from `organizations` so that a name added for the rules does not change what the
   * shipped model was trained to read.
   */
  articleOrganizations: Map<string, string[][]>
  /**
   * Places only the article rules know (NEWER_PLACES: the Arab world's provinces and towns and the places of
   * recent wars), the same way; apart from `places` for the same reason.
   */
  articlePlaces: Map<string, string[][]>
  /** Distributional clusters of words (learned at training time, from the model file; empty without). */
  clusters: WordClusters
}

const PATTERNS = {
  /** Dots inside abbreviations ("أ.ف.ب") separate words like spaces do. */
  dot: /\./gu,
  space: /\s+/u,
} as const

/**
 * Words of the persons Qari's lists name in full, captured in a model file at training time (listed-person-words.ts), so
 * that a list edited later changes no shipped model's features (both shipped models carry them since session 67).
 */
export interface ListedPersonWords {
  /** Last words of the listed full names ("بوش", "صباحي"), normalised. */
  family: readonly string[]
  /** First words of the listed full names ("كوندوليزا", "حمدين"), normalised. */
  first: readonly string[]
}

/** Flags of a word's classes; one feature per flag. */
export const WORD_CLASS = {
  personTitle: 1,
  speechVerb: 2,
  orgHead: 4,
  orgTail: 8,
  placeHead: 16,
  placeCue: 32,
  givenName: 64,
  nameParticle: 128,
  orgCue: 256,
  sportsClub: 512,
  listedFamilyName: 1024,
  listedFirstName: 2048,
} as const

export const WORD_CLASS_COUNT = 12

function addClass(classes: Map<string, number>, word: string, flag: number): void {
  const norm = normalizeArabic(word)
  classes.set(norm, (classes.get(norm) ?? 0) | flag)
}

/**
 * `organizations`: the organisation phrases a model file captured at training time (feature-organizations.ts), already
 * normalised; without them the features read KNOWN_ORGANIZATIONS, as the models trained before session 68 do.
 */
export function buildGazetteer(
  placeNames: readonly string[],
  clusters: WordClusters = new Map(),
  persons?: ListedPersonWords,
  organizations?: readonly string[],
): Gazetteer {
  const classes = new Map<string, number>()
  const lists: [readonly string[], number][] = [
    [PERSON_TITLES, WORD_CLASS.personTitle],
    [SPEECH_VERBS, WORD_CLASS.speechVerb],
    [ORG_HEADS, WORD_CLASS.orgHead],
    [ORG_TAILS, WORD_CLASS.orgTail],
    [PLACE_HEADS, WORD_CLASS.placeHead],
    [PLACE_CUES, WORD_CLASS.placeCue],
    [NAME_PARTICLES, WORD_CLASS.nameParticle],
    [ORG_CUES, WORD_CLASS.orgCue],
    [SPORTS_CLUBS, WORD_CLASS.sportsClub],
  ]
  for (const [list, flag] of lists) for (const word of list) if (!word.includes(' ')) addClass(classes, word, flag)
  // Given names: only the first word of a multi-word entry ("عبد الله") says "a name starts here".
  for (const name of GIVEN_NAMES) addClass(classes, name.split(' ')[0], WORD_CLASS.givenName)
  // A listed person's first or last word, wherever it stands: "أولمرت" alone, two sentences after "إيهود أولمرت".
  for (const word of persons?.family ?? []) addClass(classes, word, WORD_CLASS.listedFamilyName)
  for (const word of persons?.first ?? []) addClass(classes, word, WORD_CLASS.listedFirstName)

  // The article rules' own lists are indexed on first use, not with the model: the tagger reads neither, and with the
  // Arab world's and the world's local places (session 64, some 5,000 names) indexing them doubled the model's decode.
  let articleOrganizations: Map<string, string[][]> | undefined
  let articlePlaces: Map<string, string[][]> | undefined
  return {
    classes, places: phraseIndex(placeNames), clusters,
    organizations: organizations ? normalizedPhraseIndex(organizations) : phraseIndex(KNOWN_ORGANIZATIONS),
    get articleOrganizations() {
      return (articleOrganizations ??= phraseIndex(ARTICLE_ORGANIZATIONS))
    },
    get articlePlaces() {
      return (articlePlaces ??= phraseIndex(NEWER_PLACES))
    },
  }
}

/**
 * A listed name as the phrase indexes hold it: normalised, dots of abbreviations ("أ.ف.ب") as spaces, its words joined by
 * single spaces ("" when it has none). A model file stores its organisations this way (feature-organizations.ts).
 */
export function phraseKey(name: string): string {
  return normalizeArabic(name.replace(PATTERNS.dot, ' ')).split(PATTERNS.space).filter(Boolean).join(' ')
}

/**
 * The index from phrases already keyed (phraseKey), as a model file stores them: a model's ~9,500 organisations index in
 * a few milliseconds this way, against ~40–100 ms normalising each again.
 */
export function normalizedPhraseIndex(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>()
  for (const phrase of phrases) {
    const words = phrase.split(' ')
    const entries = index.get(words[0])
    if (entries) entries.push(words)
    else index.set(words[0], [words])
  }
  for (const entries of index.values()) entries.sort((a, b) => b.length - a.length)
  return index
}

/** The distinct phrase keys of listed names (phraseKey), in list order, names with no words left out. */
export function phraseKeys(names: readonly string[]): string[] {
  const keys = new Set<string>()
  for (const name of names) {
    const key = phraseKey(name)
    if (key) keys.add(key)
  }
  return [...keys]
}

/** Multi-word names indexed by their first normalised word, longest first. */
export function phraseIndex(names: readonly string[]): Map<string, string[][]> {
  return normalizedPhraseIndex(phraseKeys(names))
}
