import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { fakeBrowser } from '@webext-core/fake-browser'
import { ReaderView } from '../../../src/extension/reader/ReaderView.tsx'
import { createMockReaderApi } from '../../../src/extension/reader/reader-api.ts'
import { SETTINGS_KEY } from '../../../src/extension/settings/settings-store.ts'
import { seedDoc, SEED_EXPECTED, SEED_SUMMARY_PHRASES } from './seed-doc.ts'

async function renderSeed(mode: 'popup' | 'tab' = 'popup') {
  const view = render(<ReaderView api={createMockReaderApi({ status: 'ok', doc: seedDoc, fromCache: false })} tabId={3} mode={mode} />)
  await screen.findByRole('heading', { level: 1 })
  return view
}

/** Opens a folded <details> as a click on its summary does: the toggle event comes after. */
async function unfold(selector: string): Promise<void> {
  const details = document.querySelector<HTMLDetailsElement>(selector)!
  details.open = true
  fireEvent(details, new Event('toggle'))
  await waitFor(() => expect(details.children.length).toBeGreaterThan(1))
}

function marks(type?: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(type ? `mark.hl-${type}` : 'mark.hl')]
}

describe('the reader on the seed article', () => {
  afterEach(cleanup)

  it('puts the summary on top, each sentence a link to its place', async () => {
    await renderSeed()
    const summary = screen.getByRole('region', { name: 'Summary' })
    const links = within(summary).getAllByRole('link')
    expect(links).toHaveLength(3)
    links.forEach((link, i) => {
      expect(link.textContent!.includes(SEED_SUMMARY_PHRASES[i]!)).toBe(true)
      const target = document.getElementById(link.getAttribute('href')!.slice(1))!
      expect(target.closest('#article-body')).toBeTruthy()
      expect(target.textContent).toBe(link.textContent)
    })
    // Before the body in reading order.
    expect(summary.compareDocumentPosition(document.getElementById('article-body')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('flashes and focuses the sentence a summary link points to', async () => {
    await renderSeed()
    const link = within(screen.getByRole('region', { name: 'Summary' })).getAllByRole('link')[1]!
    fireEvent.click(link)
    const target = document.getElementById('summary-1')!
    expect(target.classList.contains('flash')).toBe(true)
    expect(document.activeElement).toBe(target)
  })

  it.each([
    ['person', SEED_EXPECTED.person],
    ['organization', SEED_EXPECTED.organization],
    ['place', SEED_EXPECTED.place],
  ])('highlights every expected %s name with that type', async (type, names) => {
    await renderSeed()
    const texts = new Set(marks(type).map((m) => m.textContent))
    for (const name of names) expect(texts, name).toContain(name)
  })

  it('highlights every expected figure', async () => {
    await renderSeed()
    const texts = new Set(marks('figure').map((m) => m.textContent))
    for (const figure of SEED_EXPECTED.figures) expect(texts, figure).toContain(figure)
  })

  it('keeps the body text exactly as the page says it', async () => {
    await renderSeed()
    const body = document.getElementById('article-body')!.textContent!
    for (const block of seedDoc.blocks) expect(body).toContain(seedDoc.text.slice(block.start, block.end))
  })

  it('labels each highlight for assistive technology and on hover', async () => {
    await renderSeed()
    const peskov = marks('person').find((m) => m.textContent === 'دميتري بيسكوف')!
    const label = 'Person: \u2068دميتري بيسكوف\u2069 — 2 mentions'
    expect(peskov.title).toBe(label)
    expect(document.getElementById(peskov.getAttribute('aria-describedby')!)!.textContent).toBe(label)
    const seven = marks('figure').find((m) => m.textContent === 'سبعة آلاف')!
    expect(seven.title).toBe('Figure: \u20687,000 people\u2069')
  })

  it('shows a legend with one switch per type that hides and shows that type', async () => {
    await renderSeed()
    const legend = screen.getByRole('group', { name: 'Highlights' })
    const toggle = within(legend).getByRole('checkbox', { name: /Place/u }) as HTMLInputElement
    expect(toggle.checked).toBe(true)
    fireEvent.click(toggle)
    await waitFor(() => expect(document.getElementById('article-body')!.classList.contains('hide-place')).toBe(true))
    const stored = (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as { highlights: Record<string, boolean> }
    expect(stored.highlights.place).toBe(false)
  })

  it('lists names by type with mention counts, and jumps to each mention in turn', async () => {
    await renderSeed()
    await unfold('.panel-names')
    const persons = screen.getByRole('region', { name: 'Person' })
    const peskov = within(persons).getByRole('button', { name: 'دميتري بيسكوف' })
    expect(peskov.getAttribute('title')).toBe('Person: \u2068دميتري بيسكوف\u2069 — 2 mentions')
    expect(document.getElementById(peskov.getAttribute('aria-describedby')!)!.textContent).toBe('Person: \u2068دميتري بيسكوف\u2069 — 2 mentions')
    fireEvent.click(peskov)
    const first = document.activeElement as HTMLElement
    expect(first.textContent).toBe('دميتري بيسكوف')
    expect(first.classList.contains('flash')).toBe(true)
    fireEvent.click(peskov)
    expect((document.activeElement as HTMLElement).textContent).toBe('بيسكوف')
    expect(document.activeElement).not.toBe(first)
  })

  it('says that names are looked for in Arabic articles only, on a Persian one', async () => {
    const persian = { ...seedDoc, lang: 'fa', entities: undefined }
    render(<ReaderView api={createMockReaderApi({ status: 'ok', doc: persian, fromCache: false })} tabId={3} mode="popup" />)
    await screen.findByRole('heading', { level: 1 })
    await unfold('.panel-names')
    expect(document.querySelector('.panel-names .panel-empty')!.textContent).toBe('Qari finds names in Arabic articles only.')
  })

  it('lists figures with the normalised value and their sentence', async () => {
    await renderSeed()
    await unfold('.panel-figures')
    const items = [...document.querySelectorAll('.figure-item')]
    expect(items).toHaveLength(seedDoc.figures!.length)
    const seven = items.find((li) => li.querySelector('.figure-text')!.textContent === 'سبعة آلاف')!
    expect(seven.querySelector('.figure-value')!.textContent).toBe('7,000 people')
    expect(seven.querySelector('.figure-sentence')!.textContent).toContain('أكثر من سبعة آلاف فلسطيني')
  })

  it('shows the image, site, date and reading time', async () => {
    await renderSeed()
    // Nothing is fetched until the reader asks for the image.
    expect(document.querySelector('#article-body img')).toBeNull()
    fireEvent.click(document.querySelector('#article-body .block-image-placeholder')!)
    const img = document.querySelector('#article-body img') as HTMLImageElement
    expect(img.getAttribute('src')).toBe(seedDoc.blocks[0]!.src)
    expect(document.querySelector('.article-site')!.textContent).toBe('أخبار اليوم')
    expect(document.querySelector('.article-date')!.textContent).toContain('2023')
    expect(document.querySelector('.article-reading-time')!.textContent).toMatch(/^\d+ min read$/u)
    const original = screen.getByRole('link', { name: 'Open the original' })
    expect(original.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('folds the panels in the popup and opens them beside the article in a tab', async () => {
    await renderSeed('popup')
    expect((document.querySelector('.panel-names') as HTMLDetailsElement).open).toBe(false)
    // Folded, a panel's list is built only when the reader first unfolds it.
    expect(document.querySelector('.name-button')).toBeNull()
    expect(document.querySelector('.figure-item')).toBeNull()
    expect(document.querySelector('.panel-names .panel-count')!.textContent).toBe(`(${seedDoc.entities!.length})`)
    expect(document.querySelector('.tool-open-tab')).toBeTruthy()
    cleanup()
    await renderSeed('tab')
    expect((document.querySelector('.reader-side .panel-names') as HTMLDetailsElement).open).toBe(true)
    expect(document.querySelectorAll('.reader-side .name-button')).toHaveLength(seedDoc.entities!.length)
    expect(document.querySelector('.tool-open-tab')).toBeNull()
  })

  it('applies a settings change from anywhere at once', async () => {
    await renderSeed()
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { theme: 'dark', fontSize: 24, font: 'amiri' } })
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'))
    expect(document.documentElement.style.getPropertyValue('--reader-size')).toBe('24px')
    expect(document.documentElement.style.getPropertyValue('--reader-font')).toContain('Amiri')
  })

  it('changes the text size from the reader', async () => {
    await renderSeed()
    // The display menu renders its controls when it first opens.
    expect(screen.queryByRole('button', { name: 'Larger text' })).toBeNull()
    await unfold('details.tool-menu')
    fireEvent.click(await screen.findByRole('button', { name: 'Larger text' }))
    await waitFor(() => expect(document.documentElement.style.getPropertyValue('--reader-size')).toBe('20px'))
  })

  it('copies the article as Markdown', async () => {
    let copied = ''
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (s: string) => void (copied = s) }, configurable: true })
    await renderSeed()
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }))
    await screen.findByText('Copied as Markdown.')
    expect(copied.startsWith(`# ${seedDoc.title}`)).toBe(true)
  })

  it('hides read aloud when no voice speaks the article language', async () => {
    await renderSeed()
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull()
  })

  it('offers read aloud when an Arabic voice is installed', async () => {
    const voice = { lang: 'ar-SA', name: 'Maged' } as SpeechSynthesisVoice
    const spoken: string[] = []
    Object.defineProperty(globalThis, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [{ lang: 'en-US' }, voice],
        speak: (u: { text: string }) => spoken.push(u.text),
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      },
    })
    Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', {
      configurable: true,
      value: class { voice?: unknown; lang = ''; onend?: () => void; constructor(public text: string) {} },
    })
    try {
      await renderSeed()
      fireEvent.click(await screen.findByRole('button', { name: 'Read aloud' }))
      expect(spoken[0]).toBe(seedDoc.title)
      expect((await screen.findByRole('button', { name: 'Stop reading' })).getAttribute('aria-pressed')).toBe('true')
    } finally {
      delete (globalThis as { speechSynthesis?: unknown }).speechSynthesis
    }
  })
})

describe('the reader on a long article', () => {
  afterEach(cleanup)

  it('renders 1,000 paragraphs with their 3,000 highlights exactly, in reasonable time', async () => {
    const pieces = Array.from({ length: 1000 }, (_, i) => ({ kind: 'paragraph' as const, text: `قال الوزير ${i} في موسكو إن الوفد زار القاهرة.` }))
    const { joinBlocks } = await import('../../../src/engine/doc.ts')
    const body = joinBlocks(pieces)
    const mentions = body.blocks.flatMap((b) => {
      const at = body.text.indexOf('موسكو', b.start)
      const cairo = body.text.indexOf('القاهرة', b.start)
      return [{ start: at, end: at + 5 }, { start: cairo, end: cairo + 7 }]
    })
    const doc = {
      ...seedDoc, ...body, sentences: undefined, summary: [], figures: [],
      entities: [{ id: 'p', type: 'place' as const, name: 'موسكو', mentions }, { id: 'o', type: 'organization' as const, name: 'الوزير', mentions: body.blocks.flatMap((b) => [{ start: b.start + 4, end: b.start + 10 }, { start: b.start + 4, end: b.start + 9 }]) }],
    }
    const started = performance.now()
    render(<ReaderView api={createMockReaderApi({ status: 'ok', doc, fromCache: false })} />)
    // Not findByRole: computing roles over 10,000 elements is what would be slow here.
    await waitFor(() => expect(document.getElementById('article-body')).toBeTruthy(), { timeout: 15000 })
    const elapsed = performance.now() - started
    console.log(`1,000 paragraphs, 3,000 marks: ${elapsed.toFixed(0)} ms in happy-dom`)
    expect(document.querySelectorAll('#article-body mark.hl-place')).toHaveLength(2000)
    // The nested mention (start+4..start+9) lost to the longer one: one organisation mark per paragraph.
    expect(document.querySelectorAll('#article-body mark.hl-organization')).toHaveLength(1000)
    expect(document.getElementById('article-body')!.textContent).toBe(body.text.replaceAll('\n\n', ''))
    // happy-dom builds DOM some 50× slower than a browser; this only catches a quadratic slip.
    expect(elapsed).toBeLessThan(15000)
  }, 30000)
})

describe('right to left in Arabic, Persian and Urdu', () => {
  afterEach(cleanup)

  it.each(['ar', 'fa', 'ur'])('%s: the article is right to left, Latin runs are isolated, an English block is left to right', async (lang) => {
    const { joinBlocks } = await import('../../../src/engine/doc.ts')
    const body = joinBlocks([
      { kind: 'paragraph', text: 'به گزارش BBC News, وزیر امروز ۱۲ بار گفت.' },
      { kind: 'quote', text: 'We will continue the talks, he said.' },
    ])
    const doc = { url: 'https://x.example/', lang, dir: 'rtl' as const, title: 'عنوان iPhone 15', ...body }
    render(<ReaderView api={createMockReaderApi({ status: 'ok', doc, fromCache: false })} />)
    const title = await screen.findByRole('heading', { level: 1 })
    const article = title.closest('article')!
    expect(article.getAttribute('dir')).toBe('rtl')
    expect(article.getAttribute('lang')).toBe(lang)
    expect(title.querySelector('bdi[dir="ltr"]')!.textContent).toBe('iPhone 15')
    expect([...article.querySelectorAll('p bdi[dir="ltr"]')].map((b) => b.textContent)).toEqual(['BBC News'])
    expect(article.querySelector('blockquote')!.getAttribute('dir')).toBe('ltr')
    expect(article.querySelector('p.block-paragraph')!.getAttribute('dir')).toBeNull()
  })
})

describe('a very long article', () => {
  afterEach(cleanup)

  it('says that the summary and highlights cover its first part', async () => {
    render(<ReaderView api={createMockReaderApi({ status: 'ok', doc: { ...seedDoc, analysedLength: 100 }, fromCache: false })} />)
    expect((await screen.findByRole('note')).textContent).toContain('first part')
  })
})

describe('a data table in the article', () => {
  afterEach(cleanup)

  it('shows consecutive table rows as one table, a cell per column, with the figures in it highlighted', async () => {
    const { joinBlocks } = await import('../../../src/engine/doc.ts')
    const body = joinBlocks([
      { kind: 'paragraph', text: 'ارتفعت أرباح الشركة في الربع الأول.' },
      { kind: 'table-row', text: 'البند\t2023\t2024' },
      { kind: 'table-row', text: 'المبيعات\t251.0\t312.7' },
      { kind: 'paragraph', text: 'وأغلق السهم مرتفعا.' },
    ])
    const at = body.text.indexOf('312.7')
    const doc = {
      url: 'https://x.example/', lang: 'ar', dir: 'rtl' as const, title: 'أرباح الشركة', ...body,
      figures: [{ start: at, end: at + 5, text: '312.7', kind: 'number' as const, value: 312.7 }],
    }
    render(<ReaderView api={createMockReaderApi({ status: 'ok', doc, fromCache: false })} />)
    await screen.findByRole('heading', { level: 1 })
    const tables = document.querySelectorAll('#article-body table.block-table')
    expect(tables).toHaveLength(1)
    const rows = [...tables[0]!.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
    expect(rows).toEqual([['البند', '2023', '2024'], ['المبيعات', '251.0', '312.7']])
    expect(tables[0]!.querySelector('mark')!.textContent).toBe('312.7')
    expect(document.querySelectorAll('#article-body p.block-paragraph')).toHaveLength(2)
  })
})
