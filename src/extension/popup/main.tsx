import { render } from 'preact'
import { ReaderView } from '../reader/ReaderView.tsx'
import { createMessageReaderApi } from '../reader/reader-api.ts'
import { afterEarlyPeek, takeEarlyPeek, takeEarlySettings } from '../reader/early-peek-global.ts'
import { tabFromQuery } from '../reader/tab-from-query.ts'
import { applyUiLanguage, t } from '../reader/i18n.ts'
import '../reader/fonts.css'
import '../reader/reader.css'
import './popup.css'

/** `?tab=ID` reads that tab (tests); otherwise the active tab. */
const tabId = tabFromQuery(location.search)
applyUiLanguage()
document.title = t('extShortName')
afterEarlyPeek(() => {
  const api = createMessageReaderApi({ earlyPeek: takeEarlyPeek(tabId) })
  render(<ReaderView api={api} tabId={tabId} mode="popup" storedSettings={takeEarlySettings()} />, document.getElementById('app')!)
})
