import type { ComponentChildren } from 'preact'
import { Fold } from './Fold.tsx'
import { formatNumber } from './i18n.ts'

/** One of the reader's panels (names, figures): a fold titled with how many it lists, "الأسماء (30)". */
export function PanelFold({
  kind,
  title,
  count,
  open,
  children,
}: {
  kind: string
  title: string
  count: number
  open: boolean
  children: () => ComponentChildren
}) {
  return (
    <Fold
      class={`panel panel-${kind}`}
      open={open}
      summary={
        <summary class="panel-title">
          {title} <span class="panel-count">({formatNumber(count)})</span>
        </summary>
      }
    >
      {children}
    </Fold>
  )
}
