import { beforeEach } from 'vitest'
import { fakeBrowser } from '@webext-core/fake-browser'
import messages from '../public/_locales/en/messages.json' with { type: 'json' }

// fake-browser has no i18n; answer from our own English catalogue, as the browser would.
const catalogue = messages as Record<string, { message: string }>

beforeEach(() => {
  fakeBrowser.reset()
  fakeBrowser.i18n.getMessage = ((key: string) => catalogue[key]?.message ?? '') as typeof fakeBrowser.i18n.getMessage
})
