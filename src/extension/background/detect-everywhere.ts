import browser from 'webextension-polyfill'
import { NEWS_SITE_PATTERNS } from '../news-sites.ts'
import { ALL_SITES } from '../settings/all-sites-permission.ts'
const SCRIPT_ID = 'qari-detect-everywhere'

/** The built detector file, as the manifest names it (crxjs decides its output path). */
function detectorFile(): string | undefined {
  return browser.runtime.getManifest().content_scripts?.[0]?.js?.[0]
}

/**
 * Registers the detector on every site when the reader has granted all-sites access, and removes it
 * when they take it back. The listed news sites keep their declared content script.
 */
export async function syncDetectEverywhere(): Promise<boolean> {
  const granted = await browser.permissions.contains(ALL_SITES)
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })
  const file = detectorFile()
  if (granted && registered.length === 0 && file) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: ALL_SITES.origins, excludeMatches: [...NEWS_SITE_PATTERNS], js: [file], runAt: 'document_idle', persistAcrossSessions: true },
    ])
  } else if (!granted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] })
  }
  return granted
}

export function watchDetectEverywhere(): void {
  const sync = () => void syncDetectEverywhere().catch(() => undefined)
  browser.permissions.onAdded.addListener(sync)
  browser.permissions.onRemoved.addListener(sync)
  browser.runtime.onInstalled.addListener(sync)
  browser.runtime.onStartup.addListener(sync)
}
