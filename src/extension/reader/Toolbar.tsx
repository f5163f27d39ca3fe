import { useEffect, useState } from 'preact/hooks'
import type { ArticleDoc } from '../../engine/index.ts'
import type { Settings } from '../settings/settings.ts'
import { DisplaySettings } from './DisplaySettings.tsx'
import { Fold } from './Fold.tsx'
import { t } from './i18n.ts'
import { openHistory, openOptions, openReaderTab } from './open-in-tab.ts'
import { toMarkdown } from './to-markdown.ts'
import { speak, stopSpeaking, useVoice } from './use-voice.ts'

export type ReaderMode = 'popup' | 'tab'

/** The reader's controls: open in a tab, copy, read aloud, display settings, history, options. */
export function Toolbar({
  doc,
  mode,
  tabId,
  settings,
  update,
}: {
  doc: ArticleDoc
  mode: ReaderMode
  tabId?: number
  settings: Settings
  update: (change: Partial<Settings>) => void
}) {
  const [status, setStatus] = useState('')
  const [speaking, setSpeaking] = useState(false)
  const voice = useVoice(doc.lang)

  useEffect(() => () => stopSpeaking(), [])

  async function copy() {
    try {
      await navigator.clipboard.writeText(
        toMarkdown(doc, { summary: t('summaryHeading'), source: t('markdownSource') }),
      )
      setStatus(t('copied'))
    } catch {
      setStatus(t('copyFailed'))
    }
  }

  function readAloud() {
    if (!voice) return
    if (speaking) {
      stopSpeaking()
      setSpeaking(false)
      return
    }
    const pieces = [doc.title, ...doc.blocks.filter((b) => b.kind !== 'image').map((b) => doc.text.slice(b.start, b.end))]
    setSpeaking(true)
    speak(pieces, voice, () => setSpeaking(false))
  }

  return (
    <div class="toolbar" role="toolbar" aria-label={t('toolbarLabel')}>
      {mode === 'popup' && (
        <button type="button" class="tool tool-open-tab" onClick={() => void openReaderTab(tabId)}>
          {t('openInTab')}
        </button>
      )}
      <button type="button" class="tool tool-copy" onClick={() => void copy()}>
        {t('copyMarkdown')}
      </button>
      {voice && (
        <button type="button" class="tool tool-read-aloud" aria-pressed={speaking} onClick={readAloud}>
          {speaking ? t('stopReading') : t('readAloud')}
        </button>
      )}
      <Fold
        class="tool-menu"
        onKeyDown={(event) => {
          // Escape closes the menu and returns focus to its button, as a menu should.
          if (event.key !== 'Escape') return
          const details = event.currentTarget as HTMLDetailsElement
          if (!details.open) return
          details.open = false
          details.querySelector('summary')?.focus()
        }}
        summary={
          <summary class="tool tool-display" aria-label={t('displaySettings')} title={t('displaySettings')}>
            <span aria-hidden="true">Aa</span>
          </summary>
        }
      >
        {() => (
          <div class="tool-menu-panel">
            <DisplaySettings settings={settings} update={update} idPrefix={`reader-${mode}`} />
          </div>
        )}
      </Fold>
      <button type="button" class="tool tool-history" onClick={openHistory}>
        {t('history')}
      </button>
      <button type="button" class="tool tool-options" onClick={openOptions}>
        {t('options')}
      </button>
      <p class="toolbar-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
