import { useCallback, useEffect, useState } from 'preact/hooks'
import type { HistoryItem } from '../messages.ts'
import { formatDate } from '../reader/format-date.ts'
import { t, uiLanguage } from '../reader/i18n.ts'
import type { ReaderApi } from '../reader/reader-api.ts'
import { isSafeUrl } from '../reader/safe-url.ts'
import { TextRuns } from '../reader/TextRuns.tsx'

/** The reader page for a cached article. */
export function cachedReaderUrl(key: string): string {
  return `reader.html?key=${encodeURIComponent(key)}`
}

type Load = { status: 'loading' } | { status: 'ok'; items: HistoryItem[] } | { status: 'error'; message: string }

/** The cached articles: search, open the original or the cached reader, delete one, clear all. */
export function HistoryView({ api }: { api: ReaderApi }) {
  const [query, setQuery] = useState('')
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [confirming, setConfirming] = useState(false)
  const [status, setStatus] = useState('')

  const refresh = useCallback(
    (q: string) =>
      api
        .history(q.trim() || undefined)
        .then(({ items }) => setLoad({ status: 'ok', items }))
        .catch((error: unknown) => setLoad({ status: 'error', message: String((error as Error)?.message ?? error) })),
    [api],
  )

  useEffect(() => {
    void refresh(query)
  }, [query, refresh])

  async function forget(item: HistoryItem) {
    await api.forget(item.key).catch(() => undefined)
    setStatus(t('historyDeleted'))
    await refresh(query)
  }

  async function forgetAll() {
    setConfirming(false)
    await api.forgetAll().catch(() => undefined)
    setStatus(t('historyCleared'))
    await refresh(query)
  }

  const items = load.status === 'ok' ? load.items : []
  return (
    <main class="page history" data-page="history" data-state={load.status}>
      <h1>{t('historyTitle')}</h1>
      <form class="history-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="history-query">{t('historySearch')}</label>
        <input
          id="history-query"
          type="search"
          dir="auto"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </form>
      <div class="history-actions">
        {!confirming ? (
          <button type="button" class="danger" id="history-clear" disabled={items.length === 0 && !query} onClick={() => setConfirming(true)}>
            {t('historyClearAll')}
          </button>
        ) : (
          <>
            <span>{t('historyClearConfirm')}</span>
            <button type="button" class="danger" id="history-clear-confirm" onClick={() => void forgetAll()}>
              {t('historyClearYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </>
        )}
        <p role="status" aria-live="polite" class="hint">
          {status}
        </p>
      </div>
      {load.status === 'error' && (
        <p role="alert" class="reader-state-reason">
          {load.message}
        </p>
      )}
      {load.status === 'ok' && items.length === 0 && <p class="hint history-empty">{query ? t('historyNoMatch') : t('historyEmpty')}</p>}
      <ul class="history-list">
        {items.map((item) => {
          const date = formatDate(item.published, uiLanguage())
          const titleId = `history-title-${item.key.replace(/[^A-Za-z0-9_-]/gu, '_')}`
          return (
            <li key={item.key} class="history-item" data-key={item.key}>
              <h2 class="history-title" id={titleId} dir="auto">
                <TextRuns text={item.title} />
              </h2>
              <p class="history-meta">
                {item.siteName && <span dir="auto">{item.siteName}</span>}
                {date && <time dateTime={item.published}>{date}</time>}
              </p>
              {item.summary.length > 0 && (
                <ul class="history-summary" dir="auto">
                  {item.summary.map((sentence, i) => (
                    <li key={i}>
                      <TextRuns text={sentence} />
                    </li>
                  ))}
                </ul>
              )}
              <div class="history-actions">
                <a class="history-open-cached" href={cachedReaderUrl(item.key)} aria-describedby={titleId}>
                  {t('historyOpenReader')}
                </a>
                {isSafeUrl(item.url) && (
                  <a class="history-open-original" href={item.url} target="_blank" rel="noopener noreferrer" aria-describedby={titleId}>
                    {t('openOriginal')}
                  </a>
                )}
                <button type="button" class="history-delete" aria-describedby={titleId} onClick={() => void forget(item)}>
                  {t('historyDelete')}
                </button>
              </div>
            </li>
          )
        })}
      </ul>
    </main>
  )
}
