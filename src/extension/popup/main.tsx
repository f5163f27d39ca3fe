import { render } from 'preact'
import { ReaderView } from '../reader/ReaderView.tsx'
import { createMessageReaderApi } from '../reader/reader-api.ts'
import { applyUiLanguage, t } from '../reader/i18n.ts'
import '../reader/fonts.css'
import '../reader/reader.css'
import './popup.css'

/** `?tab=ID` reads that tab (the full-tab reader and tests); otherwise the active tab. */
function tabFromQuery(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab')
  const id = raw === null ? NaN : Number(raw)
  return Number.isInteger(id) && id >= 0 ? id : undefined
}

applyUiLanguage()
document.title = t('extShortName')
render(<ReaderView api={createMessageReaderApi()} tabId={tabFromQuery()} mode="popup" />, document.getElementById('app')!)
