import { render } from 'preact'
import { ReaderView } from './ReaderView.tsx'
import { createMessageReaderApi } from './reader-api.ts'
import { applyUiLanguage, t } from './i18n.ts'
import './fonts.css'
import './reader.css'

/** The full-tab reader: `reader.html?tab=ID` reads that tab; `reader.html?key=KEY` opens a cached article. */
const params = new URLSearchParams(location.search)
const raw = params.get('tab')
const tabId = raw !== null && /^\d+$/u.test(raw) ? Number(raw) : undefined
const key = params.get('key') ?? undefined
applyUiLanguage()
document.title = t('extShortName')
render(<ReaderView api={createMessageReaderApi()} tabId={tabId} cacheKey={key} mode="tab" />, document.getElementById('app')!)
