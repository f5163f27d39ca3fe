import { render } from 'preact'
import { applyUiLanguage, t } from '../reader/i18n.ts'
import { OptionsView } from './OptionsView.tsx'
import '../reader/fonts.css'
import '../reader/reader.css'

applyUiLanguage()
document.title = t('optionsTitle')
render(<OptionsView />, document.getElementById('app')!)
