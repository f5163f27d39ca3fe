/**
 * Messages (issue 8): every request the background handles has a sender rule and a schema that bounds
 * shapes, types and sizes; a bad message gets an error reply and never reaches a handler; the content
 * scripts listen to nothing from the page. Complements test/extension/messaging.test.ts (owned by the
 * messaging module) with one table that must cover every request type.
 */
import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { fakeBrowser } from '@webext-core/fake-browser'
import type { Runtime } from 'webextension-polyfill'
import { BACKGROUND_REQUESTS, type BackgroundRequestKey } from '../../src/extension/messages.ts'
import { handleBackgroundRequests, MessageError, parseRequest, type BackgroundHandlers } from '../../src/extension/messaging.ts'
import { findAll, readSources } from './source-scan.ts'

const own = { id: 'qari-test', origin: 'chrome-extension://qari-test/' }
/** A tab as the sender carries it; only its id matters here. */
const tab = (id: number) => ({ id }) as Runtime.MessageSender['tab']

/** The kinds of sender a message can come from. */
const SENDERS = {
  /** Our popup, full-tab reader, history or options page. */
  ownPage: { id: own.id, url: 'chrome-extension://qari-test/popup.html' },
  /** Our full-tab reader, which also has a tab. */
  ownPageInTab: { id: own.id, url: 'chrome-extension://qari-test/reader.html?tab=3', tab: tab(9) },
  /** Our detector, in a news page's tab. */
  contentScript: { id: own.id, url: 'https://www.aljazeera.net/news/1', tab: tab(7) },
  /** Our id but neither a page of ours nor a tab (no URL): nothing should trust it. */
  noUrlNoTab: { id: own.id },
  /** Another extension, even one posing with our page URL. */
  otherExtension: { id: 'evil', url: 'chrome-extension://qari-test/popup.html', tab: tab(7) },
  /** An origin that only starts like ours. */
  lookalikeOrigin: { id: own.id, url: 'chrome-extension://qari-test-evil/popup.html' },
} satisfies Record<string, Runtime.MessageSender>

type SenderKind = 'tab' | 'ownPage'

const verdict = { isArticle: true, lang: 'ar', confidence: 0.9, reasons: ['arabic text'] }
const long = (n: number) => 'x'.repeat(n)

/** reader:analyze and reader:peek take the same request: which tab, and which summary length. */
const READER_REQUEST: { from: SenderKind; valid: unknown; invalid: [string, unknown][] } = {
  from: 'ownPage',
  valid: { tabId: 3, summarySentences: 4 },
  invalid: [
    ['a fractional tab id', { tabId: 1.5 }],
    ['a string tab id', { tabId: '3' }],
    ['an infinite tab id', { tabId: Number.POSITIVE_INFINITY }],
    ['a summary too short', { summarySentences: 2 }],
    ['a summary too long', { summarySentences: 6 }],
    ['an extra field', { tabId: 3, code: 'alert(1)' }],
  ],
}

/**
 * One row per request type: who may send it, a valid payload, and payloads that must be refused
 * (ill-typed or over a size limit). A new request type without a row fails the coverage test below.
 */
const RULES: Record<BackgroundRequestKey, { from: SenderKind; valid: unknown; invalid: [string, unknown][] }> = {
  'page:status': {
    from: 'tab',
    valid: { url: 'https://www.aljazeera.net/news/1', verdict },
    invalid: [
      ['an oversized url', { url: long(4097), verdict }],
      ['a url that is not a string', { url: 42, verdict }],
      ['a missing verdict', { url: 'https://x/' }],
      ['an oversized reason', { url: 'https://x/', verdict: { ...verdict, reasons: [long(201)] } }],
      ['too many reasons', { url: 'https://x/', verdict: { ...verdict, reasons: Array(21).fill('r') } }],
      ['an oversized lang', { url: 'https://x/', verdict: { ...verdict, lang: long(17) } }],
      ['a string confidence', { url: 'https://x/', verdict: { ...verdict, confidence: '0.9' } }],
      ['a NaN confidence', { url: 'https://x/', verdict: { ...verdict, confidence: Number.NaN } }],
      ['an extra verdict field', { url: 'https://x/', verdict: { ...verdict, html: '<b>' } }],
    ],
  },
  'reader:analyze': READER_REQUEST,
  'reader:peek': READER_REQUEST,
  'history:list': {
    from: 'ownPage',
    valid: { query: 'غزة' },
    invalid: [
      ['an oversized query', { query: long(201) }],
      ['a query that is not a string', { query: ['a'] }],
    ],
  },
  'history:open': {
    from: 'ownPage',
    valid: { key: 'https://www.aljazeera.net/news/1' },
    invalid: [
      ['an oversized key', { key: long(4097) }],
      ['a missing key', {}],
      ['a numeric key', { key: 1 }],
    ],
  },
  'history:delete': {
    from: 'ownPage',
    valid: { key: 'https://www.aljazeera.net/news/1' },
    invalid: [
      ['an oversized key', { key: long(4097) }],
      ['a null key', { key: null }],
    ],
  },
  'history:clear': {
    from: 'ownPage',
    valid: {},
    invalid: [['an extra field', { all: true }]],
  },
}

const KEYS = Object.keys(BACKGROUND_REQUESTS) as BackgroundRequestKey[]

/** Payloads no request accepts: not objects, arrays, prototype tricks. */
const NEVER_VALID: [string, unknown][] = [
  ['null', null],
  ['a string', '{}'],
  ['a number', 7],
  ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}, "tabId": 1}')],
  ['a constructor key', { constructor: { prototype: { polluted: true } } }],
]

describe('every background request', () => {
  it('has a sender rule and test payloads (no request type left out)', () => {
    expect(Object.keys(RULES).sort()).toEqual([...KEYS].sort())
  })

  describe.each(KEYS)('%s', (key) => {
    const rule = RULES[key]
    const allowed = rule.from === 'tab' ? [SENDERS.contentScript] : [SENDERS.ownPage, SENDERS.ownPageInTab]
    const refused =
      rule.from === 'tab'
        ? [SENDERS.ownPage, SENDERS.noUrlNoTab, SENDERS.otherExtension, SENDERS.lookalikeOrigin]
        : [SENDERS.contentScript, SENDERS.noUrlNoTab, SENDERS.otherExtension, SENDERS.lookalikeOrigin]

    it.each(allowed)('is accepted from its sender %#', (sender) => {
      expect(parseRequest({ type: key, payload: rule.valid }, sender, own).type).toBe(key)
    })

    it.each(refused)('is refused from any other sender %#', (sender) => {
      expect(() => parseRequest({ type: key, payload: rule.valid }, sender, own)).toThrow(MessageError)
    })

    it.each([...rule.invalid, ...NEVER_VALID])('refuses %s', (_name, payload) => {
      expect(() => parseRequest({ type: key, payload }, allowed[0]!, own)).toThrow(/invalid/u)
    })
  })

  // valibot's object schemas take an array as an object with no keys: the handler then gets a fresh
  // plain {} (all fields optional), never the array itself. Harmless, but checked so it stays so.
  it.each(KEYS)('%s: an array payload is refused or becomes a fresh plain object', (key) => {
    const sender = RULES[key].from === 'tab' ? SENDERS.contentScript : SENDERS.ownPage
    let payload: unknown
    try {
      payload = parseRequest({ type: key, payload: Object.assign([], { tabId: 1 }) }, sender, own).payload
    } catch (error) {
      expect(error).toBeInstanceOf(MessageError)
      return
    }
    expect(Array.isArray(payload)).toBe(false)
    expect(Object.getPrototypeOf(payload)).toBe(Object.prototype)
  })

  it('a prototype-polluting payload pollutes nothing', () => {
    try {
      parseRequest({ type: 'reader:analyze', payload: JSON.parse('{"__proto__": {"polluted": true}}') }, SENDERS.ownPage, own)
    } catch {
      // Refused is fine; what matters is below.
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
  })

  it('any message whatever either parses to a valid request or throws MessageError (fuzzed)', () => {
    const sender = fc.constantFrom<Runtime.MessageSender>(...Object.values(SENDERS))
    const message = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom<unknown>(...KEYS, '__proto__', 'constructor', 'toString', 7), payload: fc.anything() }),
      fc.record({ type: fc.constantFrom(...KEYS), payload: fc.object() }),
    )
    fc.assert(
      fc.property(message, sender, (m, s) => {
        try {
          const request = parseRequest(m, s, own)
          expect(KEYS).toContain(request.type)
        } catch (error) {
          expect(error).toBeInstanceOf(MessageError)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('the background listener', () => {
  function install() {
    const calls: string[] = []
    const handler = (name: string) =>
      vi.fn(async () => {
        calls.push(name)
        return { ok: true } as never
      })
    const handlers = Object.fromEntries(KEYS.map((key) => [key, handler(key)])) as unknown as BackgroundHandlers
    handleBackgroundRequests(handlers)
    return calls
  }

  const ownId = () => fakeBrowser.runtime.id
  const ownPage = () => ({ id: ownId(), url: fakeBrowser.runtime.getURL('popup.html') })

  it('replies with an error and calls no handler for a bad message', async () => {
    const calls = install()
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'history:open', payload: { key: long(5000) } },
      ownPage(),
      () => undefined,
    )
    expect(replies[0]).toMatchObject({ ok: false })
    expect(calls).toEqual([])
  })

  it('replies with an error and calls no handler for a page posing as our page', async () => {
    const calls = install()
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'history:clear', payload: {} },
      { id: ownId(), url: 'https://evil.example/', tab: tab(4) } as never,
      () => undefined,
    )
    expect(replies[0]).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/u) })
    expect(calls).toEqual([])
  })

  it('calls the handler for a good message', async () => {
    const calls = install()
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'history:clear', payload: {} }, ownPage(), () => undefined)
    expect(replies[0]).toEqual({ ok: true, value: { ok: true } })
    expect(calls).toEqual(['history:clear'])
  })
})

describe('the content scripts listen to nothing from the page', () => {
  const content = readSources('src/extension/content')

  it('reads the content scripts', () => {
    expect(content.map((f) => f.file)).toContain('src/extension/content/detect-page.ts')
  })

  it.each([
    ['a window message listener', /addEventListener\s*\(\s*['"`]message['"`]/gu],
    ['an onmessage handler', /\bonmessage\s*=/gu],
    ['any DOM event listener', /\baddEventListener\s*\(/gu],
    ['any on* handler property', /\.on[a-z]+\s*=(?!=)/gu],
    ['postMessage', /\bpostMessage\s*\(/gu],
    ['a MessageChannel or BroadcastChannel', /\b(?:MessageChannel|BroadcastChannel)\b/gu],
    ['runtime.onMessage / onConnect (the page could reach them through a compromised renderer)', /\bon(?:Message|Connect)(?:External)?\b/gu],
  ])('has no %s', (_name, pattern) => {
    expect(findAll(content, pattern)).toEqual([])
  })
})
