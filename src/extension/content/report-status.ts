/**
 * The detector's one message, sent without webextension-polyfill: the content script runs on every
 * listed page the reader visits and must stay tiny (≤ 5 KB gzipped), and the polyfill alone is 3 KB.
 * Both browsers' MV3 runtimes return a promise from sendMessage without a callback.
 */
import type { BackgroundRequest } from '../messages.ts'

interface MinimalRuntime {
  sendMessage(message: unknown): Promise<unknown>
}

const runtime = ((globalThis as { browser?: { runtime: MinimalRuntime } }).browser ??
  (globalThis as unknown as { chrome: { runtime: MinimalRuntime } }).chrome).runtime

/** Same envelope as messaging.ts; the background validates it like any other message. */
export function reportStatus(payload: BackgroundRequest<'page:status'>): Promise<unknown> {
  return runtime.sendMessage({ type: 'page:status', payload })
}
