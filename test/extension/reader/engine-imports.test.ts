/**
 * The reader, popup, options and history pages take only types from the engine's public door (engine/index.ts):
 * a value imported from it pulls the whole analysis (names tagger, figures, summary) into the popup's bundle.
 * Session 28 imported a constant from it and the popup's JavaScript grew from 16 to 50 KB gzipped; a constant
 * comes from its own module (engine/doc.ts). A structure test, like no-markup.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const PATTERNS = { valueFromIndex: /import\s+\{[^}]*\}\s+from\s+'[./]*engine\/index\.ts'/u }

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/u.test(e.name) ? [path.join(dir, e.name)] : [],
  )
}

const files = ['reader', 'popup', 'options', 'history', 'settings'].flatMap((d) => sources(path.resolve('src/extension', d)))

describe('the UI pages import only types from engine/index.ts', () => {
  it.each(files.map((f) => [path.relative(process.cwd(), f)]))('%s', (file) => {
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(PATTERNS.valueFromIndex)
  })
})
