import type { ArticleDoc } from '../../engine/index.ts'
import { flashById } from './flash.ts'
import { summaryDomId } from './highlights.ts'
import { isRtlLanguage, t, uiLanguage } from './i18n.ts'
import { TextRuns } from './TextRuns.tsx'

/** الخلاصة: the summary sentences, each a link to its place in the article. */
export function SummaryView({ doc }: { doc: ArticleDoc }) {
  const summary = doc.summary ?? []
  if (summary.length === 0) return null
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" class="summary-heading" lang={uiLanguage()} dir={isRtlLanguage(uiLanguage()) ? 'rtl' : 'ltr'}>
        {t('summaryHeading')}
      </h2>
      <ol class="summary-list">
        {summary.map((span, i) => (
          <li key={i}>
            <a
              href={`#${summaryDomId(i)}`}
              class="summary-link"
              onClick={(event) => {
                if (flashById(summaryDomId(i))) event.preventDefault()
              }}
            >
              <TextRuns text={doc.text.slice(span.start, span.end).trim()} />
            </a>
          </li>
        ))}
      </ol>
    </section>
  )
}
