import type { Figure, Span } from '../doc.ts'
import { countInside } from './score-sentences.ts'

/**
 * Figures that say how many or how much (counts, money, percentages, measures, ranges), not when: a date, a
 * time of day or an ordinal ("للمرة الأولى") answers another question.
 */
const NOT_AMOUNTS: ReadonlySet<Figure['kind']> = new Set(['date', 'time', 'ordinal'])

/** The likeliest share of the candidates a sentence with an amount must be among to take a place. */
const LIKELY_SHARE = 0.25

/** How many amounts each sentence carries. */
export function amountsIn(sentences: readonly Span[], figures: readonly Figure[]): number[] {
  return countInside(sentences, figures.filter((f) => !NOT_AMOUNTS.has(f.kind)).map((f) => ({ start: f.start, end: f.end, weight: 1 })))
}

/**
 * A news summary says how many: when none of the chosen sentences carries an amount and one of the likeliest
 * quarter of the candidates does, the likeliest such sentence takes the place of the chosen sentence that
 * comes latest in the article (a news story puts its weightiest sentences first; the one chosen last by
 * overlap may be the lead itself). The seed page's 3-sentence summary keeps its war toll ("مقتل 1400 شخص") so,
 * where the words of the story (Moscow, Hamas, the delegation) would have given its place to the embassy's
 * ceasefire call; on EASC, whose articles are mostly encyclopaedic, the rule costs nothing (docs/history.md).
 * A sentence marked in `needsPrevious` (needs-sentence-before.ts) comes in only after the sentence before it, when
 * that one stays. Indices of candidates (in article order); returns the chosen ones in the order given.
 */
export function keepAnAmount(chosen: readonly number[], probabilities: readonly number[], amounts: readonly number[], needsPrevious?: readonly boolean[]): number[] {
  if (chosen.length === 0 || chosen.some((c) => amounts[c] > 0)) return [...chosen]
  const latest = Math.max(...chosen)
  // The latest chosen is never a sentence another chosen one leans on (that one would come later).
  const standsIn = (index: number) => !needsPrevious?.[index] || (index - 1 !== latest && chosen.includes(index - 1))
  const likeliest = probabilities
    .map((probability, index) => ({ probability, index }))
    .sort((a, b) => b.probability - a.probability || a.index - b.index)
    .slice(0, Math.ceil(probabilities.length * LIKELY_SHARE))
  const withAmount = likeliest.find(({ index }) => amounts[index] > 0 && standsIn(index))
  if (!withAmount) return [...chosen]
  return chosen.map((c) => (c === latest ? withAmount.index : c))
}
