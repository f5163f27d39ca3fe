/**
 * The detector content script: tiny, no framework, read-only. It asks whether this page is an Arabic
 * article and tells the background, which marks the toolbar button. It listens to nothing from the page.
 */
import { detectArticle } from '../../engine/components/detect-article.ts'
import { reportStatus } from './report-status.ts'

function report(): void {
  const verdict = detectArticle(document, location.href)
  reportStatus({ url: location.href.slice(0, 4096), verdict }).catch(() => {
    // The worker may be restarting; the next navigation reports again.
  })
}

/** At most this long a busy page may delay the verdict (the button waits for it, nothing else does). */
const IDLE_TIMEOUT_MS = 2000

/**
 * Runs the detection when the page is idle, so it never competes with the page's own load and first
 * paint; setTimeout where requestIdleCallback is absent (Safari, older Firefox builds).
 */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS })
  else setTimeout(task, 0)
}

let lastUrl = location.href
whenIdle(report)

// Single-page sites change articles with history.pushState, which fires no event a content script
// can hear; a cheap URL check on an interval catches it without touching the page's own functions.
setInterval(() => {
  if (location.href === lastUrl) return
  lastUrl = location.href
  whenIdle(report)
}, 1000)
