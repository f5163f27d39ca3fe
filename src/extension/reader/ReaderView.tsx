import { useEffect, useRef, useState } from 'preact/hooks'
import type { ReaderResult } from '../messages.ts'
import { ArticleView } from './ArticleView.tsx'
import { t } from './i18n.ts'
import { isolate } from './labels.ts'
import type { ReaderApi } from './reader-api.ts'
import { Toolbar, type ReaderMode } from './Toolbar.tsx'
import { useAppearance } from './use-appearance.ts'

type State = { status: 'loading' } | ReaderResult

/**
 * The reader for one tab (or one cached article): loading, the article, "no article here" with the
 * reason, or an error. The popup and the full-tab reader are this same view in two modes.
 */
export function ReaderView({
  api,
  tabId,
  cacheKey,
  mode = 'popup',
}: {
  api: ReaderApi
  tabId?: number
  cacheKey?: string
  mode?: ReaderMode
}) {
  const [state, setState] = useState<State>({ status: 'loading' })
  const { settings, loaded, update } = useAppearance()
  const summarySentences = settings.summarySentences

  // The first request goes out at once: the worker reads the stored summary length itself, so the
  // reader does not wait for its settings (that wait was a fifth of a cached open). Only a length the
  // reader changes while the reader is open is sent with the request.
  const storedLength = useRef<number | undefined>(undefined)
  if (loaded && storedLength.current === undefined) storedLength.current = summarySentences
  const changedLength = loaded && summarySentences !== storedLength.current ? summarySentences : undefined

  useEffect(() => {
    let live = true
    const request =
      cacheKey !== undefined
        ? api.openCached(cacheKey)
        : api.analyze({
            ...(tabId === undefined ? {} : { tabId }),
            ...(changedLength === undefined ? {} : { summarySentences: changedLength }),
          })
    request
      .then((result) => live && setState(result))
      .catch((error: unknown) => live && setState({ status: 'error', message: String((error as Error)?.message ?? error) }))
    return () => {
      live = false
    }
  }, [api, tabId, cacheKey, changedLength])

  useEffect(() => {
    if (state.status === 'ok') document.title = `${isolate(state.doc.title)} — ${t('extShortName')}`
  }, [state])

  switch (state.status) {
    case 'loading':
      return (
        <p class="reader-state reader-loading" role="status" data-state="loading">
          {t('stateLoading')}
        </p>
      )
    case 'no-article':
      return (
        <main class="reader-state reader-no-article" data-state="no-article">
          <h1 class="reader-state-title">{t('stateNoArticle')}</h1>
          <p class="reader-state-reason" dir="auto">
            {state.reason}
          </p>
        </main>
      )
    case 'error':
      return (
        <div class="reader-state reader-error" role="alert" data-state="error">
          <h1 class="reader-state-title">{t('stateError')}</h1>
          <p class="reader-state-reason" dir="auto">
            {state.message}
          </p>
        </div>
      )
    default:
      return (
        <div class={`reader reader-${mode}`} data-state="ok" data-from-cache={String(state.fromCache)}>
          <Toolbar doc={state.doc} mode={mode} tabId={tabId} settings={settings} update={update} />
          <main class="reader-main">
            <ArticleView doc={state.doc} mode={mode} settings={settings} update={update} />
          </main>
        </div>
      )
  }
}
