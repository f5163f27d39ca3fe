import type { ComponentChildren } from 'preact'
import { splitLtrRuns } from './ltr-runs.ts'

/**
 * Page text as children: the text itself, or, when it holds left-to-right runs, the runs isolated in
 * <bdi dir="ltr"> so the bidi algorithm keeps them whole. A plain function, not a component: the
 * article body calls it for every piece of every paragraph, and a component (and the fragment around
 * its result) per piece was most of the body's render time.
 */
export function textRuns(text: string): string | ComponentChildren[] {
  const parts = splitLtrRuns(text)
  if (parts.length === 1 && !parts[0]!.ltr) return text
  return parts.map((part) => (part.ltr ? <bdi dir="ltr">{part.text}</bdi> : part.text))
}

/** textRuns as a component, for the places that show one piece of page text. */
export function TextRuns({ text }: { text: string }) {
  return <>{textRuns(text)}</>
}
