/**
 * The article as Markdown for the clipboard: title, source line, summary, body. Page text is escaped
 * so that it stays text when pasted into a Markdown renderer (no injected links or HTML).
 */
import type { ArticleDoc } from '../../engine/index.ts'
import { isSafeUrl } from './safe-url.ts'

const PATTERNS = {
  // Characters that start Markdown syntax anywhere in a line.
  inline: /[\\`*_[\]<>|]/gu,
  // Characters that start a block construct at the start of a line: # heading, > quote, - + list.
  lineStart: /^(\s*)([#>+-])/u,
  // An ordered list marker (1. or 1)): the punctuation is escaped, digits cannot be.
  orderedStart: /^(\s*\d+)([.)])/u,
}

export function escapeMarkdown(text: string): string {
  return text
    .replace(PATTERNS.inline, '\\$&')
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
  for (const block of doc.blocks) {
    const text = escapeMarkdown(doc.text.slice(block.start, block.end).trim())
    switch (block.kind) {
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
