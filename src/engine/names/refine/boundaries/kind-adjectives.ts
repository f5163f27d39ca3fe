import { isBareDefinite } from './absorb-nationality.ts'
import type { Context, TokenMention } from '../shared/context.ts'
import { lookupForms } from '../../tagger/word-features.ts'
import { normSet } from '../shared/word-lists.ts'

/**
 * Adjectives that name a kind of body or reserve, part of the name after its head: an Islamic bank, a
 * marine reserve, a liberal party, a state university. Hand-written; each pair was a name the news sentences write whole and the
 * tagger ended before its kind ("بنك فيصل [الإسلامي]", "محمية العقبة [البحرية]", "الحزب الوطني [الليبرالي]").
 * Not a nation's nisba (absorb-nationality.ts), nor a facility's "الدولي" (complete-venue-names.ts).
 */
const KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ([
    [['بنك', 'البنك', 'مصرف', 'المصرف'], ['الإسلامي']],
    [['ميناء'], ['الإسلامي']],
    [['محمية'], ['البحرية', 'الطبيعية']],
    [['ترسانة'], ['البحرية']],
    [['جامعة'], ['الحكومية', 'الوطنية', 'الأهلية']],
    [['حزب', 'الحزب'], ['الليبرالي', 'الاشتراكي', 'المسيحي', 'المحافظ', 'الاجتماعي', 'الشيوعي', 'التقدمي', 'الديمقراطي', 'الإسلامي', 'الجمهوري']],
  ] as const).flatMap(([heads, kinds]) => {
    const named = normSet(kinds)
    return [...normSet(heads)].map((head) => [head, named] as const)
  }),
)

/** A party's name holds two kinds at most ("الحزب الديمقراطي [الاجتماعي] [المسيحي]"), a bank's one. */
const MAX_KINDS = 2

/**
 * An organisation or place whose first word is a head of KINDS takes the kind adjectives right after it, when
 * they are free, bare but for the article, and not behind a break: "[بنك صفوة] الإسلامي" → "بنك صفوة الإسلامي".
 */
export function extendKindAdjectives(ctx: Context, mentions: TokenMention[]): void {
  mentions.forEach((mention, index) => {
    if (mention.type === 'person' || ctx.tokens[mention.first].clitics.post.length > 0) return
    const kinds = kindsOfHead(ctx, mention.first)
    if (!kinds) return
    let { last } = mention
    while (last - mention.last < MAX_KINDS && takesKind(ctx, last + 1, kinds)) last++
    if (last === mention.last) return
    for (let k = mention.last + 1; k <= last; k++) ctx.owner[k] = index
    mentions[index] = { ...mention, last }
  })
}

/** The kinds the head at t takes, also through a clitic the tokenizer kept on a short head ("[لبنك] صفوة الإسلامي"). */
function kindsOfHead(ctx: Context, t: number): ReadonlySet<string> | undefined {
  const kinds = KINDS.get(ctx.stems[t])
  if (kinds) return kinds
  for (const form of (ctx.forms[t] ??= lookupForms(ctx.tokens[t].norm))) {
    const named = KINDS.get(form)
    if (named) return named
  }
  return undefined
}

function takesKind(ctx: Context, k: number, kinds: ReadonlySet<string>): boolean {
  return isBareDefinite(ctx, k, k - 1) && ctx.owner[k] < 0 && kinds.has(ctx.stems[k])
}
