/**
 * Reads Qari's own sources for the static security checks: every .ts/.tsx/.mjs under src/, with comments
 * blanked out (a comment that says "never innerHTML" is not a use of it). Line numbers are kept so a
 * failure points at the line.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '../..')

const PATTERNS = {
  code: /\.(?:ts|tsx|mts|mjs|js)$/u,
  /** Block comments, kept as the same number of newlines so line numbers stay right. */
  blockComment: /\/\*[\s\S]*?\*\//gu,
  /** A line comment: `//` not preceded by a colon (http://) or a quote/backslash (a string). */
  lineComment: /(^|[^:'"`\\])\/\/.*$/gmu,
  notNewline: /[^\n]/gu,
} as const

export function stripComments(source: string): string {
  return source
    .replace(PATTERNS.blockComment, (comment) => comment.replace(PATTERNS.notNewline, ' '))
    .replace(PATTERNS.lineComment, (_all, before: string) => before)
}

export interface SourceFile {
  /** Path from the repository root, with forward slashes. */
  file: string
  code: string
}

export function readSources(dir = 'src'): SourceFile[] {
  const out: SourceFile[] = []
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const child = path.join(abs, entry.name)
      if (entry.isDirectory()) walk(child)
      else if (PATTERNS.code.test(entry.name)) {
        out.push({ file: path.relative(ROOT, child).split(path.sep).join('/'), code: stripComments(readFileSync(child, 'utf8')) })
      }
    }
  }
  walk(path.join(ROOT, dir))
  return out
}

/** `file:line: text` for every match of `pattern` (a /g regex) in the files. */
export function findAll(files: readonly SourceFile[], pattern: RegExp): string[] {
  const hits: string[] = []
  for (const { file, code } of files) {
    for (const match of code.matchAll(pattern)) {
      const line = code.slice(0, match.index).split('\n').length
      hits.push(`${file}:${line}: ${code.split('\n')[line - 1]!.trim().slice(0, 120)}`)
    }
  }
  return hits
}
