import { useEffect, useState } from 'preact/hooks'
import type { ReaderResult } from '../messages.ts'
import { ArticleView } from './ArticleView.tsx'
import type { ReaderApi } from './reader-api.ts'

type State = { status: 'loading' } | ReaderResult

/** The reader for one tab: loading, the article, "no article here" with the reason, or an error. */
export function ReaderView({ api, tabId }: { api: ReaderApi; tabId?: number }) {
  const [state, setState] = useState<State>({ status: 'loading' })

  useEffect(() => {
    let live = true
    api
      .analyze(tabId === undefined ? {} : { tabId })
      .then((result) => live && setState(result))
      .catch((error: unknown) => live && setState({ status: 'error', message: String((error as Error)?.message ?? error) }))
    return () => {
      live = false
    }
  }, [api, tabId])

  switch (state.status) {
    case 'loading':
      return (
        <p class="reader-state reader-loading" role="status" data-state="loading">
          جارٍ تحضير القارئ…
        </p>
      )
    case 'no-article':
      return (
        <div class="reader-state reader-no-article" role="status" data-state="no-article">
          <p class="reader-state-title">لا يوجد مقال في هذه الصفحة</p>
          <p class="reader-state-reason" dir="auto">{state.reason}</p>
        </div>
      )
    case 'error':
      return (
        <div class="reader-state reader-error" role="alert" data-state="error">
          <p class="reader-state-title">تعذّر فتح القارئ</p>
          <p class="reader-state-reason" dir="auto">{state.message}</p>
        </div>
      )
    default:
      return (
        <div data-state="ok" data-from-cache={String(state.fromCache)}>
          <ArticleView doc={state.doc} />
        </div>
      )
  }
}
