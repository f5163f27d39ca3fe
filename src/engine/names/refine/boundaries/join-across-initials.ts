import { lightStem } from '../../../summary/light-stem.ts'
import { STOP_STEMS } from '../../../summary/stop-words.ts'
import type { Context, TokenMention } from '../shared/context.ts'
import { INITIAL_GAP, PATTERNS } from '../shared/patterns.ts'
import { GIVEN, LETTER_NAMES } from '../shared/word-lists.ts'
import { isNameLike, isUnclustered } from '../shared/name-like.ts'

/**
 * Rule 9, across initials: the tagger reads the period of an initial as the end of a name, so "جون إف.
 * كينيدي" comes out as "جون إف" and nothing, "جي. كي. رولينغ" as "جي" and "رولينغ". A person ending in an
 * initial runs on over any further initials to the next word: through the person that starts there, or
 * that word alone when it is free and not a function word, or into the organisation that starts there, named
 * after the whole name; so does an organisation named after one.
 * `mentions` are sorted.
 */
export function joinAcrossInitials(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const result: TokenMention[] = []
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]
    // An institution named after such a person too: "[مركز جون إف]. كينيدي للفنون المسرحية".
    if ((mention.type !== 'person' && mention.type !== 'organization') || !isInitial(ctx, mention.last)) {
      result.push(mention)
      continue
    }
    let t = mention.last + 1
    while (isInitial(ctx, t)) t++
    const next = mentions[i + 1]
    // An organisation the tagger began at the name's last word is named after the whole name ("[جون إف].
    // [كينيدي للفنون المسرحية]"); the head before it, if any, joins later (combine-mentions).
    if (next?.first === t && (next.type === 'person' || next.type === 'organization')) {
      result.push({ ...mention, last: next.last })
      i++
    } else if (t < ctx.tokens.length && ctx.owner[t] < 0 && PATTERNS.arabicWord.test(ctx.tokens[t].norm) &&
      ctx.tokens[t].clitics.pre.length === 0 && !STOP_STEMS.has(lightStem(ctx.tokens[t].norm)) &&
      // An acronym's last letter ends a sentence as often ("يو اس بي. مما"): an organisation takes a name only.
      (mention.type === 'person' || isUnclustered(ctx, ctx.tokens[t].norm) || GIVEN.has(ctx.stems[t]))) {
      result.push({ ...mention, last: t })
    } else {
      result.push(mention)
    }
  }
  return result
}

/** A run of this many initials at least opens a name on its own ("م. ك. ستالين"); one alone is as often an abbreviation ("د."). */
const MIN_LEADING_INITIALS = 2

/**
 * Rule 9, initials first: "افتتح رئيس حكومة الولاية [م. ك. ستالين]", "وزير الصناعة [تي. آر. بي. راجا]": two initials or
 * more (a letter alone, or a Latin letter's Arabic name), each with its period, and a word that may be a name after them
 * are a person the tagger read as nothing, its periods being sentence ends to it; a person it found at that word begins
 * at the initials. `mentions` are sorted, and the result is.
 */
export function findInitialledNames(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const starts = new Map(mentions.map((mention, index) => [mention.first, index]))
  const found: TokenMention[] = []
  for (let t = 0; t < ctx.tokens.length; t++) {
    if (ctx.owner[t] >= 0 || !isLeadingInitial(ctx, t) || (t > 0 && isLeadingInitial(ctx, t - 1))) continue
    let k = t
    while (isLeadingInitial(ctx, k)) k++
    if (k - t < MIN_LEADING_INITIALS || k >= ctx.tokens.length) continue
    const at = starts.get(k)
    if (at !== undefined && mentions[at].type === 'person') {
      mentions[at] = { ...mentions[at], first: t }
      continue
    }
    if (ctx.owner[k] >= 0 || ctx.tokens[k].clitics.pre.length > 0 || !PATTERNS.arabicWord.test(ctx.tokens[k].norm) || !isNameLike(ctx, ctx.stems[k])) continue
    found.push({ type: 'person', first: t, last: k })
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.first - b.first) : mentions
}

/** Token t is an initial that may open a name: a Latin letter's name (isInitial) or one Arabic letter, bare, with its period ("م."). */
function isLeadingInitial(ctx: Context, t: number): boolean {
  if (t + 1 >= ctx.tokens.length) return false
  if (isInitial(ctx, t)) return true
  const token = ctx.tokens[t]
  return token.norm.length === 1 && PATTERNS.arabicWord.test(token.norm) && token.clitics.pre.length === 0 &&
    INITIAL_GAP.test(ctx.text.slice(token.end, ctx.tokens[t + 1].start))
}

/** Token t is an initial: a letter's name followed by its period ("إف."). */
function isInitial(ctx: Context, t: number): boolean {
  return t + 1 < ctx.tokens.length && LETTER_NAMES.has(ctx.stems[t]) && ctx.tokens[t].clitics.pre.length === 0 &&
    INITIAL_GAP.test(ctx.text.slice(ctx.tokens[t].end, ctx.tokens[t + 1].start))
}
