import { render } from 'preact'
import { ReaderView } from './ReaderView.tsx'
import { createMessageReaderApi } from './reader-api.ts'
import './reader.css'

/** The full-tab reader: `reader.html?tab=ID` reads that tab. */
const raw = new URLSearchParams(location.search).get('tab')
const tabId = raw !== null && /^\d+$/u.test(raw) ? Number(raw) : undefined
render(<ReaderView api={createMessageReaderApi()} tabId={tabId} />, document.getElementById('app')!)
