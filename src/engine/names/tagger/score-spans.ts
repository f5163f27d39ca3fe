/**
 * Span-exact scoring of IOB2 tag sequences, as conlleval counts: a name is right only when its first
 * token, last token and type all match.
 */

export interface TypedSpan {
  start: number
  end: number
  type: string
}

/** Names in a tag sequence; an I- tag that does not continue a name of its type starts one (conlleval). */
export function spansFromTags(tags: readonly string[]): TypedSpan[] {
  const spans: TypedSpan[] = []
  let open: TypedSpan | null = null
  tags.forEach((tag, index) => {
    const type = tag.length > 2 && (tag[0] === 'B' || tag[0] === 'I') && tag[1] === '-' ? tag.slice(2) : null
    const continues = open !== null && type === open.type && tag[0] === 'I'
    if (continues && open) {
      open.end = index + 1
      return
    }
    if (open) spans.push(open)
    open = type ? { start: index, end: index + 1, type } : null
  })
  if (open) spans.push(open)
  return spans
}

export interface TypeScore {
  gold: number
  predicted: number
  correct: number
  precision: number
  recall: number
  f1: number
}

export interface SpanScores {
  byType: Record<string, TypeScore>
  /** Micro average over the types asked for (PERS, LOC, ORG by default). */
  micro: TypeScore
}

function score(gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted ? correct / predicted : 0
  const recall = gold ? correct / gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { gold, predicted, correct, precision, recall, f1 }
}

/** Scores aligned gold/predicted span lists (one pair per sentence or document). */
export function scoreSpans(
  pairs: readonly { gold: readonly TypedSpan[]; predicted: readonly TypedSpan[] }[],
  microTypes: readonly string[] = ['PERS', 'LOC', 'ORG'],
): SpanScores {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>()
  const bucket = (type: string) => {
    let entry = counts.get(type)
    if (!entry) counts.set(type, (entry = { gold: 0, predicted: 0, correct: 0 }))
    return entry
  }
  for (const { gold, predicted } of pairs) {
    const goldKeys = new Set(gold.map((s) => `${s.start}:${s.end}:${s.type}`))
    for (const span of gold) bucket(span.type).gold++
    for (const span of predicted) {
      bucket(span.type).predicted++
      if (goldKeys.has(`${span.start}:${span.end}:${span.type}`)) bucket(span.type).correct++
    }
  }
  const byType: Record<string, TypeScore> = {}
  let gold = 0
  let predicted = 0
  let correct = 0
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    byType[type] = score(c.gold, c.predicted, c.correct)
    if (microTypes.includes(type)) {
      gold += c.gold
      predicted += c.predicted
      correct += c.correct
    }
  }
  return { byType, micro: score(gold, predicted, correct) }
}
