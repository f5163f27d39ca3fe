import type { ComponentChildren, JSX } from 'preact'
import { useState } from 'preact/hooks'
import type { ArticleDoc, Block } from '../../engine/index.ts'
import { CELL_SEPARATOR } from '../../engine/doc.ts'
import { markDomId, segmentBlock, summaryDomId, type Mark } from './highlights.ts'
import { blockDir } from './ltr-runs.ts'
import { isSafeUrl } from './safe-url.ts'
import { textRuns } from './TextRuns.tsx'
import { t } from './i18n.ts'

export interface HighlightContext {
  /** Non-overlapping marks, sorted by start. */
  marks: Mark[]
  /** Hover/assistive label per mark ref. */
  labels: Map<string, string>
}

/** DOM id of the hidden description a mark points at with aria-describedby. */
export function describeId(ref: string): string {
  return `desc-${ref.replace(/[^A-Za-z0-9_-]/gu, '_')}`
}

/**
 * The marks that touch [start, end), by binary search: sorted non-overlapping marks have sorted ends, so
 * each block takes only its own marks and a long article stays linear in its marks.
 */
function marksWithin(marks: Mark[], start: number, end: number): Mark[] {
  let lo = 0
  let hi = marks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (marks[mid]!.end <= start) lo = mid + 1
    else hi = mid
  }
  let last = lo
  while (last < marks.length && marks[last]!.start < end) last++
  return marks.slice(lo, last)
}

/**
 * One block's text as a flat list of children (text, marks, summary spans): built by plain functions
 * rather than a component per run and per piece, which kept a long article's first render slow.
 */
function blockText(doc: ArticleDoc, block: Block, context: HighlightContext): ComponentChildren[] {
  const runs = segmentBlock(block.start, block.end, doc.summary ?? [], marksWithin(context.marks, block.start, block.end))
  const children: ComponentChildren[] = []
  for (const run of runs) {
    const pieces: ComponentChildren[] = []
    for (const piece of run.pieces) {
      const text = textRuns(doc.text.slice(piece.start, piece.end))
      const mark = piece.mark
      if (!mark) {
        if (typeof text === 'string') pieces.push(text)
        else pieces.push(...text)
        continue
      }
      pieces.push(
        <mark
          class={`hl hl-${mark.type}`}
          data-type={mark.type}
          data-ref={mark.ref}
          id={piece.first ? markDomId(mark.ref, mark.mention) : undefined}
          title={context.labels.get(mark.ref)}
          aria-describedby={describeId(mark.ref)}
        >
          {text}
        </mark>,
      )
    }
    if (run.summary === undefined) children.push(...pieces)
    else
      children.push(
        <span id={summaryDomId(run.summary)} class="summary-sentence" data-summary={run.summary}>
          {pieces}
        </span>,
      )
  }
  return children
}

/**
 * An image is fetched from the news site only when the reader asks for it: until then the reader
 * makes no request at all (test/e2e/suites/20-no-network.mjs), and the button says what it shows.
 */
function ImageView({ src, alt, caption }: { src: string; alt?: string; caption?: JSX.Element | string }) {
  const [shown, setShown] = useState(false)
  return (
    <figure class="block-figure">
      {shown ? (
        <img class="block-image" src={src} alt={alt ?? ''} referrerpolicy="no-referrer" />
      ) : (
        <button type="button" class="block-image-placeholder" onClick={() => setShown(true)}>
          <span class="block-image-action">{t('showImage')}</span>
          {alt && <bdi class="block-image-alt">{alt}</bdi>}
          <span class="block-image-host" dir="ltr">{new URL(src).host}</span>
        </button>
      )}
      {caption && <figcaption class="block-caption">{caption}</figcaption>}
    </figure>
  )
}

/**
 * Consecutive table rows as one table: each row's cells are its text between CELL_SEPARATORs, each cell's
 * text with its own highlights (a cell is a span of the doc's text like any block).
 */
function TableView({ doc, rows, context }: { doc: ArticleDoc; rows: Block[]; context: HighlightContext }) {
  return (
    <div class="block-table-wrap">
      <table class="block-table">
        <tbody>
          {rows.map((row, r) => {
            const cells: JSX.Element[] = []
            let start = row.start
            for (const [c, cell] of doc.text.slice(row.start, row.end).split(CELL_SEPARATOR).entries()) {
              const span: Block = { kind: 'paragraph', start, end: start + cell.length }
              cells.push(<td key={c} dir="auto">{blockText(doc, span, context)}</td>)
              start = span.end + CELL_SEPARATOR.length
            }
            return <tr key={r}>{cells}</tr>
          })}
        </tbody>
      </table>
    </div>
  )
}

/** The article body: blocks as text with highlights; images with the caption that follows them. */
export function ArticleBody({ doc, context, hidden }: { doc: ArticleDoc; context: HighlightContext; hidden: string[] }) {
  const items: JSX.Element[] = []
  const blocks = doc.blocks
  const leadSrc = isSafeUrl(doc.leadImage?.src) ? doc.leadImage.src : undefined
  const leadInBody = !!leadSrc && blocks.some((b) => b.kind === 'image' && b.src === leadSrc)
  if (leadSrc && !leadInBody) {
    items.push(<ImageView key="lead" src={leadSrc} alt={doc.leadImage?.alt} caption={doc.leadImage?.caption} />)
  }
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const text = doc.text.slice(block.start, block.end)
    const dir = blockDir(text, doc.dir)
    const dirAttr = dir === doc.dir ? undefined : dir
    const content = block.kind === 'table-row' ? [] : blockText(doc, block, context)
    switch (block.kind) {
      case 'image': {
        if (!isSafeUrl(block.src)) break
        const next = blocks[i + 1]
        const caption = next?.kind === 'caption' ? <>{blockText(doc, next, context)}</> : undefined
        if (caption) i++
        items.push(<ImageView key={i} src={block.src} alt={block.alt} caption={caption} />)
        break
      }
      case 'heading':
        items.push(<h2 key={i} class="block-heading" dir={dirAttr}>{content}</h2>)
        break
      case 'quote':
        items.push(<blockquote key={i} class="block-quote" dir={dirAttr}>{content}</blockquote>)
        break
      case 'list-item':
        items.push(<p key={i} class="block-list-item" dir={dirAttr}>{content}</p>)
        break
      case 'caption':
        items.push(<p key={i} class="block-caption" dir={dirAttr}>{content}</p>)
        break
      case 'table-row': {
        const rows = [block]
        while (blocks[i + 1]?.kind === 'table-row') rows.push(blocks[++i]!)
        items.push(<TableView key={i} doc={doc} rows={rows} context={context} />)
        break
      }
      default:
        items.push(<p key={i} class="block-paragraph" dir={dirAttr}>{content}</p>)
    }
  }
  return (
    <div id="article-body" class={['article-body', ...hidden.map((type) => `hide-${type}`)].join(' ')}>
      {items}
    </div>
  )
}
