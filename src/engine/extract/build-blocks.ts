/**
 * Turns an article's DOM into block pieces (heading, paragraph, quote, list item, image, caption).
 *
 * The walk is iterative (an explicit stack), so a page nested thousands of levels deep cannot overflow
 * the call stack. Text split only by <br> becomes one block per visible line, because that is how such
 * pages show paragraphs (the data README counts them the same way). Hidden elements are skipped.
 */
import { CELL_SEPARATOR, type BlockKind } from '../doc.ts'
import { isHidden } from './is-hidden.ts'
import { resolveImageSrc } from './resolve-image-src.ts'

export interface BlockPiece {
  kind: BlockKind
  text?: string
  src?: string
  alt?: string
  /** Text blocks: characters of the text that sat inside links (teasers and tag lists are mostly links). */
  linkChars?: number
}

export interface BuildBlocksOptions {
  /** Page URL, to resolve relative image addresses. */
  baseUrl?: string
  /** Extra skip test (clutter rules); called on every element before it is entered. */
  skip?: (element: Element) => boolean
  /** Stop once this much text is collected (a 5 MB page is not read to the end: see extract-article). */
  maxChars?: number
}

const PATTERNS = {
  /** Source whitespace (newlines, tabs, runs of spaces) collapses to one space; a no-break space is the
   * page's own typography ("الروسية.&nbsp;بدون") and stays as written. */
  whitespace: /[ \t\n\r\f\v]+/gu,
  /**
   * Invisible marks at a block's edges: a rich-text editor's zero-width spaces (SharePoint's "\u200b" opening each
   * paragraph), a byte-order mark, direction marks. Inside the text they stay (a Persian word's zero-width non-joiner).
   */
  invisibleEdges: /^[\u200b\u200e\u200f\ufeff\s]+|[\u200b\u200e\u200f\ufeff\s]+$/gu,
} as const

/** Never text: code, forms, embedded media, vector art. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed', 'video', 'audio',
  'button', 'input', 'select', 'textarea', 'form', 'label', 'head', 'title', 'meta', 'link', 'math',
])

/** Elements that start a new block; their own kind (if any) applies to the text inside them. */
const BLOCK_KIND: Record<string, BlockKind | null> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  blockquote: 'quote', li: 'list-item', dd: 'list-item', dt: 'list-item', figcaption: 'caption',
  p: null, div: null, section: null, article: null, main: null, header: null, footer: null, aside: null,
  ul: null, ol: null, dl: null, figure: null, table: null, tbody: null, thead: null, tfoot: null,
  tr: null, td: null, th: null, pre: null, address: null, nav: null, hr: null, center: null, caption: null,
}

/**
 * Elements that make a table cell part of a layout rather than a datum: a cell holding any of them is a page's
 * column (old sites lay whole articles out in tables), so its row is read block by block as before.
 */
const LAYOUT_CELL_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'table', 'ul', 'ol', 'br', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure',
  // Not text: read by the block walk, which skips them.
  'script', 'style', 'noscript', 'template',
])
/** A data cell is a figure or a label, not a paragraph. */
const MAX_CELL_CHARS = 200

const ELEMENT_NODE = 1
const TEXT_NODE = 3

type Frame =
  | { node: Node; exit: false }
  | { kind: BlockKind; exit: true }
  | { link: true; exit: true }
  | { figure: true; exit: true }

/** Block pieces of `root`'s content, in reading order. Never throws on odd DOMs. */
export function buildBlocks(root: Element, options: BuildBlocksOptions = {}): BlockPiece[] {
  const pieces: BlockPiece[] = []
  let buffer = ''
  let linkChars = 0
  let linkDepth = 0
  let figureDepth = 0
  const kinds: BlockKind[] = ['paragraph']

  let collected = 0
  const budget = options.maxChars ?? Infinity
  const flush = (): void => {
    const text = buffer.replace(PATTERNS.whitespace, ' ').replace(PATTERNS.invisibleEdges, '')
    buffer = ''
    // Inside a <figure>, only the <figcaption> is text: the rest is a credit or an overlay label
    // ("صدر الصورة، Getty Images", "Play video").
    if (figureDepth > 0 && kinds[kinds.length - 1] !== 'caption') {
      linkChars = 0
      return
    }
    if (text) {
      pieces.push({ kind: kinds[kinds.length - 1], text, linkChars: Math.min(linkChars, text.length) })
      collected += text.length
    }
    linkChars = 0
  }

  const stack: Frame[] = []
  for (let child = root.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false })

  while (stack.length && collected < budget) {
    const frame = stack.pop()!
    if (frame.exit) {
      if ('link' in frame) {
        linkDepth--
        continue
      }
      if ('figure' in frame) {
        figureDepth--
        continue
      }
      flush()
      kinds.pop()
      continue
    }
    const node = frame.node
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? ''
      buffer += value
      if (linkDepth > 0) linkChars += value.replace(PATTERNS.whitespace, ' ').trim().length
      continue
    }
    if (node.nodeType !== ELEMENT_NODE) continue
    const element = node as Element
    const tag = element.localName?.toLowerCase() ?? ''
    if (SKIP_TAGS.has(tag) || isHidden(element) || options.skip?.(element)) continue
    if (tag === 'br') {
      flush()
      continue
    }
    if (tag === 'tr') {
      const row = dataRow(element)
      if (row) {
        flush()
        if (row.text.replaceAll(CELL_SEPARATOR, '').trim()) {
          pieces.push({ kind: 'table-row', text: row.text, linkChars: row.linkChars })
          collected += row.text.length
        }
        continue
      }
    }
    if (tag === 'img' || tag === 'amp-img') {
      const src = resolveImageSrc(element, options.baseUrl)
      if (src) {
        flush()
        const alt = element.getAttribute('alt')?.trim()
        pieces.push(alt ? { kind: 'image', src, alt } : { kind: 'image', src })
      }
      continue
    }
    if (tag === 'a') {
      linkDepth++
      stack.push({ link: true, exit: true })
    }
    if (tag === 'figure' && !isQuoteFigure(element)) {
      flush()
      figureDepth++
      stack.push({ figure: true, exit: true })
    }
    const isBlock = tag in BLOCK_KIND
    if (isBlock) {
      flush()
      // A block's text takes its own kind, else its container's (a <p> inside <blockquote> is a quote).
      kinds.push(BLOCK_KIND[tag] ?? kinds[kinds.length - 1])
      stack.push({ kind: kinds[kinds.length - 1], exit: true })
    }
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false })
  }
  flush()
  return pieces
}

const collapse = (text: string) => text.replace(PATTERNS.whitespace, ' ').trim()

/** What makes a <figure> a picture's (or a player's) box. */
const MEDIA_TAGS = ['img', 'amp-img', 'picture', 'video', 'iframe', 'svg'] as const

/**
 * A <figure> holding a <blockquote> and no picture is a quotation with its attribution in the figcaption, as HTML
 * recommends and Squarespace's quote block writes it: the quote is text, not a picture's overlay.
 */
function isQuoteFigure(figure: Element): boolean {
  return figure.getElementsByTagName('blockquote').length > 0 && MEDIA_TAGS.every((tag) => figure.getElementsByTagName(tag).length === 0)
}

/**
 * A row of a data table as its cells' texts joined by CELL_SEPARATOR, or undefined when the row lays a
 * page out (one cell only, or a cell holding paragraphs, pictures or another table, or a long text).
 * Each cell used to become a paragraph of its own ("251.0" alone on a line); a row read as one keeps
 * its figures beside their label.
 */
function dataRow(row: Element): { text: string; linkChars: number } | undefined {
  const cells: string[] = []
  let linkChars = 0
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    const tag = cell.localName?.toLowerCase()
    if (tag !== 'td' && tag !== 'th') return undefined
    if (isHidden(cell)) continue
    if (holdsLayout(cell)) return undefined
    const text = collapse(cell.textContent ?? '')
    if (text.length > MAX_CELL_CHARS) return undefined
    for (const link of Array.from(cell.getElementsByTagName('a'))) linkChars += collapse(link.textContent ?? '').length
    cells.push(text)
  }
  if (cells.length < 2) return undefined
  return { text: cells.join(CELL_SEPARATOR), linkChars }
}

/** Whether any element inside the cell is one of LAYOUT_CELL_TAGS (one walk of its elements). */
function holdsLayout(cell: Element): boolean {
  const stack: Element[] = []
  for (let child = cell.firstElementChild; child; child = child.nextElementSibling) stack.push(child)
  while (stack.length) {
    const element = stack.pop()!
    if (LAYOUT_CELL_TAGS.has(element.localName?.toLowerCase() ?? '')) return true
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push(child)
  }
  return false
}
