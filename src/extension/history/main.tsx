import { render } from 'preact'
import { applyUiLanguage, t } from '../reader/i18n.ts'
import { createMessageReaderApi } from '../reader/reader-api.ts'
import { useAppearance } from '../reader/use-appearance.ts'
import { HistoryView } from './HistoryView.tsx'
import '../reader/fonts.css'
import '../reader/reader.css'

function HistoryPage() {
  useAppearance()
  return <HistoryView api={createMessageReaderApi()} />
}

applyUiLanguage()
document.title = t('historyTitle')
render(<HistoryPage />, document.getElementById('app')!)
