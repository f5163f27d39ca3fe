import { dateTimeFormat } from './intl-cache.ts'

/** The published date in the reader's language, e.g. "٢٧ أكتوبر ٢٠٢٣". Unparseable dates are shown as given. */
export function formatDate(iso: string | undefined, locale: string): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const hasTime = /T\d\d:\d\d/u.test(iso)
  return dateTimeFormat(locale, { dateStyle: 'long', ...(hasTime ? { timeStyle: 'short' } : {}) }).format(date)
}
