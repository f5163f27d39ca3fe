import { breakBetween, isKnownPlace, type Context, type TokenMention } from '../shared/context.ts'
import { PLURAL_PLACE_HEADS } from '../retype/listed-places.ts'

/**
 * A list the tagger read as places after a first item it left out is a list of things: "سلاسل أركان [والصبار] [والعسل]
 * [والزعفران] [والتمور]" (crops, MAP), "عجين التمر [والتمور المحشوة]" (TAP). Each item is a lone definite word
 * with "و" the tagger took for a place, right after the last; none is a place the lists know; and the word before the
 * first, which the list's "و" joins them to, is no name. A list of real places opens on one ("الجهراء وحولي
 * والفروانية": the first is tagged), or names one the lists know.
 */
export function dropCommonNounLists(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  const dropped = new Set<TokenMention>()
  const sorted = [...mentions].sort((a, b) => a.first - b.first)
  for (let i = 0; i < sorted.length; i++) {
    const run: TokenMention[] = []
    for (let k = i; k < sorted.length && isCoordinatedLonePlace(ctx, sorted[k]) && (run.length === 0 || isRightAfter(ctx, run[run.length - 1], sorted[k])); k++) {
      run.push(sorted[k])
    }
    if (run.length < MIN_ITEMS) continue
    i += run.length - 1
    const head = run[0].first - 1
    if (head < 0 || breakBetween(ctx, head, run[0].first) || ctx.owner[head] >= 0 || isNamedElsewhere(ctx, mentions, head)) continue
    if (run.some((m) => isKnownPlace(ctx, m.first))) continue
    // (A plural head of places before the first makes it a list of places: "حارات الهدف [والجابريات] [والسمران]".)
    if (head > 0 && !breakBetween(ctx, head - 1, head) && ctx.tokens[head - 1].clitics.post.length === 0 && PLURAL_PLACE_HEADS.has(ctx.stems[head - 1])) continue
    for (const m of run) dropped.add(m)
  }
  return dropped.size ? mentions.filter((m) => !dropped.has(m)) : mentions
}

/** Two items: a list of one after its first is a phrase as often ("الأمن [والسلام]"). */
const MIN_ITEMS = 2

/** A one-word place written "و" + the article ("والصبار"). */
function isCoordinatedLonePlace(ctx: Context, m: TokenMention): boolean {
  const { pre, post } = ctx.tokens[m.first].clitics
  return m.type === 'place' && m.first === m.last && post.length === 0 && pre.length === 2 && pre[0] === 'و' && pre[1] === 'ال'
}

function isRightAfter(ctx: Context, before: TokenMention, m: TokenMention): boolean {
  return m.first === before.last + 1 && !breakBetween(ctx, before.last, m.first)
}

/** The head word is named somewhere in the article (a place the tagger missed here). */
function isNamedElsewhere(ctx: Context, mentions: readonly TokenMention[], head: number): boolean {
  const stem = ctx.stems[head]
  return mentions.some((m) => m.first === m.last && ctx.stems[m.first] === stem)
}
