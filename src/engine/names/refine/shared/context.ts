import { CELL_SEPARATOR, type EntityType, type Token } from '../../../doc.ts'
import type { Gazetteer } from '../../tagger/gazetteer.ts'
import { lookupForms } from '../../tagger/word-features.ts'
import { PATTERNS } from './patterns.ts'

/** A name as a run of doc tokens, inclusive. */
export interface TokenMention {
  type: EntityType
  first: number
  last: number
}

/** What every rule reads and updates: the article, its tokens, and which mention holds each token. */
export interface Context {
  text: string
  tokens: readonly Token[]
  gazetteer: Gazetteer
  /** Index of the mention covering each token, −1 when none. */
  owner: Int32Array
  /** stemOf each token, computed once: every rule reads stems, propagation for every token and name. */
  stems: readonly string[]
  /** lookupForms of each token's norm, filled in on first use (most tokens never need them). */
  forms: (string[] | undefined)[]
  /** Whether punctuation or a line break separates token t − 1 from token t: 1 yes, 0 no, −1 not yet known. */
  breakBefore: Int8Array
  /** Where each stem occurs, built on first use (startsOf). */
  starts?: Map<string, number[]>
  /** Whether the article is about sport (drop-clubs-off-the-pitch.ts, isAboutSport), found on first use. */
  aboutSport?: boolean
  /** Whether the article names Morocco or a Moroccan unit or city (moroccan-context.ts, readsMoroccan), found on first use. */
  moroccan?: boolean
  /**
   * knownPhraseEnd's answers per phrase index and token, filled on first use: the rules ask for the same token's
   * known place or organisation many times (known-phrase-end.ts).
   */
  phraseEnds?: Map<object, Int32Array>
  /**
   * Per token: 1 when its stem or a form of it is in some head list the rules have asked about (HEAD_WORDS), 0 when
   * in none, −1 not yet known; read against `headVersion`, the HEAD_WORDS it was computed with (isHeadWithPronoun).
   */
  mayHead?: Int8Array
  headVersion?: number
}

/** The context of one article; the stems are computed here once, the rest as the rules ask. */
export function createContext(text: string, tokens: readonly Token[], gazetteer: Gazetteer): Context {
  return {
    text, tokens, gazetteer, owner: new Int32Array(tokens.length).fill(-1), stems: tokens.map(stemOf),
    forms: new Array<string[] | undefined>(tokens.length), breakBefore: new Int8Array(tokens.length).fill(-1),
  }
}

/**
 * The tokens a name whose first word is `stem` could start at: the name-matching rules visit only these
 * (a 5 MB page has a million tokens and hundreds of names).
 */
export function startsOf(ctx: Context, stem: string): readonly number[] {
  if (!ctx.starts) {
    const starts = new Map<string, number[]>()
    ctx.stems.forEach((s, t) => {
      const list = starts.get(s)
      if (list) list.push(t)
      else starts.set(s, [t])
    })
    ctx.starts = starts
  }
  return ctx.starts.get(stem) ?? []
}

/** A token's stem with its article kept (the tokenizer's stem drops it), as the rules and names read words. */
export function stemOf(token: Token): string {
  const pre = token.clitics.pre
  return pre[pre.length - 1] === 'ال' ? 'ال' + token.stem : token.stem
}

/**
 * True when the token is one of `words` behind any proclitics. The tokenizer keeps some words whole on
 * purpose ("بشرطة" stays one word because "بشر" is a word), so a head is also tried without them.
 */
export function isHead(ctx: Context, words: ReadonlySet<string>, t: number): boolean {
  // A head with a possessive pronoun heads no name: "مكتبه بحي البراق" is his office, "مؤسسه محمد بن عيسى" its founder.
  // (A match's guest or host has one and names the team: isHeadWithPronoun.)
  if (t < 0 || t >= ctx.tokens.length || ctx.tokens[t].clitics.post.length > 0) return false
  return isHeadWithPronoun(ctx, words, t)
}

/** isHead, a possessive pronoun allowed: "ضيفه الاتحاد" (his guest, the club). */
export function isHeadWithPronoun(ctx: Context, words: ReadonlySet<string>, t: number): boolean {
  if (t < 0 || t >= ctx.tokens.length) return false
  // Cheapest test first: the rules ask ~8 head lists of every token, and most tokens are in none of them. One
  // lookup per token in the union of the lists asked about so far answers all of those questions.
  if (!HEAD_LISTS.has(words)) addHeadList(words)
  if (ctx.headVersion !== HEAD_LISTS.size || !ctx.mayHead) {
    ctx.mayHead = new Int8Array(ctx.tokens.length).fill(-1)
    ctx.headVersion = HEAD_LISTS.size
  }
  if (ctx.mayHead[t] < 0) ctx.mayHead[t] = hasForm(ctx, HEAD_WORDS, t) ? 1 : 0
  return ctx.mayHead[t] === 1 && hasForm(ctx, words, t)
}

/** The token's stem or a form of it without a proclitic is one of `words`. */
function hasForm(ctx: Context, words: ReadonlySet<string>, t: number): boolean {
  if (words.has(ctx.stems[t])) return true
  const forms = (ctx.forms[t] ??= lookupForms(ctx.tokens[t].norm))
  for (const form of forms) if (words.has(form)) return true
  return false
}

/** The head lists isHeadWithPronoun has been asked about (a few dozen, all module constants), and their words. */
const HEAD_LISTS = new Set<ReadonlySet<string>>()
const HEAD_WORDS = new Set<string>()

function addHeadList(words: ReadonlySet<string>): void {
  HEAD_LISTS.add(words)
  for (const word of words) HEAD_WORDS.add(word)
}

export function breakBetween(ctx: Context, left: number, right: number): boolean {
  if (left < 0 || right >= ctx.tokens.length) return true
  if (right === left + 1) {
    const known = ctx.breakBefore[right]
    if (known >= 0) return known === 1
    const found = gapBreaks(ctx, left, right)
    ctx.breakBefore[right] = found ? 1 : 0
    return found
  }
  return gapBreaks(ctx, left, right)
}

function gapBreaks(ctx: Context, left: number, right: number): boolean {
  const gap = ctx.text.slice(ctx.tokens[left].end, ctx.tokens[right].start)
  return PATTERNS.punctuation.test(gap) || gap.includes('\n') || gap.includes(CELL_SEPARATOR)
}

const COMMA = /[،,]/u

/** A comma stands right after token t (or, past the last token, nothing does). Apposition opens and closes with one. */
export function commaAfter(ctx: Context, t: number): boolean {
  const next = ctx.tokens[t + 1]
  return COMMA.test(ctx.text.slice(ctx.tokens[t].end, next ? next.start : ctx.text.length))
}

/** The stem of token t + k when it continues token t's phrase (no break before it), else null. */
export function nextStem(ctx: Context, t: number, k: number): string | null {
  return t + k < ctx.tokens.length && !breakBetween(ctx, t + k - 1, t + k) ? ctx.stems[t + k] : null
}

/**
 * Token t's stem begins a place of the tagger's list (CLDR and EXTRA_PLACES) or the rules' (NEWER_PLACES): a place of one
 * word, or the first word of a longer one ("أبو" of "أبو ظبي", "الشيخ" of "الشيخ زويد"), as the lists are indexed.
 * Callers that mean a whole place of one word ask isOneWordKnownPlace (known-place-phrase.ts) instead.
 */
export function isKnownPlace(ctx: Context, t: number): boolean {
  return ctx.gazetteer.places.has(ctx.stems[t]) || ctx.gazetteer.articlePlaces.has(ctx.stems[t])
}

/** Token t carries no clitic but the article ("الجنوبية", not "والجنوبية"). */
export function onlyTheArticle(ctx: Context, t: number): boolean {
  return ctx.tokens[t].clitics.pre.every((clitic) => clitic === 'ال')
}

export function rebuildOwners(ctx: Context, mentions: readonly TokenMention[]): void {
  ctx.owner.fill(-1)
  mentions.forEach((m, index) => {
    for (let t = m.first; t <= m.last; t++) ctx.owner[t] = index
  })
}

export function isFree(ctx: Context, first: number, last: number): boolean {
  for (let t = first; t <= last; t++) if (ctx.owner[t] >= 0) return false
  return true
}

export function add(ctx: Context, mentions: TokenMention[], mention: TokenMention): void {
  if (!isFree(ctx, mention.first, mention.last)) return
  mentions.push(mention)
  for (let t = mention.first; t <= mention.last; t++) ctx.owner[t] = mentions.length - 1
}

/**
 * Token t is written ending in ه, a pronoun ("محافظه", his governor), where normalisation made ة and ه one
 * letter: it is no head ("محافظة", governorate).
 */
export function endsInPronounHa(ctx: Context, t: number): boolean {
  const { end } = ctx.tokens[t]
  return ctx.text[end - 1] === 'ه'
}
