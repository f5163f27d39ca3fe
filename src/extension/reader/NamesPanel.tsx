import { useRef } from 'preact/hooks'
import type { ArticleDoc, Entity } from '../../engine/index.ts'
import { findsNamesIn } from '../../engine/names/names-language.ts'
import { flashById } from './flash.ts'
import { PanelFold } from './PanelFold.tsx'
import { describeId } from './ArticleBody.tsx'
import { entityRef, markDomId } from './highlights.ts'
import { formatNumber, t } from './i18n.ts'
import { entityLabel, typeName } from './labels.ts'

const GROUPS = ['person', 'organization', 'place', 'other'] as const

/**
 * Names grouped by type, most mentioned first. Each click jumps to the next mention of that name in the
 * article and flashes it, wrapping around after the last.
 */
export function NamesPanel({ doc, open }: { doc: ArticleDoc; open: boolean }) {
  const next = useRef(new Map<string, number>())
  const entities = doc.entities ?? []

  function jump(entity: Entity) {
    const ref = entityRef(entity.id)
    const count = entity.mentions.length
    const from = next.current.get(entity.id) ?? 0
    // Some mentions have no mark of their own (overlap resolution kept a longer one): skip them.
    for (let step = 0; step < count; step++) {
      const k = (from + step) % count
      if (flashById(markDomId(ref, k))) {
        next.current.set(entity.id, k + 1)
        return
      }
    }
  }

  return (
    <PanelFold kind="names" title={t('namesPanelTitle')} count={entities.length} open={open}>
      {() => entities.length === 0 ? (
        <p class="panel-empty">{t(findsNamesIn(doc.lang) ? 'namesPanelEmpty' : 'namesPanelArabicOnly')}</p>
      ) : (
        GROUPS.map((type) => {
          const group = entities
            .filter((e) => (type === 'other' ? !['person', 'organization', 'place'].includes(e.type) : e.type === type))
            .sort((a, b) => b.mentions.length - a.mentions.length)
          if (group.length === 0) return null
          return (
            <section key={type} class={`names-group names-${type}`} aria-labelledby={`names-${type}-heading`}>
              <h3 id={`names-${type}-heading`} class="names-group-title">
                {type !== 'other' && <span class={`legend-swatch hl hl-${type}`} aria-hidden="true" />}
                {typeName(type)}
              </h3>
              <ul class="names-list">
                {group.map((entity) => (
                  <li key={entity.id}>
                    <button
                      type="button"
                      class="name-button"
                      data-entity={entity.id}
                      title={entityLabel(entity)}
                      aria-describedby={describeId(entityRef(entity.id))}
                      onClick={() => jump(entity)}
                    >
                      <bdi class="name-text">{entity.name}</bdi>
                      <span class="name-count" aria-hidden="true">
                        {formatNumber(entity.mentions.length)}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )
        })
      )}
    </PanelFold>
  )
}
