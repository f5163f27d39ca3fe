import { describe, expect, it } from 'vitest'
import { joinBlocks, type ArticleDoc } from '../../../src/engine/doc.ts'
import { blockDir, splitLtrRuns } from '../../../src/extension/reader/ltr-runs.ts'
import { readingMinutes } from '../../../src/extension/reader/reading-time.ts'
import { escapeMarkdown, toMarkdown } from '../../../src/extension/reader/to-markdown.ts'
import { isSafeUrl } from '../../../src/extension/reader/safe-url.ts'

describe('splitLtrRuns', () => {
  it.each([
    ['Arabic only', 'قال الوزير', []],
    ['a Latin name with punctuation inside', 'قالت Reuters, Inc. إن', ['Reuters, Inc']],
    ['two runs', 'بين BBC و CNN اليوم', ['BBC', 'CNN']],
    ['a single letter', 'المرحلة B الثانية', ['B']],
    ['a version with digits', 'نظام iOS 17 الجديد', ['iOS 17']],
  ])('%s', (_name, text, runs) => {
    const parts = splitLtrRuns(text)
    expect(parts.map((p) => p.text).join('')).toBe(text)
    expect(parts.filter((p) => p.ltr).map((p) => p.text)).toEqual(runs)
  })
})

describe('blockDir', () => {
  it.each([
    ['an Arabic paragraph', 'قال الوزير إن', 'rtl'],
    ['an Arabic paragraph that starts with a Latin name', 'BBC قالت إن الوزير زار المدينة', 'rtl'],
    ['an English quote', 'He said: “we will continue” يوم', 'ltr'],
    ['digits only', '2023', 'rtl'],
  ] as const)('%s is %s', (_name, text, dir) => {
    expect(blockDir(text, 'rtl')).toBe(dir)
  })
})

describe('readingMinutes', () => {
  it.each([
    ['', 1],
    ['كلمة '.repeat(180), 1],
    ['كلمة '.repeat(900), 5],
  ])('%#', (text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes)
  })
})

describe('isSafeUrl', () => {
  it.each([
    ['https://a.example/x', true],
    ['HTTP://a.example/', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    [' https://a.example', false],
    ['//a.example', false],
    [undefined, false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe)
  })
})

describe('toMarkdown', () => {
  const body = joinBlocks([
    { kind: 'paragraph', text: 'قالت روسيا إن الوفد زار موسكو.' },
    { kind: 'heading', text: 'تصعيد' },
    { kind: 'quote', text: 'نص مقتبس' },
    { kind: 'list-item', text: '# ليس عنوانا' },
    { kind: 'image', src: 'javascript:alert(1)', alt: 'x' },
    { kind: 'image', src: 'https://a.example/i.jpg', alt: 'صورة' },
    { kind: 'paragraph', text: '[انقر](javascript:alert(1)) <b>' },
  ])
  const doc: ArticleDoc = {
    url: 'https://a.example/1', lang: 'ar', dir: 'rtl', title: 'العنوان', siteName: 'الموقع', ...body,
    summary: [{ start: 0, end: 30 }],
  }
  const md = toMarkdown(doc, { summary: 'الخلاصة', source: 'المصدر' })

  it('has the title, source, summary and body in order', () => {
    expect(md.startsWith('# العنوان\n\nالموقع\n\nالمصدر: <https://a.example/1>\n\n## الخلاصة\n\n- قالت روسيا إن الوفد زار موسكو.')).toBe(true)
    expect(md).toContain('\n\n## تصعيد\n\n> نص مقتبس\n\n- \\# ليس عنوانا\n\n')
  })

  it('keeps safe images and drops unsafe ones', () => {
    expect(md).toContain('![صورة](<https://a.example/i.jpg>)')
    expect(md).not.toMatch(/[^\\]\]\(javascript/u)
    expect(md.match(/!\[/gu)).toHaveLength(1)
  })

  it('writes consecutive table rows as one Markdown table, its first row heading it, cells escaped', () => {
    const table = toMarkdown(
      { url: 'https://a.example/1', lang: 'ar', dir: 'rtl', title: 'ت', ...joinBlocks([{ kind: 'table-row', text: 'البند\t2024' }, { kind: 'table-row', text: 'أ|ب\t3.5' }, { kind: 'paragraph', text: 'بعد' }]) },
      { summary: 'الخلاصة', source: 'المصدر' },
    )
    expect(table).toContain('\n\n| البند | 2024 |\n| --- | --- |\n| أ\\|ب | 3.5 |\n\nبعد\n')
  })

  it('escapes page text so it cannot become a link or HTML', () => {
    expect(md).toContain('\\[انقر\\](javascript:alert(1)) \\<b\\>')
    expect(escapeMarkdown('1. أولا')).toBe('1\\. أولا')
    expect(escapeMarkdown('- بند')).toBe('\\- بند')
  })
})
