import { splitLtrRuns } from './ltr-runs.ts'

/** Page text as text nodes, with left-to-right runs isolated so the bidi algorithm keeps them whole. */
export function TextRuns({ text }: { text: string }) {
  const parts = splitLtrRuns(text)
  if (parts.length === 1 && !parts[0]!.ltr) return <>{text}</>
  return (
    <>
      {parts.map((part, i) =>
        part.ltr ? (
          <bdi key={i} dir="ltr">
            {part.text}
          </bdi>
        ) : (
          part.text
        ),
      )}
    </>
  )
}
