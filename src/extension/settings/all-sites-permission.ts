/**
 * "Detect on all sites": the optional host permission the manifest declares. The background listens to
 * permissions.onAdded/onRemoved and registers the detector itself; this module only asks and tells.
 */
import browser from 'webextension-polyfill'

export const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] }

export async function hasAllSites(): Promise<boolean> {
  try {
    return await browser.permissions.contains(ALL_SITES)
  } catch {
    return false
  }
}

/**
 * Must be called straight from the click handler, before any await: Firefox only grants permissions
 * requests made synchronously inside a user gesture.
 */
export function requestAllSites(): Promise<boolean> {
  return browser.permissions.request(ALL_SITES).catch(() => false)
}

export function removeAllSites(): Promise<boolean> {
  return browser.permissions.remove(ALL_SITES).catch(() => false)
}
