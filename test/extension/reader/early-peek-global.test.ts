import { afterEach, describe, expect, it } from 'vitest'
import { afterEarlyPeek, EARLY_PEEK_GLOBAL, EARLY_PEEK_RAN_GLOBAL, EARLY_SETTINGS_GLOBAL, takeEarlyPeek, takeEarlySettings } from '../../../src/extension/reader/early-peek-global.ts'
import { DEFAULT_SETTINGS } from '../../../src/extension/settings/settings.ts'
import { createMessageReaderApi } from '../../../src/extension/reader/reader-api.ts'

const doc = { url: 'https://a.example/1', lang: 'ar', dir: 'rtl', title: 'عنوان', text: 'نص', blocks: [] }
const leave = (tabId: number | undefined, reply: unknown) => {
  ;(globalThis as Record<string, unknown>)[EARLY_PEEK_GLOBAL] = { tabId, reply: Promise.resolve(reply) }
}

describe('takeEarlyPeek', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[EARLY_PEEK_GLOBAL]
  })

  it("gives the worker's cached analysis once", async () => {
    leave(4, { ok: true, value: { status: 'ok', doc, fromCache: true } })
    expect(await takeEarlyPeek(4)).toMatchObject({ status: 'ok', fromCache: true, doc: { title: 'عنوان' } })
    expect(takeEarlyPeek(4)).toBeUndefined()
  })

  it('is a miss for an error reply, a miss, or a malformed answer', async () => {
    for (const reply of [{ ok: false, error: 'boom' }, { ok: true, value: { status: 'miss' } }, { ok: true, value: { status: 'ok', doc: 'x' } }, undefined]) {
      leave(undefined, reply)
      expect(await takeEarlyPeek(undefined)).toEqual({ status: 'miss' })
    }
  })

  it('does not answer for another tab than the one the script asked about', () => {
    leave(4, { ok: true, value: { status: 'ok', doc, fromCache: true } })
    expect(takeEarlyPeek(5)).toBeUndefined()
  })

  it('is absent when the script did not run', () => {
    expect(takeEarlyPeek(undefined)).toBeUndefined()
  })
})

describe('createMessageReaderApi with an early peek', () => {
  it('answers the first peek from it, and only when it asks for the stored summary length', async () => {
    const early = Promise.resolve({ status: 'miss' } as const)
    const api = createMessageReaderApi({ earlyPeek: early })
    expect(api.peek({ tabId: 1 })).toBe(early)
  })
})

describe('takeEarlySettings', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[EARLY_SETTINGS_GLOBAL]
  })

  it('gives the settings the early script read, checked, once', async () => {
    ;(globalThis as Record<string, unknown>)[EARLY_SETTINGS_GLOBAL] = Promise.resolve({ theme: 'dark', fontSize: 'huge' })
    expect(await takeEarlySettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' })
    expect(takeEarlySettings()).toBeUndefined()
  })

  it('gives the defaults when that read failed, and nothing when the script did not run', async () => {
    ;(globalThis as Record<string, unknown>)[EARLY_SETTINGS_GLOBAL] = Promise.reject(new Error('storage'))
    expect(await takeEarlySettings()).toEqual(DEFAULT_SETTINGS)
    ;(globalThis as Record<string, unknown>)[EARLY_SETTINGS_GLOBAL] = { theme: 'dark' }
    expect(takeEarlySettings()).toBeUndefined()
  })
})

describe('afterEarlyPeek', () => {
  const page = () => {
    const doc = document.implementation.createHTMLDocument('reader')
    const script = doc.createElement('script')
    script.setAttribute('src', '/early-peek.js')
    doc.head.append(script)
    return { doc, script }
  }
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[EARLY_PEEK_RAN_GLOBAL]
  })

  it('starts at once when the early script has run', () => {
    const { doc } = page()
    ;(globalThis as Record<string, unknown>)[EARLY_PEEK_RAN_GLOBAL] = true
    let started = 0
    afterEarlyPeek(() => started++, doc)
    expect(started).toBe(1)
  })

  it('starts at once on a page without one', () => {
    let started = 0
    afterEarlyPeek(() => started++, document.implementation.createHTMLDocument('history'))
    expect(started).toBe(1)
  })

  it('waits for an early script still on its way, and starts once', () => {
    const { doc, script } = page()
    let started = 0
    afterEarlyPeek(() => started++, doc)
    expect(started).toBe(0)
    script.dispatchEvent(new Event('load'))
    script.dispatchEvent(new Event('error'))
    expect(started).toBe(1)
  })

  it('starts when the early script fails to load', () => {
    const { doc, script } = page()
    let started = 0
    afterEarlyPeek(() => started++, doc)
    script.dispatchEvent(new Event('error'))
    expect(started).toBe(1)
  })
})
