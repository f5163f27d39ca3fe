import type { ComponentChildren, DetailsHTMLAttributes } from 'preact'
import { useState } from 'preact/hooks'

type DetailsProps = Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'open' | 'children'>

export interface FoldProps extends DetailsProps {
  /** Open at first (the panels beside the article in a tab); the reader may fold and unfold it after. */
  open?: boolean
  /** The <summary>, always shown. */
  summary: ComponentChildren
  /** The folded contents, built the first time the fold is open and kept after. */
  children: () => ComponentChildren
}

/**
 * A <details> whose contents are built when it first opens. The popup shows the names and figures
 * panels and the display menu folded: built with the article, their elements were half of a reopened
 * article's render (190 of the seed's 420), for lists most opens never unfold.
 */
export function Fold({ open = false, summary, children, onToggle, ...details }: FoldProps) {
  const [opened, setOpened] = useState(open)
  return (
    <details
      {...details}
      open={open}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true)
        onToggle?.(event)
      }}
    >
      {summary}
      {(opened || open) && children()}
    </details>
  )
}
