import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from '@webext-core/fake-browser'
import { cleanup, render, screen, waitFor } from '@testing-library/preact'
import { ReaderView } from '../../../src/extension/reader/ReaderView.tsx'
import { createMockReaderApi } from '../../../src/extension/reader/reader-api.ts'
import type { ArticleDoc } from '../../../src/engine/doc.ts'
import { joinBlocks } from '../../../src/engine/doc.ts'
import type { ReaderResult } from '../../../src/extension/messages.ts'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/extension/settings/settings.ts'

const body = joinBlocks([
  { kind: 'paragraph', text: 'قالت روسيا الجمعة إن الوفد زار موسكو.' },
  { kind: 'heading', text: 'تصعيد غير مسبوق' },
  { kind: 'image', src: 'javascript:alert(1)' },
  { kind: 'paragraph', text: '<img src=x onerror=alert(1)>' },
])
const doc: ArticleDoc = { url: 'https://a.example/1', lang: 'ar', dir: 'rtl', title: 'الكرملين يدافع', siteName: 'أخبار اليوم', published: '2023-10-27', ...body }

describe('ReaderView', () => {
  afterEach(cleanup)

  it('shows the loading state first', () => {
    render(<ReaderView api={createMockReaderApi(() => new Promise(() => {}))} />)
    expect(screen.getByRole('status').textContent).toBe('Preparing the reader…')
  })

  it('renders the article right to left', async () => {
    render(<ReaderView api={createMockReaderApi({ status: 'ok', doc, fromCache: false })} />)
    const title = await screen.findByRole('heading', { level: 1 })
    expect(title.textContent).toBe('الكرملين يدافع')
    expect(title.closest('article')?.getAttribute('dir')).toBe('rtl')
    expect(screen.getByText('تصعيد غير مسبوق').tagName).toBe('H2')
    expect(document.querySelector('[data-state="ok"]')).toBeTruthy()
    expect(document.querySelector('#article-body')).toBeTruthy()
  })

  it('renders page text as text, never as markup, and drops unsafe images', async () => {
    const { container } = render(<ReaderView api={createMockReaderApi({ status: 'ok', doc, fromCache: false })} />)
    // The markup-looking text is one paragraph of text (its Latin runs isolated in <bdi>), not elements.
    await screen.findByText((_, el) => el?.tagName === 'P' && el.textContent === '<img src=x onerror=alert(1)>')
    expect(container.querySelectorAll('img')).toHaveLength(0)
    expect(container.querySelector('[onerror]')).toBeNull()
  })

  it('says there is no article, with the reason', async () => {
    render(<ReaderView api={createMockReaderApi({ status: 'no-article', reason: 'a list of headlines' })} />)
    expect(await screen.findByText('No article on this page')).toBeTruthy()
    expect(screen.getByText('a list of headlines')).toBeTruthy()
  })

  it('says what kind of page it is in the reader’s language, above the engine’s reason', async () => {
    render(<ReaderView api={createMockReaderApi({ status: 'no-article', reason: 'search page', kind: 'search' })} />)
    expect(await screen.findByText('No article on this page')).toBeTruthy()
    expect(screen.getByText('This is a page of search results: open one of them, then try the reader.')).toBeTruthy()
    expect(screen.getByText('search page')).toBeTruthy()
  })

  it('asks as soon as the peek misses, leaving the stored summary length to the worker', async () => {
    await fakeBrowser.storage.sync.set({ settings: { summarySentences: 5 } })
    const api = createMockReaderApi({ status: 'ok', doc, fromCache: false })
    const analyze = vi.spyOn(api, 'analyze')
    render(<ReaderView api={api} tabId={7} />)
    await waitFor(() => expect(analyze).toHaveBeenCalledWith({ tabId: 7 }))
    await screen.findByRole('heading', { level: 1 })
    expect(analyze).toHaveBeenCalledTimes(1)
  })

  it('opens a cached article by key', async () => {
    const api = createMockReaderApi({ status: 'ok', doc, fromCache: true })
    const openCached = vi.spyOn(api, 'openCached')
    render(<ReaderView api={api} cacheKey="https://a.example/1" mode="tab" />)
    await screen.findByRole('heading', { level: 1 })
    expect(openCached).toHaveBeenCalledWith('https://a.example/1')
    expect(document.querySelector('[data-from-cache="true"]')).toBeTruthy()
  })

  it('asks again when the summary length changes', async () => {
    const api = createMockReaderApi({ status: 'ok', doc, fromCache: false })
    const analyze = vi.spyOn(api, 'analyze')
    render(<ReaderView api={api} tabId={1} />)
    await screen.findByRole('heading', { level: 1 })
    await fakeBrowser.storage.sync.set({ settings: { summarySentences: 4 } })
    await waitFor(() => expect(analyze).toHaveBeenLastCalledWith({ tabId: 1, summarySentences: 4 }))
  })

  it('shows the cached analysis at once and keeps it when the tab still holds the same article', async () => {
    let confirm!: (result: ReaderResult) => void
    const api = createMockReaderApi(() => new Promise((resolve) => (confirm = resolve)), { status: 'ok', doc, fromCache: true })
    render(<ReaderView api={api} tabId={3} />)
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(document.querySelector('[data-from-cache="true"]')).toBeTruthy()
    await waitFor(() => expect(confirm).toBeTypeOf('function'))
    confirm({ status: 'ok', doc: { ...doc }, fromCache: true })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading)
  })

  it('replaces the cached analysis when the article in the tab changed', async () => {
    let confirm!: (result: ReaderResult) => void
    const api = createMockReaderApi(() => new Promise((resolve) => (confirm = resolve)), { status: 'ok', doc, fromCache: true })
    render(<ReaderView api={api} tabId={3} />)
    await screen.findByRole('heading', { level: 1 })
    await waitFor(() => expect(confirm).toBeTypeOf('function'))
    confirm({ status: 'ok', doc: { ...doc, title: 'عنوان جديد' }, fromCache: false })
    expect(await screen.findByRole('heading', { level: 1, name: 'عنوان جديد' })).toBeTruthy()
    expect(document.querySelector('[data-from-cache="false"]')).toBeTruthy()
  })

  it('reads the tab again only once the cached analysis is on screen', async () => {
    let headingWhenAsked: Element | null | undefined
    const api = createMockReaderApi(
      async () => {
        headingWhenAsked = document.querySelector('h1')
        return { status: 'ok', doc, fromCache: true }
      },
      { status: 'ok', doc, fromCache: true },
    )
    render(<ReaderView api={api} tabId={3} />)
    await waitFor(() => expect(headingWhenAsked).not.toBeUndefined())
    expect(headingWhenAsked).toBeTruthy()
  })

  it('keeps the cached article when the tab can no longer be read', async () => {
    const api = createMockReaderApi(() => Promise.reject(new Error('tab closed')), { status: 'ok', doc, fromCache: true })
    render(<ReaderView api={api} tabId={3} />)
    await screen.findByRole('heading', { level: 1 })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy()
  })

  it("shows an answer only with the reader's stored settings, never with the defaults first", async () => {
    let give!: (settings: Settings) => void
    const stored = new Promise<Settings>((resolve) => (give = resolve))
    const api = createMockReaderApi({ status: 'ok', doc, fromCache: true }, { status: 'ok', doc, fromCache: true })
    render(<ReaderView api={api} tabId={3} storedSettings={stored} />)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(document.querySelector('[data-state="loading"]')).toBeTruthy()
    give({ ...DEFAULT_SETTINGS, theme: 'dark', highlights: { ...DEFAULT_SETTINGS.highlights, figure: false } })
    await screen.findByRole('heading', { level: 1 })
    expect(document.documentElement.dataset.theme).toBe('dark')
  })

  it('reads the settings itself when no early script asked for them', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'sepia' } })
    render(<ReaderView api={createMockReaderApi({ status: 'ok', doc, fromCache: false })} />)
    await screen.findByRole('heading', { level: 1 })
    expect(document.documentElement.dataset.theme).toBe('sepia')
  })

  it('shows an error when the worker fails', async () => {
    render(<ReaderView api={createMockReaderApi(() => Promise.reject(new Error('worker gone')))} />)
    expect((await screen.findByRole('alert')).textContent).toContain('worker gone')
  })
})
