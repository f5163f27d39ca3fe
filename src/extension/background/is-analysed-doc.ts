import type { ArticleDoc } from '../../engine/index.ts'

/**
 * A cached analysis is trusted only when every layer still fits its text: storage can be corrupted,
 * and a damaged record must cost a recomputation, not a broken reader.
 */
export function isAnalysedDoc(value: unknown): value is ArticleDoc {
  const doc = value as Partial<ArticleDoc> | null
  if (!doc || typeof doc !== 'object' || typeof doc.text !== 'string' || typeof doc.title !== 'string') return false
  const length = doc.text.length
  const isSpan = (span: unknown): boolean => {
    const s = span as { start?: unknown; end?: unknown } | null
    return (
      !!s && Number.isInteger(s.start) && Number.isInteger(s.end) &&
      (s.start as number) >= 0 && (s.start as number) <= (s.end as number) && (s.end as number) <= length
    )
  }
  const spans = (layer: unknown, required: boolean): boolean =>
    layer === undefined ? !required : Array.isArray(layer) && layer.every(isSpan)
  if (!spans(doc.blocks, true) || !spans(doc.sentences, false) || !spans(doc.summary, false) || !spans(doc.tokens, false)) return false
  if (doc.figures !== undefined) {
    if (!Array.isArray(doc.figures)) return false
    for (const figure of doc.figures) if (!isSpan(figure) || doc.text.slice(figure.start, figure.end) !== figure.text) return false
  }
  if (doc.entities !== undefined) {
    if (!Array.isArray(doc.entities)) return false
    for (const entity of doc.entities) {
      if (!entity || typeof entity.name !== 'string' || !spans(entity.mentions, true)) return false
    }
  }
  return true
}
