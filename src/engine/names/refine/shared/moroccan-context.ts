import type { Context } from './context.ts'
import { normalizeArabic } from '../../../arabic/normalize.ts'
import { normSet } from './word-lists.ts'

/**
 * Words that place an article in Morocco: the country, its administrative units and their seats ("إقليم", "عمالة",
 * "دوار"), and cities a Moroccan story names. Hand-written. "جماعة" is a commune only in Moroccan usage; elsewhere it
 * is a group ("جماعة يسوع", the Jesus Army, in an article about Massachusetts).
 */
const MOROCCAN_CUES: ReadonlySet<string> = normSet([
  'المغرب', 'المغربية', 'المغربي', 'إقليم', 'عمالة', 'دوار', 'دواوير', 'الرباط', 'مراكش', 'فاس', 'طنجة', 'أكادير', 'مكناس',
  'وجدة', 'القنيطرة', 'تطوان', 'تارودانت', 'ورزازات', 'الحوز', 'سلا', 'الجديدة', 'آسفي', 'العرائش', 'الناظور',
  'خريبكة', 'تازة', 'الحسيمة', 'الراشيدية', 'أزيلال', 'تنغير', 'ميدلت', 'شفشاون', 'إفران', 'الصويرة', 'كلميم', 'العيون',
])

/** Two-word cues, by their words' stems: Casablanca, Beni Mellal, the Royal Gendarmerie, the PAM party, the judicial police's brigade. */
const MOROCCAN_PHRASES: ReadonlyMap<string, string> = new Map([
  ['الدار', 'البيضاء'], ['بني', 'ملال'], ['الدرك', 'الملكي'], ['الأصالة', 'المعاصرة'], ['الشرطة', 'القضائية'],
].map(([first, second]) => [normalizeArabic(first), normalizeArabic(second)]))

/** Whether the article names Morocco, one of its units or one of its cities (asked once per article). */
export function readsMoroccan(ctx: Context): boolean {
  if (ctx.moroccan === undefined) {
    ctx.moroccan = false
    for (let t = 0; t < ctx.tokens.length && !ctx.moroccan; t++) {
      // (The whole word too: the tokenizer reads "ورزازات" as و and a stem.)
      ctx.moroccan = MOROCCAN_CUES.has(ctx.stems[t]) || MOROCCAN_CUES.has(ctx.tokens[t].norm) || (t + 1 < ctx.tokens.length && MOROCCAN_PHRASES.get(ctx.stems[t]) === ctx.stems[t + 1])
    }
  }
  return ctx.moroccan
}
