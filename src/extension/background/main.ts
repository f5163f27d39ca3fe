/**
 * The background worker (Chrome service worker, Firefox background script): marks the toolbar button,
 * reads tabs on request, runs the engine and serves the reader.
 */
import { handleBackgroundRequests } from '../messaging.ts'
import { showVerdict } from './badge.ts'
import { createReaderService } from './reader-service.ts'
import { watchDetectEverywhere } from './detect-everywhere.ts'

const reader = createReaderService()

handleBackgroundRequests({
  'page:status': async (status, sender) => {
    if (sender.tab?.id !== undefined) await showVerdict(sender.tab.id, status)
    return { ok: true }
  },
  'reader:analyze': (request) => reader.analyzeTab(request),
  'reader:peek': (request) => reader.peekTab(request),
  'history:list': (request) => reader.history(request.query),
  'history:open': (request) => reader.openCached(request.key),
  'history:delete': (request) => reader.forget(request.key),
  'history:clear': () => reader.forgetAll(),
})

watchDetectEverywhere()
