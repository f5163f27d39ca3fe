/**
 * Page text reaches the UI only as text nodes: no file of the reader, popup, options, history or settings
 * may write markup (DESIGN.md §9). A structure test, so a shortcut cannot slip in unnoticed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const PATTERNS = { markup: /innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\(|new Function\(/u }

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/u.test(e.name) ? [path.join(dir, e.name)] : [],
  )
}

const files = ['reader', 'popup', 'options', 'history', 'settings'].flatMap((d) => sources(path.resolve('src/extension', d)))

describe('the reader UI writes no markup', () => {
  it.each(files.map((f) => [path.relative(process.cwd(), f)]))('%s', (file) => {
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(PATTERNS.markup)
  })
})
