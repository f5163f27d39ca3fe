import { describe, expect, it } from 'vitest'
import { parseRequest } from '../../src/extension/messaging.ts'

const own = { id: 'qari-test', origin: 'chrome-extension://qari-test/' }
const popup = { id: 'qari-test', url: 'chrome-extension://qari-test/popup.html' }
const contentScript = { id: 'qari-test', url: 'https://www.aljazeera.net/news/1', tab: { id: 7 } as never }
const verdict = { isArticle: true, lang: 'ar', confidence: 0.9, reasons: ['arabic text'] }

describe('parseRequest', () => {
  it('accepts a well-formed request from our popup', () => {
    expect(parseRequest({ type: 'reader:analyze', payload: { tabId: 3 } }, popup, own)).toEqual({ type: 'reader:analyze', payload: { tabId: 3 } })
  })

  it('accepts a verdict from a content script in a tab', () => {
    expect(parseRequest({ type: 'page:status', payload: { url: 'https://x/', verdict } }, contentScript, own).type).toBe('page:status')
  })

  it.each([
    ['another extension', { type: 'history:clear', payload: {} }, { ...popup, id: 'evil' }, /another extension/],
    ['an unknown type', { type: 'reader:pwn', payload: {} }, popup, /unknown message type/],
    ['a non-object', 'reader:analyze', popup, /not an object/],
    ['a page asking to read tabs', { type: 'reader:analyze', payload: {} }, contentScript, /not accepted from this sender/],
    ['our page posing as a detector', { type: 'page:status', payload: { url: 'x', verdict } }, popup, /not accepted/],
    ['extra fields', { type: 'reader:analyze', payload: { tabId: 1, code: 'x' } }, popup, /invalid/],
    ['a negative tab id', { type: 'reader:analyze', payload: { tabId: -1 } }, popup, /invalid/],
    ['an oversized reason list', { type: 'page:status', payload: { url: 'x', verdict: { ...verdict, reasons: Array(50).fill('r') } } }, contentScript, /invalid/],
    ['a confidence out of range', { type: 'page:status', payload: { url: 'x', verdict: { ...verdict, confidence: 7 } } }, contentScript, /invalid/],
  ])('rejects %s', (_name, message, sender, error) => {
    expect(() => parseRequest(message, sender, own)).toThrow(error)
  })
})
