/**
 * The reader UI's one door to the rest of the extension. The real side speaks messages to the worker;
 * tests and previews use a mock with the same shape (Dark Reader's Connector pattern).
 */
import { sendToBackground } from '../messaging.ts'
import type { BackgroundResponses, ReaderResult } from '../messages.ts'

export interface ReaderApi {
  analyze(request: { tabId?: number; summarySentences?: number }): Promise<ReaderResult>
  openCached(key: string): Promise<ReaderResult>
  history(query?: string): Promise<BackgroundResponses['history:list']>
  forget(key: string): Promise<{ ok: boolean }>
  forgetAll(): Promise<{ ok: boolean }>
}

export function createMessageReaderApi(): ReaderApi {
  return {
    analyze: (request) => sendToBackground('reader:analyze', request),
    openCached: (key) => sendToBackground('history:open', { key }),
    history: (query) => sendToBackground('history:list', query === undefined ? {} : { query }),
    forget: (key) => sendToBackground('history:delete', { key }),
    forgetAll: () => sendToBackground('history:clear', {}),
  }
}

/** A ReaderApi that answers from fixed results; for component tests and UI work ahead of the engine. */
export function createMockReaderApi(result: ReaderResult | (() => Promise<ReaderResult>)): ReaderApi {
  const answer = () => (typeof result === 'function' ? result() : Promise.resolve(result))
  return {
    analyze: answer,
    openCached: answer,
    history: async () => ({ items: [] }),
    forget: async () => ({ ok: true }),
    forgetAll: async () => ({ ok: true }),
  }
}
