import {
  FONT_CHOICES,
  LIMITS,
  THEME_CHOICES,
  WIDTH_CHOICES,
  type Settings,
} from '../settings/settings.ts'
import { formatNumber, t } from './i18n.ts'

const FONT_MESSAGE = { naskh: 'fontNaskh', amiri: 'fontAmiri', system: 'fontSystem' } as const
const THEME_MESSAGE = { auto: 'themeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' } as const
const WIDTH_MESSAGE = { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' } as const

/**
 * Font, size, line height, column width, theme and summary length. The same form in the reader's
 * "Aa" menu and on the options page; each change is saved and applied at once in every open reader.
 */
export function DisplaySettings({
  settings,
  update,
  idPrefix,
}: {
  settings: Settings
  update: (change: Partial<Settings>) => void
  idPrefix: string
}) {
  const id = (name: string) => `${idPrefix}-${name}`
  const size = LIMITS.fontSize
  const leading = LIMITS.lineHeight
  return (
    <div class="display-settings">
      <div class="setting">
        <label for={id('font')}>{t('settingFont')}</label>
        <select
          id={id('font')}
          value={settings.font}
          onChange={(e) => update({ font: (e.currentTarget as HTMLSelectElement).value as Settings['font'] })}
        >
          {FONT_CHOICES.map((font) => (
            <option key={font} value={font}>
              {t(FONT_MESSAGE[font])}
            </option>
          ))}
        </select>
      </div>
      <div class="setting">
        <span id={id('size-label')}>{t('settingFontSize')}</span>
        <div class="stepper" role="group" aria-labelledby={id('size-label')}>
          <button
            type="button"
            aria-label={t('fontSmaller')}
            disabled={settings.fontSize <= size.min}
            onClick={() => update({ fontSize: settings.fontSize - size.step })}
          >
            −
          </button>
          <output class="stepper-value" aria-live="polite">
            {formatNumber(settings.fontSize)}
          </output>
          <button
            type="button"
            aria-label={t('fontLarger')}
            disabled={settings.fontSize >= size.max}
            onClick={() => update({ fontSize: settings.fontSize + size.step })}
          >
            +
          </button>
        </div>
      </div>
      <div class="setting">
        <label for={id('leading')}>{t('settingLineHeight')}</label>
        <input
          id={id('leading')}
          type="range"
          min={leading.min}
          max={leading.max}
          step={leading.step}
          value={settings.lineHeight}
          aria-valuetext={formatNumber(settings.lineHeight)}
          onInput={(e) => update({ lineHeight: Number((e.currentTarget as HTMLInputElement).value) })}
        />
      </div>
      <div class="setting">
        <label for={id('width')}>{t('settingWidth')}</label>
        <select
          id={id('width')}
          value={settings.width}
          onChange={(e) => update({ width: (e.currentTarget as HTMLSelectElement).value as Settings['width'] })}
        >
          {WIDTH_CHOICES.map((width) => (
            <option key={width} value={width}>
              {t(WIDTH_MESSAGE[width])}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="setting setting-theme">
        <legend>{t('settingTheme')}</legend>
        {THEME_CHOICES.map((theme) => (
          <label key={theme} class="theme-choice">
            <input
              type="radio"
              name={id('theme')}
              value={theme}
              checked={settings.theme === theme}
              onChange={() => update({ theme })}
            />
            {t(THEME_MESSAGE[theme])}
          </label>
        ))}
      </fieldset>
      <div class="setting">
        <label for={id('summary')}>{t('settingSummaryLength')}</label>
        <select
          id={id('summary')}
          value={String(settings.summarySentences)}
          onChange={(e) => update({ summarySentences: Number((e.currentTarget as HTMLSelectElement).value) })}
        >
          {[3, 4, 5].map((n) => (
            <option key={n} value={String(n)}>
              {t('summarySentencesOption', formatNumber(n))}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
