/**
 * The article as Markdown for the clipboard: title, source line, summary, body. Page text is escaped
 * so that it stays text when pasted into a Markdown renderer (no injected links or HTML).
 */
import type { ArticleDoc } from '../../engine/index.ts'
import { CELL_SEPARATOR } from '../../engine/doc.ts'
import { isSafeUrl } from './safe-url.ts'

const PATTERNS = {
  // Characters that start Markdown syntax anywhere in a line.
  inline: /[\\`*_[\]<>|]/gu,
  // Characters that start a block construct at the start of a line: # heading, > quote, - + list.
  lineStart: /^(\s*)([#>+-])/u,
  // An ordered list marker (1. or 1)): the punctuation is escaped, digits cannot be.
  orderedStart: /^(\s*\d+)([.)])/u,
}

/** Escapes what starts Markdown syntax inside a line (a table cell: no line-start constructs there). */
function escapeInline(text: string): string {
  return text.replace(PATTERNS.inline, '\\$&')
}

export function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .replace(PATTERNS.lineStart, '$1\\$2')
    .replace(PATTERNS.orderedStart, '$1\\$2')
}

export interface MarkdownLabels {
  summary: string
  source: string
}

export function toMarkdown(doc: ArticleDoc, labels: MarkdownLabels): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`]
  const meta = [doc.siteName, doc.byline, doc.published].filter(Boolean).map((s) => escapeMarkdown(s!))
  if (meta.length) out.push(meta.join(' · '))
  if (isSafeUrl(doc.url)) out.push(`${labels.source}: <${doc.url.replace(/[<>\s]/gu, encodeURIComponent)}>`)
  if (doc.summary?.length) {
    out.push(`## ${escapeMarkdown(labels.summary)}`)
    out.push(doc.summary.map((s) => `- ${escapeMarkdown(doc.text.slice(s.start, s.end).trim())}`).join('\n'))
  }
  const blocks = doc.blocks
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const text = escapeMarkdown(doc.text.slice(block.start, block.end).trim())
    switch (block.kind) {
      case 'table-row': {
        // A Markdown table: the first row heads it (Markdown has no table without one).
        const rows = [block]
        while (blocks[i + 1]?.kind === 'table-row') rows.push(blocks[++i]!)
        const lines = rows.map((row) => `| ${doc.text.slice(row.start, row.end).split(CELL_SEPARATOR).map((cell) => escapeInline(cell.trim())).join(' | ')} |`)
        const columns = doc.text.slice(block.start, block.end).split(CELL_SEPARATOR).length
        lines.splice(1, 0, `|${' --- |'.repeat(columns)}`)
        out.push(lines.join('\n'))
        break
      }
      case 'heading':
        out.push(`## ${text}`)
        break
      case 'quote':
        out.push(`> ${text}`)
        break
      case 'list-item':
        out.push(`- ${text}`)
        break
      case 'caption':
        out.push(`*${text}*`)
        break
      case 'image':
        if (isSafeUrl(block.src)) out.push(`![${escapeMarkdown(block.alt ?? '')}](<${block.src.replace(/[<>\s]/gu, encodeURIComponent)}>)`)
        break
      default:
        if (text) out.push(text)
    }
  }
  if (doc.credit) out.push(escapeMarkdown(doc.credit))
  return out.join('\n\n') + '\n'
}
