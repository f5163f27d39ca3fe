import browser from 'webextension-polyfill'
import type { BackgroundRequest } from '../messages.ts'

/** Marks the toolbar button of one tab with the detector's verdict. */
export async function showVerdict(tabId: number, status: BackgroundRequest<'page:status'>): Promise<void> {
  const { verdict } = status
  if (verdict.isArticle) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b6e4f' })
    await browser.action.setBadgeText({ tabId, text: 'ع' })
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitleArticle') || 'Qari' })
  } else {
    await browser.action.setBadgeText({ tabId, text: '' })
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') || 'Qari' })
  }
}
