import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/preact'
import { ReaderView } from '../../../src/extension/reader/ReaderView.tsx'
import { createMockReaderApi } from '../../../src/extension/reader/reader-api.ts'
import type { ArticleDoc } from '../../../src/engine/doc.ts'
import { joinBlocks } from '../../../src/engine/doc.ts'

const body = joinBlocks([
  { kind: 'paragraph', text: 'قالت روسيا الجمعة إن الوفد زار موسكو.' },
  { kind: 'heading', text: 'تصعيد غير مسبوق' },
  { kind: 'image', src: 'javascript:alert(1)' },
  { kind: 'paragraph', text: '<img src=x onerror=alert(1)>' },
])
const doc: ArticleDoc = { url: 'https://a.example/1', lang: 'ar', dir: 'rtl', title: 'الكرملين يدافع', siteName: 'أخبار اليوم', published: '2023-10-27', ...body }

describe('ReaderView', () => {
  it('shows the loading state first', () => {
    render(<ReaderView api={createMockReaderApi(() => new Promise(() => {}))} />)
    expect(screen.getByRole('status').textContent).toContain('جارٍ')
  })

  it('renders the article right to left', async () => {
    render(<ReaderView api={createMockReaderApi({ status: 'ok', doc, fromCache: false })} />)
    const title = await screen.findByRole('heading', { level: 1 })
    expect(title.textContent).toBe('الكرملين يدافع')
    expect(title.closest('article')?.getAttribute('dir')).toBe('rtl')
    expect(screen.getByText('تصعيد غير مسبوق').tagName).toBe('H2')
  })

  it('renders page text as text, never as markup, and drops unsafe images', async () => {
    const { container } = render(<ReaderView api={createMockReaderApi({ status: 'ok', doc, fromCache: false })} />)
    await screen.findByText('<img src=x onerror=alert(1)>')
    expect(container.querySelectorAll('img')).toHaveLength(0)
  })

  it('says there is no article, with the reason', async () => {
    render(<ReaderView api={createMockReaderApi({ status: 'no-article', reason: 'a list of headlines' })} />)
    expect(await screen.findByText('لا يوجد مقال في هذه الصفحة')).toBeTruthy()
    expect(screen.getByText('a list of headlines')).toBeTruthy()
  })

  it('shows an error when the worker fails', async () => {
    render(<ReaderView api={createMockReaderApi(() => Promise.reject(new Error('worker gone')))} />)
    expect((await screen.findByRole('alert')).textContent).toContain('worker gone')
  })
})
