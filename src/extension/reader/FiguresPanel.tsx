import type { ArticleDoc } from '../../engine/index.ts'
import { flashById } from './flash.ts'
import { PanelFold } from './PanelFold.tsx'
import { describeId } from './ArticleBody.tsx'
import { figureRef, markDomId } from './highlights.ts'
import { t } from './i18n.ts'
import { figureLabel, figureValue, sentenceAround } from './labels.ts'
import { TextRuns } from './TextRuns.tsx'

/** Figures in article order: what the page says, the normalised value, and the sentence it comes from. */
export function FiguresPanel({ doc, open }: { doc: ArticleDoc; open: boolean }) {
  const figures = doc.figures ?? []
  return (
    <PanelFold kind="figures" title={t('figuresPanelTitle')} count={figures.length} open={open}>
      {() => figures.length === 0 ? (
        <p class="panel-empty">{t('figuresPanelEmpty')}</p>
      ) : (
        <ul class="figures-list">
          {figures.map((figure, index) => (
            <li key={index} class="figure-item" data-figure={index}>
              <button
                type="button"
                class="figure-button"
                title={figureLabel(figure)}
                aria-describedby={describeId(figureRef(index))}
                onClick={() => flashById(markDomId(figureRef(index), 0))}
              >
                <span class="figure-text" lang={doc.lang} dir={doc.dir}>
                  <TextRuns text={figure.text} />
                </span>
                <span class="figure-arrow" aria-hidden="true">
                  {' = '}
                </span>
                <bdi class="figure-value">{figureValue(figure)}</bdi>
              </button>
              <p class="figure-sentence" lang={doc.lang} dir={doc.dir}>
                <TextRuns text={sentenceAround(doc, figure.start)} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </PanelFold>
  )
}
