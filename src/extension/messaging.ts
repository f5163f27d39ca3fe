/**
 * The only callers of runtime.sendMessage and runtime.onMessage. Requests are validated against their
 * schema and their sender checked before any handler sees them; a bad message gets an error reply, never
 * a crash.
 */
import browser, { type Runtime } from 'webextension-polyfill'
import * as v from 'valibot'
import {
  BACKGROUND_REQUESTS,
  type BackgroundRequest,
  type BackgroundRequestKey,
  type BackgroundResponses,
} from './messages.ts'

export class MessageError extends Error {}

/** Requests that come from the detector in a web page; all others come only from our own pages. */
const FROM_TAB_ONLY: ReadonlySet<BackgroundRequestKey> = new Set(['page:status'])

export async function sendToBackground<K extends BackgroundRequestKey>(
  type: K,
  payload: BackgroundRequest<K>,
): Promise<BackgroundResponses[K]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as
    | { ok: true; value: BackgroundResponses[K] }
    | { ok: false; error: string }
    | undefined
  if (!reply) throw new MessageError(`no reply to ${type}`)
  if (!reply.ok) throw new MessageError(reply.error)
  return reply.value
}

export type BackgroundHandlers = {
  [K in BackgroundRequestKey]: (
    payload: BackgroundRequest<K>,
    sender: Runtime.MessageSender,
  ) => Promise<BackgroundResponses[K]> | BackgroundResponses[K]
}

/** Checks shape and sender; returns the typed request or throws MessageError with the reason. */
export function parseRequest(
  message: unknown,
  sender: Runtime.MessageSender,
  own: { id: string; origin: string },
): { type: BackgroundRequestKey; payload: unknown } {
  if (sender.id !== own.id) throw new MessageError('message from another extension')
  if (typeof message !== 'object' || message === null) throw new MessageError('message is not an object')
  const { type, payload } = message as { type?: unknown; payload?: unknown }
  if (typeof type !== 'string' || !Object.hasOwn(BACKGROUND_REQUESTS, type)) {
    throw new MessageError(`unknown message type ${String(type).slice(0, 40)}`)
  }
  const key = type as BackgroundRequestKey
  // Our own pages (popup, full-tab reader, history) carry our origin; a content script runs in a tab
  // whose URL is the page's. Each request is accepted from one kind of sender only.
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(own.origin)
  const fromContentScript = !fromOwnPage && sender.tab?.id !== undefined
  if (FROM_TAB_ONLY.has(key) ? !fromContentScript : !fromOwnPage) throw new MessageError(`${key} is not accepted from this sender`)
  const parsed = v.safeParse(BACKGROUND_REQUESTS[key], payload)
  if (!parsed.success) throw new MessageError(`invalid ${key}: ${parsed.issues[0]?.message ?? 'bad shape'}`)
  return { type: key, payload: parsed.output }
}

/** Installs the background's one message listener. */
export function handleBackgroundRequests(handlers: BackgroundHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    let request: { type: BackgroundRequestKey; payload: unknown }
    try {
      request = parseRequest(message, sender, { id: browser.runtime.id, origin: browser.runtime.getURL('') })
    } catch (error) {
      return Promise.resolve({ ok: false, error: (error as Error).message })
    }
    const handler = handlers[request.type] as (p: unknown, s: Runtime.MessageSender) => unknown
    return Promise.resolve()
      .then(() => handler(request.payload, sender))
      .then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      )
  })
}
