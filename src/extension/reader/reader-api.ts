/**
 * The reader UI's one door to the rest of the extension. The real side speaks messages to the worker;
 * tests and previews use a mock with the same shape (Dark Reader's Connector pattern).
 */
import { sendToBackground } from '../messaging.ts'
import type { BackgroundResponses, PeekResult, ReaderResult } from '../messages.ts'

export interface ReaderApi {
  analyze(request: { tabId?: number; summarySentences?: number }): Promise<ReaderResult>
  /** The cached analysis of the tab's address, without reading the page (shown until analyze answers). */
  peek(request: { tabId?: number; summarySentences?: number }): Promise<PeekResult>
  openCached(key: string): Promise<ReaderResult>
  history(query?: string): Promise<BackgroundResponses['history:list']>
  forget(key: string): Promise<{ ok: boolean }>
  forgetAll(): Promise<{ ok: boolean }>
}

/**
 * `earlyPeek`: the answer to the reader:peek the page's early script already sent (takeEarlyPeek),
 * used for the first peek that asks for the stored summary length.
 */
export function createMessageReaderApi({ earlyPeek }: { earlyPeek?: Promise<PeekResult> } = {}): ReaderApi {
  let early = earlyPeek
  return {
    analyze: (request) => sendToBackground('reader:analyze', request),
    peek: (request) => {
      const answer = request.summarySentences === undefined ? early : undefined
      early = undefined
      return answer ?? sendToBackground('reader:peek', request)
    },
    openCached: (key) => sendToBackground('history:open', { key }),
    history: (query) => sendToBackground('history:list', query === undefined ? {} : { query }),
    forget: (key) => sendToBackground('history:delete', { key }),
    forgetAll: () => sendToBackground('history:clear', {}),
  }
}

/**
 * A ReaderApi that answers from fixed results; for component tests and UI work ahead of the engine.
 * `peek` answers a miss unless given.
 */
export function createMockReaderApi(
  result: ReaderResult | (() => Promise<ReaderResult>),
  peek: PeekResult | (() => Promise<PeekResult>) = { status: 'miss' },
): ReaderApi {
  const answer = () => (typeof result === 'function' ? result() : Promise.resolve(result))
  return {
    analyze: answer,
    peek: () => (typeof peek === 'function' ? peek() : Promise.resolve(peek)),
    openCached: answer,
    history: async () => ({ items: [] }),
    forget: async () => ({ ok: true }),
    forgetAll: async () => ({ ok: true }),
  }
}
