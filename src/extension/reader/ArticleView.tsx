import { useMemo } from 'preact/hooks'
import type { ArticleDoc } from '../../engine/index.ts'
import { HIGHLIGHT_TYPES, type HighlightType, type Settings } from '../settings/settings.ts'
import { ArticleBody, describeId, type HighlightContext } from './ArticleBody.tsx'
import { FiguresPanel } from './FiguresPanel.tsx'
import { formatDate } from './format-date.ts'
import { HighlightLegend } from './HighlightLegend.tsx'
import { collectMarks, entityRef, figureRef, resolveOverlaps } from './highlights.ts'
import { isRtlLanguage, plural, t, uiLanguage } from './i18n.ts'
import { entityLabel, figureLabel } from './labels.ts'
import { NamesPanel } from './NamesPanel.tsx'
import { readingMinutes } from './reading-time.ts'
import { isSafeUrl } from './safe-url.ts'
import { SummaryView } from './SummaryView.tsx'
import { TextRuns } from './TextRuns.tsx'
import type { ReaderMode } from './Toolbar.tsx'

export { isSafeUrl }

/** Marks and their labels for a doc; computed once per doc. */
export function useHighlightContext(doc: ArticleDoc): HighlightContext & { counts: Record<HighlightType, number> } {
  return useMemo(() => {
    const marks = resolveOverlaps(collectMarks(doc))
    const labels = new Map<string, string>()
    for (const entity of doc.entities ?? []) labels.set(entityRef(entity.id), entityLabel(entity))
    ;(doc.figures ?? []).forEach((figure, i) => labels.set(figureRef(i), figureLabel(figure)))
    const counts = Object.fromEntries(HIGHLIGHT_TYPES.map((type) => [type, 0])) as Record<HighlightType, number>
    const seen = new Set<string>()
    for (const mark of marks) {
      const key = `${mark.ref}#${mark.mention}`
      if (seen.has(key)) continue
      seen.add(key)
      counts[mark.type]++
    }
    return { marks, labels, counts }
  }, [doc])
}

/**
 * The article: headline and where/when, the summary, the highlight key, the body, and the names and
 * figures panels (beside the article in a tab, folded above the body in the popup). Text only.
 */
export function ArticleView({
  doc,
  mode = 'popup',
  settings,
  update,
}: {
  doc: ArticleDoc
  mode?: ReaderMode
  settings: Settings
  update: (change: Partial<Settings>) => void
}) {
  const context = useHighlightContext(doc)
  const ui = uiLanguage()
  const uiDir = isRtlLanguage(ui) ? 'rtl' : 'ltr'
  const date = formatDate(doc.published, ui)
  const minutes = readingMinutes(doc.text)
  const hidden = HIGHLIGHT_TYPES.filter((type) => !settings.highlights[type])
  const panels = (
    <div class="panels" lang={ui} dir={uiDir}>
      <NamesPanel doc={doc} open={mode === 'tab'} />
      <FiguresPanel doc={doc} open={mode === 'tab'} />
    </div>
  )
  return (
    <div class={`reader-layout reader-layout-${mode}`}>
      <article class="article" lang={doc.lang} dir={doc.dir}>
        <header class="article-header">
          <h1 id="title" class="article-title">
            <TextRuns text={doc.title} />
          </h1>
          <p class="article-meta">
            {/* Page strings sit among UI words here: <bdi> keeps a bidi override in them from reordering the rest. */}
            {doc.siteName && <bdi class="article-site">{doc.siteName}</bdi>}
            {date && (
              <time class="article-date" dateTime={doc.published} lang={ui} dir={uiDir}>
                {date}
              </time>
            )}
            {doc.byline && <bdi class="article-byline">{doc.byline}</bdi>}
            <span class="article-reading-time" lang={ui} dir={uiDir}>
              {plural('readingMinutes', minutes)}
            </span>
            {isSafeUrl(doc.url) && (
              <a class="article-original" href={doc.url} target="_blank" rel="noopener noreferrer" lang={ui} dir={uiDir}>
                {t('openOriginal')}
              </a>
            )}
          </p>
        </header>
        {doc.analysedLength !== undefined && (
          <p class="article-analysed-part" role="note" lang={ui} dir={uiDir}>
            {t('analysedPart')}
          </p>
        )}
        <SummaryView doc={doc} />
        <div class="article-tools" lang={ui} dir={uiDir}>
          <HighlightLegend
            counts={context.counts}
            shown={settings.highlights}
            onToggle={(type, on) => update({ highlights: { ...settings.highlights, [type]: on } })}
          />
        </div>
        {mode === 'popup' && panels}
        <ArticleBody doc={doc} context={context} hidden={hidden} />
        {doc.credit && <p class="article-credit">{doc.credit}</p>}
        <div hidden>
          {[...context.labels].map(([ref, label]) => (
            <span key={ref} id={describeId(ref)}>
              {label}
            </span>
          ))}
        </div>
      </article>
      {mode === 'tab' && (
        <aside class="reader-side" aria-label={t('panelsLabel')}>
          {panels}
        </aside>
      )}
    </div>
  )
}
