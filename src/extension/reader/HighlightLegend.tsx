import { HIGHLIGHT_TYPES, type HighlightType } from '../settings/settings.ts'
import { formatNumber, t } from './i18n.ts'
import { typeName } from './labels.ts'

/** The colour key, one switch per highlight type with how many marks it has. */
export function HighlightLegend({
  counts,
  shown,
  onToggle,
}: {
  counts: Record<HighlightType, number>
  shown: Record<HighlightType, boolean>
  onToggle: (type: HighlightType, on: boolean) => void
}) {
  return (
    <fieldset class="legend">
      <legend class="legend-title">{t('legendTitle')}</legend>
      {HIGHLIGHT_TYPES.map((type) => (
        <label key={type} class={`legend-item legend-${type}`}>
          <input
            type="checkbox"
            checked={shown[type]}
            onChange={(event) => onToggle(type, (event.currentTarget as HTMLInputElement).checked)}
          />
          <span class={`legend-swatch hl hl-${type}`} aria-hidden="true" />
          <span>{typeName(type)}</span>
          <span class="legend-count">({formatNumber(counts[type])})</span>
        </label>
      ))}
    </fieldset>
  )
}
