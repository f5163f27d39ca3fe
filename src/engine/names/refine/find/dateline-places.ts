import type { Token } from '../../../doc.ts'
import { add, rebuildOwners, type Context, type TokenMention } from '../shared/context.ts'
import { isKnownVerb } from '../shared/name-like.ts'
import { normSet } from '../shared/word-lists.ts'

const PATTERNS = {
  /**
   * A dateline: one to three words at a line's start, the agency in brackets or not, then a dash ("الكويت (كونا) -",
   * "المحلة الكبرى -", "بيروت ـ"). The words are group 1.
   */
  dateline: /^([^\s()[\]،,:؛.«»"\-–—ـ]+(?: [^\s()[\]،,:؛.«»"\-–—ـ]+){0,2}) ?(?:\([^()\n]{1,40}\) ?)?[-–—ـ]+\s/u,
} as const
/** A line's opening word before a dash that is a byline's or a rubric's, no town: "خاص -", "كتب -". Hand-written. */
const NOT_A_TOWN = normSet(['خاص', 'حصري', 'عاجل', 'كتب', 'كتبت', 'متابعة', 'وكالات', 'تقرير', 'تحليل', 'رأي', 'بقلم', 'ترجمة', 'فيديو', 'صور'])
/** The fewest words after a dateline's dash that make a sentence, not a caption's word or two ("- أرشيف"). */
const MIN_SENTENCE_WORDS = 5

/** A sentence follows the dateline's words ending at token `last` on the same line. */
function isSentenceAfter(ctx: Context, last: number): boolean {
  const lineEnd = ctx.text.indexOf('\n', ctx.tokens[last].end)
  let words = 0
  for (let t = last + 1; t < ctx.tokens.length && (lineEnd < 0 || ctx.tokens[t].start < lineEnd) && words < MIN_SENTENCE_WORDS; t++) words++
  return words >= MIN_SENTENCE_WORDS
}

/** A dateline's words that need no tagger's name to be a town: one or two ("تارودانت", "المحلة الكبرى"). */
const MAX_UNTAGGED_WORDS = 2

/**
 * The town of a dateline is a place ("تارودانت - قالت …", "الكويت (كونا) - أعلنت …"): every dateline of the news
 * sentences (90 of them) names one, where the tagger had read a town it never saw as nothing and the dateline's
 * "الكويت" as the oil company's. A person the tagger found there is left alone when no sentence follows (a caption's
 * "محمد صلاح - أرشيف"), and so is a line whose words the tagger split differently ("افتتح ممر شنتشن - تشونغشان", a bridge's
 * two ends).
 */
export function findDatelinePlaces(ctx: Context, mentions: TokenMention[]): void {
  const { text, tokens } = ctx
  let changed = false
  let t = 0
  for (let lineStart = 0; lineStart >= 0 && lineStart < text.length; ) {
    while (t < tokens.length && tokens[t].start < lineStart) t++
    if (t >= tokens.length) break
    const lineEnd = text.indexOf('\n', lineStart)
    // Only a token opening the line (spaces before it, no line break: an empty line's next token is the next line's):
    // a line that starts with a bracket or a number has no dateline.
    if (/^[^\S\n]*$/u.test(text.slice(lineStart, tokens[t].start))) changed = readDateline(ctx, mentions, t) || changed
    lineStart = lineEnd < 0 ? -1 : lineEnd + 1
  }
  if (changed) rebuildOwners(ctx, mentions)
}

/** Where the town's words of a dateline that token `first` opens end in the text, or −1 (no dateline there). */
function datelineEnd(text: string, tokens: readonly Token[], first: number): number {
  const start = tokens[first].start
  const match = PATTERNS.dateline.exec(text.slice(start, start + 120))
  return match ? start + match[1].length : -1
}

/**
 * Token `first` opens a line, and the line a dateline: its town's "و" is the town's own letter, no conjunction ("وجدة -"
 * is Oujda; the tokenizer reads "and Jeddah").
 */
export function opensDateline(text: string, tokens: readonly Token[], first: number): boolean {
  const lineStart = text.lastIndexOf('\n', tokens[first].start - 1) + 1
  return /^[^\S\n]*$/u.test(text.slice(lineStart, tokens[first].start)) && datelineEnd(text, tokens, first) >= 0
}

function readDateline(ctx: Context, mentions: TokenMention[], first: number): boolean {
  const end = datelineEnd(ctx.text, ctx.tokens, first)
  if (end < 0) return false
  let last = first
  while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1].end <= end) last++
  if (ctx.tokens[last].end !== end || NOT_A_TOWN.has(ctx.stems[first]) || isKnownVerb(ctx, ctx.tokens[first].norm)) return false
  // A person the tagger read in a dateline is the town when a sentence follows it ("كولومبوس - أغلقت جامعة …", "[سان]
  // بيدرو سولا - قالت …"); a caption's name is followed by a word or two ("محمد صلاح - أرشيف").
  const person = ctx.owner[last] >= 0 && mentions[ctx.owner[last]].type === 'person' ? mentions[ctx.owner[last]] : null
  if (person !== null && person.last === last && person.first >= first && isSentenceAfter(ctx, last)) {
    for (let t = first; t < person.first; t++) if (ctx.owner[t] >= 0) return false
    person.first = first
    person.type = 'place'
    return true
  }
  const owner = ctx.owner[first]
  if (owner < 0) {
    if (last - first + 1 > MAX_UNTAGGED_WORDS) return false
    // (add adds only over free tokens and keeps the owners right; only a changed mention needs them rebuilt.)
    add(ctx, mentions, { type: 'place', first, last })
    return false
  }
  const mention = mentions[owner]
  if (mention.first !== first || mention.last > last || mention.type === 'person') return false
  for (let t = mention.last + 1; t <= last; t++) if (ctx.owner[t] >= 0) return false
  mention.type = 'place'
  mention.last = last
  return true
}
