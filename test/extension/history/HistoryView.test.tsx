import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { HistoryView } from '../../../src/extension/history/HistoryView.tsx'
import { createMockReaderApi, type ReaderApi } from '../../../src/extension/reader/reader-api.ts'
import type { HistoryItem } from '../../../src/extension/messages.ts'

const ITEMS: HistoryItem[] = [
  {
    key: 'https://akhbar.example/a',
    url: 'https://akhbar.example/a',
    title: 'الكرملين يدافع عن قرار دعوة وفد من حماس',
    siteName: 'أخبار اليوم',
    published: '2023-10-27T16:40',
    summary: ['قالت روسيا الجمعة إن الوفد زار موسكو.', 'وقال بيسكوف إن الوفد لم يلتق بوتين.'],
    lastUsed: 2,
  },
  { key: 'k2', url: 'javascript:alert(1)', title: 'مقال آخر', summary: [], lastUsed: 1 },
]

/** A history that filters by title like the worker does, and forgets. */
function historyApi(): ReaderApi {
  let items = [...ITEMS]
  const api = createMockReaderApi({ status: 'error', message: 'unused' })
  api.history = vi.fn(async (query?: string) => ({ items: items.filter((i) => !query || i.title.includes(query)) }))
  api.forget = vi.fn(async (key: string) => {
    items = items.filter((i) => i.key !== key)
    return { ok: true }
  })
  api.forgetAll = vi.fn(async () => {
    items = []
    return { ok: true }
  })
  return api
}

describe('the history page', () => {
  afterEach(cleanup)

  it('lists the cached articles with title, site, date and summary', async () => {
    render(<HistoryView api={historyApi()} />)
    const first = (await screen.findByText(ITEMS[0]!.title)).closest('li')!
    expect(within(first).getByText('أخبار اليوم')).toBeTruthy()
    expect(first.querySelector('time')!.getAttribute('datetime')).toBe('2023-10-27T16:40')
    expect(within(first).getByText(ITEMS[0]!.summary[1]!)).toBeTruthy()
    expect(screen.getAllByRole('listitem', { name: undefined }).filter((li) => li.classList.contains('history-item'))).toHaveLength(2)
  })

  it('links to the cached reader and, for http(s) only, to the original', async () => {
    render(<HistoryView api={historyApi()} />)
    const first = (await screen.findByText(ITEMS[0]!.title)).closest('li')!
    expect(within(first).getByRole('link', { name: 'Open in the reader' }).getAttribute('href')).toBe(
      `reader.html?key=${encodeURIComponent(ITEMS[0]!.key)}`,
    )
    const original = within(first).getByRole('link', { name: 'Open the original' })
    expect(original.getAttribute('href')).toBe(ITEMS[0]!.url)
    expect(original.getAttribute('rel')).toBe('noopener noreferrer')
    const second = screen.getByText('مقال آخر').closest('li')!
    expect(within(second).queryByRole('link', { name: 'Open the original' })).toBeNull()
  })

  it('searches', async () => {
    const api = historyApi()
    render(<HistoryView api={api} />)
    await screen.findByText(ITEMS[0]!.title)
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'آخر' } })
    await waitFor(() => expect(screen.queryByText(ITEMS[0]!.title)).toBeNull())
    expect(api.history).toHaveBeenLastCalledWith('آخر')
    expect(screen.getByText('مقال آخر')).toBeTruthy()
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'لا شيء' } })
    expect(await screen.findByText('No article matches your search.')).toBeTruthy()
  })

  it('deletes one article', async () => {
    const api = historyApi()
    render(<HistoryView api={api} />)
    const second = (await screen.findByText('مقال آخر')).closest('li')!
    fireEvent.click(within(second).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(screen.queryByText('مقال آخر')).toBeNull())
    expect(api.forget).toHaveBeenCalledWith('k2')
    expect(screen.getByText(ITEMS[0]!.title)).toBeTruthy()
  })

  it('clears all after a confirmation', async () => {
    const api = historyApi()
    render(<HistoryView api={api} />)
    await screen.findByText(ITEMS[0]!.title)
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }))
    expect(api.forgetAll).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear all' }))
    expect(await screen.findByText('No articles yet. Articles you open in the reader appear here.')).toBeTruthy()
    expect(api.forgetAll).toHaveBeenCalled()
  })

  it('says so when the worker fails', async () => {
    const api = historyApi()
    api.history = async () => Promise.reject(new Error('worker gone'))
    render(<HistoryView api={api} />)
    expect((await screen.findByRole('alert')).textContent).toBe('worker gone')
  })
})
