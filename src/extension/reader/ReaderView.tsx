import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import type { ArticleDoc } from '../../engine/index.ts'
import type { NoArticleKind } from '../../engine/index.ts'
import type { ReaderResult } from '../messages.ts'
import type { Settings } from '../settings/settings.ts'
import { ArticleView } from './ArticleView.tsx'
import { t } from './i18n.ts'
import { isolate } from './labels.ts'
import type { ReaderApi } from './reader-api.ts'
import { Toolbar, type ReaderMode } from './Toolbar.tsx'
import { useAppearance } from './use-appearance.ts'
import { afterNextPaint } from './after-next-paint.ts'

type State = { status: 'loading' } | ReaderResult

const LOADING: State = { status: 'loading' }

/** What each kind of page without an article is called, in the reader's language, above the engine's own reason. */
const NO_ARTICLE_MESSAGES: Record<NoArticleKind, string> = {
  'browser-page': 'noArticleBrowserPage',
  search: 'noArticleSearch',
  home: 'noArticleHome',
  listing: 'noArticleListing',
  'about-site': 'noArticleAboutSite',
  channel: 'noArticleChannel',
  'web-story': 'noArticleWebStory',
  disambiguation: 'noArticleDisambiguation',
  questions: 'noArticleQuestions',
  'too-short': 'noArticleTooShort',
  'no-prose': 'noArticleNoProse',
  failed: 'noArticleFailed',
}

/**
 * The reader for one tab (or one cached article): loading, the article, "no article here" with the
 * reason, or an error. The popup and the full-tab reader are this same view in two modes.
 * `storedSettings`: the stored settings when the page's early script already asked for them.
 */
export function ReaderView({
  api,
  tabId,
  cacheKey,
  mode = 'popup',
  storedSettings,
}: {
  api: ReaderApi
  tabId?: number
  cacheKey?: string
  mode?: ReaderMode
  storedSettings?: Promise<Settings>
}) {
  const [result, setState] = useState<State>(LOADING)
  const { settings, loaded, update } = useAppearance(storedSettings)
  // An answer waits for the reader's settings (which come before a cached article, with the early peek):
  // shown with the defaults first, the article would change theme, size and highlights under the eyes.
  const state = loaded ? result : LOADING
  const summarySentences = settings.summarySentences

  // The first request goes out at once: the worker reads the stored summary length itself, so the
  // reader does not wait for its settings (that wait was a fifth of a cached open). Only a length the
  // reader changes while the reader is open is sent with the request.
  const storedLength = useRef<number | undefined>(undefined)
  if (loaded && storedLength.current === undefined) storedLength.current = summarySentences
  const changedLength = loaded && summarySentences !== storedLength.current ? summarySentences : undefined

  // A layout effect, so the requests leave before the browser paints the loading state (a passive
  // effect waits for the next frame).
  useLayoutEffect(() => {
    let live = true
    // An article already on screen from the cache: the tab's own answer replaces it only when the
    // article changed. A failure to read the tab again (closed, offline, navigated) keeps it.
    let shown: ArticleDoc | undefined
    const answer = (result: ReaderResult) => {
      if (!live) return
      if (shown && (result.status !== 'ok' || sameArticle(shown, result.doc))) return
      setState(result)
    }
    const request = {
      ...(tabId === undefined ? {} : { tabId }),
      ...(changedLength === undefined ? {} : { summarySentences: changedLength }),
    }
    const readFully = () => {
      if (!live) return
      const full = cacheKey !== undefined ? api.openCached(cacheKey) : api.analyze(request)
      full.then(answer).catch((error: unknown) => answer({ status: 'error', message: String((error as Error)?.message ?? error) }))
    }
    if (cacheKey === undefined) {
      // Reopening: the cached analysis of this address renders at once. The tab is read again, to check
      // that the article has not changed, once that is on screen: reading it (the extraction in the tab,
      // the hashing in the worker) competed with the first render for the processor and slowed it by a
      // third (bench, 2 cores). Without a cached analysis the tab is read as soon as the peek says so.
      api.peek(request).then(
        (result) => {
          if (!live || result.status !== 'ok') return readFully()
          shown = result.doc
          setState(result)
          return afterNextPaint().then(readFully)
        },
        readFully,
      )
    } else {
      readFully()
    }
    return () => {
      live = false
    }
  }, [api, tabId, cacheKey, changedLength])

  // A User Timing mark when the article first stands in the page, for the browser's performance panel
  // and for timing the reader from outside without a script injected into the page. Its detail says what
  // that first frame showed: from the cache or not, in which theme (useAppearance's layout effect, which
  // applies the theme, has run by now).
  const marked = useRef(false)
  useLayoutEffect(() => {
    if (state.status !== 'ok' || marked.current) return
    marked.current = true
    performance.mark?.('qari-reader-ready', { detail: { fromCache: state.fromCache, theme: document.documentElement.dataset.theme } })
  }, [state])

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
          {state.kind && <p class="reader-state-explanation">{t(NO_ARTICLE_MESSAGES[state.kind])}</p>}
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

/** Same text and title: what the reader shows is still the article in the tab. */
function sameArticle(a: ArticleDoc, b: ArticleDoc): boolean {
  return a.text === b.text && a.title === b.title
}
