import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'
import { isDefiniteStem } from '../shared/definite.ts'
import { isJoinedAbd } from '../shared/given-name-start.ts'
import { isKnownPlacePhrase } from '../shared/known-place-phrase.ts'
import { isGivenNotPreposition } from '../shared/name-like.ts'
import { PLACE_KIND_HEADS, normSet } from '../shared/word-lists.ts'

/** Heads of a place that the tagger may leave alone before the place's name ("[أرخبيل] سقطرى"). */
const LONE_HEADS = new Set([...PLACE_KIND_HEADS, ...normSet(['أرخبيل', 'جزيرة', 'جزر'])])

/**
 * Where a place the tagger ran into the person after it ends, the mention typed a place or a person: "مدير الهيئة في
 * [اليمن عبدالله باحميش]", "محافظ أرخبيل [سقطرى رأفت الثقلي]". A title's place and its holder's name stand side by side with nothing between
 * them. The place is a known one (or a kind of place and one word); the person begins with a known given name and
 * has at least one more word. A place's head the tagger left alone before it joins it again.
 */
export function splitPlaceBeforePerson(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const out: TokenMention[] = []
  const list = mentions.slice()
  // The one-word places the article names elsewhere ("في مقاطعة [أغريجنتو]"), by the stem of the place's last word; not a
  // given name the tagger ran a place into ("[الإمارة سلطان]").
  const named = new Set(mentions.filter((mention) => mention.type === 'place' && !isGivenWord(ctx, mention.last)).map((mention) => ctx.stems[mention.last]))
  for (let index = 0; index < list.length; index++) {
    const mention = list[index]
    const next = list[index + 1]
    if (next !== undefined && isCommonWordAndGivenName(ctx, mention, next)) {
      list[index + 1] = { ...next, first: mention.last }
      continue
    }
    const at = mention.type === 'place' || mention.type === 'person' ? personStart(ctx, mention, named) : -1
    if (at < 0) {
      out.push(mention)
      continue
    }
    let first = mention.first
    const previous = out[out.length - 1]
    if (previous?.type === 'place' && previous.first === previous.last && previous.last === first - 1 && LONE_HEADS.has(ctx.stems[previous.first])) {
      out.pop()
      first = previous.first
    }
    out.push({ type: 'place', first, last: at - 1 }, { type: 'person', first: at, last: mention.last })
  }
  return out
}

/**
 * "مدير مكتب الهيئة في [الإمارة سلطان] [راشد المعلا]": a place the tagger read as a definite common word (the emirate, no
 * place it knows) and the given name after it, right before a person, is that person's given name; the word alone names
 * no place.
 */
function isCommonWordAndGivenName(ctx: Context, mention: TokenMention, next: TokenMention): boolean {
  return mention.type === 'place' && next.type === 'person' && mention.last === mention.first + 1 && next.first === mention.last + 1 &&
    !breakBetween(ctx, mention.last, next.first) && isDefiniteStem(ctx.stems[mention.first]) && !isKnownPlacePhrase(ctx, mention.first, mention.first) &&
    isGivenWord(ctx, mention.last)
}

/**
 * The token at which the mention's person begins after its place, or −1. The place may be one the article names
 * elsewhere (`named`): "رئيس بلدية [أغريجنتو سالفاتوري لوبيانكو]" after "في مقاطعة أغريجنتو".
 */
function personStart(ctx: Context, mention: TokenMention, named: ReadonlySet<string>): number {
  for (let k = mention.first + 1; k < mention.last; k++) {
    const namedFirst = k === mention.first + 1 && named.has(ctx.stems[mention.first])
    if (!isGivenWord(ctx, k) && !(namedFirst && mention.type === 'person')) continue
    if (namedFirst || isPlaceAlone(ctx, mention.first, k - 1)) return k
  }
  return -1
}

/** Token k is a known given name as written, without clitics (the tokenizer reads "عبدالله" as ending in a pronoun). */
function isGivenWord(ctx: Context, k: number): boolean {
  const { clitics, norm } = ctx.tokens[k]
  if (clitics.pre.length !== 0) return false
  if (isJoinedAbd(norm)) return true
  return clitics.post.length === 0 && isGivenNotPreposition(ctx, k)
}

/** Tokens first..last name a place by themselves: a known place, or a kind of place and one word ("أرخبيل سقطرى"). */
function isPlaceAlone(ctx: Context, first: number, last: number): boolean {
  if (isKnownPlacePhrase(ctx, first, last)) return true
  return last === first + 1 && LONE_HEADS.has(ctx.stems[first]) && isKnownPlacePhrase(ctx, last, last)
}
