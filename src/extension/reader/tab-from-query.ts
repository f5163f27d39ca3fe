/**
 * The tab a reader page reads: `?tab=ID` (the full-tab reader, the tests), else undefined (the popup
 * reads the active tab). Shared by the page's module and its early peek script, so both ask for the
 * same tab.
 */
export function tabFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab')
  return raw !== null && /^\d+$/u.test(raw) ? Number(raw) : undefined
}
