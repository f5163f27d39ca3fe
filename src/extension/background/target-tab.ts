import type { Browser, Tabs } from 'webextension-polyfill'

/**
 * The tab a reader request is about: the one it names (`?tab=` readers), else the active tab of the
 * window the reader was opened from (the toolbar popup, which is not a window of its own).
 */
export async function targetTab(tabs: Pick<Browser['tabs'], 'get' | 'query'>, tabId: number | undefined): Promise<Tabs.Tab> {
  if (tabId !== undefined) return tabs.get(tabId)
  const [tab] = await tabs.query({ active: true, lastFocusedWindow: true })
  if (tab?.id === undefined) throw new Error('no active tab')
  return tab
}
