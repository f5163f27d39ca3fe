import { isDefiniteStem } from './definite.ts'
import { breakBetween, isHead, type Context } from './context.ts'
import { CONSTRUCT_HEADS, DESCRIPTOR_HEADS } from './word-lists.ts'

/**
 * The organisation's words first..last are common words made a name: definite words ("الخطوط الجوية",
 * "الهلال الأحمر"), the first an indefinite head of CONSTRUCT_HEADS when `withHead` ("مجلس الأمن القومي").
 * Such a name keeps its country as part of it ("الخطوط الجوية التونسية", "الهلال الأحمر المصري"); an
 * outlet does not, its city or country only describes it ("صحيفة [الشرق الأوسط] اللندنية"). To take a
 * country the tagger left out, the words must all be definite: "حزب الله" is a head and a proper name.
 */
export function isNamedInCommonWords(ctx: Context, first: number, last: number, withHead: boolean): boolean {
  // (The head through a clitic the tokenizer kept on a short word: "لدار الإفتاء المصرية".)
  for (let t = first; t <= last; t++) if (!isDefiniteStem(ctx.stems[t]) && !(withHead && t === first && isHead(ctx, CONSTRUCT_HEADS, t))) return false
  const before = first - 1
  return before < 0 || breakBetween(ctx, before, first) || !DESCRIPTOR_HEADS.has(ctx.stems[before])
}
