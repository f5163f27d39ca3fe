/**
 * A page builder's grid around the text: Squarespace lays a post out as div.sqs-layout > div.row.sqs-row >
 * div.col.sqs-col-N > div.sqs-block (a text block, a picture, a quote, a newsletter form), so one article's paragraphs
 * sit in a dozen blocks in different rows and columns, and Readability keeps the column with the most text and loses the
 * rest. Unwrapping the rows, the columns and the text blocks leaves the paragraphs, pictures and quotes side by side in
 * reading order, in one container.
 */

/**
 * The rows and columns of a Squarespace layout ("row sqs-row", "col sqs-col-6 span-6"), and a text block's wrappers
 * (div.sqs-block.html-block > div.sqs-block-content > div.sqs-html-content): its paragraphs join the others.
 */
const GRID_CELL_CLASS = /(?:^|\s)sqs-(?:row|col-\d+|block-html|block-content|html-content)(?:\s|$)/u

/** Unwraps the rows and columns inside each layout of `layouts`. */
export function unwrapLayoutGrids(layouts: readonly Element[]): void {
  for (const layout of layouts) {
    if (!layout.isConnected && !layout.parentNode) continue
    const cells = Array.from(layout.getElementsByTagName('div')).filter((div) => GRID_CELL_CLASS.test(div.getAttribute('class') ?? ''))
    // Innermost first, so that a column's blocks move up before its row goes.
    for (const cell of cells.reverse()) if (cell.parentNode) cell.replaceWith(...Array.from(cell.childNodes))
  }
}
