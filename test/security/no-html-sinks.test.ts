/**
 * No HTML from pages, ever (issue 8): Qari's code never turns a string into markup or code. Page text
 * reaches the screen only as text nodes (Preact children), so a page cannot inject script or markup
 * into an extension page, which runs with the extension's privileges.
 */
import { describe, expect, it } from 'vitest'
import { findAll, readSources, stripComments, type SourceFile } from './source-scan.ts'

/** Each sink with why it is banned. All carry `g` for matchAll and `u` as the style asks. */
const SINKS = {
  innerHTML: /\binnerHTML\b/gu,
  dangerouslySetInnerHTML: /\bdangerouslySetInnerHTML\b/gu,
  insertAdjacentHTML: /\binsertAdjacentHTML\b/gu,
  'outerHTML assignment': /\bouterHTML\s*(?:\+?=)(?!=)/gu,
  'document.write': /\bdocument\s*\.\s*write(?:ln)?\s*\(/gu,
  'eval(': /(?<![\w.$])eval\s*\(/gu,
  'new Function': /\bnew\s+Function\s*\(/gu,
  'Function(string)': /(?<![\w.$])Function\s*\(\s*['"`]/gu,
  'setTimeout/setInterval with a string': /\bset(?:Timeout|Interval)\s*\(\s*['"`]/gu,
  createContextualFragment: /\bcreateContextualFragment\b/gu,
  'DOMParser text/html': /\bparseFromString\b/gu,
  srcdoc: /\bsrcdoc\b/gu,
} as const

const sources = readSources('src')

describe('no HTML or code from strings in src/', () => {
  it('reads the sources (the scan is not vacuous)', () => {
    expect(sources.length).toBeGreaterThan(50)
    expect(sources.some((f) => f.file === 'src/extension/reader/ArticleBody.tsx')).toBe(true)
  })

  it.each(Object.entries(SINKS))('has no %s', (_name, pattern) => {
    expect(findAll(sources, pattern)).toEqual([])
  })
})

/** The scan catches each sink it names: a pattern that matches nothing would pass forever. */
describe('the sink scan itself', () => {
  const planted: [keyof typeof SINKS, string][] = [
    ['innerHTML', 'el.innerHTML = page.title'],
    ['dangerouslySetInnerHTML', '<p dangerouslySetInnerHTML={{ __html: text }} />'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', text)"],
    ['outerHTML assignment', 'el.outerHTML = text'],
    ['document.write', 'document.write(text)'],
    ['eval(', 'const x = eval(text)'],
    ['new Function', "const f = new Function('return 1')"],
    ['Function(string)', "const f = Function('return 1')"],
    ['setTimeout/setInterval with a string', "setTimeout('alert(1)', 10)"],
    ['setTimeout/setInterval with a string', 'setInterval(`tick()`, 10)'],
    ['createContextualFragment', 'range.createContextualFragment(text)'],
    ['DOMParser text/html', "new DOMParser().parseFromString(text, 'text/html')"],
    ['srcdoc', '<iframe srcdoc={text} />'],
  ]

  it.each(planted)('finds %s in `%s`', (name, line) => {
    const file: SourceFile = { file: 'planted.tsx', code: stripComments(`const a = 1\n${line}\n`) }
    expect(findAll([file], SINKS[name])).toEqual([`planted.tsx:2: ${line}`])
  })

  it.each([
    'const html = el.outerHTML === x', // reading, comparing: not an assignment
    'setTimeout(() => run(), 10)',
    'const evaluate = retrieval(text)',
    '// never innerHTML, never eval(x)',
    '/* dangerouslySetInnerHTML is banned */',
    "const url = 'http://example.com' // innerHTML",
  ])('does not flag `%s`', (line) => {
    const file: SourceFile = { file: 'ok.ts', code: stripComments(line) }
    for (const pattern of Object.values(SINKS)) expect(findAll([file], pattern)).toEqual([])
  })
})
