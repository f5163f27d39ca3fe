import { render } from 'preact'
import { ReaderView } from './ReaderView.tsx'
import { createMessageReaderApi } from './reader-api.ts'
import { afterEarlyPeek, takeEarlyPeek, takeEarlySettings } from './early-peek-global.ts'
import { tabFromQuery } from './tab-from-query.ts'
import { applyUiLanguage, t } from './i18n.ts'
import './fonts.css'
import './reader.css'

/** The full-tab reader: `reader.html?tab=ID` reads that tab; `reader.html?key=KEY` opens a cached article. */
const tabId = tabFromQuery(location.search)
const key = new URLSearchParams(location.search).get('key') ?? undefined
applyUiLanguage()
document.title = t('extShortName')
afterEarlyPeek(() => {
  const api = createMessageReaderApi({ earlyPeek: key === undefined ? takeEarlyPeek(tabId) : undefined })
  render(<ReaderView api={api} tabId={tabId} cacheKey={key} mode="tab" storedSettings={takeEarlySettings()} />, document.getElementById('app')!)
})
