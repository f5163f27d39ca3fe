import { useEffect, useState } from 'preact/hooks'
import { hasAllSites, removeAllSites, requestAllSites } from '../settings/all-sites-permission.ts'
import { HIGHLIGHT_TYPES } from '../settings/settings.ts'
import { DisplaySettings } from '../reader/DisplaySettings.tsx'
import { t } from '../reader/i18n.ts'
import { typeName } from '../reader/labels.ts'
import { openHistory } from '../reader/open-in-tab.ts'
import { useAppearance } from '../reader/use-appearance.ts'

/** Reader settings, highlight types, and detection on all sites (an optional host permission). */
export function OptionsView() {
  const { settings, update } = useAppearance()
  const [allSites, setAllSites] = useState<boolean | undefined>(undefined)

  useEffect(() => {
    void hasAllSites().then(setAllSites)
  }, [])

  function onAllSites(event: Event) {
    const box = event.currentTarget as HTMLInputElement
    const want = box.checked
    // The request must start inside this click, before any await (Firefox drops it otherwise).
    const pending = want ? requestAllSites() : removeAllSites().then((removed) => !removed)
    void pending.then(async () => {
      const has = await hasAllSites()
      // A refusal leaves state unchanged, so Preact would not re-render the box the click ticked.
      box.checked = has
      setAllSites(has)
    })
  }

  return (
    <main class="page options" data-page="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="display-heading">
        <h2 id="display-heading">{t('optionsDisplay')}</h2>
        <DisplaySettings settings={settings} update={update} idPrefix="options" />
      </section>
      <section aria-labelledby="highlights-heading">
        <h2 id="highlights-heading">{t('legendTitle')}</h2>
        {HIGHLIGHT_TYPES.map((type) => (
          <label key={type} class="toggle-row">
            <input
              type="checkbox"
              checked={settings.highlights[type]}
              onChange={(e) =>
                update({ highlights: { ...settings.highlights, [type]: (e.currentTarget as HTMLInputElement).checked } })
              }
            />
            <span class={`legend-swatch hl hl-${type}`} aria-hidden="true" />
            {typeName(type)}
          </label>
        ))}
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSites')}</h2>
        <label class="toggle-row">
          <input
            type="checkbox"
            id="detect-all-sites"
            checked={allSites === true}
            disabled={allSites === undefined}
            aria-describedby="detect-all-sites-hint"
            onChange={onAllSites}
          />
          {t('detectAllSites')}
        </label>
        <p id="detect-all-sites-hint" class="hint">
          {t('detectAllSitesHint')}
        </p>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('history')}</h2>
        <p class="hint">{t('historyHint')}</p>
        <button type="button" onClick={openHistory}>
          {t('openHistory')}
        </button>
      </section>
    </main>
  )
}
