/**
 * The detector content script: tiny, no framework, read-only. It asks whether this page is an Arabic
 * article and tells the background, which marks the toolbar button. It listens to nothing from the page.
 */
import { detectArticle } from '../../engine/components/detect-article.ts'
import { composedDocument, hasOpenShadowRoots } from '../../engine/extract/composed-document.ts'
import { reportStatus } from './report-status.ts'

/**
 * The verdict on the page as it shows: a web-component site sets its article in shadow roots, which the page's own tree
 * does not hold, so a page that reads as no article is read again from its composed tree when it has any (the walk for
 * shadow roots is paid only there).
 */
function detect() {
  const verdict = detectArticle(document, location.href)
  if (verdict.isArticle || !hasOpenShadowRoots(document)) return verdict
  const composed = composedDocument(document)
  return composed ? detectArticle(composed, location.href) : verdict
}

function report(): void {
  const verdict = detect()
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

/**
 * After a load or an address change, how long the detector keeps watching for the content to change:
 * single-page sites fetch the next article and render it after the address has changed, often a second
 * or more later, and client-rendered pages fill in after load.
 */
const SETTLE_MS = 10_000

/**
 * A cheap fingerprint of what the page shows: its title and how many paragraphs and headings it has.
 * Live collections: reading their length is cheap while the page does not change.
 */
const paragraphs = document.getElementsByTagName('p')
const headings = document.getElementsByTagName('h1')
function fingerprint(): string {
  return `${document.title}\u0000${paragraphs.length}\u0000${headings.length}`
}

let lastUrl = location.href
let settleUntil = Date.now() + SETTLE_MS
let reported = ''
let pending = false

/** One detection when the page is idle; a check already waiting covers any change meanwhile. */
function check(): void {
  if (pending) return
  pending = true
  whenIdle(() => {
    pending = false
    reported = fingerprint()
    report()
  })
}
check()

// Single-page sites change articles with history.pushState, which fires no event a content script
// can hear; a cheap URL check on an interval catches it without touching the page's own functions.
// For a while after a load or an address change, a change of the content's fingerprint reports again.
setInterval(() => {
  if (location.href !== lastUrl) {
    lastUrl = location.href
    settleUntil = Date.now() + SETTLE_MS
    check()
  } else if (Date.now() < settleUntil && fingerprint() !== reported) {
    check()
  }
}, 1000)
