// Steps the suites share, written once for both drivers (their pages share evaluate/$eval/click/screenshot).
import { waitFor } from './harness.mjs'

/** The id of the first tab whose URL matches a match pattern. */
export function tabIdFor(driver, urlPattern) {
  return waitFor(
    async () => (await driver.inExtension((p) => (globalThis.browser ?? chrome).tabs.query({ url: p }), urlPattern))[0]?.id,
    { message: `a tab for ${urlPattern}` },
  )
}

export function badgeOf(driver, tabId) {
  return driver.inExtension((id) => (globalThis.browser ?? chrome).action.getBadgeText({ tabId: id }), tabId)
}

/** True in a reader page once it shows something other than "loading" (runs in the page). */
export const readerReady = () => {
  const el = document.querySelector('[data-state]')
  return !!el && el.getAttribute('data-state') !== 'loading'
}

/** The popup reader for a tab, opened as a page (a real toolbar popup cannot be driven headless). */
export function openReader(driver, tabId, options) {
  return driver.openExtensionPage(`popup.html?tab=${tabId}`, readerReady, options)
}

/**
 * Opens the page at `url`, waits for the detector's badge on its tab (found by `urlPattern`), opens the reader for it and
 * checks that the reader shows an article; runs `check(popup)`, then closes both.
 */
export async function readBadgedPage(driver, url, urlPattern, check) {
  const page = await driver.openPage(url)
  try {
    const tabId = await tabIdFor(driver, urlPattern)
    await waitFor(async () => (await badgeOf(driver, tabId)) === 'ع', { timeout: 8000, message: 'the page is marked as an article' })
    const popup = await openReader(driver, tabId)
    try {
      const state = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))
      if (state !== 'ok') throw new Error(`the reader's state is ${state}: ${await popup.$eval('body', (b) => b.textContent)}`)
      await check(popup)
    } finally {
      await popup.close()
    }
  } finally {
    await page.close()
  }
}
