import browser from 'webextension-polyfill'

/** The full-tab reader for a tab (the active one when none is given); closes the popup behind it. */
export async function openReaderTab(tabId?: number): Promise<void> {
  let id = tabId
  if (id === undefined) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
    id = tab?.id
  }
  const query = id === undefined ? '' : `?tab=${id}`
  await browser.tabs.create({ url: browser.runtime.getURL(`reader.html${query}`) })
  if (typeof window !== 'undefined' && window.location.pathname.endsWith('/popup.html')) window.close()
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage()
}

export function openHistory(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('history.html') })
}
