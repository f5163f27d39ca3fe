import { CELL_SEPARATOR } from '../../../doc.ts'
import { breakBetween, type Context, type TokenMention } from '../shared/context.ts'

/**
 * A name ends at a table cell's edge or a line's: the tagger reads a data table's row as one run of words and joins
 * the names of two cells ("نواف الخنيزي | كوفي مينساه", two players of a lineup's row, Makkah's match report). Each
 * piece keeps the mention's type; later rules judge it alone.
 */
export function splitAtCells(ctx: Context, mentions: TokenMention[]): TokenMention[] {
  return mentions.flatMap((mention) => {
    const pieces: TokenMention[] = []
    let first = mention.first
    for (let t = mention.first + 1; t <= mention.last; t++) {
      if (!isCellEdge(ctx, t - 1, t)) continue
      pieces.push({ ...mention, first, last: t - 1 })
      first = t
    }
    if (pieces.length === 0) return [mention]
    pieces.push({ ...mention, first, last: mention.last })
    return pieces
  })
}

function isCellEdge(ctx: Context, left: number, right: number): boolean {
  if (!breakBetween(ctx, left, right)) return false
  const gap = ctx.text.slice(ctx.tokens[left].end, ctx.tokens[right].start)
  return gap.includes(CELL_SEPARATOR) || gap.includes('\n')
}
